import { randomBytes } from 'node:crypto';
import { TestUser, createPost, createThread, join, registerUser } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import { type PermissionWorld, authoredPost, populatedCommunity } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');

const postState = (w: PermissionWorld, id: string) => sqlValue(w, `SELECT state FROM posts WHERE id = $1`, [id]);
const threadFlag = (w: PermissionWorld, id: string, column: 'locked' | 'pinned') =>
  sqlValue(w, `SELECT ${column} FROM threads WHERE id = $1`, [id]);
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

const postOp =
  (name: string, extra: string, state: string): Case =>
  async (w) => {
    const post = await authoredPost(w);
    return {
      query: `mutation($id: ID!) { ${name}(postId: $id${extra}) { id } }`,
      variables: { id: post.id },
      verify: async () => expect(await postState(w, post.id)).toBe(state),
    };
  };

const threadOp =
  (name: string, column: 'locked' | 'pinned', after: boolean): Case =>
  async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`UPDATE threads SET ${column} = $2 WHERE id = $1`, [thread.id, !after]);
    return {
      query: `mutation($id: ID!) { ${name}(threadId: $id) { id } }`,
      variables: { id: thread.id },
      verify: async () => expect(await threadFlag(w, thread.id, column)).toBe(after),
    };
  };

async function hiddenPost(w: PermissionWorld): Promise<string> {
  const post = await authoredPost(w);
  await w.t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [post.id]);
  return post.id;
}

export async function heldPost(w: PermissionWorld, communityId = w.communities.pub.id): Promise<string> {
  const thread = await createThread(w.t, w.author, communityId);
  const post = await createPost(w.t, w.author, thread.id, 'Wacht op goedkeuring');
  await w.t.sql(`UPDATE posts SET state = 'PENDING' WHERE id = $1`, [post.id]);
  return post.id;
}

