import { DataSource } from 'typeorm';
import { RequestContext, Viewer } from '@waardenet/core';
import { LibrariesPolicy } from '@waardenet/libraries';
import { CommunitiesPolicy } from './communities.policy';
import { Community, Visibility } from './community.entity';
import { MemberRole, Membership, MembershipState } from './membership.entity';

const community = (visibility: Visibility) => ({ id: 'c1', libraryId: 'lib1', visibility }) as Community;

/** The policy's collaborators are fakes here: the rules are the point, the database is tested end to end. */
function policyWith(opts: { membership?: Partial<Membership>; staffOf?: string[]; invited?: boolean }) {
  const repo = {
    findBy: async () => (opts.membership ? [{ communityId: 'c1', userId: 'u1', ...opts.membership }] : []),
    exists: async () => !!opts.invited,
  };
  const db = { getRepository: () => repo } as unknown as DataSource;
  const libraries = {
    isStaff: async (_ctx: RequestContext, libraryId: string) => (opts.staffOf ?? []).includes(libraryId),
  } as unknown as LibrariesPolicy;
  return new CommunitiesPolicy(db, libraries);
}

function ctx(viewer: Partial<Viewer> | null): RequestContext {
  const rc = new RequestContext();
  rc.viewer = viewer ? { id: 'u1', sessionId: 's', isPlatformAdmin: false, ...viewer } : null;
  return rc;
}

const active = { role: MemberRole.MEMBER, state: MembershipState.ACTIVE };

describe('CommunitiesPolicy.access', () => {
  it.each([
    // visibility, viewer, membership, staff, invited → see, read, post, moderate
    [Visibility.PUBLIC, null, undefined, [], false, [true, true, false, false]],
    [Visibility.PUBLIC, {}, undefined, [], false, [true, true, false, false]],
    [Visibility.PUBLIC, {}, active, [], false, [true, true, true, false]],
    [Visibility.RESTRICTED, null, undefined, [], false, [true, false, false, false]],
    [Visibility.RESTRICTED, {}, { ...active, state: MembershipState.PENDING }, [], false, [true, false, false, false]],
    [Visibility.RESTRICTED, {}, active, [], false, [true, true, true, false]],
    [Visibility.PRIVATE, null, undefined, [], false, [false, false, false, false]],
    [Visibility.PRIVATE, {}, undefined, [], false, [false, false, false, false]],
    [Visibility.PRIVATE, {}, undefined, [], true, [true, false, false, false]],
    [Visibility.PRIVATE, {}, { ...active, state: MembershipState.BANNED }, [], false, [false, false, false, false]],
    [Visibility.PRIVATE, {}, active, [], false, [true, true, true, false]],
    [Visibility.PRIVATE, {}, { role: MemberRole.MODERATOR, state: MembershipState.ACTIVE }, [], false, [true, true, true, true]],
    [Visibility.PRIVATE, {}, undefined, ['lib1'], false, [true, true, true, true]],
    [Visibility.PRIVATE, {}, undefined, ['other-lib'], false, [false, false, false, false]],
    [Visibility.PRIVATE, { isPlatformAdmin: true }, undefined, [], false, [true, true, true, true]],
  ] as const)(
    '%s, viewer %j, membership %j, staff of %j, invited %s → %j',
    async (visibility, viewer, membership, staffOf, invited, expected) => {
      const policy = policyWith({ membership, staffOf: [...staffOf], invited });
      const access = await policy.access(ctx(viewer), community(visibility));
      expect([access.canSee, access.canRead, access.canPost, access.canModerate]).toEqual(expected);
    },
  );

  it('a banned member of a public community may read but not post', async () => {
    const access = await policyWith({ membership: { ...active, state: MembershipState.BANNED } }).access(
      ctx({}),
      community(Visibility.PUBLIC),
    );
    expect([access.canRead, access.canPost]).toEqual([true, false]);
  });
});
