import request from 'supertest';
import { LOGIN, TestUser, registerUser } from './support/factories';
import { gql, ok } from './support/gql';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { describeIf } from './support/requires';
import { rawSocket } from './support/ws-client';

const SESSIONS = `{ mySessions { id createdAt lastUsedAt userAgent current } }`;
const REVOKE = `mutation($id: ID!) { revokeSession(id: $id) }`;
const EVERYWHERE = `mutation { logoutEverywhere }`;
const REFRESH = `mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `{ me { id } }`;

interface SessionRow {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}
interface Device {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile Safari';
const LAPTOP = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';

/** Logs in as a browser with this User-Agent would. */
async function loginFrom(t: TestApp, user: TestUser, userAgent: string): Promise<Device> {
  const res = await request(t.url)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('user-agent', userAgent)
    .send({ query: LOGIN, variables: { input: { email: user.email, password: TEST_PASSWORD } } });
  const { accessToken, refreshToken } = res.body.data.login;
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string };
  return { accessToken, refreshToken, sessionId: claims.sid };
}

const codeOf = async (t: TestApp, query: string, token: string, variables: Record<string, unknown> = {}) =>
  (await gql(t, query, variables, token)).errors?.[0]?.extensions?.code;

describe('sessions: see them, end one, end all', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the open sessions with their device, the asking one marked current', async () => {
    const user = await registerUser(t);
    const phone = await loginFrom(t, user, PHONE);
    const laptop = await loginFrom(t, user, LAPTOP);
    const fromPhone = (await ok(t, SESSIONS, {}, phone.accessToken)).mySessions as SessionRow[];
    expect(fromPhone).toHaveLength(3);
    expect(fromPhone.filter((s) => s.current).map((s) => s.id)).toEqual([phone.sessionId]);
    expect(fromPhone.find((s) => s.id === laptop.sessionId)).toMatchObject({ userAgent: LAPTOP, current: false });
    expect(fromPhone.find((s) => s.id === phone.sessionId)).toMatchObject({ userAgent: PHONE });
    const fromLaptop = (await ok(t, SESSIONS, {}, laptop.accessToken)).mySessions as SessionRow[];
    expect(fromLaptop.filter((s) => s.current).map((s) => s.id)).toEqual([laptop.sessionId]);
    // Another account sees only its own.
    const other = await registerUser(t);
    expect(((await ok(t, SESSIONS, {}, other.token)).mySessions as SessionRow[]).map((s) => s.current)).toEqual([true]);
  });

  it('ends another device: its token is refused on the next request and its open socket closes', async () => {
    const user = await registerUser(t);
    const phone = await loginFrom(t, user, PHONE);
    const laptop = await loginFrom(t, user, LAPTOP);
    const socket = rawSocket(t.url);
    await socket.init(laptop.accessToken);
    const kept = rawSocket(t.url);
    await kept.init(phone.accessToken);

    expect((await ok(t, REVOKE, { id: laptop.sessionId }, phone.accessToken)).revokeSession).toBe(true);
    expect((await socket.closed).code).toBe(4403);
    expect(await codeOf(t, ME, laptop.accessToken)).toBe('UNAUTHENTICATED');
    expect((await gql(t, REFRESH, { t: laptop.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(((await ok(t, SESSIONS, {}, phone.accessToken)).mySessions as SessionRow[]).map((s) => s.id)).not.toContain(laptop.sessionId);
    // The phone's own socket and token are untouched.
    expect((await ok(t, ME, {}, phone.accessToken)).me).toEqual({ id: user.id });
    expect(kept.closedWith()).toBeUndefined();
    kept.ws.close();
  });

  it('answers NOT_FOUND for someone else’s session (or one already ended), ending nothing', async () => {
    const owner = await registerUser(t);
    const stranger = await registerUser(t);
    const device = await loginFrom(t, owner, LAPTOP);
    expect(await codeOf(t, REVOKE, stranger.token, { id: device.sessionId })).toBe('NOT_FOUND');
    expect(await codeOf(t, REVOKE, stranger.token, { id: 'geen-sessie' })).toBe('NOT_FOUND');
    expect(await t.sql(`SELECT revoked_at FROM sessions WHERE id = $1`, [device.sessionId])).toEqual([{ revoked_at: null }]);
    expect((await ok(t, ME, {}, device.accessToken)).me).toEqual({ id: owner.id });
    await ok(t, REVOKE, { id: device.sessionId }, owner.token);
    expect(await codeOf(t, REVOKE, owner.token, { id: device.sessionId })).toBe('NOT_FOUND');
  });

  it('logoutEverywhere ends every session, the asking one too, and closes all their sockets', async () => {
    const user = await registerUser(t);
    const phone = await loginFrom(t, user, PHONE);
    const laptop = await loginFrom(t, user, LAPTOP);
    const sockets = [rawSocket(t.url), rawSocket(t.url)];
    await sockets[0].init(phone.accessToken);
    await sockets[1].init(laptop.accessToken);
    expect((await ok(t, EVERYWHERE, {}, phone.accessToken)).logoutEverywhere).toBe(true);
    expect((await Promise.all(sockets.map((s) => s.closed))).map((c) => c.code)).toEqual([4403, 4403]);
    for (const token of [user.token, phone.accessToken, laptop.accessToken]) expect(await codeOf(t, ME, token)).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id])).toHaveLength(0);
  });

  it('records a session’s last use when a request comes more than a minute after the last one', async () => {
    const user = await registerUser(t);
    const device = await loginFrom(t, user, LAPTOP);
    await t.sql(`UPDATE sessions SET last_used_at = now() - interval '10 minutes' WHERE id = $1`, [device.sessionId]);
    const lastUse = async () =>
      (
        await t.sql<{ age: number }>(`SELECT extract(epoch FROM now() - last_used_at)::float8 AS age FROM sessions WHERE id = $1`, [
          device.sessionId,
        ])
      )[0].age;
    expect(await lastUse()).toBeGreaterThan(590);
    await ok(t, ME, {}, device.accessToken);
    expect(await lastUse()).toBeLessThan(60);
  });
});

describeIf(!!process.env.REDIS_URL, 'REDIS_URL')('sessions across api instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({ REDIS_URL: process.env.REDIS_URL! });
    b = await createTestApp({ REDIS_URL: process.env.REDIS_URL! }, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('a session ended on one instance has its socket on the other closed', async () => {
    const user = await registerUser(a);
    const laptop = await loginFrom(b, user, LAPTOP);
    const socket = rawSocket(b.url);
    await socket.init(laptop.accessToken);
    await ok(a, REVOKE, { id: laptop.sessionId }, user.token);
    expect((await socket.closed).code).toBe(4403);
    expect(await codeOf(b, ME, laptop.accessToken)).toBe('UNAUTHENTICATED');
  });
});
