import { errorCode, gql, ok } from './support/gql';
import { REGISTER, TestUser, createCommunity, createPost, createThread, join, registerUser } from './support/factories';
import { ModWorld, NO_ID, expectCode, expectRefused, logLines, modWorld } from './support/moderation';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state banReason bannedUntil userId } }`;
const UNBAN = `mutation($input: UnbanMemberInput!) { unbanMember(input: $input) }`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id suspension { reason until } } }`;
const UNSUSPEND = `mutation($id: ID!) { unsuspendUser(userId: $id) { id suspension { reason } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REACT = `mutation($input: ReactInput!) { react(input: $input) { id } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id posts(first: 5) { edges { node { body } } } } }`;
const EVENTS = `subscription($id: ID!) { threadEvents(threadId: $id) { type } }`;

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

describe('moderation: community bans and platform suspensions', () => {
  let t: TestApp;
  let w: ModWorld;
  let thread: { id: string };
  let post: { id: string };

  const newMember = async (communityId = w.pub.id) => {
    const u = await registerUser(t);
    await join(t, u, communityId);
    return u;
  };
  const ban = (u: TestUser, over: Record<string, unknown> = {}, token = w.manager.token) =>
    ok(t, BAN, { input: { communityId: w.pub.id, userId: u.id, reason: 'Herhaaldelijk spam', ...over } }, token);
  const canPost = async (u: TestUser) =>
    !(await gql(t, CREATE_POST, { input: { threadId: thread.id, body: 'Ik ben er weer' } }, u.token)).errors;

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    thread = await createThread(t, w.member, w.pub.id);
    post = await createPost(t, w.member, thread.id, 'Lees maar');
  });
  afterAll(() => t.close());

  describe('banMember and unbanMember', () => {
    it('a banned member may read a public community, but not post, start threads, react, report or subscribe', async () => {
      const u = await newMember();
      const own = await createPost(t, u, thread.id, 'Van mij');
      const banned = (await ban(u, { until: inAnHour() })).banMember;
      expect(banned).toMatchObject({ state: 'BANNED', banReason: 'Herhaaldelijk spam', userId: u.id });
      expect(new Date(banned.bannedUntil).getTime()).toBeGreaterThan(Date.now());
      expect((await ok(t, THREAD, { id: thread.id }, u.token)).thread.id).toBe(thread.id);
      expect(await errorCode(t, CREATE_POST, { input: { threadId: thread.id, body: 'Hoi' } }, u.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE_THREAD, { input: { communityId: w.pub.id, title: 'Nieuw', body: 'Hoi' } }, u.token)).toBe(
        'FORBIDDEN',
      );
      expect(await errorCode(t, REACT, { input: { postId: post.id, kind: 'LIKE' } }, u.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, REPORT, { input: { postId: post.id, reason: 'SPAM' } }, u.token)).toBe('FORBIDDEN');
      const ws = connectWs(t.url, u.token);
      const error = await ws.subscribe(EVENTS, { id: thread.id }).waitForError();
      expect(JSON.stringify(error)).toContain('FORBIDDEN');
      await ws.close();
      expect(await errorCode(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, u.token)).toBe(
        'FORBIDDEN',
      );
      expect(
        await errorCode(
          t,
          `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
          { input: { postId: own.id, body: 'Aangepast' } },
          u.token,
        ),
      ).toBe('FORBIDDEN');
      expect((await logLines(t)).at(-1)).toMatchObject({
        action: 'BAN_MEMBER',
        actor_id: w.manager.id,
        target_id: u.id,
        community_id: w.pub.id,
        reason: 'Herhaaldelijk spam',
      });
    });

    it('ends open subscriptions of the banned member at once', async () => {
      const u = await newMember();
      const ws = connectWs(t.url, u.token);
      const sub = await listening(t, () => ws.subscribe(EVENTS, { id: thread.id }));
      await ban(u);
      await sub.waitForCompletion();
      await ws.close();
    });

    it('a ban ends by itself at its expiry (no job): the member posts again', async () => {
      const u = await newMember();
      await ban(u, { until: inAnHour() });
      expect(await canPost(u)).toBe(false);
      await t.sql(`UPDATE memberships SET banned_until = now() - interval '1 second' WHERE user_id = $1`, [u.id]);
      expect(await canPost(u)).toBe(true);
      expect(await errorCode(t, UNBAN, { input: { communityId: w.pub.id, userId: u.id } }, w.manager.token)).toBe('NOT_FOUND');
    });

    it('unban returns a member to where they were; a banned non-member is no member afterwards, and cannot join while banned', async () => {
      const u = await newMember();
      await ban(u);
      expect(await ok(t, UNBAN, { input: { communityId: w.pub.id, userId: u.id } }, w.moderator.token)).toEqual({ unbanMember: true });
      expect(await t.sql(`SELECT state, ban_reason FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.pub.id, u.id])).toEqual([
        { state: 'ACTIVE', ban_reason: null },
      ]);
      expect(await canPost(u)).toBe(true);

      const stranger = await registerUser(t);
      await ban(stranger);
      expect(await errorCode(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, stranger.token)).toBe(
        'FORBIDDEN',
      );
      await ok(t, UNBAN, { input: { communityId: w.pub.id, userId: stranger.id } }, w.manager.token);
      expect(await t.sql(`SELECT 1 FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.pub.id, stranger.id])).toEqual([]);
      expect((await logLines(t)).at(-1)).toMatchObject({ action: 'UNBAN_MEMBER', actor_id: w.manager.id, target_id: stranger.id });
    });

    it('a banned member of a private community loses it altogether', async () => {
      const c = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
      const u = await registerUser(t);
      await ok(t, `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`, { c: c.id, u: u.id }, w.manager.token);
      await join(t, u, c.id);
      const secret = await createThread(t, w.manager, c.id);
      await ok(t, BAN, { input: { communityId: c.id, userId: u.id, reason: 'Gelekt' } }, w.manager.token);
      expect(await errorCode(t, THREAD, { id: secret.id }, u.token)).toBe('NOT_FOUND');
    });

    it('refuses owners, staff, yourself, a past expiry, a moderator banned by a fellow moderator, and the wrong people', async () => {
      const u = await newMember();
      const input = { communityId: w.pub.id, userId: u.id, reason: 'Spam' };
      await expectRefused(t, w, BAN, { input });
      await expectCode(t, BAN, { input: { ...input, userId: w.manager.id } }, w.admin.token, 'CONFLICT');
      await expectCode(t, BAN, { input: { ...input, userId: w.admin.id } }, w.manager.token, 'CONFLICT');
      const owner = await newMember();
      await t.sql(`UPDATE memberships SET role = 'OWNER' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, owner.id]);
      await expectCode(t, BAN, { input: { ...input, userId: owner.id } }, w.manager.token, 'CONFLICT');
      await expectCode(t, BAN, { input: { ...input, userId: w.moderator.id } }, w.moderator.token, 'BAD_USER_INPUT');
      const fellow = await newMember();
      await t.sql(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, fellow.id]);
      await expectCode(t, BAN, { input: { ...input, userId: fellow.id } }, w.moderator.token, 'FORBIDDEN');
      await expectCode(
        t,
        BAN,
        { input: { ...input, until: new Date(Date.now() - 1000).toISOString() } },
        w.manager.token,
        'BAD_USER_INPUT',
      );
      await expectCode(t, BAN, { input: { ...input, reason: ' ' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, BAN, { input: { ...input, until: 'morgen' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, BAN, { input: { ...input, userId: 'abc' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, BAN, { input: { ...input, userId: NO_ID } }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, BAN, { input: { ...input, communityId: NO_ID } }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, BAN, { input: { ...input, communityId: w.priv.id } }, w.otherStaff.token, 'NOT_FOUND');
      // Staff may ban a moderator.
      expect((await ok(t, BAN, { input: { ...input, userId: fellow.id } }, w.manager.token)).banMember.state).toBe('BANNED');
    });

    it('unbanMember refuses the wrong people, unknown bans and bad ids', async () => {
      const u = await newMember();
      await ban(u);
      await expectRefused(t, w, UNBAN, { input: { communityId: w.pub.id, userId: u.id } });
      await expectCode(t, UNBAN, { input: { communityId: w.pub.id, userId: w.member.id } }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, UNBAN, { input: { communityId: w.pub.id, userId: 'abc' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, UNBAN, { input: { communityId: NO_ID, userId: u.id } }, w.manager.token, 'NOT_FOUND');
    });
  });

  describe('suspendUser and unsuspendUser', () => {
    it('a suspended user gets FORBIDDEN on every write, reads public content only, and may still log out', async () => {
      const u = await newMember();
      const restricted = await createCommunity(t, w.manager, w.library.id, 'RESTRICTED');
      await join(t, u, restricted.id);
      await ok(
        t,
        `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
        { input: { communityId: restricted.id, userId: u.id } },
        w.manager.token,
      );
      const closed = await createThread(t, w.manager, restricted.id);
      expect((await ok(t, THREAD, { id: closed.id }, u.token)).thread.id).toBe(closed.id);

      const suspended = (await ok(t, SUSPEND, { input: { userId: u.id, reason: 'Intimidatie', until: inAnHour() } }, w.admin.token))
        .suspendUser;
      expect(suspended.suspension.reason).toBe('Intimidatie');
      for (const [query, vars] of [
        [CREATE_POST, { input: { threadId: thread.id, body: 'Hoi' } }],
        [CREATE_THREAD, { input: { communityId: w.pub.id, title: 'Nieuw', body: 'Hoi' } }],
        [REACT, { input: { postId: post.id, kind: 'LIKE' } }],
        [REPORT, { input: { postId: post.id, reason: 'SPAM' } }],
        [`mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.sibling.id }],
        [`mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: w.pub.id }],
      ] as const) {
        await expectCode(t, query, vars, u.token, 'FORBIDDEN');
      }
      expect((await ok(t, THREAD, { id: thread.id }, u.token)).thread.posts.edges[0].node.body).toBe('Wat vinden jullie?');
      expect(await errorCode(t, THREAD, { id: closed.id }, u.token)).toBe('FORBIDDEN');
      expect((await ok(t, `{ me { suspension { reason } } }`, {}, u.token)).me.suspension).toEqual({ reason: 'Intimidatie' });
      expect(await ok(t, `mutation { logout }`, {}, u.token)).toEqual({ logout: true });
    });

    it('ends the suspended user’s open subscriptions to what only members may read', async () => {
      const restricted = await createCommunity(t, w.manager, w.library.id, 'RESTRICTED');
      const u = await registerUser(t);
      await join(t, u, restricted.id);
      await ok(
        t,
        `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
        { input: { communityId: restricted.id, userId: u.id } },
        w.manager.token,
      );
      const closed = await createThread(t, w.manager, restricted.id);
      const ws = connectWs(t.url, u.token);
      const [sub, open] = await listening(t, () => [ws.subscribe(EVENTS, { id: closed.id }), ws.subscribe(EVENTS, { id: thread.id })], 2);
      await ok(t, SUSPEND, { input: { userId: u.id, reason: 'Spam' } }, w.admin.token);
      await sub.waitForCompletion();
      expect(open.completed).toBe(false);
      await ws.close();
    });

    it('a suspended moderator moderates nothing, and a suspended platform admin is no admin meanwhile', async () => {
      const mod = await registerUser(t);
      await join(t, mod, w.pub.id);
      await t.sql(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, mod.id]);
      await ok(t, SUSPEND, { input: { userId: mod.id, reason: 'Misbruik van rechten' } }, w.admin.token);
      await expectCode(t, `mutation($id: ID!) { pinThread(threadId: $id) { id } }`, { id: thread.id }, mod.token, 'FORBIDDEN');
      expect(
        await errorCode(t, `query($id: ID!) { reports(communityId: $id) { edges { node { id } } } }`, { id: w.pub.id }, mod.token),
      ).toBe('FORBIDDEN');
      await t.sql(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [mod.id]);
      expect(await errorCode(t, `query { modLog { edges { node { id } } } }`, {}, mod.token)).toBe('FORBIDDEN');
      await ok(t, UNSUSPEND, { id: mod.id }, w.admin.token);
      expect((await ok(t, `query { modLog(first: 1) { edges { node { action } } } }`, {}, mod.token)).modLog.edges[0].node.action).toBe(
        'UNSUSPEND_USER',
      );
      await t.sql(`UPDATE users SET is_platform_admin = false WHERE id = $1`, [mod.id]);
    });

    it('ends by itself at its expiry, and unsuspend lifts it; both are logged without a community', async () => {
      const u = await newMember();
      await ok(t, SUSPEND, { input: { userId: u.id, reason: 'Afkoelen', until: inAnHour() } }, w.admin.token);
      expect(await canPost(u)).toBe(false);
      await t.sql(`UPDATE users SET suspended_until = now() - interval '1 second' WHERE id = $1`, [u.id]);
      expect(await canPost(u)).toBe(true);
      await expectCode(t, UNSUSPEND, { id: u.id }, w.admin.token, 'NOT_FOUND');
      await ok(t, SUSPEND, { input: { userId: u.id, reason: 'Opnieuw' } }, w.admin.token);
      expect((await ok(t, UNSUSPEND, { id: u.id }, w.admin.token)).unsuspendUser.suspension).toBeNull();
      expect(await canPost(u)).toBe(true);
      const lines = (await logLines(t)).filter((l) => l.target_id === u.id).map((l) => [l.action, l.community_id, l.reason]);
      expect(lines).toEqual([
        ['SUSPEND_USER', null, 'Afkoelen'],
        ['SUSPEND_USER', null, 'Opnieuw'],
        ['UNSUSPEND_USER', null, null],
      ]);
    });

    it('a suspended user who logs in again is still suspended', async () => {
      const email = `schorsing-${Date.now()}@test.waardenet.nl`;
      const reg = (await ok(t, REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Geschorst' } })).register;
      await ok(t, SUSPEND, { input: { userId: reg.user.id, reason: 'Spam' } }, w.admin.token);
      const login = (
        await ok(t, `mutation($input: LoginInput!) { login(input: $input) { accessToken user { suspension { reason } } } }`, {
          input: { email, password: TEST_PASSWORD },
        })
      ).login;
      expect(login.user.suspension).toEqual({ reason: 'Spam' });
      expect(
        await errorCode(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, login.accessToken),
      ).toBe('FORBIDDEN');
    });

    it('platform admins only; refuses yourself, a past expiry, unknown users and bad ids, writing nothing', async () => {
      const u = await newMember();
      const input = { userId: u.id, reason: 'Spam' };
      await expectRefused(t, w, SUSPEND, { input });
      await expectCode(t, SUSPEND, { input }, w.manager.token, 'FORBIDDEN');
      await expectCode(t, SUSPEND, { input: { ...input, userId: w.admin.id } }, w.admin.token, 'BAD_USER_INPUT');
      await expectCode(
        t,
        SUSPEND,
        { input: { ...input, until: new Date(Date.now() - 60_000).toISOString() } },
        w.admin.token,
        'BAD_USER_INPUT',
      );
      await expectCode(t, SUSPEND, { input: { ...input, reason: '' } }, w.admin.token, 'BAD_USER_INPUT');
      await expectCode(t, SUSPEND, { input: { ...input, userId: 'abc' } }, w.admin.token, 'BAD_USER_INPUT');
      await expectCode(t, SUSPEND, { input: { ...input, userId: NO_ID } }, w.admin.token, 'NOT_FOUND');
      await ok(t, SUSPEND, { input }, w.admin.token);
      await expectRefused(t, w, UNSUSPEND, { id: u.id });
      await expectCode(t, UNSUSPEND, { id: NO_ID }, w.admin.token, 'NOT_FOUND');
      await expectCode(t, UNSUSPEND, { id: 'abc' }, w.admin.token, 'BAD_USER_INPUT');
    });
  });
});
