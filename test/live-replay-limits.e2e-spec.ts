import { LiveEventsRetention } from '@waardenet/live/channels';
import { LiveHub } from '@waardenet/live';
import { ok } from './support/gql';
import { createPost, createThread, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { RawMessage, rawSocket } from './support/ws-client';

const REPLAY = (threadId: string, after: string) => ({
  query: `subscription($id: ID!, $after: String) { threadEvents(threadId: $id, after: $after) { type cursor post { id body author { displayName } } } }`,
  variables: { id: threadId, after },
});
const LIVE_CURSOR = `query($id: ID!) { thread(id: $id) { liveCursor } }`;

const framesOf = (messages: RawMessage[], id: string) => messages.filter((m) => m.id === id && m.type === 'next');
const refusal = (m: RawMessage) => (m.payload as { extensions: { code: string; reason?: string } }[])[0].extensions;

const until = (check: () => boolean | Promise<boolean>, what: string, ms = 15_000) => waitFor(check, { what, timeout: ms });

/** A thread with `n` replies and the cursor from before them. */
async function threadWithReplies(t: TestApp, w: World, n: number) {
  const thread = await createThread(t, w.member, w.pub.id);
  const { liveCursor } = (await ok(t, LIVE_CURSOR, { id: thread.id })).thread;
  for (let i = 1; i <= n; i++) await createPost(t, w.manager, thread.id, `Antwoord ${i}`);
  return { thread, cursor: liveCursor as string };
}

describe('live replays: shared per subscription, bounded per socket and address, within the resume window', () => {
  describe('sharing', () => {
    let t: TestApp;
    let w: World;
    beforeAll(async () => {
      t = await createTestApp({ LIVE_ANONYMOUS_SOCKETS_PER_IP: '100', LIVE_REPLAYS_PER_IP: '100' });
      w = await world(t);
    });
    afterAll(() => t.close());

    it('50 anonymous sockets resuming from one cursor cost one execution per replayed event, and all get the same frames', async () => {
      const events = 20;
      const { thread, cursor } = await threadWithReplies(t, w, events);
      const sockets = Array.from({ length: 50 }, () => rawSocket(t.url));
      await Promise.all(sockets.map((s) => s.init()));
      const hub = t.app.get(LiveHub);
      const before = hub.executions;
      for (const s of sockets) s.send({ id: 'r', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
      await until(() => sockets.every((s) => framesOf(s.messages, 'r').length >= events), `${events} frames on every socket`);
      // Without sharing this is 50 × 20 = 1,000 executions.
      expect(hub.executions - before).toBe(events);
      const first = JSON.stringify(framesOf(sockets[0].messages, 'r'));
      expect(first).toContain('Antwoord 20');
      for (const s of sockets) expect(JSON.stringify(framesOf(s.messages, 'r'))).toBe(first);
      for (const s of sockets) s.ws.close();
    });
  });

  describe('caps and the resume window', () => {
    let t: TestApp;
    let w: World;
    beforeAll(async () => {
      t = await createTestApp({
        LIVE_REPLAYS_PER_SOCKET: '2',
        LIVE_REPLAYS_PER_IP: '3',
        LIVE_REPLAY_MAX_EVENTS: '5',
        LIVE_EVENTS_RETENTION: '1h',
      });
      w = await world(t);
    });
    afterAll(() => t.close());

    /** Statements of this test's database waiting on a lock, whose text is like `like`. */
    const waiting = async (like: string) => {
      // Inside a transaction PostgreSQL keeps its first view of the activity: drop it to see the current one.
      await t.sql('SELECT pg_stat_clear_snapshot()');
      const [{ n }] = await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE $1`,
        [like],
      );
      return Number(n);
    };
    /** Replays held at their first read of live_events. */
    const waitingOnLock = () => waiting('%live_events%');

    it('refuses a replay past the per-socket and per-address caps with RATE_LIMITED / LIVE_REPLAY_LIMIT; the others complete', async () => {
      const { thread, cursor } = await threadWithReplies(t, w, 2);
      const a = rawSocket(t.url);
      const b = rawSocket(t.url, { 'X-Forwarded-For': '203.0.113.9' });
      await Promise.all([a.init(), b.init(w.member.token)]);
      // Holds every replay at its first read, so they stay in progress while the next ones arrive.
      await t.sql('BEGIN');
      await t.sql('LOCK TABLE live_events IN ACCESS EXCLUSIVE MODE');
      try {
        a.send({ id: 'a1', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        a.send({ id: 'a2', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        await until(async () => (await waitingOnLock()) === 2, 'two held replays');
        a.send({ id: 'a3', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        expect(refusal(await a.waitFor((m) => m.id === 'a3'))).toMatchObject({ code: 'RATE_LIMITED', reason: 'LIVE_REPLAY_LIMIT' });
        // Another socket from the same address (a forged X-Forwarded-For changes nothing: no proxy is trusted).
        b.send({ id: 'b1', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        await until(async () => (await waitingOnLock()) === 3, 'three held replays');
        b.send({ id: 'b2', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        const refused = await b.waitFor((m) => m.id === 'b2');
        expect(refused.type).toBe('error');
        expect(refusal(refused)).toMatchObject({ code: 'RATE_LIMITED', reason: 'LIVE_REPLAY_LIMIT' });
      } finally {
        await t.sql('COMMIT');
      }
      for (const [s, id] of [
        [a, 'a1'],
        [a, 'a2'],
        [b, 'b1'],
      ] as const)
        await until(() => framesOf(s.messages, id).length === 2, `${id} replayed`);
      // Caught up, they no longer count: the address may replay again.
      b.send({ id: 'b3', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
      await until(() => framesOf(b.messages, 'b3').length === 2, 'b3 replayed');
      a.ws.close();
      b.ws.close();
    });

    it('a replay in progress does not hold up live delivery to the others in its community', async () => {
      const { thread, cursor } = await threadWithReplies(t, w, 2);
      const other = await createThread(t, w.member, w.pub.id);
      const reader = rawSocket(t.url);
      const replayer = rawSocket(t.url);
      await Promise.all([reader.init(), replayer.init()]);
      reader.send({
        id: 'c',
        type: 'subscribe',
        payload: { query: `subscription($id: ID!) { communityEvents(communityId: $id) { type threadId } }`, variables: { id: w.pub.id } },
      });
      await until(() => t.app.get(LiveHub).listenerCount >= 1, 'the reader listening');
      await t.sql('BEGIN');
      // Holds the replay at its first post read (the pin below reads no post).
      await t.sql('LOCK TABLE posts IN ACCESS EXCLUSIVE MODE');
      try {
        replayer.send({ id: 'r', type: 'subscribe', payload: REPLAY(thread.id, cursor) });
        await until(async () => (await waiting('%FROM "posts"%')) === 1, 'the replay held');
        await ok(t, `mutation($id: ID!) { pinThread(threadId: $id) { id } }`, { id: other.id }, w.manager.token);
        const event = await reader.waitFor((m) => m.id === 'c' && m.type === 'next');
        expect(event.payload).toEqual({ data: { communityEvents: { type: 'THREAD_UPDATED', threadId: other.id } } });
        expect(framesOf(replayer.messages, 'r')).toEqual([]);
      } finally {
        await t.sql('COMMIT');
      }
      await until(() => framesOf(replayer.messages, 'r').length === 2, 'the replay done');
      reader.ws.close();
      replayer.ws.close();
    });

    it('refuses a cursor outside the resume window with CURSOR_EXPIRED, by age and by distance', async () => {
      const s = rawSocket(t.url);
      await s.init();
      const far = await threadWithReplies(t, w, 6);
      s.send({ id: 'far', type: 'subscribe', payload: REPLAY(far.thread.id, far.cursor) });
      expect(refusal(await s.waitFor((m) => m.id === 'far'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED' });

      const old = await threadWithReplies(t, w, 2);
      await t.sql(`UPDATE live_events SET created_at = now() - interval '2 hours' WHERE channel = $1`, [`thread:${old.thread.id}`]);
      s.send({ id: 'old', type: 'subscribe', payload: REPLAY(old.thread.id, old.cursor) });
      expect(refusal(await s.waitFor((m) => m.id === 'old'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED' });

      // Deleted by the retention job: expired too, not a silent gap.
      await t.sql(`DELETE FROM live_events WHERE channel = $1`, [`thread:${old.thread.id}`]);
      s.send({ id: 'gone', type: 'subscribe', payload: REPLAY(old.thread.id, old.cursor) });
      expect(refusal(await s.waitFor((m) => m.id === 'gone'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED' });
      s.ws.close();
    });

    it('the retention job deletes live events older than the resume window and keeps the recent ones', async () => {
      const { thread } = await threadWithReplies(t, w, 3);
      const channel = `thread:${thread.id}`;
      const seqs = async () =>
        (await t.sql<{ seq: number }>(`SELECT seq FROM live_events WHERE channel = $1 ORDER BY seq`, [channel])).map((r) => r.seq);
      const all = await seqs();
      expect(all.length).toBeGreaterThanOrEqual(3);
      await t.sql(`UPDATE live_events SET created_at = now() - interval '61 minutes' WHERE channel = $1 AND seq <= 2`, [channel]);
      const [{ old }] = await t.sql<{ old: string }>(
        `SELECT count(*) AS old FROM live_events WHERE created_at < now() - interval '1 hour'`,
      );
      // Two instances purging at once: each row is deleted once, by one of them, and neither fails.
      const second = await createTestApp({ LIVE_EVENTS_RETENTION: '1h' }, { sameDatabaseAs: t });
      try {
        const deleted = await Promise.all([t.app.get(LiveEventsRetention).purge(), second.app.get(LiveEventsRetention).purge()]);
        expect(deleted[0] + deleted[1]).toBe(Number(old));
      } finally {
        await second.close();
      }
      expect(await seqs()).toEqual(all.filter((seq) => seq > 2));
      // The channel's numbering goes on where it was.
      await createPost(t, w.manager, thread.id, 'na de opruiming');
      expect(await seqs()).toEqual([...all.filter((seq) => seq > 2), all.at(-1)! + 1]);
    });
  });
});
