import { errorCode, ok } from './support/gql';
import { createCommunity, createPost, createThread, join, registerUser } from './support/factories';
import { ModWorld, NO_ID, expectCode, expectRefused, logLines, modWorld, replyCount } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const HIDE = `mutation($id: ID!, $reason: String!) { hidePost(postId: $id, reason: $reason) { id state body } }`;
const REMOVE = `mutation($id: ID!, $reason: String!) { removePost(postId: $id, reason: $reason) { id state body } }`;
const RESTORE = `mutation($id: ID!) { restorePost(postId: $id) { id state body } }`;
const LOCK = `mutation($id: ID!, $reason: String) { lockThread(threadId: $id, reason: $reason) { id locked } }`;
const UNLOCK = `mutation($id: ID!) { unlockThread(threadId: $id) { id locked } }`;
const PIN = `mutation($id: ID!) { pinThread(threadId: $id) { id pinned } }`;
const UNPIN = `mutation($id: ID!) { unpinThread(threadId: $id) { id pinned } }`;
const MOVE = `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, communityId: $to) { id community { id } } }`;
const POSTS = `query($id: ID!) { thread(id: $id) { replyCount posts(first: 50) { edges { node { id state body } } } } }`;
const THREAD_EVENTS = `subscription($id: ID!) { threadEvents(threadId: $id) { type post { id body } thread { replyCount locked } } }`;
const COMMUNITY_EVENTS = `subscription($id: ID!) { communityEvents(communityId: $id) { type thread { id } } }`;

type ThreadEvent = {
  threadEvents: { type: string; post: { id: string; body: string | null } | null; thread: { replyCount: number; locked: boolean } };
};

