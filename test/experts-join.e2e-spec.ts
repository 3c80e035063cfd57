import { LiveEventsService } from '@waardenet/live/channels';
import { errorCode, ok } from './support/gql';
import { TestUser, World, addStaff, createCommunity, createLibrary, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const JOIN = `mutation($id: ID!) { joinAsExpert(communityId: $id) { role state } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`;
const REVOKE = `mutation($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id } }`;

describe('experts join the communities of the library that verified them, and leave that role when it revokes', () => {
  let t: TestApp;
  let w: World;
  let otherLibrary: { id: string };
  let otherStaff: TestUser;
  let accessChanges: [string, string | null][];

  const membership = async (communityId: string, user: TestUser) =>
    (
      await t.sql<{ role: string; state: string }>(`SELECT role, state FROM memberships WHERE community_id = $1 AND user_id = $2`, [
        communityId,
        user.id,
      ])
    )[0] ?? null;

  /** A user with expertise on `topic` verified by `libraryId` (by that library's staff member `by`). */
  async function expert(
    libraryId: string,
    by: TestUser,
    topic = 'Lokale geschiedenis',
    user?: TestUser,
  ): Promise<TestUser & { expertiseId: string }> {
    const u = user ?? (await registerUser(t, { displayName: 'Deskundige' }));
    const claimed = await ok(
      t,
      `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
      { input: { topic, evidence: 'Promotie over het onderwerp', libraryId } },
      u.token,
    );
    await ok(t, VERIFY, { input: { expertiseId: claimed.claimExpertise.id, libraryId } }, by.token);
    return { ...u, expertiseId: claimed.claimExpertise.id };
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    otherLibrary = await createLibrary(t, w.admin);
    otherStaff = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
    const live = t.app.get(LiveEventsService);
    const original = live.accessChanged.bind(live);
    live.accessChanged = async (communityId, userId) => {
      accessChanges.push([communityId, userId]);
      return original(communityId, userId);
    };
  });
  beforeEach(() => {
    accessChanges = [];
  });
  afterAll(() => t.close());

  it('refuses anyone without expertise verified by the community’s library: none, a mere claim, or another library’s', async () => {
    const claimant = await registerUser(t);
    await ok(
      t,
      `mutation($id: ID!) { claimExpertise(input: { topic: "Poldermolens", evidence: "Molenaar", libraryId: $id }) { id } }`,
      { id: w.library.id },
      claimant.token,
    );
    const elsewhere = await expert(otherLibrary.id, otherStaff);
    expect(await errorCode(t, JOIN, { id: w.pub.id })).toBe('UNAUTHENTICATED');
    for (const u of [w.outsider, w.member, claimant, elsewhere])
      expect(await errorCode(t, JOIN, { id: w.pub.id }, u.token)).toBe('FORBIDDEN');
    expect(await membership(w.pub.id, w.member)).toEqual({ role: 'MEMBER', state: 'ACTIVE' });
    expect(await membership(w.pub.id, claimant)).toBeNull();
    expect(accessChanges).toEqual([]);
  });

  it('a verified expert joins PUBLIC and RESTRICTED communities as an ACTIVE EXPERT at once; open subscriptions re-check', async () => {
    const e = await expert(w.library.id, w.manager);
    expect((await ok(t, JOIN, { id: w.pub.id }, e.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    expect((await ok(t, JOIN, { id: w.restricted.id }, e.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    expect(accessChanges).toEqual([
      [w.pub.id, e.id],
      [w.restricted.id, e.id],
    ]);
    // Being an expert here lets them read the restricted community's threads.
    const res = await ok(
      t,
      `query($slug: String!) { community(slug: $slug) { viewerCanRead viewerMembership { role } } }`,
      { slug: (await t.sql<{ slug: string }>(`SELECT slug FROM communities WHERE id = $1`, [w.restricted.id]))[0].slug },
      e.token,
    );
    expect(res.community).toEqual({ viewerCanRead: true, viewerMembership: { role: 'EXPERT' } });
  });

  it('upgrades a MEMBER and a PENDING request, keeps a moderator’s role, and a ban stays in force', async () => {
    const e = await expert(w.library.id, w.manager);
    await join(t, e, w.pub.id);
    expect(await join(t, e, w.restricted.id)).toBe('PENDING');
    expect((await ok(t, JOIN, { id: w.pub.id }, e.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    expect((await ok(t, JOIN, { id: w.restricted.id }, e.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });

    const mod = await expert(w.library.id, w.manager);
    await join(t, mod, w.pub.id);
    await t.sql(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, mod.id]);
    expect((await ok(t, JOIN, { id: w.pub.id }, mod.token)).joinAsExpert).toEqual({ role: 'MODERATOR', state: 'ACTIVE' });

    const banned = await expert(w.library.id, w.manager);
    await t.sql(
      `INSERT INTO memberships (community_id, user_id, role, state, ban_reason, state_before_ban) VALUES ($1, $2, 'MEMBER', 'BANNED', 'spam', 'ACTIVE')`,
      [w.pub.id, banned.id],
    );
    expect(await errorCode(t, JOIN, { id: w.pub.id }, banned.token)).toBe('FORBIDDEN');
    expect(await membership(w.pub.id, banned)).toEqual({ role: 'MEMBER', state: 'BANNED' });
  });

  it('a PRIVATE community stays NOT_FOUND without an invitation; with one, the expert joins and the invitation is used', async () => {
    const e = await expert(w.library.id, w.manager);
    expect(await errorCode(t, JOIN, { id: w.priv.id }, e.token)).toBe('NOT_FOUND');
    expect(await membership(w.priv.id, e)).toBeNull();
    await ok(
      t,
      `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
      { c: w.priv.id, u: e.id },
      w.manager.token,
    );
    expect((await ok(t, JOIN, { id: w.priv.id }, e.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    const [inv] = await t.sql<{ accepted_at: Date | null }>(
      `SELECT accepted_at FROM invitations WHERE community_id = $1 AND user_id = $2`,
      [w.priv.id, e.id],
    );
    expect(inv.accepted_at).not.toBeNull();
  });

  it("revoking the last expertise a library verified makes the user's EXPERT memberships there MEMBER again, not elsewhere", async () => {
    const e = await expert(w.library.id, w.manager, 'Stadsgeschiedenis');
    const second = await expert(w.library.id, w.manager, 'Archeologie', e);
    const elsewhere = await createCommunity(t, otherStaff, otherLibrary.id, 'PUBLIC');
    await expert(otherLibrary.id, otherStaff, 'Havens', e);
    for (const c of [w.pub.id, w.restricted.id, elsewhere.id]) await ok(t, JOIN, { id: c }, e.token);
    accessChanges = [];

    // Another expertise from the same library remains: nothing changes.
    await ok(t, REVOKE, { input: { expertiseId: e.expertiseId, reason: 'Verouderd' } }, w.manager.token);
    expect(await membership(w.pub.id, e)).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    expect(accessChanges).toEqual([]);

    await ok(t, REVOKE, { input: { expertiseId: second.expertiseId, reason: 'Niet meer actief' } }, w.manager.token);
    expect(await membership(w.pub.id, e)).toEqual({ role: 'MEMBER', state: 'ACTIVE' });
    expect(await membership(w.restricted.id, e)).toEqual({ role: 'MEMBER', state: 'ACTIVE' });
    expect(await membership(elsewhere.id, e)).toEqual({ role: 'EXPERT', state: 'ACTIVE' });
    expect(accessChanges.sort()).toEqual(
      [
        [w.pub.id, e.id],
        [w.restricted.id, e.id],
      ].sort(),
    );
    const [line] = (
      await ok(
        t,
        `query($id: ID!) { expertiseLog(libraryId: $id, first: 1) { edges { node { action details } } } }`,
        { id: w.library.id },
        w.manager.token,
      )
    ).expertiseLog.edges;
    expect(line.node).toEqual({ action: 'REVOKED', details: 'EXPERT → MEMBER in 2 communities' });
    // And without verified expertise from this library, they cannot become an expert here again.
    expect(await errorCode(t, JOIN, { id: w.pub.id }, e.token)).toBe('FORBIDDEN');
  });
});
