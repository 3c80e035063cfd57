import { createHash } from 'node:crypto';
import { LOGIN, TestUser, registerUser } from './support/factories';
import { gql, ok } from './support/gql';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { serviceAvailable } from './support/requires';
import { waitFor } from './support/wait';
import { rawSocket } from './support/ws-client';
import { BEHIND_LOOPBACK_PROXY, ask, codeOf, freshIp } from './security/helpers';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const REFRESH = `mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'een nieuw lang wachtwoord';

const waitUntil = (check: () => Promise<boolean>, ms = 10_000) => waitFor(check, { timeout: ms });

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const tokenIn = (body: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1];
const reasonOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.reason;
const login = async (t: TestApp, email: string, password = TEST_PASSWORD) =>
  (await ok(t, LOGIN, { input: { email, password } })).login as { accessToken: string; refreshToken: string };
const passwordHash = async (t: TestApp, u: TestUser) =>
  (await t.sql<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = $1`, [u.id]))[0].password_hash;

describe('passwords: reset by mail, change, and what a password may be', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', PUBLIC_URL: 'https://waardenet.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Asks for a reset of `user` and returns the token from the mail that arrives. */
  async function resetLink(user: TestUser): Promise<string> {
    const before = smtp.received.length;
    expect((await ok(t, REQUEST, { email: user.email })).requestPasswordReset).toBe(true);
    const mails = await smtp.waitFor(before + 1);
    const mail = mails.slice(before).find((m) => m.to.includes(user.email))!;
    return tokenIn(mail.body)!;
  }

  it('answers an unknown address exactly as a known one, and mails only the known one a Dutch link', async () => {
    const user = await registerUser(t);
    const before = smtp.received.length;
    const known = await gql(t, REQUEST, { email: ` ${user.email.toUpperCase()} ` });
    const unknown = await gql(t, REQUEST, { email: 'niemand-hier@test.waardenet.nl' });
    expect(unknown).toEqual(known);
    expect(known).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toEqual([user.email]);
    expect(mail.subject).toBe('Kies een nieuw wachtwoord voor Waardenet');
    const token = tokenIn(mail.body);
    expect(mail.body).toContain(`https://waardenet.example/reset-password?token=${token}`);
    // Only the hash is kept; once sent, the outbox keeps no copy of the link either.
    const rows = await t.sql<{ token_hash: string; expires_in: number }>(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at)::int AS expires_in FROM password_reset_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ token_hash: sha256(token!), expires_in: 3600 }]);
    const outbox = () => t.sql<{ text: string; state: string }>(`SELECT text, state FROM email_outbox WHERE recipient_id = $1`, [user.id]);
    await waitUntil(async () => (await outbox())[0]?.state === 'SENT');
    expect(await outbox()).toEqual([
      { state: 'SENT', text: expect.stringContaining('https://waardenet.example/reset-password?token=(sent)') },
    ]);
    expect(JSON.stringify(await t.sql(`SELECT * FROM email_outbox`))).not.toContain(token);
    expect(await t.sql(`SELECT 1 FROM email_outbox WHERE to_address = 'niemand-hier@test.waardenet.nl'`)).toHaveLength(0);
  });

  it('writes the mail in English for an account that chose English', async () => {
    const user = await registerUser(t);
    await ok(t, `mutation { setEmailDelivery(locale: EN) { locale } }`, {}, user.token);
    const before = smtp.received.length;
    await ok(t, REQUEST, { email: user.email });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.subject).toBe('Choose a new password for Waardenet');
    expect(mail.body).toContain('https://waardenet.example/reset-password?token=');
  });

  it('sets the password once per link and ends every session of the account: refresh, access token and socket', async () => {
    const user = await registerUser(t);
    const other = await login(t, user.email);
    const socket = rawSocket(t.url);
    await socket.init(other.accessToken);
    const token = await resetLink(user);
    const hashBefore = await passwordHash(t, user);

    expect((await ok(t, RESET, { input: { token, password: NEW_PASSWORD } })).resetPassword).toBe(true);
    expect((await socket.closed).code).toBe(4403);
    for (const access of [user.token, other.accessToken])
      expect((await gql(t, ME, {}, access)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const refresh of [user.refreshToken, other.refreshToken])
      expect((await gql(t, REFRESH, { t: refresh })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(t, LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await login(t, user.email, NEW_PASSWORD);
    expect(await passwordHash(t, user)).not.toBe(hashBefore);

    // Single use: the link does not work again, and nothing changes.
    const hashAfter = await passwordHash(t, user);
    const again = await gql(t, RESET, { input: { token, password: 'nog een ander wachtwoord' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_TOKEN_INVALID' });
    expect(await passwordHash(t, user)).toBe(hashAfter);
  });

  it('refuses a link more than an hour old, and a made-up one, changing nothing', async () => {
    const user = await registerUser(t);
    const token = await resetLink(user);
    await t.sql(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const hash = await passwordHash(t, user);
    for (const tried of [token, 'verzonnen-token']) {
      expect(reasonOf(await gql(t, RESET, { input: { token: tried, password: NEW_PASSWORD } }))).toBe('RESET_TOKEN_INVALID');
    }
    expect(await passwordHash(t, user)).toBe(hash);
    expect((await gql(t, ME, {}, user.token)).data?.me).toEqual({ id: user.id });
  });

  it('refuses a common or short new password at reset without spending the link', async () => {
    const user = await registerUser(t);
    const token = await resetLink(user);
    expect(reasonOf(await gql(t, RESET, { input: { token, password: 'Password123' } }))).toBe('PASSWORD_BREACHED');
    expect(reasonOf(await gql(t, RESET, { input: { token, password: 'kort' } }))).toBe('PASSWORD_TOO_SHORT');
    expect(await t.sql(`SELECT 1 FROM password_reset_tokens WHERE user_id = $1 AND used_at IS NULL`, [user.id])).toHaveLength(1);
    expect((await gql(t, ME, {}, user.token)).data?.me).toEqual({ id: user.id });
    expect((await ok(t, RESET, { input: { token, password: NEW_PASSWORD } })).resetPassword).toBe(true);
  });

  it('refuses common and short passwords at register, creating no account', async () => {
    const cases: [string, string][] = [
      ['qwertyuiop123', 'PASSWORD_BREACHED'],
      ['1234567890', 'PASSWORD_BREACHED'],
      ['kort-ww', 'PASSWORD_TOO_SHORT'],
    ];
    for (const [password, reason] of cases) {
      const email = `zwak-${reason.toLowerCase()}-${password.length}@test.waardenet.nl`;
      const res = await gql(t, REGISTER, { input: { email, password, displayName: 'Zwak Wachtwoord' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: { password: [expect.any(String)] } });
      expect(await t.sql(`SELECT 1 FROM users WHERE email = $1`, [email])).toHaveLength(0);
    }
  });

  it('changes the password given the current one, ending every other session and keeping this one', async () => {
    const user = await registerUser(t);
    const other = await login(t, user.email);
    const socket = rawSocket(t.url);
    await socket.init(other.accessToken);
    const hash = await passwordHash(t, user);

    const wrong = await gql(t, CHANGE, { input: { currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD } }, user.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    const breached = await gql(t, CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'IloveYou123' } }, user.token);
    expect(reasonOf(breached)).toBe('PASSWORD_BREACHED');
    expect(await passwordHash(t, user)).toBe(hash);
    expect((await gql(t, ME, {}, other.accessToken)).data?.me).toEqual({ id: user.id });

    expect((await ok(t, CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, user.token)).changePassword).toBe(
      true,
    );
    expect((await socket.closed).code).toBe(4403);
    expect((await gql(t, ME, {}, other.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(t, REFRESH, { t: other.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(t, ME, {}, user.token)).me).toEqual({ id: user.id });
    expect((await ok(t, REFRESH, { t: user.refreshToken })).refreshSession.accessToken).toEqual(expect.any(String));
    await login(t, user.email, NEW_PASSWORD);
  });
});

const stores: [string, Record<string, string>][] = [['in memory', {}]];
if (serviceAvailable(!!process.env.REDIS_URL, 'REDIS_URL', 'the login limits in Redis'))
  stores.push(['in Redis', { REDIS_URL: process.env.REDIS_URL! }]);

describe.each(stores)('login limits count failed attempts only (%s)', (_store, env) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...env, ...BEHIND_LOOPBACK_PROXY, RATE_LIMIT_LOGIN_PER_IP: '3/15m', RATE_LIMIT_LOGIN_PER_ACCOUNT: '3/15m' });
  });
  afterAll(() => t.close());

  it('lets many readers behind one address log in past the limit, and still stops guessing from it', async () => {
    const library = freshIp();
    const readers = [await registerUser(t), await registerUser(t), await registerUser(t)];
    for (let round = 0; round < 3; round++) {
      for (const reader of readers) {
        const res = await ask(t, LOGIN, { input: { email: reader.email, password: TEST_PASSWORD } }, { ip: library });
        expect(res.body.errors).toBeUndefined();
      }
    }
    const guess = (email: string) => ask(t, LOGIN, { input: { email, password: 'een gok die niet klopt' } }, { ip: library });
    // Keys in a shared Redis outlive a run: the guessed addresses are new each time.
    const run = freshIp().replace(/[^0-9a-f]/g, '');
    for (let i = 0; i < 3; i++) expect(codeOf(await guess(`gok-${run}-${i}@test.waardenet.nl`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await guess(`gok-${run}-x@test.waardenet.nl`))).toBe('RATE_LIMITED');
    // Once failures have used the address's budget, a right password from there waits too.
    expect(codeOf(await ask(t, LOGIN, { input: { email: readers[0].email, password: TEST_PASSWORD } }, { ip: library }))).toBe(
      'RATE_LIMITED',
    );
    expect(codeOf(await ask(t, LOGIN, { input: { email: readers[0].email, password: TEST_PASSWORD } }, { ip: freshIp() }))).toBeUndefined();
  });
});

describe('reset requests are limited without telling who has an account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      ...BEHIND_LOOPBACK_PROXY,
      RATE_LIMIT_PASSWORD_RESET_PER_ACCOUNT: '2/1h',
      RATE_LIMIT_PASSWORD_RESET_PER_IP: '4/15m',
    });
  });
  afterAll(() => t.close());

  it('past the per-address mail budget answers the same and mails nothing; past the per-client budget, RATE_LIMITED', async () => {
    const user = await registerUser(t);
    const ip = freshIp();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await ask(t, REQUEST, { email: user.email }, { ip: freshIp() })).body);
    expect(answers).toEqual([0, 1, 2].map(() => ({ data: { requestPasswordReset: true } })));
    expect(await t.sql(`SELECT 1 FROM password_reset_tokens WHERE user_id = $1`, [user.id])).toHaveLength(2);
    expect(await t.sql(`SELECT 1 FROM email_outbox WHERE recipient_id = $1`, [user.id])).toHaveLength(2);
    for (let i = 0; i < 4; i++) expect(codeOf(await ask(t, REQUEST, { email: `iemand-${i}@test.waardenet.nl` }, { ip }))).toBeUndefined();
    expect(codeOf(await ask(t, REQUEST, { email: 'nog-iemand@test.waardenet.nl' }, { ip }))).toBe('RATE_LIMITED');
  });
});
