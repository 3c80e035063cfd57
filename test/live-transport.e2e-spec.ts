import WebSocket from 'ws';
import { createThread, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor as waitUntil } from './support/wait';

/** A raw graphql-transport-ws socket, to see close codes and frames as they are. */
function rawSocket(url: string) {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  ws.on('message', (d) => messages.push(JSON.parse((d as Buffer).toString())));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const send = (m: unknown) => ws.send(JSON.stringify(m));
  const waitFor = (pred: (m: { type: string; id?: string; payload?: unknown }) => boolean, ms = 5000) =>
    waitUntil(() => messages.find(pred), { timeout: ms, what: 'such a message' }).catch((err: Error) => {
      throw new Error(`${err.message}; got ${JSON.stringify(messages)}`);
    });
  return { ws, opened, closed, send, messages, waitFor };
}

const SUB = (threadId: string) => ({ query: `subscription { threadEvents(threadId: "${threadId}") { type } }` });

describe('live transport: graphql-ws on /graphql with authentication and limits', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('closes a socket that never sends connection_init (4408)', async () => {
    const s = rawSocket(t.url);
    await s.opened;
    expect((await s.closed).code).toBe(4408);
  });

  it('refuses a forged token in connection_init (4403)', async () => {
    const s = rawSocket(t.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: { authorization: 'Bearer not.a.token' } });
    expect((await s.closed).code).toBe(4403);
  });

  it('ends the socket with 4403 when the access token expires, so the client refreshes and reconnects', async () => {
    const shortLived = await createTestApp({ WAARDENET_ACCESS_TOKEN_TTL: '2' });
    const user = await registerUser(shortLived);
    const s = rawSocket(shortLived.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    await s.waitFor((m) => m.type === 'connection_ack');
    const { code, reason } = await s.closed;
    await shortLived.close();
    expect(code).toBe(4403);
    expect(reason).toMatch(/expired/i);
  });

  it('refuses a subscription on a socket whose session ended unseen (UNAUTHENTICATED, SESSION_ENDED), so the client logs in again', async () => {
    const user = await registerUser(t);
    const thread = await createThread(t, w.member, w.pub.id);
    const s = rawSocket(t.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    await s.waitFor((m) => m.type === 'connection_ack');
    // Ended in the database only, as when the instance that revoked it could not tell this one.
    await t.sql('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [user.id]);
    s.send({ id: 'after', type: 'subscribe', payload: SUB(thread.id) });
    const refused = (await s.waitFor((m) => m.id === 'after' && m.type !== 'complete')) as {
      payload: { extensions: { code: string; reason: string } }[] | { errors: { extensions: { code: string; reason: string } }[] };
    };
    const errors = Array.isArray(refused.payload) ? refused.payload : refused.payload.errors;
    expect(errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    s.ws.close();
  });

  it('caps subscriptions per socket at 50', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const s = rawSocket(t.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: {} });
    await s.waitFor((m) => m.type === 'connection_ack');
    for (let i = 1; i <= 51; i++) s.send({ id: String(i), type: 'subscribe', payload: SUB(thread.id) });
    const refused = (await s.waitFor((m) => m.type === 'error' && m.id === '51')) as { payload: { extensions: { code: string } }[] };
    expect(refused.payload[0].extensions.code).toBe('RATE_LIMITED');
    expect(s.messages.filter((m) => m.type === 'error')).toHaveLength(1);
    s.ws.close();
  });

  it('takes only subscriptions over the socket: queries go over HTTP', async () => {
    const s = rawSocket(t.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: {} });
    await s.waitFor((m) => m.type === 'connection_ack');
    s.send({ id: 'q', type: 'subscribe', payload: { query: '{ me { id } }' } });
    const refused = (await s.waitFor((m) => m.id === 'q')) as { type: string; payload: { extensions: { code: string } }[] };
    expect(refused.type).toBe('error');
    expect(refused.payload[0].extensions.code).toBe('BAD_USER_INPUT');
    s.ws.close();
  });

  it('refuses upgrades on other paths', async () => {
    const ws = new WebSocket(t.url.replace(/^http/, 'ws') + '/elsewhere', 'graphql-transport-ws');
    await expect(
      new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      }),
    ).rejects.toThrow();
  });

  it('on shutdown closes sockets with 1001 "going away"', async () => {
    const other = await createTestApp();
    const s = rawSocket(other.url);
    await s.opened;
    s.send({ type: 'connection_init', payload: {} });
    await s.waitFor((m) => m.type === 'connection_ack');
    await other.close();
    expect((await s.closed).code).toBe(1001);
  });
});
