import { randomUUID } from 'node:crypto';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, VisibilityName, World, addStaff, createCommunity, createThread, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const JOIN = `mutation($id: ID!) {
  joinCommunity(communityId: $id) { id state role userId community { id viewerCanRead viewerMembership { state } } }
}`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(communityId: $id) }`;
const APPROVE = `mutation($i: MembershipDecisionInput!) { approveMembership(input: $i) { state role user { id } } }`;
const REJECT = `mutation($i: MembershipDecisionInput!) { rejectMembership(input: $i) }`;
const INVITE = `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`;
const MEMBERS = `query($slug: String!, $state: MembershipState, $first: Int, $after: String) {
  community(slug: $slug) {
    memberCount
    members(state: $state, first: $first, after: $after) { edges { node { userId role state } } pageInfo { hasNextPage endCursor } }
  }
}`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

type Community = { id: string; slug: string };
type MembersData = {
  community: {
    memberCount: number;
    members: {
      edges: { node: { userId: string; role: string; state: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

describe('community memberships: joining, approval, invitations and leaving', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const fresh = (visibility: VisibilityName) => createCommunity(t, w.manager, w.library.id, visibility);
  const rows = (c: Community, userId: string) =>
    t.sql<{ id: string; state: string; role: string }>('SELECT id, state, role FROM memberships WHERE community_id = $1 AND user_id = $2', [
      c.id,
      userId,
    ]);
  const decision = (c: Community, u: TestUser) => ({ i: { communityId: c.id, userId: u.id } });
  const setState = (c: Community, u: TestUser, state: string, role = 'MEMBER') =>
    t.sql(
      `INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, user_id) DO UPDATE SET state = EXCLUDED.state, role = EXCLUDED.role`,
      [c.id, u.id, role, state],
    );
  const memberCount = async (c: Community) => (await ok(t, MEMBERS, { slug: c.slug }, w.admin.token)).community.memberCount;

  describe('joinCommunity', () => {
    it('makes a user an ACTIVE MEMBER of a PUBLIC community at once', async () => {
      const c = await fresh('PUBLIC');
      const user = await registerUser(t);
      const m = (await ok(t, JOIN, { id: c.id }, user.token)).joinCommunity;
      expect(m).toMatchObject({ state: 'ACTIVE', role: 'MEMBER', userId: user.id });
      // The answer already reflects the new membership.
      expect(m.community).toEqual({ id: c.id, viewerCanRead: true, viewerMembership: { state: 'ACTIVE' } });
      expect(await rows(c, user.id)).toEqual([{ id: m.id, state: 'ACTIVE', role: 'MEMBER' }]);
      expect(await memberCount(c)).toBe(2);
    });

    it('returns the same membership when a user joins twice', async () => {
      const c = await fresh('PUBLIC');
      const user = await registerUser(t);
      const first = (await ok(t, JOIN, { id: c.id }, user.token)).joinCommunity;
      const second = (await ok(t, JOIN, { id: c.id }, user.token)).joinCommunity;
      expect(second.id).toBe(first.id);
      expect(await rows(c, user.id)).toHaveLength(1);
    });

    it.each(['PUBLIC', 'RESTRICTED'] as const)(
      'leaves exactly one membership after 10 simultaneous joins by one user (%s)',
      async (visibility) => {
        const c = await fresh(visibility);
        const user = await registerUser(t);
        const results = await Promise.all(Array.from({ length: 10 }, () => ok(t, JOIN, { id: c.id }, user.token)));
        const ids = new Set(results.map((r) => r.joinCommunity.id));
        expect(ids.size).toBe(1);
        const [row] = await rows(c, user.id);
        expect(await rows(c, user.id)).toHaveLength(1);
        expect(ids.has(row.id)).toBe(true);
        expect(row.state).toBe(visibility === 'PUBLIC' ? 'ACTIVE' : 'PENDING');
      },
    );

    it('makes a request to join a RESTRICTED community PENDING, not counted as a member', async () => {
      const c = await fresh('RESTRICTED');
      const user = await registerUser(t);
      const m = (await ok(t, JOIN, { id: c.id }, user.token)).joinCommunity;
      expect(m).toMatchObject({ state: 'PENDING', role: 'MEMBER' });
      expect(m.community.viewerCanRead).toBe(false);
      expect(await memberCount(c)).toBe(1);
    });

    it('refuses a banned user with FORBIDDEN and keeps the ban', async () => {
      const c = await fresh('PUBLIC');
      const user = await registerUser(t);
      await setState(c, user, 'BANNED');
      expect(await errorCode(t, JOIN, { id: c.id }, user.token)).toBe('FORBIDDEN');
      expect((await rows(c, user.id))[0].state).toBe('BANNED');
    });

    it('refuses to join a PRIVATE community without an invitation, and writes nothing', async () => {
      const c = await fresh('PRIVATE');
      // Someone who may not see it learns nothing: it answers as if it did not exist.
      expect(await errorCode(t, JOIN, { id: c.id }, w.outsider.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, JOIN, { id: randomUUID() }, w.outsider.token)).toBe('NOT_FOUND');
      expect(await t.sql('SELECT user_id FROM memberships WHERE community_id = $1', [c.id])).toEqual([{ user_id: w.manager.id }]);
    });

    it("lets the library's staff join a PRIVATE community they moderate without an invitation", async () => {
      const c = await fresh('PRIVATE');
      const staff = await registerUser(t);
      await addStaff(t, w.admin, w.library.id, staff, 'COMMUNITY_MANAGER');
      expect((await ok(t, JOIN, { id: c.id }, staff.token)).joinCommunity.state).toBe('ACTIVE');
    });

    it('refuses a visitor and a malformed id', async () => {
      expect(await errorCode(t, JOIN, { id: w.pub.id })).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, JOIN, { id: 'geen-id' }, w.outsider.token)).toBe('BAD_USER_INPUT');
    });
  });

  describe('approval of RESTRICTED communities', () => {
    it.each([
      ['the owner', async () => w.manager],
      [
        'another community manager of the library',
        async () => {
          const u = await registerUser(t);
          await addStaff(t, w.admin, w.library.id, u, 'COMMUNITY_MANAGER');
          return u;
        },
      ],
      ['a platform admin', async () => w.admin],
    ])('lets %s approve and reject requests', async (_who, moderator) => {
      const c = await fresh('RESTRICTED');
      const [yes, no] = [await registerUser(t), await registerUser(t)];
      await ok(t, JOIN, { id: c.id }, yes.token);
      await ok(t, JOIN, { id: c.id }, no.token);
      const by = await moderator();
      expect((await ok(t, APPROVE, decision(c, yes), by.token)).approveMembership).toEqual({
        state: 'ACTIVE',
        role: 'MEMBER',
        user: { id: yes.id },
      });
      expect((await ok(t, REJECT, decision(c, no), by.token)).rejectMembership).toBe(true);
      expect((await rows(c, yes.id))[0].state).toBe('ACTIVE');
      expect(await rows(c, no.id)).toHaveLength(0);
      expect(await memberCount(c)).toBe(2);
      // There is nothing left to decide.
      expect(await errorCode(t, APPROVE, decision(c, yes), by.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, REJECT, decision(c, no), by.token)).toBe('NOT_FOUND');
    });

    it.each(['OWNER', 'MODERATOR'])('lets an active %s who is not library staff approve', async (role) => {
      const c = await fresh('RESTRICTED');
      const mod = await registerUser(t);
      await setState(c, mod, 'ACTIVE', role);
      const user = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, user.token);
      expect((await ok(t, APPROVE, decision(c, user), mod.token)).approveMembership.state).toBe('ACTIVE');
    });

    it('refuses a plain member, an outsider, a pending user and a visitor, and leaves the request pending', async () => {
      const c = await fresh('RESTRICTED');
      const member = await registerUser(t);
      await setState(c, member, 'ACTIVE');
      const [user, other] = [await registerUser(t), await registerUser(t)];
      await ok(t, JOIN, { id: c.id }, user.token);
      await ok(t, JOIN, { id: c.id }, other.token);
      for (const by of [member, w.outsider, other]) {
        expect(await errorCode(t, APPROVE, decision(c, user), by.token)).toBe('FORBIDDEN');
        expect(await errorCode(t, REJECT, decision(c, user), by.token)).toBe('FORBIDDEN');
      }
      expect(await errorCode(t, APPROVE, decision(c, other), other.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, APPROVE, decision(c, user))).toBe('UNAUTHENTICATED');
      expect((await rows(c, user.id))[0].state).toBe('PENDING');
      expect((await rows(c, other.id))[0].state).toBe('PENDING');
    });

    it('refuses malformed ids with BAD_USER_INPUT', async () => {
      const res = await gql(t, APPROVE, { i: { communityId: 'x', userId: w.member.id } }, w.manager.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual(['communityId']);
    });
  });

  describe('inviteToCommunity', () => {
    it('lets a moderator invite someone into a PRIVATE community, who can then join as ACTIVE', async () => {
      const c = await fresh('PRIVATE');
      const user = await registerUser(t);
      const seen = `query($slug: String!) { community(slug: $slug) { id viewerCanRead threads { edges { cursor } } } }`;
      expect(await errorCode(t, seen, { slug: c.slug }, user.token)).toBe('NOT_FOUND');
      expect((await ok(t, INVITE, { c: c.id, u: user.id }, w.manager.token)).inviteToCommunity).toBe(true);
      // Invited, they may see the community in order to join it, but not yet read it.
      expect((await ok(t, seen, { slug: c.slug }, user.token)).community).toEqual({ id: c.id, viewerCanRead: false, threads: null });
      const m = (await ok(t, JOIN, { id: c.id }, user.token)).joinCommunity;
      expect(m.state).toBe('ACTIVE');
      expect(m.community).toEqual({ id: c.id, viewerCanRead: true, viewerMembership: { state: 'ACTIVE' } });
      const [inv] = await t.sql<{ accepted_at: Date | null }>(
        'SELECT accepted_at FROM invitations WHERE community_id = $1 AND user_id = $2',
        [c.id, user.id],
      );
      expect(inv.accepted_at).not.toBeNull();
    });

    it('lets an invitation skip approval in a RESTRICTED community, also for a pending request', async () => {
      const c = await fresh('RESTRICTED');
      const invited = await registerUser(t);
      const waiting = await registerUser(t);
      await ok(t, INVITE, { c: c.id, u: invited.id }, w.manager.token);
      expect((await ok(t, JOIN, { id: c.id }, invited.token)).joinCommunity.state).toBe('ACTIVE');
      expect((await ok(t, JOIN, { id: c.id }, waiting.token)).joinCommunity.state).toBe('PENDING');
      await ok(t, INVITE, { c: c.id, u: waiting.id }, w.manager.token);
      expect((await ok(t, JOIN, { id: c.id }, waiting.token)).joinCommunity.state).toBe('ACTIVE');
      expect(await rows(c, waiting.id)).toHaveLength(1);
    });

    it('refuses a plain member and an outsider with FORBIDDEN, and writes no invitation', async () => {
      const c = await fresh('RESTRICTED');
      const member = await registerUser(t);
      await setState(c, member, 'ACTIVE');
      const target = await registerUser(t);
      expect(await errorCode(t, INVITE, { c: c.id, u: target.id }, member.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, INVITE, { c: c.id, u: target.id }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, INVITE, { c: c.id, u: w.outsider.id }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, INVITE, { c: c.id, u: target.id })).toBe('UNAUTHENTICATED');
      const priv = await fresh('PRIVATE');
      expect(await errorCode(t, INVITE, { c: priv.id, u: w.outsider.id }, w.outsider.token)).toBe('NOT_FOUND');
      expect(await t.sql('SELECT 1 FROM invitations WHERE community_id = ANY($1)', [[c.id, priv.id]])).toHaveLength(0);
    });

    it('refuses to invite an unknown user, an active member or a banned user', async () => {
      const c = await fresh('PRIVATE');
      const banned = await registerUser(t);
      await setState(c, banned, 'BANNED');
      expect(await errorCode(t, INVITE, { c: c.id, u: randomUUID() }, w.manager.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, INVITE, { c: c.id, u: w.manager.id }, w.manager.token)).toBe('CONFLICT');
      expect(await errorCode(t, INVITE, { c: c.id, u: banned.id }, w.manager.token)).toBe('CONFLICT');
      expect(await errorCode(t, INVITE, { c: c.id, u: 'geen-id' }, w.manager.token)).toBe('BAD_USER_INPUT');
    });
  });

  describe('myCommunities', () => {
    const MINE = `query($first: Int, $after: String) { myCommunities(first: $first, after: $after) {
      edges { node { id viewerMembership { state } } } pageInfo { hasNextPage endCursor } } }`;
    type Mine = {
      edges: { node: { id: string; viewerMembership: { state: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };

    it("lists a member's communities by name, those waiting for approval too, not those they are banned from or left", async () => {
      const u = await registerUser(t);
      const [active, waiting, banned, left, other] = await Promise.all(
        (['PUBLIC', 'RESTRICTED', 'PUBLIC', 'PUBLIC', 'PUBLIC'] as const).map((v) => fresh(v)),
      );
      await setState(active, u, 'ACTIVE');
      await setState(waiting, u, 'PENDING');
      await setState(banned, u, 'BANNED');
      await setState(left, u, 'ACTIVE');
      await ok(t, `mutation($c: ID!) { leaveCommunity(communityId: $c) }`, { c: left.id }, u.token);
      void other;
      // Two pages of one: the cursor carries on where the first stopped.
      const first = (await ok(t, MINE, { first: 1 }, u.token)).myCommunities as Mine;
      const second = (await ok(t, MINE, { first: 1, after: first.pageInfo.endCursor }, u.token)).myCommunities as Mine;
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const listed = [...first.edges, ...second.edges].map((e) => e.node);
      const names = await t.sql<{ id: string }>(`SELECT id FROM communities WHERE id = ANY($1) ORDER BY name, id`, [
        [active.id, waiting.id],
      ]);
      expect(listed).toEqual(names.map((r) => ({ id: r.id, viewerMembership: { state: r.id === waiting.id ? 'PENDING' : 'ACTIVE' } })));
    });

    it('asks a visitor to sign in, and refuses a cursor of another list', async () => {
      expect(await errorCode(t, MINE, {})).toBe('UNAUTHENTICATED');
      const all = await ok(t, `query { communities(first: 1) { pageInfo { endCursor } } }`, {}, w.member.token);
      const res = await gql(t, MINE, { after: all.communities.pageInfo.endCursor }, w.member.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID' });
    });
  });

  describe('leaveCommunity', () => {
    it('lets a member leave, which lowers the member count', async () => {
      const c = await fresh('PUBLIC');
      const user = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, user.token);
      expect(await memberCount(c)).toBe(2);
      expect((await ok(t, LEAVE, { id: c.id }, user.token)).leaveCommunity).toBe(true);
      expect(await rows(c, user.id)).toHaveLength(0);
      expect(await memberCount(c)).toBe(1);
      expect(await errorCode(t, LEAVE, { id: c.id }, user.token)).toBe('NOT_FOUND');
    });

    it('lets a pending user withdraw their request', async () => {
      const c = await fresh('RESTRICTED');
      const user = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, user.token);
      expect((await ok(t, LEAVE, { id: c.id }, user.token)).leaveCommunity).toBe(true);
      expect(await rows(c, user.id)).toHaveLength(0);
    });

    it('refuses the only owner with CONFLICT, until there is another owner', async () => {
      const c = await fresh('PUBLIC');
      expect(await errorCode(t, LEAVE, { id: c.id }, w.manager.token)).toBe('CONFLICT');
      expect(await rows(c, w.manager.id)).toHaveLength(1);
      const banned = await registerUser(t);
      await setState(c, banned, 'BANNED', 'OWNER');
      expect(await errorCode(t, LEAVE, { id: c.id }, w.manager.token)).toBe('CONFLICT');
      const other = await registerUser(t);
      await setState(c, other, 'ACTIVE', 'OWNER');
      expect((await ok(t, LEAVE, { id: c.id }, w.manager.token)).leaveCommunity).toBe(true);
      expect(await rows(c, w.manager.id)).toHaveLength(0);
    });

    it('refuses a banned member with FORBIDDEN, so the ban cannot be shed by leaving', async () => {
      const c = await fresh('PUBLIC');
      const user = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, user.token);
      await t.sql(`UPDATE memberships SET state = 'BANNED' WHERE community_id = $1 AND user_id = $2`, [c.id, user.id]);
      expect(await errorCode(t, LEAVE, { id: c.id }, user.token)).toBe('FORBIDDEN');
      expect((await rows(c, user.id))[0].state).toBe('BANNED');
      expect(await errorCode(t, JOIN, { id: c.id }, user.token)).toBe('FORBIDDEN');
    });

    it('refuses a visitor', async () => {
      expect(await errorCode(t, LEAVE, { id: w.pub.id })).toBe('UNAUTHENTICATED');
    });
  });

  describe('members', () => {
    let c: Community;
    let actives: TestUser[];
    let pending: TestUser;
    let banned: TestUser;
    beforeAll(async () => {
      c = await fresh('RESTRICTED');
      actives = [];
      for (let i = 0; i < 4; i++) {
        const u = await registerUser(t);
        await ok(t, JOIN, { id: c.id }, u.token);
        await ok(t, APPROVE, decision(c, u), w.manager.token);
        actives.push(u);
      }
      pending = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, pending.token);
      banned = await registerUser(t);
      await setState(c, banned, 'BANNED');
    });
    const userIds = (data: MembersData) => data.community.members.edges.map((e) => e.node.userId);

    it('lists ACTIVE members by default, in the order they joined, and counts only them', async () => {
      const data = await ok<MembersData>(t, MEMBERS, { slug: c.slug }, actives[0].token);
      expect(userIds(data)).toEqual([w.manager.id, ...actives.map((u) => u.id)]);
      expect(data.community.members.edges[0].node).toEqual({ userId: w.manager.id, role: 'OWNER', state: 'ACTIVE' });
      expect(data.community.memberCount).toBe(5);
    });

    it('pages through the members with first/after', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: MembersData = await ok<MembersData>(t, MEMBERS, { slug: c.slug, first: 2, after }, actives[1].token);
        expect(data.community.members.edges.length).toBeLessThanOrEqual(2);
        seen.push(...userIds(data));
        if (!data.community.members.pageInfo.hasNextPage) break;
        after = data.community.members.pageInfo.endCursor;
      }
      expect(seen).toEqual([w.manager.id, ...actives.map((u) => u.id)]);
      expect(await errorCode(t, MEMBERS, { slug: c.slug, first: 101 }, actives[1].token)).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, MEMBERS, { slug: c.slug, after: 'vervalst' }, actives[1].token)).toBe('BAD_USER_INPUT');
    });

    it('shows pending and banned members to moderators only', async () => {
      expect(userIds(await ok<MembersData>(t, MEMBERS, { slug: c.slug, state: 'PENDING' }, w.manager.token))).toEqual([pending.id]);
      expect(userIds(await ok<MembersData>(t, MEMBERS, { slug: c.slug, state: 'BANNED' }, w.admin.token))).toEqual([banned.id]);
      for (const by of [actives[0], pending, w.outsider]) {
        expect(await errorCode(t, MEMBERS, { slug: c.slug, state: 'PENDING' }, by.token)).toBe('FORBIDDEN');
        expect(await errorCode(t, MEMBERS, { slug: c.slug, state: 'BANNED' }, by.token)).toBe('FORBIDDEN');
      }
      expect(await errorCode(t, MEMBERS, { slug: c.slug, state: 'PENDING' })).toBe('FORBIDDEN');
    });

    it('keeps the member list of a RESTRICTED community from non-members, but not its count', async () => {
      expect(await errorCode(t, MEMBERS, { slug: c.slug }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, MEMBERS, { slug: c.slug }, pending.token)).toBe('FORBIDDEN');
      const q = `query($slug: String!) { community(slug: $slug) { memberCount } }`;
      expect((await ok(t, q, { slug: c.slug })).community.memberCount).toBe(5);
    });
  });

  describe('posting needs an ACTIVE membership', () => {
    const thread = (c: Community) => ({ input: { communityId: c.id, title: 'Een vraag', body: 'Wie leest mee?', kind: 'DISCUSSION' } });
    const threadCount = async (c: Community) => (await t.sql('SELECT 1 FROM threads WHERE community_id = $1', [c.id])).length;

    it('refuses a PENDING member, then accepts them once approved', async () => {
      const c = await fresh('RESTRICTED');
      const user = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, user.token);
      expect(await errorCode(t, CREATE_THREAD, thread(c), user.token)).toBe('FORBIDDEN');
      expect(await threadCount(c)).toBe(0);
      await ok(t, APPROVE, decision(c, user), w.manager.token);
      await createThread(t, user, c.id);
      expect(await threadCount(c)).toBe(1);
    });

    it('refuses outsiders, banned members and visitors in a PUBLIC community', async () => {
      const c = await fresh('PUBLIC');
      const banned = await registerUser(t);
      await ok(t, JOIN, { id: c.id }, banned.token);
      await t.sql(`UPDATE memberships SET state = 'BANNED' WHERE community_id = $1 AND user_id = $2`, [c.id, banned.id]);
      expect(await errorCode(t, CREATE_THREAD, thread(c), w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE_THREAD, thread(c), banned.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE_THREAD, thread(c))).toBe('UNAUTHENTICATED');
      expect(await threadCount(c)).toBe(0);
      await createThread(t, w.member, w.pub.id);
    });
  });
});
