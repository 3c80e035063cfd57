import { gql, ok } from './support/gql';
import { createPost, createThread, join, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const THREAD_EVENTS = `subscription($threadId: ID!, $after: String) {
  threadEvents(threadId: $threadId, after: $after) {
    type cursor
    post { id seq body isDeleted reactionCounts { kind count } author { displayName } }
    thread { id replyCount }
  }
}`;
const COMMUNITY_EVENTS = `subscription($communityId: ID!) { communityEvents(communityId: $communityId) { type cursor thread { id title replyCount } } }`;

type ThreadEvent = {
  threadEvents: {
    type: string;
    cursor: string;
    post: { id: string; seq: number; body: string | null; isDeleted: boolean; reactionCounts: { kind: string; count: number }[] } | null;
    thread: { replyCount: number };
  };
};

describe('live threads: readers see replies, edits, removals and reactions as they happen', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('two readers on one thread see each other’s replies live', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const a = connectWs(t.url, w.member.token);
    const b = connectWs(t.url, w.manager.token);
    const [seenByA, seenByB] = await listening(
      t,
      () => [a, b].map((c) => c.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id })),
      2,
    );
    await createPost(t, w.manager, thread.id, 'Hallo vanuit **B**');
    await createPost(t, w.member, thread.id, 'En terug vanuit A');
    for (const seen of [seenByA, seenByB]) {
      const events = await seen.waitFor(2);
      expect(events.map((e) => [e.threadEvents.type, e.threadEvents.post?.seq, e.threadEvents.post?.body])).toEqual([
        ['POST_ADDED', 2, 'Hallo vanuit **B**'],
        ['POST_ADDED', 3, 'En terug vanuit A'],
      ]);
      expect(events[1].threadEvents.thread.replyCount).toBe(2);
    }
    await a.close();
    await b.close();
  });

  it('an anonymous reader follows a public thread; edits, reactions and deletions arrive typed', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const reply = await createPost(t, w.manager, thread.id, 'Eerste versie');
    const anon = connectWs(t.url);
    const mod = connectWs(t.url, w.manager.token);
    const [anonEvents, modEvents] = await listening(
      t,
      () => [anon, mod].map((c) => c.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id })),
      2,
    );
    await ok(
      t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: reply.id, body: 'Tweede versie' } },
      w.manager.token,
    );
    await ok(
      t,
      `mutation($input: ReactInput!) { react(input: $input) { id } }`,
      { input: { postId: reply.id, kind: 'THANKS' } },
      w.member.token,
    );
    // An event carries the post as it is when it is delivered: delete only once the reaction has arrived.
    await anonEvents.waitFor(2);
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: reply.id }, w.manager.token);
    const seen = await anonEvents.waitFor(3);
    expect(seen.map((e) => e.threadEvents.type)).toEqual(['POST_EDITED', 'REACTIONS_CHANGED', 'POST_REMOVED']);
    expect(seen[0].threadEvents.post?.body).toBe('Tweede versie');
    expect(seen[1].threadEvents.post?.reactionCounts).toEqual([{ kind: 'THANKS', count: 1 }]);
    // The reader learns it is gone, not what it said; the moderator still sees the text.
    expect(seen[2].threadEvents.post).toMatchObject({ isDeleted: true, body: null });
    const modSeen = await modEvents.waitFor(3);
    expect(modSeen[2].threadEvents.post).toMatchObject({ isDeleted: true, body: 'Tweede versie' });
    await anon.close();
    await mod.close();
  });

  it('resumes with a cursor: exactly the missed events, in order, then live again', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const first = connectWs(t.url, w.member.token);
    const sub = await listening(t, () => first.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id }));
    await createPost(t, w.manager, thread.id, 'voor de onderbreking');
    const [before] = await sub.waitFor(1);
    await first.close();

    for (let i = 1; i <= 5; i++) await createPost(t, w.manager, thread.id, `gemist ${i}`);
    const second = connectWs(t.url, w.member.token);
    const resumed = second.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id, after: before.threadEvents.cursor });
    const missed = await resumed.waitFor(5);
    expect(missed.map((e) => e.threadEvents.post?.body)).toEqual(['gemist 1', 'gemist 2', 'gemist 3', 'gemist 4', 'gemist 5']);
    await createPost(t, w.manager, thread.id, 'weer live');
    // A later post is the sync point: once it is in, anything sent twice in between would be too.
    await createPost(t, w.manager, thread.id, 'daarna');
    const all = await resumed.waitFor(7);
    expect(all.map((e) => e.threadEvents.post?.body)).toEqual([
      'gemist 1',
      'gemist 2',
      'gemist 3',
      'gemist 4',
      'gemist 5',
      'weer live',
      'daarna',
    ]);
    await second.close();
  });

  it('a reader who subscribes with the liveCursor of the page they loaded misses nothing in between', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const page = await ok(t, `query($id: ID!) { thread(id: $id) { liveCursor posts { edges { node { seq } } } } }`, { id: thread.id });
    await createPost(t, w.manager, thread.id, 'tussen laden en abonneren');
    const client = connectWs(t.url);
    const sub = client.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id, after: page.thread.liveCursor });
    const [event] = await sub.waitFor(1);
    expect(event.threadEvents.post?.body).toBe('tussen laden en abonneren');
    await client.close();
  });

  it('publishes nothing for a refused or rolled-back write', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const client = connectWs(t.url, w.member.token);
    const sub = await listening(t, () => client.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id }));
    expect(
      (
        await gql(
          t,
          `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
          { input: { threadId: thread.id, body: 'x', replyToId: '00000000-0000-0000-0000-000000000000' } },
          w.member.token,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    await createPost(t, w.member, thread.id, 'wel geplaatst');
    // The refused write came first: had it published, it would be in before the one that did.
    const events = await sub.waitFor(1);
    expect(events.map((e) => e.threadEvents.post?.body)).toEqual(['wel geplaatst']);
    const rows = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM live_events WHERE channel = $1`, [`thread:${thread.id}`]);
    expect(Number(rows[0].n)).toBe(1);
    await client.close();
  });

  it('refuses subscriptions to what the subscriber may not read, as a query would', async () => {
    const privThread = await createThread(t, w.manager, w.priv.id);
    const restrictedThread = await createThread(t, w.manager, w.restricted.id);
    const outsider = connectWs(t.url, w.outsider.token);
    const anon = connectWs(t.url);
    const codeOf = async (events: { waitForError(): Promise<unknown> }) => {
      const err = (await events.waitForError()) as { extensions?: { code?: string } }[];
      return err[0]?.extensions?.code;
    };
    expect(await codeOf(outsider.subscribe(THREAD_EVENTS, { threadId: privThread.id }))).toBe('NOT_FOUND');
    expect(await codeOf(anon.subscribe(THREAD_EVENTS, { threadId: privThread.id }))).toBe('NOT_FOUND');
    expect(await codeOf(anon.subscribe(THREAD_EVENTS, { threadId: restrictedThread.id }))).toBe('FORBIDDEN');
    expect(await codeOf(anon.subscribe(THREAD_EVENTS, { threadId: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(await codeOf(anon.subscribe(COMMUNITY_EVENTS, { communityId: w.priv.id }))).toBe('NOT_FOUND');
    await outsider.close();
    await anon.close();
  });

  it('a member who leaves a private community stops receiving at once: the subscription completes', async () => {
    const invitee = w.outsider;
    await ok(
      t,
      `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
      { c: w.priv.id, u: invitee.id },
      w.manager.token,
    );
    await join(t, invitee, w.priv.id);
    const thread = await createThread(t, w.manager, w.priv.id);
    const client = connectWs(t.url, invitee.token);
    const staff = connectWs(t.url, w.manager.token);
    const [sub, staffSub] = await listening(
      t,
      () => [client, staff].map((c) => c.subscribe<ThreadEvent>(THREAD_EVENTS, { threadId: thread.id })),
      2,
    );
    await createPost(t, w.manager, thread.id, 'nog zichtbaar');
    await sub.waitFor(1);
    await ok(t, `mutation($c: ID!) { leaveCommunity(communityId: $c) }`, { c: w.priv.id }, invitee.token);
    await sub.waitForCompletion();
    await createPost(t, w.manager, thread.id, 'niet meer voor jou');
    // The sync point: a reader who stayed got the post, so it was delivered to everyone still listening.
    await staffSub.waitFor(2);
    expect(sub.received.map((e) => e.threadEvents.post?.body)).toEqual(['nog zichtbaar']);
    await client.close();
    await staff.close();
  });

  it('community readers see new threads and activity', async () => {
    const client = connectWs(t.url);
    const sub = await listening(t, () =>
      client.subscribe<{ communityEvents: { type: string; thread: { title: string; replyCount: number } } }>(COMMUNITY_EVENTS, {
        communityId: w.pub.id,
      }),
    );
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Nieuw live onderwerp' });
    await createPost(t, w.manager, thread.id, 'eerste reactie');
    const events = await sub.waitFor(2);
    expect(events.map((e) => [e.communityEvents.type, e.communityEvents.thread.title])).toEqual([
      ['THREAD_ADDED', 'Nieuw live onderwerp'],
      ['THREAD_UPDATED', 'Nieuw live onderwerp'],
    ]);
    expect(events[1].communityEvents.thread.replyCount).toBe(1);
    await client.close();
  });
});
