import { errorCode, gql, ok } from './support/gql';
import { TestUser, World, addStaff, createLibrary, createThread, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const COMMUNITY = `query($slug: String!) {
  community(slug: $slug) { id name description visibility viewerCanRead viewerCanModerate threads { edges { node { id title } } } }
}`;
const COMMUNITIES = `query($libraryId: ID) { communities(first: 100, libraryId: $libraryId) { edges { node { id } } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title community { id } } }`;
const JOIN = `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`;

describe('community visibility: who sees and reads PUBLIC, RESTRICTED and PRIVATE communities', () => {
  let t: TestApp;
  let w: World;
  let staff: TestUser;
  let otherStaff: TestUser;
  let privMember: TestUser;
  let restrictedMember: TestUser;
  const threads: Record<'pub' | 'restricted' | 'priv', { id: string; title: string }> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    // A second community manager of the same library, who is not the owner of any of the three.
    staff = await registerUser(t);
    await addStaff(t, w.admin, w.library.id, staff, 'COMMUNITY_MANAGER');
    const other = await createLibrary(t, w.admin);
    otherStaff = await registerUser(t);
    await addStaff(t, w.admin, other.id, otherStaff, 'ADMIN');
    privMember = await registerUser(t);
    await ok(
      t,
      `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
      { c: w.priv.id, u: privMember.id },
      w.manager.token,
    );
    await ok(t, JOIN, { id: w.priv.id }, privMember.token);
    restrictedMember = await registerUser(t);
    await ok(t, JOIN, { id: w.restricted.id }, restrictedMember.token);
    await ok(
      t,
      `mutation($i: MembershipDecisionInput!) { approveMembership(input: $i) { state } }`,
      { i: { communityId: w.restricted.id, userId: restrictedMember.id } },
      w.manager.token,
    );
    threads.pub = await createThread(t, w.manager, w.pub.id);
    threads.restricted = await createThread(t, w.manager, w.restricted.id);
    threads.priv = await createThread(t, w.manager, w.priv.id);
  });
  afterAll(() => t.close());

  const tokenOf = (who: string): string | undefined =>
    ({
      'a visitor': undefined,
      'an outsider': w.outsider.token,
      'a member of another community': w.member.token,
      'the staff of another library': otherStaff.token,
      'a member of the community': privMember.token,
      'a community manager of the library': staff.token,
      'the owner': w.manager.token,
      'a platform admin': w.admin.token,
    })[who];
  const listed = async (token?: string, libraryId?: string) =>
    (await ok(t, COMMUNITIES, { libraryId }, token)).communities.edges.map((e: { node: { id: string } }) => e.node.id);

  describe('PUBLIC', () => {
    it.each(['a visitor', 'an outsider', 'the staff of another library'])('lets %s read its threads', async (who) => {
      const c = (await ok(t, COMMUNITY, { slug: w.pub.slug }, tokenOf(who))).community;
      expect(c.viewerCanRead).toBe(true);
      expect(c.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([threads.pub.id]);
      expect((await ok(t, THREAD, { id: threads.pub.id }, tokenOf(who))).thread).toEqual({
        id: threads.pub.id,
        title: threads.pub.title,
        community: { id: w.pub.id },
      });
    });
  });

  describe('RESTRICTED', () => {
    it.each(['a visitor', 'an outsider', 'a member of another community'])(
      'shows %s its name and description, but not its threads',
      async (who) => {
        const c = (await ok(t, COMMUNITY, { slug: w.restricted.slug }, tokenOf(who))).community;
        expect(c).toMatchObject({
          id: w.restricted.id,
          name: w.restricted.name,
          description: 'Over boeken en buurt',
          visibility: 'RESTRICTED',
        });
        expect(c.viewerCanRead).toBe(false);
        expect(c.threads).toBeNull();
        expect(await listed(tokenOf(who))).toContain(w.restricted.id);
        expect(await errorCode(t, THREAD, { id: threads.restricted.id }, tokenOf(who))).toBe('FORBIDDEN');
      },
    );

    it('keeps its threads from someone whose request to join is still pending', async () => {
      const pending = await registerUser(t);
      expect((await ok(t, JOIN, { id: w.restricted.id }, pending.token)).joinCommunity.state).toBe('PENDING');
      const c = (await ok(t, COMMUNITY, { slug: w.restricted.slug }, pending.token)).community;
      expect(c.viewerCanRead).toBe(false);
      expect(c.threads).toBeNull();
      expect(await errorCode(t, THREAD, { id: threads.restricted.id }, pending.token)).toBe('FORBIDDEN');
    });

    it.each([
      ['an approved member', () => restrictedMember],
      ['a community manager of the library', () => staff],
      ['a platform admin', () => w.admin],
    ])('lets %s read its threads', async (_who, user) => {
      const c = (await ok(t, COMMUNITY, { slug: w.restricted.slug }, user().token)).community;
      expect(c.viewerCanRead).toBe(true);
      expect(c.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([threads.restricted.id]);
      expect((await ok(t, THREAD, { id: threads.restricted.id }, user().token)).thread.id).toBe(threads.restricted.id);
    });
  });

  describe('PRIVATE', () => {
    it.each(['a visitor', 'an outsider', 'a member of another community', 'the staff of another library'])(
      'is invisible to %s: NOT_FOUND by slug, by thread id and to join, and absent from lists',
      async (who) => {
        const token = tokenOf(who);
        const unknown = await gql(t, COMMUNITY, { slug: 'bestaat-helemaal-niet' }, token);
        const hidden = await gql(t, COMMUNITY, { slug: w.priv.slug }, token);
        expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        // The answer is the same as for a slug that does not exist, so it does not leak that the community exists.
        expect(hidden.errors?.[0].message).toBe(unknown.errors?.[0].message);
        expect(await errorCode(t, THREAD, { id: threads.priv.id }, token)).toBe('NOT_FOUND');
        expect(await listed(token)).not.toContain(w.priv.id);
        expect(await listed(token, w.library.id)).toEqual(expect.arrayContaining([w.pub.id, w.restricted.id]));
        expect(await listed(token, w.library.id)).not.toContain(w.priv.id);
        if (token) expect(await errorCode(t, JOIN, { id: w.priv.id }, token)).toBe('NOT_FOUND');
        expect(await t.sql(`SELECT 1 FROM memberships WHERE community_id = $1 AND state <> 'ACTIVE'`, [w.priv.id])).toHaveLength(0);
      },
    );

    it.each(['a member of the community', 'a community manager of the library', 'the owner', 'a platform admin'])(
      'is visible and readable to %s, by slug, by thread id and in lists',
      async (who) => {
        const token = tokenOf(who);
        const c = (await ok(t, COMMUNITY, { slug: w.priv.slug }, token)).community;
        expect(c).toMatchObject({ id: w.priv.id, visibility: 'PRIVATE', viewerCanRead: true });
        expect(c.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([threads.priv.id]);
        expect((await ok(t, THREAD, { id: threads.priv.id }, token)).thread.community.id).toBe(w.priv.id);
        expect(await listed(token)).toContain(w.priv.id);
        expect(await listed(token, w.library.id)).toContain(w.priv.id);
      },
    );

    it('lets only moderators moderate it', async () => {
      const viewerCanModerate = async (token: string) => (await ok(t, COMMUNITY, { slug: w.priv.slug }, token)).community.viewerCanModerate;
      expect(await viewerCanModerate(privMember.token)).toBe(false);
      expect(await viewerCanModerate(staff.token)).toBe(true);
      expect(await viewerCanModerate(w.manager.token)).toBe(true);
      expect(await viewerCanModerate(w.admin.token)).toBe(true);
    });

    it('disappears for a member who leaves, and for one who is banned', async () => {
      const leaver = await registerUser(t);
      const banned = await registerUser(t);
      for (const u of [leaver, banned]) {
        await ok(
          t,
          `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
          { c: w.priv.id, u: u.id },
          w.manager.token,
        );
        expect((await ok(t, JOIN, { id: w.priv.id }, u.token)).joinCommunity.state).toBe('ACTIVE');
        expect((await ok(t, COMMUNITY, { slug: w.priv.slug }, u.token)).community.id).toBe(w.priv.id);
      }
      expect((await ok(t, `mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: w.priv.id }, leaver.token)).leaveCommunity).toBe(
        true,
      );
      await t.sql(`UPDATE memberships SET state = 'BANNED' WHERE community_id = $1 AND user_id = $2`, [w.priv.id, banned.id]);
      for (const u of [leaver, banned]) {
        expect(await errorCode(t, COMMUNITY, { slug: w.priv.slug }, u.token)).toBe('NOT_FOUND');
        expect(await errorCode(t, THREAD, { id: threads.priv.id }, u.token)).toBe('NOT_FOUND');
        expect(await listed(u.token)).not.toContain(w.priv.id);
      }
    });
  });

  it('hides a community from outsiders once it becomes PRIVATE, and shows it again when it is PUBLIC', async () => {
    const c = await ok(
      t,
      `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug } }`,
      { input: { libraryId: w.library.id, name: 'Wisselend zichtbaar', description: 'x', theme: 'lezen', visibility: 'PUBLIC' } },
      staff.token,
    );
    const { slug, id } = c.createCommunity;
    expect((await ok(t, COMMUNITY, { slug }, w.outsider.token)).community.id).toBe(id);
    await t.sql(`UPDATE communities SET visibility = 'PRIVATE' WHERE id = $1`, [id]);
    expect(await errorCode(t, COMMUNITY, { slug }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await listed(w.outsider.token)).not.toContain(id);
    await t.sql(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [id]);
    expect(await listed(w.outsider.token)).toContain(id);
  });
});
