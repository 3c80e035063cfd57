import { REGISTER, createThread, registerUser, world, World } from '../support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from '../support/test-app';
import { BEHIND_LOOPBACK_PROXY, ask, codeOf, freshIp, stillAnswers } from './helpers';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** Small limits, so that each attack reaches them in a few requests. */
const LIMITS = {
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '5/15m',
  RATE_LIMIT_LOGIN_PER_IP: '8/15m',
  // world() and the other tests register a handful of users from 127.0.0.1 too.
  RATE_LIMIT_REGISTER_PER_IP: '10/1h',
  RATE_LIMIT_POSTS: '2/1m',
  RATE_LIMIT_POSTS_NEW_USER: '2/1m',
};

describe('security: brute force and floods hit the rate limits', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    // Each attacker is told apart by the address a local proxy passes on.
    t = await createTestApp({ ...LIMITS, ...BEHIND_LOOPBACK_PROXY });
    w = await world(t);
  });
  afterAll(() => t.close());

  const sessionsOf = async (userId: string) =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM sessions WHERE user_id = $1', [userId]))[0].n);

  it('login aliases in one document: right passwords use no budget (failures only count), and past the failures limit every alias is refused', async () => {
    const victim = await registerUser(t);
    const before = await sessionsOf(victim.id);
    const doc = /* graphql:dynamic */ `mutation($input: LoginInput!) { ${Array.from({ length: 8 }, (_, i) => `a${i}: login(input: $input) { accessToken }`).join(' ')} }`;
    const right = await ask(t, doc, { input: { email: victim.email, password: TEST_PASSWORD } }, { ip: freshIp() });
    expect(right.body.errors).toBeUndefined();
    expect(await sessionsOf(victim.id)).toBe(before + 8);
    for (let i = 0; i < 5; i++)
      expect(codeOf(await ask(t, LOGIN, { input: { email: victim.email, password: `gok-${i}-wachtwoord` } }, { ip: freshIp() }))).toBe(
        'UNAUTHENTICATED',
      );
    const res = await ask(t, doc, { input: { email: victim.email, password: TEST_PASSWORD } }, { ip: freshIp() });
    // A non-null mutation field failing ends the document there: at the first alias.
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ['a0'], extensions: { code: 'RATE_LIMITED' } });
    expect(await sessionsOf(victim.id)).toBe(before + 8);
  });

  it('a wrong guess in an alias ends the document, so aliases buy a brute-forcer no extra guesses', async () => {
    const victim = await registerUser(t);
    const doc = /* graphql:dynamic */ `mutation { ${Array.from({ length: 15 }, (_, i) => `g${i}: login(input: { email: "${victim.email}", password: "gok-nummer-${i}" }) { accessToken }`).join(' ')} }`;
    const res = await ask(t, doc, {}, { ip: freshIp() });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ['g0'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a password guesser past the per-account limit from many addresses, in any spelling of the email, even with the right password', async () => {
    const victim = await registerUser(t);
    const spellings = [victim.email, victim.email.toUpperCase(), `  ${victim.email} `, victim.email.replace(/^./, (c) => c.toUpperCase())];
    for (let i = 0; i < 5; i++) {
      const res = await ask(
        t,
        LOGIN,
        { input: { email: spellings[i % spellings.length], password: `raden-${i}-wachtwoord` } },
        { ip: freshIp() },
      );
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const before = await sessionsOf(victim.id);
    const blocked = await ask(t, LOGIN, { input: { email: victim.email, password: TEST_PASSWORD } }, { ip: freshIp() });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.body.errors![0].message).toMatch(/^Too many login attempts for this account\. Try again in \d+ minutes?\.$/);
    expect(blocked.body.errors![0].extensions!.retryAfter).toBeGreaterThan(800);
    expect(await sessionsOf(victim.id)).toBe(before);
    await stillAnswers(t);
  });

  it('refuses a credential-stuffer trying many accounts from one address past the per-IP limit', async () => {
    const ip = freshIp();
    for (let i = 0; i < 8; i++) {
      expect(
        codeOf(await ask(t, LOGIN, { input: { email: `slachtoffer-${i}@example.nl`, password: 'gestolen-wachtwoord' } }, { ip })),
      ).toBe('UNAUTHENTICATED');
    }
    const res = await ask(t, LOGIN, { input: { email: 'slachtoffer-9@example.nl', password: 'gestolen-wachtwoord' } }, { ip });
    expect(codeOf(res)).toBe('RATE_LIMITED');
    expect(res.body.errors![0].message).toMatch(/^Too many login attempts from your network\./);
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    const prefix = freshIp().replace(/::7$/, '');
    for (let i = 0; i < 8; i++)
      await ask(t, LOGIN, { input: { email: `v6-${i}@example.nl`, password: 'gestolen-wachtwoord' } }, { ip: `${prefix}::${i + 1}` });
    const res = await ask(
      t,
      LOGIN,
      { input: { email: 'v6-x@example.nl', password: 'gestolen-wachtwoord' } },
      { ip: `${prefix}:abcd:ef01:2345:6789` },
    );
    expect(codeOf(res)).toBe('RATE_LIMITED');
  });

  it('stops a registration flood from one address, creating no account past the limit; another address may still register', async () => {
    const ip = freshIp();
    const emails = Array.from({ length: 12 }, (_, i) => `vloed-${Date.now()}-${i}@example.nl`);
    const codes = [];
    for (const email of emails) {
      const res = await ask(t, REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Vloed' } }, { ip });
      codes.push(res.body.errors ? codeOf(res) : 'ok');
    }
    expect(codes).toEqual([...Array(10).fill('ok'), 'RATE_LIMITED', 'RATE_LIMITED']);
    const made = await t.sql<{ email: string }>('SELECT email FROM users WHERE email = ANY($1)', [emails]);
    expect(made.map((r) => r.email).sort()).toEqual(emails.slice(0, 10).sort());
    const other = await ask(
      t,
      REGISTER,
      { input: { email: `ander-${Date.now()}@example.nl`, password: TEST_PASSWORD, displayName: 'Ander' } },
      { ip: freshIp() },
    );
    expect(other.body.errors).toBeUndefined();
  });

  it('refuses a flood of replies before validating or running them: an invalid input past the limit is RATE_LIMITED, not BAD_USER_INPUT', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const post = (body: string) =>
      ask(
        t,
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: thread.id, body } },
        { token: w.member.token },
      );
    expect((await post('een')).body.errors).toBeUndefined();
    expect((await post('twee')).body.errors).toBeUndefined();
    expect(codeOf(await post('drie'))).toBe('RATE_LIMITED');
    expect(codeOf(await post(''))).toBe('RATE_LIMITED');
    expect(await t.sql('SELECT 1 FROM posts WHERE thread_id = $1 AND author_id = $2', [thread.id, w.member.id])).toHaveLength(2);
    await stillAnswers(t);
  });
});

describe.each([
  ['by default (TRUST_PROXY unset), even from loopback', {}],
  ['with TRUST_PROXY=0', { TRUST_PROXY: '0' }],
])('security: a client cannot pick its own address when no proxy is trusted: %s', (_, env) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ ...LIMITS, ...env })));
  afterAll(() => t.close());

  it('ignores X-Forwarded-For from a direct client, so rotating it does not reset the per-IP limit', async () => {
    expect(t.config.trustProxy).toBe(0);
    const codes = [];
    for (let i = 0; i < 9; i++) {
      const res = await ask(t, LOGIN, { input: { email: `roteer-${i}@example.nl`, password: 'gestolen-wachtwoord' } }, { ip: freshIp() });
      codes.push(codeOf(res));
    }
    expect(codes.slice(0, 8).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[8]).toBe('RATE_LIMITED');
  });
});