export async function openReport(w: PermissionWorld, communityId = w.communities.pub.id): Promise<string> {
  const post = await authoredPost(w, communityId);
  const reporter = await registerUser(w.t);
  await join(w.t, reporter, communityId);
  const res = await ok(
    w.t,
    `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
    { input: { postId: post.id, reason: 'SPAM' } },
    reporter.token,
  );
  return res.reportContent.id;
}

async function communityMember(w: PermissionWorld): Promise<TestUser> {
  const target = await registerUser(w.t);
  await join(w.t, target, w.communities.pub.id);
  return target;
}

const membership = (w: PermissionWorld, userId: string) =>
  w.t.sql<{ state: string; role: string }>(`SELECT state, role FROM memberships WHERE community_id = $1 AND user_id = $2`, [
    w.communities.pub.id,
    userId,
  ]);

const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`;

export const MODERATION_CASES: Record<string, Case> = {
  reportContent: async (w) => {
    const post = await authoredPost(w);
    return {
      query: `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      variables: { input: { postId: post.id, reason: 'OFF_TOPIC', note: 'past niet' } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT reason FROM reports WHERE post_id = $1 AND reporter_id = $2`, [post.id, viewer?.id])).toBe(
          'OFF_TOPIC',
        ),
    };
  },
  resolveReport: async (w) => {
    const reportId = await openReport(w);
    return {
      query: `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id } }`,
      variables: { input: { reportId, outcome: 'DISMISSED' } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT status, outcome, resolved_by_id FROM reports WHERE id = $1`, [reportId])).toEqual([
          { status: 'RESOLVED', outcome: 'DISMISSED', resolved_by_id: viewer?.id },
        ]),
    };
  },
  approvePost: async (w) => {
    const id = await heldPost(w);
    return {
      query: `mutation($id: ID!) { approvePost(postId: $id) { id } }`,
      variables: { id },
      verify: async () => expect(await postState(w, id)).toBe('VISIBLE'),
    };
  },
  rejectPost: async (w) => {
    const id = await heldPost(w);
    return {
      query: `mutation($id: ID!) { rejectPost(postId: $id, reason: "spam") { id } }`,
      variables: { id },
      verify: async () => expect(await postState(w, id)).toBe('REMOVED'),
    };
  },
  hidePost: postOp('hidePost', ', reason: "ongepast"', 'HIDDEN'),
  removePost: postOp('removePost', ', reason: "spam"', 'REMOVED'),
  restorePost: async (w) => {
    const id = await hiddenPost(w);
    return {
      query: `mutation($id: ID!) { restorePost(postId: $id) { id } }`,
      variables: { id },
      verify: async () => expect(await postState(w, id)).toBe('VISIBLE'),
    };
  },
  lockThread: threadOp('lockThread', 'locked', true),
  unlockThread: threadOp('unlockThread', 'locked', false),
  pinThread: threadOp('pinThread', 'pinned', true),
  unpinThread: threadOp('unpinThread', 'pinned', false),
  moveThread: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    return {
      query: `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`,
      variables: { t: thread.id, c: w.communities.restricted.id },
      verify: async () =>
        expect(await sqlValue(w, `SELECT community_id FROM threads WHERE id = $1`, [thread.id])).toBe(w.communities.restricted.id),
    };
  },
  banMember: async (w) => {
    const target = await communityMember(w);
    return {
      query: `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`,
      variables: { input: { communityId: w.communities.pub.id, userId: target.id, reason: 'herhaaldelijk spam' } },
      verify: async () => expect(await membership(w, target.id)).toEqual([{ state: 'BANNED', role: 'MEMBER' }]),
    };
  },
  setMemberRole: async (w) => {
    const target = await communityMember(w);
    return {
      query: `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }`,
      variables: { input: { communityId: w.communities.pub.id, userId: target.id, role: 'EXPERT' } },
      verify: async () => expect(await membership(w, target.id)).toEqual([{ state: 'ACTIVE', role: 'EXPERT' }]),
    };
  },
  unbanMember: async (w) => {
    const target = await communityMember(w);
    await w.t.sql(
      `UPDATE memberships SET state = 'BANNED', ban_reason = 'test', state_before_ban = 'ACTIVE' WHERE community_id = $1 AND user_id = $2`,
      [w.communities.pub.id, target.id],
    );
    return {
      query: `mutation($input: UnbanMemberInput!) { unbanMember(input: $input) }`,
      variables: { input: { communityId: w.communities.pub.id, userId: target.id } },
      verify: async () => expect(await membership(w, target.id)).toEqual([{ state: 'ACTIVE', role: 'MEMBER' }]),
    };
  },
  suspendUser: async (w) => {
    const target = await registerUser(w.t);
    return {
      query: `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`,
      variables: { input: { userId: target.id, reason: 'misbruik' } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT suspension_reason FROM users WHERE id = $1 AND suspended_at IS NOT NULL`, [target.id])).toBe(
          'misbruik',
        ),
    };
  },
  unsuspendUser: async (w) => {
    const target = await registerUser(w.t);
    await w.t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [target.id]);
    return {
      query: `mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`,
      variables: { id: target.id },
      verify: async () => expect(await sqlValue(w, `SELECT suspended_at FROM users WHERE id = $1`, [target.id])).toBeNull(),
    };
  },
  updateCommunitySettings: async (w) => {
    const reportThreshold = 2 + Math.floor(Math.random() * 90);
    return {
      query: `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      variables: { input: { communityId: w.communities.pub.id, reportThreshold } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT report_threshold FROM communities WHERE id = $1`, [w.communities.pub.id])).toBe(reportThreshold),
    };
  },
  // A community of its own: slow mode in the world's communities would hold up other rows' posts.
  setSlowMode: async (w) => {
    const c = await populatedCommunity(w, 'RESTRICTED');
    return {
      query: `mutation($id: ID!, $s: Int!) { setSlowMode(communityId: $id, seconds: $s) { id } }`,
      variables: { id: c.id, s: 45 },
      verify: async () => expect(await sqlValue(w, `SELECT slow_mode_seconds FROM communities WHERE id = $1`, [c.id])).toBe(45),
    };
  },
  setCommunityVisibility: async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    return {
      query: `mutation($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }`,
      variables: { input: { communityId: c.id, visibility: 'RESTRICTED', reason: 'Eerst de leden' } },
      verify: async () => expect(await sqlValue(w, `SELECT visibility FROM communities WHERE id = $1`, [c.id])).toBe('RESTRICTED'),
    };
  },
  addWatchedWord: async (w) => {
    const phrase = `verboden${unique()}`;
    return {
      query: ADD_WORD,
      variables: { input: { communityId: w.communities.pub.id, phrase, action: 'FLAG' } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT community_id FROM watched_words WHERE phrase = $1`, [phrase])).toBe(w.communities.pub.id),
    };
  },
  addPlatformWatchedWord: async (w) => {
    const phrase = `overal${unique()}`;
    return {
      query: ADD_WORD,
      variables: { input: { phrase, action: 'FLAG' } },
      verify: async () =>
        expect(await w.t.sql(`SELECT community_id FROM watched_words WHERE phrase = $1`, [phrase])).toEqual([{ community_id: null }]),
    };
  },
  removeWatchedWord: async (w) => {
    const added = await ok(
      w.t,
      ADD_WORD,
      { input: { communityId: w.communities.pub.id, phrase: `weg${unique()}`, action: 'FLAG' } },
      w.staff.token,
    );
    const id = added.addWatchedWord.id;
    return {
      query: `mutation($id: ID!) { removeWatchedWord(id: $id) }`,
      variables: { id },
      verify: async () => expect(await sqlValue(w, `SELECT id FROM watched_words WHERE id = $1`, [id])).toBeUndefined(),
    };
  },
  readModLog: async (w) => {
    const post = await authoredPost(w);
    await ok(w.t, `mutation($id: ID!) { hidePost(postId: $id, reason: "voor het logboek") { id } }`, { id: post.id }, w.staff.token);
    return {
      query: `query($id: ID!) { modLog(communityId: $id, first: 5) { edges { node { targetId reason actor { id } } } } }`,
      variables: { id: w.communities.pub.id },
      verify: ({ data }) =>
        expect(data.modLog.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
          targetId: post.id,
          reason: 'voor het logboek',
          actor: { id: w.staff.id },
        }),
    };
  },
  // Fresh communities: the world's fill up with other rows' held posts and reports.
  readModerationQueue: async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    const id = await heldPost(w, c.id);
    return {
      query: `query($id: ID!) { moderationQueue(communityId: $id) { edges { node { id } } } }`,
      variables: { id: c.id },
      verify: ({ data }) => expect(ids(data.moderationQueue)).toContain(id),
    };
  },
  readReports: async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    const id = await openReport(w, c.id);
    return {
      query: `query($id: ID!) { reports(communityId: $id) { edges { node { id } } } }`,
      variables: { id: c.id },
      verify: ({ data }) => expect(ids(data.reports)).toContain(id),
    };
  },
};
