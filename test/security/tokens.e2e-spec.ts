import { createHmac } from 'node:crypto';
import request from 'supertest';
import { REGISTER, registerUser, world, World } from '../support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from '../support/test-app';
import { ask, codeOf, leaksNothing, stillAnswers } from './helpers';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string; iat: number; exp: number };

/** A JWT signed as the api would (or with another secret or algorithm): what a forger with a leaked or guessed secret could make. */
function sign(claims: object, secret: string, alg: 'HS256' | 'HS512' = 'HS256'): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac(alg === 'HS256' ? 'sha256' : 'sha512', secret).update(head).digest('base64url')}`;
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
    const res = await ask(t, CREATE_THREAD, { input: { communityId: w.pub.id, title: 'Vervalst onderwerp', body: 'x', kind: 'DISCUSSION' } }, { token });
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
      .send({ query: CREATE_THREAD, variables: { input: { communityId: w.pub.id, title: 'Basic onderwerp', body: 'x', kind: 'DISCUSSION' } } });
    expect(basic.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the access token of a logged-out session for writes, not only for reads', async () => {
    const user = await registerUser(t);
    await ask(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, { token: user.token });
    expect((await ask(t, 'mutation { logout }', {}, { token: user.token })).body.data?.logout).toBe(true);
    await refusedWrite(user.token);
  });

  it('does not let a bad token on a public operation through as a visitor: register with a forged token is refused too', async () => {
    const res = await ask(t, REGISTER, { input: { email: 'met-token@example.nl', password: TEST_PASSWORD, displayName: 'Met token' } }, { token: 'not.a.token' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'met-token@example.nl'`)).toHaveLength(0);
    await stillAnswers(t);
  });
});