describe('moderation: hide, remove and restore posts; lock, pin and move threads', () => {
  let t: TestApp;
  let w: ModWorld;

  const seenAs = async (threadId: string, postId: string, token?: string) =>
    (await ok(t, POSTS, { id: threadId }, token)).thread.posts.edges
      .map((e: { node: { id: string } }) => e.node)
      .find((p: { id: string }) => p.id === postId);

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
  });
  afterAll(() => t.close());

  describe('hidePost, removePost, restorePost', () => {
    it('hide and remove take the text from readers (moderators keep it), restore brings it back; replyCount and live events follow', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.member, thread.id, 'Twijfelachtig');
      const reader = connectWs(t.url);
      const events = await listening(t, () => reader.subscribe<ThreadEvent>(THREAD_EVENTS, { id: thread.id }));

      expect((await ok(t, HIDE, { id: post.id, reason: 'Nakijken' }, w.moderator.token)).hidePost).toMatchObject({
        state: 'HIDDEN',
        body: 'Twijfelachtig',
      });
      expect(await seenAs(thread.id, post.id)).toMatchObject({ state: 'HIDDEN', body: null });
      expect(await seenAs(thread.id, post.id, w.member.token)).toMatchObject({ body: null });
      expect(await seenAs(thread.id, post.id, w.manager.token)).toMatchObject({ body: 'Twijfelachtig' });
      expect(await replyCount(t, thread.id)).toBe(0);

      expect((await ok(t, REMOVE, { id: post.id, reason: 'Beledigend' }, w.manager.token)).removePost.state).toBe('REMOVED');
      expect((await ok(t, RESTORE, { id: post.id }, w.moderator.token)).restorePost).toMatchObject({
        state: 'VISIBLE',
        body: 'Twijfelachtig',
      });
      expect(await replyCount(t, thread.id)).toBe(1);
      expect(await seenAs(thread.id, post.id)).toMatchObject({ state: 'VISIBLE', body: 'Twijfelachtig' });

      // Readers hear of what they could see change: gone, (nothing for hidden → removed), back.
      const seen = await events.waitFor(2);
      expect(seen.map((e) => [e.threadEvents.type, e.threadEvents.post?.body, e.threadEvents.thread.replyCount])).toEqual([
        ['POST_REMOVED', null, 0],
        ['POST_RESTORED', 'Twijfelachtig', 1],
      ]);
      await reader.close();
      const lines = (await logLines(t)).filter((l) => l.target_id === post.id);
      expect(lines.map((l) => [l.action, l.actor_id, l.reason])).toEqual([
        ['HIDE_POST', w.moderator.id, 'Nakijken'],
        ['REMOVE_POST', w.manager.id, 'Beledigend'],
        ['RESTORE_POST', w.moderator.id, null],
      ]);
    });

    it('removing an opening post takes its thread from readers and ends their subscriptions; restoring brings it back', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [thread.id]);
      const reader = connectWs(t.url, w.outsider.token);
      const events = await listening(t, () => reader.subscribe<ThreadEvent>(THREAD_EVENTS, { id: thread.id }));
      await ok(t, REMOVE, { id: opening.id, reason: 'Spam' }, w.manager.token);
      await events.waitForCompletion();
      await reader.close();
      expect(await errorCode(t, POSTS, { id: thread.id }, w.member.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, POSTS, { id: thread.id })).toBe('NOT_FOUND');
      await ok(t, RESTORE, { id: opening.id }, w.manager.token);
      expect((await ok(t, POSTS, { id: thread.id })).thread.posts.edges[0].node.state).toBe('VISIBLE');
    });

    it('refuses a change from the wrong state with CONFLICT, and bad input, writing nothing', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.member, thread.id, 'Prima');
      await expectCode(t, RESTORE, { id: post.id }, w.manager.token, 'CONFLICT');
      await ok(t, REMOVE, { id: post.id, reason: 'Weg' }, w.manager.token);
      await expectCode(t, REMOVE, { id: post.id, reason: 'Nog eens' }, w.manager.token, 'CONFLICT');
      await expectCode(t, HIDE, { id: post.id, reason: 'Verbergen' }, w.manager.token, 'CONFLICT');
      await expectCode(t, HIDE, { id: post.id, reason: '' }, w.manager.token, 'BAD_USER_INPUT');
      await expectCode(t, HIDE, { id: 'abc', reason: 'x' }, w.manager.token, 'BAD_USER_INPUT');
      for (const q of [HIDE, REMOVE]) await expectCode(t, q, { id: NO_ID, reason: 'x' }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, RESTORE, { id: NO_ID }, w.manager.token, 'NOT_FOUND');
    });

    it('refuses anyone who does not moderate the community, writing nothing', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, w.member, thread.id, 'Van een lid');
      await expectRefused(t, w, HIDE, { id: post.id, reason: 'x' });
      await expectRefused(t, w, REMOVE, { id: post.id, reason: 'x' });
      await ok(t, HIDE, { id: post.id, reason: 'x' }, w.manager.token);
      await expectRefused(t, w, RESTORE, { id: post.id });
      const secret = await createThread(t, w.manager, w.priv.id);
      const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1`, [secret.id]);
      await expectRefused(
        t,
        w,
        HIDE,
        { id: opening.id, reason: 'x' },
        { member: 'NOT_FOUND', outsider: 'NOT_FOUND', otherMod: 'NOT_FOUND', otherStaff: 'NOT_FOUND' },
      );
    });
  });

  describe('lockThread, unlockThread, pinThread, unpinThread', () => {
    it('lock stops members (not moderators), tells readers THREAD_LOCKED; unlock THREAD_UPDATED; repeats are CONFLICT', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const reader = connectWs(t.url);
      const events = await listening(t, () => reader.subscribe<ThreadEvent>(THREAD_EVENTS, { id: thread.id }));
      expect((await ok(t, LOCK, { id: thread.id, reason: 'Uitgepraat' }, w.moderator.token)).lockThread.locked).toBe(true);
      expect(
        await errorCode(
          t,
          `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
          { input: { threadId: thread.id, body: 'Toch nog' } },
          w.member.token,
        ),
      ).toBe('FORBIDDEN');
      await createPost(t, w.moderator, thread.id, 'Gesloten.');
      await expectCode(t, LOCK, { id: thread.id }, w.moderator.token, 'CONFLICT');
      expect((await ok(t, UNLOCK, { id: thread.id }, w.moderator.token)).unlockThread.locked).toBe(false);
      await expectCode(t, UNLOCK, { id: thread.id }, w.moderator.token, 'CONFLICT');
      const seen = await events.waitFor(3);
      expect(seen.map((e) => [e.threadEvents.type, e.threadEvents.thread.locked])).toEqual([
        ['THREAD_LOCKED', true],
        ['POST_ADDED', true],
        ['THREAD_UPDATED', false],
      ]);
      await reader.close();
      expect((await logLines(t)).filter((l) => l.target_id === thread.id).map((l) => [l.action, l.reason])).toEqual([
        ['LOCK_THREAD', 'Uitgepraat'],
        ['UNLOCK_THREAD', null],
      ]);
    });

    it('a pinned thread comes first; unpin puts it back', async () => {
      const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
      const old = await createThread(t, w.manager, c.id, { title: 'Oud onderwerp' });
      await createThread(t, w.manager, c.id, { title: 'Nieuw onderwerp' });
      const first = async () =>
        (
          await ok(t, `query($slug: String!) { community(slug: $slug) { threads(first: 5) { edges { node { id pinned } } } } }`, {
            slug: c.slug,
          })
        ).community.threads.edges[0].node;
      expect((await first()).id).not.toBe(old.id);
      expect((await ok(t, PIN, { id: old.id }, w.manager.token)).pinThread.pinned).toBe(true);
      expect(await first()).toEqual({ id: old.id, pinned: true });
      await expectCode(t, PIN, { id: old.id }, w.manager.token, 'CONFLICT');
      await ok(t, UNPIN, { id: old.id }, w.manager.token);
      expect((await first()).id).not.toBe(old.id);
      await expectCode(t, UNPIN, { id: old.id }, w.manager.token, 'CONFLICT');
    });

    it.each([
      ['lockThread', LOCK],
      ['unlockThread', UNLOCK],
      ['pinThread', PIN],
      ['unpinThread', UNPIN],
    ])('%s refuses the wrong people, unknown and malformed ids', async (name, query) => {
      const thread = await createThread(t, w.member, w.pub.id);
      if (name.startsWith('un')) await ok(t, name === 'unlockThread' ? LOCK : PIN, { id: thread.id }, w.manager.token);
      await expectRefused(t, w, query, { id: thread.id });
      await expectCode(t, query, { id: NO_ID }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, query, { id: 'abc' }, w.manager.token, 'BAD_USER_INPUT');
    });
  });

  describe('moveThread', () => {
    it('moves within the library: THREAD_MOVED on both communities, reports follow, logged in both', async () => {
      const to = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
      const thread = await createThread(t, w.member, w.pub.id);
      await ok(
        t,
        `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
        { input: { threadId: thread.id, reason: 'OFF_TOPIC' } },
        w.moderator.token,
      );
      const clients = [connectWs(t.url), connectWs(t.url)];
      type Event = { communityEvents: { type: string; thread: { id: string } } };
      const subs = await listening(
        t,
        () => [
          clients[0].subscribe<Event>(COMMUNITY_EVENTS, { id: w.pub.id }),
          clients[1].subscribe<Event>(COMMUNITY_EVENTS, { id: to.id }),
        ],
        2,
      );
      const moved = (await ok(t, MOVE, { id: thread.id, to: to.id }, w.manager.token)).moveThread;
      expect(moved.community.id).toBe(to.id);
      for (const sub of subs)
        expect((await sub.waitFor(1))[0].communityEvents).toEqual({ type: 'THREAD_MOVED', thread: { id: thread.id } });
      for (const c of clients) await c.close();
      expect(await t.sql(`SELECT community_id FROM reports WHERE thread_id = $1`, [thread.id])).toEqual([{ community_id: to.id }]);
      const lines = (await logLines(t)).filter((l) => l.target_id === thread.id);
      expect(lines.map((l) => [l.action, l.community_id])).toEqual([
        ['MOVE_THREAD', w.pub.id],
        ['MOVE_THREAD', to.id],
      ]);
    });

    it('readers of the thread who may not read the target lose their subscription', async () => {
      const secret = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
      const thread = await createThread(t, w.member, w.pub.id);
      const reader = connectWs(t.url, w.outsider.token);
      const events = await listening(t, () => reader.subscribe<ThreadEvent>(THREAD_EVENTS, { id: thread.id }));
      const mod = connectWs(t.url, w.manager.token);
      const modEvents = await listening(t, () => mod.subscribe<ThreadEvent>(THREAD_EVENTS, { id: thread.id }));
      await ok(t, MOVE, { id: thread.id, to: secret.id }, w.manager.token);
      await events.waitForCompletion();
      expect((await modEvents.waitFor(1))[0].threadEvents.type).toBe('THREAD_UPDATED');
      expect(modEvents.completed).toBe(false);
      await reader.close();
      await mod.close();
      expect(await errorCode(t, POSTS, { id: thread.id }, w.outsider.token)).toBe('NOT_FOUND');
    });

    it('refuses another library, the same community, and a mover who does not moderate both', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      await expectCode(t, MOVE, { id: thread.id, to: w.elsewhere.id }, w.admin.token, 'BAD_USER_INPUT');
      await expectCode(t, MOVE, { id: thread.id, to: w.pub.id }, w.manager.token, 'BAD_USER_INPUT');
      // A MODERATOR of the source community only may not move into a community they do not moderate.
      await expectCode(t, MOVE, { id: thread.id, to: w.sibling.id }, w.moderator.token, 'FORBIDDEN');
      await expectCode(t, MOVE, { id: thread.id, to: NO_ID }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, MOVE, { id: NO_ID, to: w.sibling.id }, w.manager.token, 'NOT_FOUND');
      await expectCode(t, MOVE, { id: thread.id, to: 'abc' }, w.manager.token, 'BAD_USER_INPUT');
      await expectRefused(t, w, MOVE, { id: thread.id, to: w.sibling.id });
      const stranger = await registerUser(t);
      await join(t, stranger, w.sibling.id);
      await expectCode(t, MOVE, { id: thread.id, to: w.sibling.id }, stranger.token, 'FORBIDDEN');
    });
  });
});
