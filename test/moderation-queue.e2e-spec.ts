import { errorCode, gql, ok } from './support/gql';
import { createCommunity, createThread, join, registerUser } from './support/factories';
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

const SETTINGS = `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id moderationSettings { approval } } }`;
const QUEUE = `query($communityId: ID!, $first: Int, $after: String) {
  moderationQueue(communityId: $communityId, first: $first, after: $after) {
    edges { node { id seq state body thread { id title state } } } pageInfo { hasNextPage endCursor }
  }
}`;
const APPROVE = `mutation($id: ID!) { approvePost(postId: $id) { id state body } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectPost(postId: $id, reason: $reason) { id state body } }`;
const THREADS = `query($slug: String!) { community(slug: $slug) { threads(first: 50) { edges { node { id state } } } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id state replyCount posts(first: 50) { edges { node { id state body } } } } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id state } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id state body } }`;

type Community = { id: string; slug: string };

describe('moderation: pre-moderation holds new posts and threads in a queue', () => {
  let t: TestApp;
  let w: ModWorld;
  let held: Community;

  const listed = async (slug: string, token?: string) =>
    (await ok(t, THREADS, { slug }, token)).community.threads.edges.map((e: { node: { id: string } }) => e.node.id) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    held = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await join(t, w.member, held.id);
    await join(t, w.outsider, held.id);
    await ok(t, SETTINGS, { input: { communityId: held.id, approval: 'ALL' } }, w.manager.token);
  });
  afterAll(() => t.close());

  it('ALL: a member’s thread is PENDING with its opening post, listed only to its author and moderators, and queued', async () => {
    const thread = (
      await ok(t, CREATE_THREAD, { input: { communityId: held.id, title: 'Mijn eerste vraag', body: 'Wie weet dit?' } }, w.member.token)
    ).createThread;
    expect(thread.state).toBe('PENDING');
    expect(await listed(held.slug, w.member.token)).toContain(thread.id);
    expect(await listed(held.slug, w.manager.token)).toContain(thread.id);
    expect(await listed(held.slug, w.outsider.token)).not.toContain(thread.id);
    expect(await listed(held.slug)).not.toContain(thread.id);
    expect(await errorCode(t, THREAD, { id: thread.id }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, THREAD, { id: thread.id })).toBe('NOT_FOUND');
    expect((await ok(t, THREAD, { id: thread.id }, w.member.token)).thread.posts.edges[0].node).toMatchObject({
      state: 'PENDING',
      body: 'Wie weet dit?',
    });

    const queue = (await ok(t, QUEUE, { communityId: held.id }, w.manager.token)).moderationQueue.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(queue).toContainEqual(
      expect.objectContaining({
        seq: 1,
        state: 'PENDING',
        body: 'Wie weet dit?',
        thread: { id: thread.id, title: 'Mijn eerste vraag', state: 'PENDING' },
      }),
    );
  });

  it('approving the opening post publishes the thread: readers see it, and the community channel says THREAD_ADDED', async () => {
    const thread = (
      await ok(t, CREATE_THREAD, { input: { communityId: held.id, title: 'Wachten op goedkeuring', body: 'Hallo' } }, w.member.token)
    ).createThread;
    const reader = connectWs(t.url, w.outsider.token);
    const events = await listening(t, () =>
      reader.subscribe<{ communityEvents: { type: string; thread: { id: string } } }>(
        `subscription($id: ID!) { communityEvents(communityId: $id) { type thread { id } } }`,
        { id: held.id },
      ),
    );
    const approved = (await ok(t, APPROVE, { id: await openingPost(t, thread.id) }, w.manager.token)).approvePost;
    expect(approved).toMatchObject({ state: 'VISIBLE', body: 'Hallo' });
    const [added] = await events.waitFor(1);
    expect(added.communityEvents).toEqual({ type: 'THREAD_ADDED', thread: { id: thread.id } });
    await reader.close();
    expect(await listed(held.slug, w.outsider.token)).toContain(thread.id);
    expect(await t.sql(`SELECT state FROM threads WHERE id = $1`, [thread.id])).toEqual([{ state: 'VISIBLE' }]);
  });

  it('a held reply is numbered but not counted; approval counts it and tells readers POST_ADDED', async () => {
    const thread = await createThread(t, w.manager, held.id);
    const reader = connectWs(t.url, w.outsider.token);
    const events = await listening(t, () =>
      reader.subscribe<{ threadEvents: { type: string; post: { id: string; body: string }; thread: { replyCount: number } } }>(
        `subscription($id: ID!) { threadEvents(threadId: $id) { type post { id body } thread { replyCount } } }`,
        { id: thread.id },
      ),
    );
    const reply = (await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Mijn antwoord' } }, w.member.token)).createPost;
    expect(reply).toMatchObject({ state: 'PENDING', body: 'Mijn antwoord' });
    expect(await replyCount(t, thread.id)).toBe(0);
    // Readers do not see it at all; its author does.
    expect((await ok(t, THREAD, { id: thread.id }, w.outsider.token)).thread.posts.edges).toHaveLength(1);
    expect((await ok(t, THREAD, { id: thread.id }, w.member.token)).thread.posts.edges).toHaveLength(2);
    await ok(t, APPROVE, { id: reply.id }, w.manager.token);
    expect(await replyCount(t, thread.id)).toBe(1);
    const [added] = await events.waitFor(1);
    expect(added.threadEvents).toMatchObject({
      type: 'POST_ADDED',
      post: { id: reply.id, body: 'Mijn antwoord' },
      thread: { replyCount: 1 },
    });
    await reader.close();
  });

  it('rejecting removes the post (REMOVED), logged with the reason; replyCount never counted it', async () => {
    const thread = await createThread(t, w.manager, held.id);
    const reply = (await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Ongepast' } }, w.member.token)).createPost;
    const rejected = (await ok(t, REJECT, { id: reply.id, reason: 'Niet over het onderwerp' }, w.manager.token)).rejectPost;
    expect(rejected.state).toBe('REMOVED');
    expect(await replyCount(t, thread.id)).toBe(0);
    expect((await logLines(t)).at(-1)).toMatchObject({
      action: 'REJECT_POST',
      actor_id: w.manager.id,
      target_id: reply.id,
      reason: 'Niet over het onderwerp',
    });
    await expectCode(t, REJECT, { id: reply.id, reason: 'Nogmaals' }, w.manager.token, 'CONFLICT');
    await expectCode(t, APPROVE, { id: reply.id }, w.manager.token, 'CONFLICT');
  });

  it('moderators are never held, and OFF holds no one', async () => {
    const thread = (
      await ok(t, CREATE_THREAD, { input: { communityId: held.id, title: 'Van de beheerder', body: 'Welkom' } }, w.manager.token)
    ).createThread;
    expect(thread.state).toBe('VISIBLE');
    const open = (
      await ok(t, CREATE_THREAD, { input: { communityId: w.pub.id, title: 'Geen wachtrij hier', body: 'Hoi' } }, w.member.token)
    ).createThread;
    expect(open.state).toBe('VISIBLE');
  });

  it('NEW_MEMBERS holds members who joined less than 24 hours ago or have fewer than 5 approved posts there', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await ok(t, SETTINGS, { input: { communityId: c.id, approval: 'NEW_MEMBERS' } }, w.manager.token);
    const veteran = await registerUser(t);
    const newcomer = await registerUser(t);
    await join(t, veteran, c.id);
    await join(t, newcomer, c.id);
    const thread = await createThread(t, w.manager, c.id);
    const post = (u: { token: string }) => ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Een bijdrage' } }, u.token);
    expect((await post(newcomer)).createPost.state).toBe('PENDING');
    // Joined two days ago, but with only 4 approved posts: still held.
    await t.sql(`UPDATE memberships SET created_at = now() - interval '2 days' WHERE community_id = $1 AND user_id = $2`, [
      c.id,
      veteran.id,
    ]);
    await t.sql(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html) SELECT $1, $2, 100 + g, 'oud', '<p>oud</p>' FROM generate_series(1, 4) g`,
      [thread.id, veteran.id],
    );
    expect((await post(veteran)).createPost.state).toBe('PENDING');
    await t.sql(`INSERT INTO posts (thread_id, author_id, seq, body, body_html) VALUES ($1, $2, 200, 'oud', '<p>oud</p>')`, [
      thread.id,
      veteran.id,
    ]);
    expect((await post(veteran)).createPost.state).toBe('VISIBLE');
    // A newcomer with many approved posts but joined an hour ago is still held.
    await t.sql(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html) SELECT $1, $2, 300 + g, 'oud', '<p>oud</p>' FROM generate_series(1, 6) g`,
      [thread.id, newcomer.id],
    );
    expect((await post(newcomer)).createPost.state).toBe('PENDING');
  });

  it('keeps replyCount exact through pending, approve, hide, restore, remove and delete', async () => {
    const thread = await createThread(t, w.manager, held.id);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await ok(t, CREATE_POST, { input: { threadId: thread.id, body: `Nummer ${i}` } }, w.member.token)).createPost.id);
    const check = async () => expect(await replyCount(t, thread.id)).toBe(await countedReplies(t, thread.id));
    const act = async (query: string, vars: Record<string, unknown>) => {
      await ok(t, query, vars, w.manager.token);
      await check();
    };
    await check();
    for (const id of ids) await act(APPROVE, { id });
    expect(await replyCount(t, thread.id)).toBe(4);
    await act(`mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: ids[0] });
    await act(`mutation($id: ID!) { removePost(postId: $id, reason: "Weg") { id } }`, { id: ids[0] });
    await act(`mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: ids[0] });
    await act(`mutation($id: ID!) { removePost(postId: $id, reason: "Weg") { id } }`, { id: ids[1] });
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: ids[2] }, w.member.token);
    await check();
    await act(`mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: ids[3] });
    await act(`mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: ids[3] });
    expect(await replyCount(t, thread.id)).toBe(2);
    expect((await ok(t, THREAD, { id: thread.id })).thread.replyCount).toBe(2);
  });

  it('pages the queue oldest first', async () => {
    const thread = await createThread(t, w.manager, held.id);
    for (let i = 0; i < 3; i++) await ok(t, CREATE_POST, { input: { threadId: thread.id, body: `Wacht ${i}` } }, w.member.token);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(t, QUEUE, { communityId: held.id, first: 2, after }, w.manager.token)
      ).moderationQueue;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const pending = await t.sql<{ id: string }>(
      `SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.community_id = $1 AND p.state = 'PENDING' ORDER BY p.created_at, p.id`,
      [held.id],
    );
    expect(seen).toEqual(pending.map((p) => p.id));
    expect(await errorCode(t, QUEUE, { communityId: held.id, after: 'x' }, w.manager.token)).toBe('BAD_USER_INPUT');
  });

  it('refuses the queue, approvePost and rejectPost to anyone who does not moderate the community, writing nothing', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    await ok(t, SETTINGS, { input: { communityId: w.pub.id, approval: 'ALL' } }, w.manager.token);
    const reply = (await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Wacht maar' } }, w.member.token)).createPost;
    await ok(t, SETTINGS, { input: { communityId: w.pub.id, approval: 'OFF' } }, w.manager.token);
    await expectRefused(t, w, QUEUE, { communityId: w.pub.id });
    await expectRefused(t, w, APPROVE, { id: reply.id });
    await expectRefused(t, w, REJECT, { id: reply.id, reason: 'Nee' });
    await expectCode(t, APPROVE, { id: NO_ID }, w.manager.token, 'NOT_FOUND');
    await expectCode(t, APPROVE, { id: 'not-an-id' }, w.manager.token, 'BAD_USER_INPUT');
    await expectCode(t, REJECT, { id: NO_ID, reason: 'Nee' }, w.manager.token, 'NOT_FOUND');
    await expectCode(t, REJECT, { id: 'not-an-id', reason: 'Nee' }, w.manager.token, 'BAD_USER_INPUT');
    await expectCode(t, REJECT, { id: reply.id, reason: '  ' }, w.manager.token, 'BAD_USER_INPUT');
    await expectCode(t, REJECT, { id: reply.id, reason: 'x'.repeat(501) }, w.manager.token, 'BAD_USER_INPUT');
    await expectCode(t, QUEUE, { communityId: NO_ID }, w.manager.token, 'NOT_FOUND');
    // The community's own MODERATOR may approve.
    expect((await gql(t, APPROVE, { id: reply.id }, w.moderator.token)).errors).toBeUndefined();
  });
});
