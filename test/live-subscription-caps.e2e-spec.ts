import { LiveHub } from '@waardenet/live';
import { COMMUNITY_EVENTS, THREAD_EVENTS } from '../apps/web/src/api/operations';
import { FEED_EVENTS } from '../apps/web/src/api/operations-network';
import { NOTIFICATION_ADDED } from '../apps/web/src/api/operations-notify';
import { createPost, createThread, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import type { Operation } from './support/gql';
import { RawMessage, rawSocket } from './support/ws-client';

/**
 * Finding 1 of the issue #13 red-team pass: an anonymous visitor opened 50 sockets × 50 threadEvents
 * subscriptions on one thread, each document differing only in an alias and asking for a page of posts
 * per event, so every event ran 2,500 executions and a reader got 1 of 10 events, 34 s late. Now such
 * a document is refused by its cost, and an address holds a few distinct documents per thread and a
 * bounded number of subscriptions.
 */
const HEAVY = (i: number) =>
  `subscription($t: ID!) { threadEvents(threadId: $t) { type a${i}: post { id body bodyHtml reactionCounts { kind count } viewerReactions author { displayName expertise { topic } } thread { title viewerCanReply viewerFollows posts(first: 20) { edges { node { id bodyHtml viewerReactions } } } } } } }`;
const ALIAS = (i: number) => `subscription($t: ID!) { threadEvents(threadId: $t) { type a${i}: post { id body } } }`;

type Socket = ReturnType<typeof rawSocket>;
const errorOf = (m: RawMessage) => (m.payload as { message: string; extensions: { code: string; reason: string } }[])[0];

describe('live subscriptions: a cost budget per document, caps per address and distinct documents per thread', () => {
  let t: TestApp;
  let w: World;
  let hub: LiveHub;
  beforeAll(async () => {
    t = await createTestApp({ LIVE_SUBSCRIPTIONS_PER_IP: '20', LIVE_ANONYMOUS_SUBSCRIPTIONS_PER_IP: '12' });
    w = await world(t);
    hub = t.app.get(LiveHub);
  });
  afterAll(() => t.close());

  /** Sends a subscribe and waits for its answer: an error, or a listener on the hub. */
  async function subscribe(
    s: Socket,
    id: string,
    operation: Operation,
    variables: Record<string, unknown>,
  ): Promise<RawMessage | 'listening'> {
    const before = hub.listenerCount;
    s.send({ id, type: 'subscribe', payload: { query: String(operation), variables } });
    await waitFor(() => hub.listenerCount > before || s.messages.some((m) => m.id === id && m.type === 'error'), {
      what: `an answer to ${id}`,
    });
    return s.messages.find((m) => m.id === id && m.type === 'error') ?? 'listening';
  }

  it('refuses the red team’s document (a page of posts per event) with SUBSCRIPTION_TOO_COSTLY', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const s = rawSocket(t.url);
    await s.init();
    const before = hub.listenerCount;
    s.send({ id: 'heavy', type: 'subscribe', payload: { query: HEAVY(1), variables: { t: thread.id } } });
    const refused = errorOf(await s.waitFor((m) => m.id === 'heavy' && m.type === 'error'));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_TOO_COSTLY' });
    expect(hub.listenerCount).toBe(before);
    s.ws.close();
    await s.closed;
  });

  it('refuses the alias flood past 5 distinct documents per thread and past the anonymous cap; the web client’s documents still subscribe', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const vars = { t: thread.id };
    const flood = [rawSocket(t.url), rawSocket(t.url), rawSocket(t.url)];
    await Promise.all(flood.map((s) => s.init()));
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await subscribe(flood[0], `d${i}`, ALIAS(i), vars));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('listening'));
    expect(errorOf(answers[5] as RawMessage).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'LIVE_SUBSCRIPTION_LIMIT',
      scope: 'channel',
      max: 5,
    });

    // The same documents on other sockets count against the address's anonymous cap (12): 7 more fit.
    for (let i = 0; i < 7; i++) expect(await subscribe(flood[1 + (i % 2)], `r${i}`, ALIAS(i % 5), vars)).toBe('listening');
    const past = await subscribe(flood[2], 'past', ALIAS(0), vars);
    expect(errorOf(past as RawMessage).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'LIVE_SUBSCRIPTION_LIMIT',
      scope: 'anonymous',
      max: 12,
    });

    // Those within the caps get their events.
    await createPost(t, w.manager, thread.id, 'binnen de grenzen');
    for (const s of flood) await s.waitFor((m) => m.type === 'next');

    // Closing the flood gives its places back; a member's web client subscribes with its real documents.
    const gone = hub.listenerCount - 12;
    for (const s of flood) s.ws.close();
    await waitFor(() => hub.listenerCount === gone, { what: 'the flood’s listeners gone' });
    const reader = rawSocket(t.url);
    await reader.init(w.member.token);
    expect(await subscribe(reader, 'thread', THREAD_EVENTS, { threadId: thread.id })).toBe('listening');
    expect(await subscribe(reader, 'community', COMMUNITY_EVENTS, { communityId: w.pub.id })).toBe('listening');
    expect(await subscribe(reader, 'feed', FEED_EVENTS, { communityId: w.pub.id })).toBe('listening');
    reader.send({ id: 'notify', type: 'subscribe', payload: { query: NOTIFICATION_ADDED } });
    const post = await createPost(t, w.manager, thread.id, 'voor de lezer');
    const frame = await reader.waitFor((m) => m.id === 'thread' && m.type === 'next');
    expect(frame.payload).toMatchObject({ data: { threadEvents: { type: 'POST_ADDED', post: { id: post.id } } } });
    expect(reader.messages.filter((m) => m.type === 'error')).toEqual([]);
    reader.ws.close();
    await reader.closed;
  });
});
