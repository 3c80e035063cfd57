import { gql, ok } from './support/gql';
import { TestUser, World, createPost, createThread, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq createdAt } }`;
const REACT = `mutation($input: ReactInput!) { react(input: $input) { id } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(postId: $id) { id isDeleted } }`;
const THREAD = `query($id: ID!) {
  thread(id: $id) { replyCount lastActivityAt posts(first: 100) { edges { node { id seq createdAt reactionCounts { kind count } } } } }
}`;

/** Sends all operations at once and fails with the errors if any of them failed. */
async function allOk(calls: Promise<{ errors?: unknown[]; data: unknown }>[]) {
  const results = await Promise.all(calls);
  const failed = results.filter((r) => r.errors?.length);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} failed: ${JSON.stringify(failed[0].errors)}`);
  return results.map((r) => r.data as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('thread concurrency: many people at once keep numbering and counts exact', () => {
  let t: TestApp;
  let w: World;
  const members: TestUser[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    // Registration hashes passwords with argon2id: ten at a time keeps memory use modest.
    for (let batch = 0; batch < 5; batch++) {
      members.push(...(await Promise.all(Array.from({ length: 10 }, () => registerUser(t)))));
    }
    await Promise.all(members.map((m) => join(t, m, w.pub.id)));
  }, 120_000);
  afterAll(() => t.close());

  it('50 members reply at the same moment: all succeed, numbered 1..51 without gaps, replyCount exactly 50', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const created = await allOk(
      members.map((m, i) => gql(t, CREATE_POST, { input: { threadId: thread.id, body: `Tegelijk ${i}` } }, m.token)),
    );
    expect(created.map((d) => d.createPost.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));

    const rows = await t.sql<{ seq: number }>(`SELECT seq FROM posts WHERE thread_id = $1 ORDER BY seq`, [thread.id]);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(await t.sql(`SELECT post_seq, reply_count FROM threads WHERE id = $1`, [thread.id])).toEqual([
      { post_seq: 51, reply_count: 50 },
    ]);

    const { thread: read } = await ok(t, THREAD, { id: thread.id });
    expect(read.replyCount).toBe(50);
    const posts: { seq: number; createdAt: string }[] = read.posts.edges.map((e: { node: unknown }) => e.node);
    expect(posts.map((p) => p.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    const lastActivity = Date.parse(read.lastActivityAt);
    const last = posts[posts.length - 1];
    expect(lastActivity).toBeGreaterThanOrEqual(Date.parse(last.createdAt));
    expect(lastActivity).toBeGreaterThanOrEqual(Math.max(...posts.map((p) => Date.parse(p.createdAt))));
    // The same in the database, at the millisecond precision last_activity_at keeps.
    const [db] = await t.sql<{ ok: boolean }>(
      `SELECT t.last_activity_at >= date_trunc('milliseconds', max(p.created_at)) AS ok
         FROM threads t JOIN posts p ON p.thread_id = t.id WHERE t.id = $1 GROUP BY t.id`,
      [thread.id],
    );
    expect(db.ok).toBe(true);
  });

  it('concurrent replies to one post of the thread are numbered exactly too', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const parent = await createPost(t, w.member, thread.id, 'Begin hier');
    await allOk(
      members.slice(0, 20).map((m) => gql(t, CREATE_POST, { input: { threadId: thread.id, body: 'Eens', replyToId: parent.id } }, m.token)),
    );
    const rows = await t.sql<{ seq: number; reply_to_id: string | null }>(
      `SELECT seq, reply_to_id FROM posts WHERE thread_id = $1 ORDER BY seq`,
      [thread.id],
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(rows.slice(2).every((r) => r.reply_to_id === parent.id)).toBe(true);
    expect(await t.sql(`SELECT reply_count FROM threads WHERE id = $1`, [thread.id])).toEqual([{ reply_count: 21 }]);
  });

  it('20 identical reactions sent at once by one user leave exactly one row', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Like mij');
    const [fan] = members;
    await allOk(Array.from({ length: 20 }, () => gql(t, REACT, { input: { postId: post.id, kind: 'LIKE' } }, fan.token)));
    expect(await t.sql(`SELECT user_id, kind FROM reactions WHERE post_id = $1`, [post.id])).toEqual([{ user_id: fan.id, kind: 'LIKE' }]);
    const { thread: read } = await ok(t, THREAD, { id: thread.id });
    expect(read.posts.edges[1].node.reactionCounts).toEqual([{ kind: 'LIKE', count: 1 }]);
  });

  it('50 members reacting at once, with two kinds each, are counted exactly', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Populair');
    await allOk(members.flatMap((m) => ['LIKE', 'THANKS'].map((kind) => gql(t, REACT, { input: { postId: post.id, kind } }, m.token))));
    const { thread: read } = await ok(t, THREAD, { id: thread.id });
    expect(read.posts.edges[1].node.reactionCounts).toEqual([
      { kind: 'LIKE', count: 50 },
      { kind: 'THANKS', count: 50 },
    ]);
    expect(
      await t.sql(`SELECT count(DISTINCT user_id)::int AS users, count(*)::int AS n FROM reactions WHERE post_id = $1`, [post.id]),
    ).toEqual([{ users: 50, n: 100 }]);
  });

  it('concurrent edits of one post each get their own revision number', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Versie 0');
    await allOk(
      Array.from({ length: 10 }, (_, i) => gql(t, EDIT_POST, { input: { postId: post.id, body: `Versie ${i + 1}` } }, w.member.token)),
    );
    const revisions = await t.sql<{ version: number }>(`SELECT version FROM post_revisions WHERE post_id = $1 ORDER BY version`, [post.id]);
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    // The post shows the text of its newest revision.
    const [latest] = await t.sql<{ same: boolean }>(
      `SELECT p.body = (SELECT body FROM post_revisions WHERE post_id = p.id ORDER BY version DESC LIMIT 1) AS same FROM posts p WHERE p.id = $1`,
      [post.id],
    );
    expect(latest.same).toBe(true);
  });

  it('the author and a moderator deleting the same post at once lower replyCount only once', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    await createPost(t, w.member, thread.id, 'Blijft');
    const post = await createPost(t, members[0], thread.id, 'Gaat weg');
    const deletes = Array.from({ length: 10 }, (_, i) => gql(t, DELETE_POST, { id: post.id }, (i % 2 ? w.manager : members[0]).token));
    const results = await allOk(deletes);
    expect(results.every((d) => d.deletePost.isDeleted)).toBe(true);
    expect(await t.sql(`SELECT reply_count FROM threads WHERE id = $1`, [thread.id])).toEqual([{ reply_count: 1 }]);
  });
});
