import { createHmac } from 'node:crypto';
import request from 'supertest';
import { REGISTER, registerUser, world, World } from '../support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from '../support/test-app';
import { ask, codeOf, leaksNothing, stillAnswers } from './helpers';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string; iat: number; exp: number };

/** A JWT signed as the api would (or with another secret or algorithm): what a forger with a leaked or guessed secret could make. */
function sign(claims: object, secret: string, alg: 'HS256' | 'HS512' = 'HS256'): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac(alg === 'HS256' ? 'sha256' : 'sha512', secret)
    .update(head)
    .digest('base64url')}`;
}

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

/** Extends test/accounts (forged `sub`, reused refresh tokens, logout) with the other ways a bearer token can be wrong. */
describe('security: tampered, expired and reused tokens write nothing', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);
  const threads = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM threads'))[0].n);

  /** Tries to start a thread with `token`: it must be refused with UNAUTHENTICATED and leave no thread. */
  async function refusedWrite(token: string): Promise<string> {
    const before = await threads();
    const res = await ask(
      t,
      CREATE_THREAD,
      { input: { communityId: w.pub.id, title: 'Vervalst onderwerp', body: 'x', kind: 'DISCUSSION' } },
      { token },
    );
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    leaksNothing(res.text);
    expect(await threads()).toBe(before);
    return res.body.errors![0].message;
  }

  it('refuses an unsigned token (alg "none")', async () => {
    const claims = claimsOf(w.member.token);
    await refusedWrite(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
  });

  it('refuses a token signed with another secret', async () => {
    await refusedWrite(sign({ ...claimsOf(w.member.token) }, 'a-different-secret-that-is-long-enough-too'));
  });

  it('refuses a token signed with the right secret but another algorithm (HS512)', async () => {
    await refusedWrite(sign({ ...claimsOf(w.member.token) }, t.config.jwtSecret, 'HS512'));
  });

  it('refuses an expired token, saying so', async () => {
    const claims = claimsOf(w.member.token);
    const message = await refusedWrite(sign({ ...claims, iat: now() - 3600, exp: now() - 60 }, t.config.jwtSecret));
    expect(message).toMatch(/expired/);
  });

  it("refuses a validly signed token that pairs one user's id with another user's session", async () => {
    const mine = claimsOf(w.member.token);
    const theirs = claimsOf(w.manager.token);
    await refusedWrite(sign({ sub: theirs.sub, sid: mine.sid, iat: now(), exp: now() + 600 }, t.config.jwtSecret));
  });

  it('refuses a refresh token presented as an access token, and a Basic authorization header', async () => {
    await refusedWrite(w.member.refreshToken);
    const res = await ask(t, '{ me { id } }');
    expect(res.body.data?.me).toBeNull();
    const basic = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Basic ${Buffer.from(`${w.member.email}:${TEST_PASSWORD}`).toString('base64')}`)
      .send({
        query: CREATE_THREAD,
        variables: { input: { communityId: w.pub.id, title: 'Basic onderwerp', body: 'x', kind: 'DISCUSSION' } },
      });
    expect(basic.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the access token of a logged-out session for writes, not only for reads', async () => {
    const user = await registerUser(t);
    await ask(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, { token: user.token });
    expect((await ask(t, 'mutation { logout }', {}, { token: user.token })).body.data?.logout).toBe(true);
    await refusedWrite(user.token);
  });

  it('does not let a bad token on a public operation through as a visitor: register with a forged token is refused too', async () => {
    const res = await ask(
      t,
      REGISTER,
      { input: { email: 'met-token@example.nl', password: TEST_PASSWORD, displayName: 'Met token' } },
      { token: 'not.a.token' },
    );
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'met-token@example.nl'`)).toHaveLength(0);
    await stillAnswers(t);
  });
});

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = '{ me { id } }';

/** Finding 15: two tabs refreshing with one token at once logged the person out. */
describe('security: refresh-token rotation tolerates two tabs, and still catches a stolen token', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const refresh = (token: string) => ask(t, REFRESH, { t: token });
  const sessionsOf = (userId: string) =>
    t.sql<{ id: string; revoked_at: Date | null }>('SELECT id, revoked_at FROM sessions WHERE user_id = $1', [userId]);

  it('two refreshes with the same token at the same moment both get a working pair, in the same session', async () => {
    const user = await registerUser(t);
    const [a, b] = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    const pairs = [a.body.data!.refreshSession, b.body.data!.refreshSession];
    expect(new Set([user.refreshToken, ...pairs.map((p) => p.refreshToken)]).size).toBe(3);
    for (const pair of pairs) {
      expect((await ask(t, ME, {}, { token: pair.accessToken })).body.data!.me.id).toBe(user.id);
      // Each tab goes on refreshing with its own new token.
      expect((await refresh(pair.refreshToken)).body.errors).toBeUndefined();
    }
    // One family: no second session, every token issued under the first, and nothing revoked.
    const sessions = await sessionsOf(user.id);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].revoked_at).toBeNull();
    const families = await t.sql<{ session_id: string }>(
      `SELECT DISTINCT session_id FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE user_id = $1)`,
      [user.id],
    );
    expect(families).toEqual([{ session_id: sessions[0].id }]);
  });

  it('a spent token used again after the grace window ends the whole family: REFRESH_TOKEN_REUSED, and the newest tokens stop working', async () => {
    const user = await registerUser(t);
    const newest = (await refresh(user.refreshToken)).body.data!.refreshSession;
    // The window (10 s by default) has passed: moved back in the database rather than waited for.
    await t.sql(`UPDATE refresh_tokens SET used_at = used_at - interval '11 seconds' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [
      user.refreshToken,
    ]);
    const stolen = await refresh(user.refreshToken);
    expect(stolen.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    expect(stolen.body.data?.refreshSession ?? null).toBeNull();
    expect(codeOf(await refresh(newest.refreshToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ask(t, ME, {}, { token: newest.accessToken }))).toBe('UNAUTHENTICATED');
    expect((await sessionsOf(user.id))[0].revoked_at).not.toBeNull();
  });
});

describe('security: REFRESH_REUSE_GRACE_MS=0 treats any second use as theft', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ REFRESH_REUSE_GRACE_MS: '0' })));
  afterAll(() => t.close());

  it('of two refreshes at once, one gets a pair and the other ends the session', async () => {
    const user = await registerUser(t);
    const answers = await Promise.all([0, 1].map(() => ask(t, REFRESH, { t: user.refreshToken })));
    const reasons = answers.map((a) => a.body.errors?.[0]?.extensions?.reason ?? 'OK').sort();
    expect(reasons).toEqual(['OK', 'REFRESH_TOKEN_REUSED']);
    const pair = answers.find((a) => !a.body.errors)!.body.data!.refreshSession;
    expect(codeOf(await ask(t, REFRESH, { t: pair.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ask(t, ME, {}, { token: pair.accessToken }))).toBe('UNAUTHENTICATED');
  });
});
