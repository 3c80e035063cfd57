import { errorCode, gql, ok } from './support/gql';
import { TestUser, createPost, createThread, join, registerUser } from './support/factories';
import {
  ModWorld,
  NO_ID,
  countedReplies,
  expectCode,
  expectRefused,
  logLines,
  modWorld,
  openingPost,
  replyCount,
} from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id reason note status targetType post { id } thread { id } reporter { id } } }`;
const REPORTS = `query($communityId: ID!, $status: ReportStatus, $first: Int, $after: String) {
  reports(communityId: $communityId, status: $status, first: $first, after: $after) {
    edges { node { id reason status outcome action targetType reporter { id } post { id body state } thread { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const RESOLVE = `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id status outcome action resolvedBy { id } } }`;
const POST_EVENTS = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) { type post { id body } thread { replyCount } } }`;

describe('moderation: members report posts and threads; the threshold hides a post for review', () => {
  let t: TestApp;
  let w: ModWorld;
  const members: TestUser[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    for (let i = 0; i < 3; i++) {
      const m = await registerUser(t, { displayName: `Melder ${i}` });
      await join(t, m, w.pub.id);
      members.push(m);
    }
  });
  afterAll(() => t.close());

  describe('reportContent', () => {
    it('a member reports a post once; a repeat is a CONFLICT, and the database holds the key too', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.moderator, thread.id, 'Kijk op mijn site');
      const input = { postId: post.id, reason: 'SPAM', note: ' reclame ' };
      const report = (await ok(t, REPORT, { input }, members[0].token)).reportContent;
      expect(report).toMatchObject({
        reason: 'SPAM',
        note: 'reclame',
        status: 'OPEN',
        targetType: 'POST',
        post: { id: post.id },
        thread: { id: thread.id },
        reporter: { id: members[0].id },
      });
      await expectCode(t, REPORT, { input }, members[0].token, 'CONFLICT');
      await expect(
        t.sql(
          `INSERT INTO reports (community_id, thread_id, post_id, target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, 'POST', $3, $4, 'SPAM')`,
          [w.pub.id, thread.id, post.id, members[0].id],
        ),
      ).rejects.toThrow(/reports_reporter_target_key/);
    });

    it('a member reports a thread (its own target, separate from the opening post)', async () => {
      const thread = await createThread(t, w.moderator, w.pub.id, { title: 'Koop hier goedkoop' });
      const report = (await ok(t, REPORT, { input: { threadId: thread.id, reason: 'OFF_TOPIC' } }, members[0].token)).reportContent;
      expect(report).toMatchObject({ targetType: 'THREAD', post: null, thread: { id: thread.id } });
      await ok(t, REPORT, { input: { postId: await openingPost(t, thread.id), reason: 'OFF_TOPIC' } }, members[0].token);
      await expectCode(t, REPORT, { input: { threadId: thread.id, reason: 'SPAM' } }, members[0].token, 'CONFLICT');
    });

    it('refuses bad input: both ids, neither, an unknown reason, a malformed id, a long note; and your own post', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.member, thread.id);
      for (const input of [
        { postId: post.id, threadId: thread.id, reason: 'SPAM' },
        { reason: 'SPAM' },
        { postId: post.id, reason: 'BORING' },
        { postId: 'abc', reason: 'SPAM' },
        { postId: post.id, reason: 'SPAM', note: 'x'.repeat(1001) },
        { postId: post.id, reason: 'SPAM' },
        { threadId: thread.id, reason: 'SPAM' },
      ]) {
        await expectCode(t, REPORT, { input }, w.member.token, 'BAD_USER_INPUT');
      }
    });

    it('refuses an outsider, a visitor, a banned member, and unknown or unreadable items, writing nothing', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.member, thread.id, 'Gewoon een bericht');
      const input = { postId: post.id, reason: 'ABUSE' };
      await expectCode(t, REPORT, { input }, w.outsider.token, 'FORBIDDEN');
      await expectCode(t, REPORT, { input }, undefined, 'UNAUTHENTICATED');
      const banned = await registerUser(t);
      await join(t, banned, w.pub.id);
      await ok(
        t,
        `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`,
        { input: { communityId: w.pub.id, userId: banned.id, reason: 'Spam' } },
        w.manager.token,
      );
      await expectCode(t, REPORT, { input }, banned.token, 'FORBIDDEN');
      await expectCode(t, REPORT, { input: { postId: NO_ID, reason: 'SPAM' } }, members[0].token, 'NOT_FOUND');
      await expectCode(t, REPORT, { input: { threadId: NO_ID, reason: 'SPAM' } }, members[0].token, 'NOT_FOUND');
      const secret = await createThread(t, w.manager, w.priv.id);
      await expectCode(t, REPORT, { input: { threadId: secret.id, reason: 'SPAM' } }, members[0].token, 'NOT_FOUND');
      // A post already hidden cannot be reported by members: they cannot read it.
      await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Even nakijken") { id } }`, { id: post.id }, w.moderator.token);
      await expectCode(t, REPORT, { input }, members[0].token, 'NOT_FOUND');
    });
  });

  describe('the report threshold', () => {
    it('hides a post when 3 distinct members reported it: replyCount drops, readers get POST_REMOVED live, the system is logged as actor', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      await createPost(t, w.member, thread.id, 'Blijft');
      const post = await createPost(t, w.moderator, thread.id, 'Dit is echt spam');
      expect(await replyCount(t, thread.id)).toBe(2);
      const reader = connectWs(t.url, w.outsider.token);
      const events = await listening(t, () =>
        reader.subscribe<{ threadEvents: { type: string; post: { id: string; body: string | null }; thread: { replyCount: number } } }>(
          POST_EVENTS,
          { threadId: thread.id },
        ),
      );

      await ok(t, REPORT, { input: { postId: post.id, reason: 'SPAM' } }, members[0].token);
      await ok(t, REPORT, { input: { postId: post.id, reason: 'ABUSE' } }, members[1].token);
      expect((await t.sql(`SELECT state FROM posts WHERE id = $1`, [post.id]))[0].state).toBe('VISIBLE');
      await ok(t, REPORT, { input: { postId: post.id, reason: 'SPAM' } }, members[2].token);
      expect((await t.sql(`SELECT state, moderated_by_id FROM posts WHERE id = $1`, [post.id]))[0]).toEqual({
        state: 'HIDDEN',
        moderated_by_id: null,
      });
      expect(await replyCount(t, thread.id)).toBe(1);
      expect(await countedReplies(t, thread.id)).toBe(1);

      const [removed] = await events.waitFor(1);
      expect(removed.threadEvents).toMatchObject({ type: 'POST_REMOVED', post: { id: post.id, body: null }, thread: { replyCount: 1 } });
      await reader.close();
      const lines = (await logLines(t)).filter((l) => l.target_id === post.id);
      expect(lines).toEqual([
        {
          action: 'HIDE_POST',
          actor_id: null,
          target_id: post.id,
          community_id: w.pub.id,
          reason: 'Hidden for review: reported by 3 members.',
          details: null,
        },
      ]);
    });

    it('follows the community setting, and counts each member once', async () => {
      await ok(
        t,
        `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
        { input: { communityId: w.sibling.id, reportThreshold: 2 } },
        w.manager.token,
      );
      await join(t, members[0], w.sibling.id);
      await join(t, members[1], w.sibling.id);
      const thread = await createThread(t, w.otherMod, w.sibling.id);
      const opening = await openingPost(t, thread.id);
      await ok(t, REPORT, { input: { threadId: thread.id, reason: 'SPAM' } }, members[0].token);
      await ok(t, REPORT, { input: { postId: opening, reason: 'SPAM' } }, members[0].token);
      expect((await t.sql(`SELECT state FROM threads WHERE id = $1`, [thread.id]))[0].state).toBe('VISIBLE');
      // The second member's report of the thread reaches 2 distinct reporters: its opening post, and so the thread, are hidden.
      await ok(t, REPORT, { input: { threadId: thread.id, reason: 'SPAM' } }, members[1].token);
      expect(await t.sql(`SELECT state FROM threads WHERE id = $1`, [thread.id])).toEqual([{ state: 'HIDDEN' }]);
      expect(await errorCode(t, `query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id }, members[0].token)).toBe('NOT_FOUND');
      expect((await ok(t, `query($id: ID!) { thread(id: $id) { state } }`, { id: thread.id }, w.otherMod.token)).thread.state).toBe(
        'HIDDEN',
      );
    });
  });

  describe('reports and resolveReport', () => {
    it("lists a community's open and resolved reports to its moderators, paged", async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const a = await createPost(t, w.moderator, thread.id, 'een');
      const b = await createPost(t, w.moderator, thread.id, 'twee');
      await ok(t, REPORT, { input: { postId: a.id, reason: 'SPAM' } }, w.member.token);
      await ok(t, REPORT, { input: { postId: b.id, reason: 'SPAM' } }, w.member.token);
      const page1 = (await ok(t, REPORTS, { communityId: w.pub.id, first: 1 }, w.moderator.token)).reports;
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const all = (await ok(t, REPORTS, { communityId: w.pub.id, first: 100 }, w.manager.token)).reports.edges.map(
        (e: { node: { post: { id: string } | null } }) => e.node.post?.id,
      );
      expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
      const rest = (await ok(t, REPORTS, { communityId: w.pub.id, first: 100, after: page1.pageInfo.endCursor }, w.manager.token)).reports
        .edges;
      expect(rest).toHaveLength(all.length - 1);
      expect(await errorCode(t, REPORTS, { communityId: w.pub.id, after: 'forged' }, w.manager.token)).toBe('BAD_USER_INPUT');
    });

    it('refuses the reports list to anyone who does not moderate the community', async () => {
      await expectRefused(t, w, REPORTS, { communityId: w.pub.id });
      expect(await errorCode(t, REPORTS, { communityId: NO_ID }, w.manager.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, REPORTS, { communityId: w.priv.id }, w.outsider.token)).toBe('NOT_FOUND');
    });

    it('DISMISSED resolves every open report of the item and brings back a post the reports hid', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.moderator, thread.id, 'Onschuldig');
      const ids: string[] = [];
      for (const m of members) ids.push((await ok(t, REPORT, { input: { postId: post.id, reason: 'ABUSE' } }, m.token)).reportContent.id);
      expect(await replyCount(t, thread.id)).toBe(0);
      const resolved = (await ok(t, RESOLVE, { input: { reportId: ids[1], outcome: 'DISMISSED' } }, w.moderator.token)).resolveReport;
      expect(resolved).toMatchObject({ status: 'RESOLVED', outcome: 'DISMISSED', action: null, resolvedBy: { id: w.moderator.id } });
      expect(await t.sql(`SELECT DISTINCT status, outcome FROM reports WHERE target_id = $1`, [post.id])).toEqual([
        { status: 'RESOLVED', outcome: 'DISMISSED' },
      ]);
      expect((await t.sql(`SELECT state FROM posts WHERE id = $1`, [post.id]))[0].state).toBe('VISIBLE');
      expect(await replyCount(t, thread.id)).toBe(1);
      const actions = (await logLines(t))
        .filter((l) => l.target_id === post.id || l.target_id === ids[1])
        .map((l) => [l.action, l.actor_id]);
      expect(actions).toEqual([
        ['HIDE_POST', null],
        ['RESTORE_POST', w.moderator.id],
        ['RESOLVE_REPORT', w.moderator.id],
      ]);
      await expectCode(t, RESOLVE, { input: { reportId: ids[0], outcome: 'DISMISSED' } }, w.moderator.token, 'CONFLICT');
    });

    it('ACTED with REMOVE removes the post; ACTED on a thread report hides its opening post', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.moderator, thread.id, 'Weg hiermee');
      const report = (await ok(t, REPORT, { input: { postId: post.id, reason: 'PERSONAL_DATA' } }, members[0].token)).reportContent;
      const done = (await ok(t, RESOLVE, { input: { reportId: report.id, outcome: 'ACTED', action: 'REMOVE' } }, w.manager.token))
        .resolveReport;
      expect(done).toMatchObject({ outcome: 'ACTED', action: 'REMOVE' });
      expect((await t.sql(`SELECT state FROM posts WHERE id = $1`, [post.id]))[0].state).toBe('REMOVED');

      const other = await createThread(t, w.moderator, w.pub.id);
      const threadReport = (await ok(t, REPORT, { input: { threadId: other.id, reason: 'OFF_TOPIC' } }, members[0].token)).reportContent;
      await ok(t, RESOLVE, { input: { reportId: threadReport.id, outcome: 'ACTED', action: 'HIDE' } }, w.manager.token);
      expect(await t.sql(`SELECT state FROM threads WHERE id = $1`, [other.id])).toEqual([{ state: 'HIDDEN' }]);
    });

    it('refuses wrong people, bad input and unknown reports, writing nothing', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.moderator, thread.id, 'Nog open');
      const report = (await ok(t, REPORT, { input: { postId: post.id, reason: 'SPAM' } }, members[0].token)).reportContent;
      await expectRefused(t, w, RESOLVE, { input: { reportId: report.id, outcome: 'ACTED', action: 'REMOVE' } });
      await expectCode(
        t,
        RESOLVE,
        { input: { reportId: report.id, outcome: 'DISMISSED', action: 'HIDE' } },
        w.manager.token,
        'BAD_USER_INPUT',
      );
      await expectCode(t, RESOLVE, { input: { reportId: report.id, outcome: 'MAYBE' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, RESOLVE, { input: { reportId: 'abc', outcome: 'DISMISSED' } }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, RESOLVE, { input: { reportId: NO_ID, outcome: 'DISMISSED' } }, w.manager.token, 'NOT_FOUND');
      const res = await gql(t, RESOLVE, { input: { reportId: report.id, outcome: 'DISMISSED' } }, w.moderator.token);
      expect(res.errors).toBeUndefined();
    });
  });
});
