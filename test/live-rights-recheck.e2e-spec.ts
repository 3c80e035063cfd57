import { LiveHub } from '@waardenet/live';
import { ok } from './support/gql';
import { addStaff, createPost, createThread, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { connectWs } from './support/ws-client';

const COMMUNITY_EVENTS = `subscription($id: ID!, $after: String) { communityEvents(communityId: $id, after: $after) { type threadId thread { id title community { id name } } } }`;
const THREAD_EVENTS = `subscription($id: ID!) { threadEvents(threadId: $id) { type } }`;
const POST_EVENTS = `subscription($id: ID!) { threadEvents(threadId: $id) { type post { body } } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const REMOVE_STAFF = `mutation($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, communityId: $to) { id } }`;
const LIVE_CURSOR = `query($slug: String!) { community(slug: $slug) { liveCursor } }`;

type CommunityEvent = {
  communityEvents: {
    type: string;
    threadId: string;
    thread: { id: string; title: string; community: { id: string; name: string } } | null;
  };
};

const until = (check: () => boolean, what: string, ms = 10_000) => waitFor(check, { what, timeout: ms });

describe('live: rights are re-checked at delivery when staff leave, accounts are suspended, threads move', () => {
  let t: TestApp;
  let w: World;
  let hub: LiveHub;
  /** Waits until `n` more listeners are registered on this instance than before `open` ran. */
  const listening = async <T>(open: () => T, n = 1): Promise<T> => {
    const before = hub.listenerCount;
    const result = open();
    await until(() => hub.listenerCount >= before + n, `${n} listener(s)`);
    return result;
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    hub = t.app.get(LiveHub);
  });
  afterAll(() => t.close());

  it('removing a library staff member ends their subscriptions to its PRIVATE community at once', async () => {
    const staffer = await registerUser(t);
    await addStaff(t, w.admin, w.library.id, staffer, 'COMMUNITY_MANAGER');
    const thread = await createThread(t, w.manager, w.priv.id);
    const ws = connectWs(t.url, staffer.token);
    const feed = await listening(() => ws.subscribe(COMMUNITY_EVENTS, { id: w.priv.id }));
    const replies = await listening(() => ws.subscribe(THREAD_EVENTS, { id: thread.id }));
    await ok(t, REMOVE_STAFF, { input: { libraryId: w.library.id, userId: staffer.id } }, w.admin.token);
    await feed.waitForCompletion();
    await replies.waitForCompletion();
    // Ended, not merely quiet: a thread started afterwards reaches no one of them.
    await createThread(t, w.manager, w.priv.id);
    expect(feed.received).toEqual([]);
    expect(feed.errors).toEqual([]);
    await ws.close();
  });

  it('a reader made library staff gets the moderators’ view of their open subscriptions from then on (a role change is re-checked too)', async () => {
    const reader = await registerUser(t);
    const thread = await createThread(t, w.manager, w.pub.id);
    const hidden = await createPost(t, w.manager, thread.id, 'verborgen');
    await t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    const ws = connectWs(t.url, reader.token);
    const sub = await listening(() =>
      ws.subscribe<{ threadEvents: { type: string; post: { body: string | null } } }>(POST_EVENTS, { id: thread.id }),
    );
    await addStaff(t, w.admin, w.library.id, reader, 'COMMUNITY_MANAGER');
    await ok(t, EDIT, { input: { postId: hidden.id, body: 'verborgen, aangepast' } }, w.manager.token);
    const [edited] = await sub.waitFor(1);
    expect(edited.threadEvents).toEqual({ type: 'POST_EDITED', post: { body: 'verborgen, aangepast' } });
    await ws.close();
  });

  it('suspending a member of a PRIVATE community ends their subscriptions there at once', async () => {
    const member = await registerUser(t);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [w.priv.id, member.id]);
    const thread = await createThread(t, w.manager, w.priv.id);
    const ws = connectWs(t.url, member.token);
    const replies = await listening(() => ws.subscribe(THREAD_EVENTS, { id: thread.id }));
    await ok(t, SUSPEND, { input: { userId: member.id, reason: 'Spam' } }, w.admin.token);
    await replies.waitForCompletion();
    expect(replies.errors).toEqual([]);
    await ws.close();
  });

  it('a public community’s readers learn that a thread moved into a PRIVATE one without its title or where it went, live and in replay', async () => {
    const reader = await registerUser(t);
    const { liveCursor } = (await ok(t, LIVE_CURSOR, { slug: w.pub.slug })).community;
    const anon = connectWs(t.url);
    const member = connectWs(t.url, reader.token);
    const staff = connectWs(t.url, w.manager.token);
    const [anonLive, memberLive, staffLive] = await listening(
      () => [anon, member, staff].map((c) => c.subscribe<CommunityEvent>(COMMUNITY_EVENTS, { id: w.pub.id })),
      3,
    );
    const secret = 'Geheime verhuizing naar besloten kring';
    const thread = await createThread(t, w.manager, w.pub.id, { title: secret });
    await ok(t, MOVE, { id: thread.id, to: w.priv.id }, w.manager.token);

    // The staff member may read the private community: the whole thread, where it went included.
    const staffSeen = await staffLive.waitFor(2);
    expect(staffSeen.map((e) => [e.communityEvents.type, e.communityEvents.thread?.title, e.communityEvents.thread?.community.id])).toEqual(
      [
        ['THREAD_ADDED', secret, w.pub.id],
        ['THREAD_MOVED', secret, w.priv.id],
      ],
    );
    // The added event was delivered before the move, with the title everyone could read then; the move tells only the id.
    for (const sub of [anonLive, memberLive]) {
      const [, moved] = await sub.waitFor(2);
      expect(moved.communityEvents).toEqual({ type: 'THREAD_MOVED', threadId: thread.id, thread: null });
    }

    // Replayed from before the thread existed: it is now where they may not read, so neither event carries it.
    for (const token of [undefined, reader.token]) {
      const c = connectWs(t.url, token);
      const replay = c.subscribe<CommunityEvent>(COMMUNITY_EVENTS, { id: w.pub.id, after: liveCursor });
      const seen = await replay.waitFor(2);
      expect(seen.map((e) => e.communityEvents)).toEqual([
        { type: 'THREAD_ADDED', threadId: thread.id, thread: null },
        { type: 'THREAD_MOVED', threadId: thread.id, thread: null },
      ]);
      expect(JSON.stringify(seen)).not.toContain(secret);
      await c.close();
    }
    await Promise.all([anon, member, staff].map((c) => c.close()));
  });
});
