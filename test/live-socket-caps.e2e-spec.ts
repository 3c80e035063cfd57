import { LiveHub } from '@waardenet/live';
import { createPost, createThread, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { rawSocket } from './support/ws-client';

const SUB = (threadId: string) => ({
  query: `subscription($id: ID!) { threadEvents(threadId: $id) { type post { body } } }`,
  variables: { id: threadId },
});

/**
 * Caps small enough to reach: 6 sockets per address, of which 3 without an account, 2 per account.
 * All sockets come from 127.0.0.1; no proxy is trusted (TRUST_PROXY's default), so a forged
 * X-Forwarded-For does not make another address.
 */
describe('live sockets are capped per client address, without an account more tightly, and per account', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ LIVE_SOCKETS_PER_IP: '6', LIVE_ANONYMOUS_SOCKETS_PER_IP: '3', LIVE_SOCKETS_PER_USER: '2' });
    w = await world(t);
  });
  afterAll(() => t.close());

  it('closes the socket past each cap with 4429 and a reason, while the others keep working', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const anonymous = [rawSocket(t.url), rawSocket(t.url), rawSocket(t.url)];
    await Promise.all(anonymous.map((s) => s.init()));
    const fourth = rawSocket(t.url, { 'X-Forwarded-For': '198.51.100.23' });
    await fourth.opened;
    fourth.send({ type: 'connection_init', payload: {} });
    expect(await fourth.closed).toEqual({ code: 4429, reason: 'Too many open connections without an account from this address' });

    // An account has its own cap.
    const user = await registerUser(t);
    const mine = [rawSocket(t.url), rawSocket(t.url)];
    await Promise.all(mine.map((s) => s.init(user.token)));
    const third = rawSocket(t.url);
    await third.opened;
    third.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    expect(await third.closed).toEqual({ code: 4429, reason: 'Too many open connections for this account' });

    // Six open from this address (3 anonymous, 2 of the user, 1 of the member): the seventh is closed before it may speak.
    const member = rawSocket(t.url);
    await member.init(w.member.token);
    const seventh = rawSocket(t.url);
    expect(await seventh.closed).toEqual({ code: 4429, reason: 'Too many open connections from this address' });

    // Those within the caps still get their events.
    const alive = [...anonymous, ...mine, member];
    const hub = t.app.get(LiveHub);
    const before = hub.listenerCount;
    for (const s of alive) s.send({ id: 's', type: 'subscribe', payload: SUB(thread.id) });
    await until(() => hub.listenerCount === before + alive.length, 'six listeners');
    await createPost(t, w.manager, thread.id, 'voor wie binnen de grens blijft');
    for (const s of alive)
      expect((await s.waitFor((m) => m.id === 's' && m.type === 'next')).payload).toEqual({
        data: { threadEvents: { type: 'POST_ADDED', post: { body: 'voor wie binnen de grens blijft' } } },
      });
    for (const s of alive) expect(s.closedWith()).toBeUndefined();

    // A closed socket frees its place (once the server has seen it close).
    anonymous[0].ws.close();
    await anonymous[0].closed;
    let again = rawSocket(t.url);
    for (let tries = 0; ; tries++) {
      const acked = await again.init().then(
        () => true,
        () => false,
      );
      if (acked) break;
      if (tries > 50) throw new Error(`no place freed: ${JSON.stringify(again.closedWith())}`);
      again = rawSocket(t.url);
    }
    for (const s of [...alive.slice(1), again]) s.ws.close();
  });
});

describe('behind a trusted proxy the caps count the address it forwards, as the HTTP side does', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', LIVE_ANONYMOUS_SOCKETS_PER_IP: '1' });
  });
  afterAll(() => t.close());

  it('two visitors behind the proxy each get a socket; a second one of the same visitor is closed with 4429', async () => {
    const first = rawSocket(t.url, { 'X-Forwarded-For': '203.0.113.1' });
    const second = rawSocket(t.url, { 'X-Forwarded-For': '203.0.113.2' });
    await Promise.all([first.init(), second.init()]);
    const again = rawSocket(t.url, { 'X-Forwarded-For': '203.0.113.1' });
    await again.opened;
    again.send({ type: 'connection_init', payload: {} });
    expect((await again.closed).code).toBe(4429);
    expect([first.closedWith(), second.closedWith()]).toEqual([undefined, undefined]);
    first.ws.close();
    second.ws.close();
  });
});

function until(check: () => boolean, what: string, ms = 10_000): Promise<boolean> {
  return waitFor(check, { what, timeout: ms });
}
