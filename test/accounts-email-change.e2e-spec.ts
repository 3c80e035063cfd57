import { LOGIN, TestUser, registerUser } from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { mailbox, outboxSettled } from './support/mail-links';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const REQUEST = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM = `mutation($token: String!) { confirmEmailChange(token: $token) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const ME = `{ me { email emailVerified } }`;
const PUBLIC_URL = 'https://waardenet.example';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (res: Answer) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });
let n = 0;
const freshAddress = () => `nieuw-${process.pid}-${++n}@test.waardenet.nl`;

describe('email change: a link to the new address, notices to the old one', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let mail: ReturnType<typeof mailbox>;

  /** A verified account (the link from its registration mail used). */
  async function member(): Promise<TestUser> {
    const user = await registerUser(t);
    await ok(t, VERIFY, { token: await mail.token(user.email, 'verify-email') });
    return user;
  }
  const emailOf = async (u: TestUser) => (await t.sql<{ email: string }>(`SELECT email FROM users WHERE id = $1`, [u.id]))[0].email;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      EMAIL_POLL_MS: '30',
      PUBLIC_URL,
      WAARDENET_EMAIL_VERIFICATION: 'on',
      RATE_LIMIT_EMAIL_CHANGE: '3/1h',
    });
    mail = mailbox(smtp);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('switches the address once the link mailed to the new one is used: the new address is verified, the old one told twice, and the link works once', async () => {
    const user = await member();
    const to = freshAddress();
    expect(
      (await ok(t, REQUEST, { input: { newEmail: ` ${to.toUpperCase()} `, password: TEST_PASSWORD } }, user.token)).requestEmailChange,
    ).toBe(true);
    const confirmation = await mail.next(to);
    expect(confirmation.subject).toBe('Bevestig je nieuwe e-mailadres voor Waardenet');
    const token = /\/confirm-email\?token=([A-Za-z0-9_-]+)/.exec(confirmation.body)![1];
    expect(confirmation.body).toContain(`${PUBLIC_URL}/confirm-email?token=${token}`);
    const notice = await mail.next(user.email);
    expect(notice.body).toContain(to);
    expect(notice.body).not.toContain('token=');
    // Nothing changes until the link is used; it lasts a day.
    expect(await emailOf(user)).toBe(user.email);
    expect(
      await t.sql(
        `SELECT extract(epoch FROM expires_at - created_at)::int AS s FROM email_tokens WHERE user_id = $1 AND purpose = 'CHANGE'`,
        [user.id],
      ),
    ).toEqual([{ s: 86_400 }]);

    expect((await ok(t, CONFIRM, { token })).confirmEmailChange).toBe(true);
    expect((await ok(t, ME, {}, user.token)).me).toEqual({ email: to, emailVerified: true });
    const changed = await mail.next(user.email);
    expect(changed.subject).toBe('Het e-mailadres van je Waardenet-account is veranderd');
    await ok(t, LOGIN, { input: { email: to, password: TEST_PASSWORD } });
    expect(refusal(await gql(t, LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).code).toBe('UNAUTHENTICATED');

    await outboxSettled(t);
    const before = await databaseDigest(t);
    expect(refusal(await gql(t, CONFIRM, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMAIL_CHANGE_TOKEN_INVALID' });
    expect(await databaseDigest(t)).toEqual(before);
  });

  it('answers the same whether or not another account has the new address: that address is told, gets no link, and nothing changes', async () => {
    const user = await member();
    const holder = await member();
    const free = freshAddress();
    const takenAnswer = await gql(t, REQUEST, { input: { newEmail: holder.email, password: TEST_PASSWORD } }, user.token);
    const freeAnswer = await gql(t, REQUEST, { input: { newEmail: free, password: TEST_PASSWORD } }, user.token);
    expect(takenAnswer).toEqual(freeAnswer);
    expect(takenAnswer).toMatchObject({ status: 200, data: { requestEmailChange: true } });
    const told = await mail.next(holder.email);
    expect(told.subject).toBe('Iemand wilde dit adres gebruiken voor Waardenet');
    expect(told.body).not.toContain('token=');
    await mail.token(free, 'confirm-email');
    // The old address hears of both requests alike.
    expect((await mail.next(user.email)).subject).toBe((await mail.next(user.email)).subject);
    expect(await emailOf(user)).toBe(user.email);
    expect(await emailOf(holder)).toBe(holder.email);
  });

  it('refuses the link with CONFLICT (EMAIL_TAKEN) when another account took the address meanwhile, changing nothing', async () => {
    const user = await member();
    const to = freshAddress();
    await ok(t, REQUEST, { input: { newEmail: to, password: TEST_PASSWORD } }, user.token);
    const token = await mail.token(to, 'confirm-email');
    await mail.next(user.email);
    const taker = await registerUser(t, { email: to });
    await mail.next(to);
    await outboxSettled(t);
    const before = await databaseDigest(t);
    expect(refusal(await gql(t, CONFIRM, { token }))).toEqual({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await databaseDigest(t)).toEqual(before);
    expect(await emailOf(user)).toBe(user.email);
    expect(await emailOf(taker)).toBe(to);
    expect(
      await t.sql(
        `SELECT 1 FROM email_outbox WHERE recipient_id = $1 AND created_at > now() - interval '1 second' AND subject LIKE 'Het e-mailadres%'`,
        [user.id],
      ),
    ).toHaveLength(0);
  });

  it('refuses an expired link (EMAIL_CHANGE_TOKEN_EXPIRED), a wrong password (WRONG_PASSWORD) and the current address (EMAIL_UNCHANGED), writing and mailing nothing', async () => {
    const user = await member();
    const to = freshAddress();
    await ok(t, REQUEST, { input: { newEmail: to, password: TEST_PASSWORD } }, user.token);
    const token = await mail.token(to, 'confirm-email');
    await mail.next(user.email);
    await t.sql(`UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'CHANGE'`, [user.id]);
    await outboxSettled(t);
    const before = await databaseDigest(t);
    const outbox = await t.sql(`SELECT count(*)::int AS n FROM email_outbox`);
    expect(refusal(await gql(t, CONFIRM, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMAIL_CHANGE_TOKEN_EXPIRED' });
    expect(refusal(await gql(t, REQUEST, { input: { newEmail: freshAddress(), password: 'niet mijn wachtwoord' } }, user.token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
    });
    expect(refusal(await gql(t, REQUEST, { input: { newEmail: user.email, password: TEST_PASSWORD } }, user.token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_UNCHANGED',
    });
    expect(await databaseDigest(t)).toEqual(before);
    expect(await t.sql(`SELECT count(*)::int AS n FROM email_outbox`)).toEqual(outbox);
    expect(await emailOf(user)).toBe(user.email);
  });

  it('lets an unverified account fix a mistyped address: confirming the new one verifies it, and the old verification link stops working', async () => {
    const user = await registerUser(t);
    const oldLink = await mail.token(user.email, 'verify-email');
    const to = freshAddress();
    await ok(t, REQUEST, { input: { newEmail: to, password: TEST_PASSWORD } }, user.token);
    await ok(t, CONFIRM, { token: await mail.token(to, 'confirm-email') });
    expect((await ok(t, ME, {}, user.token)).me).toEqual({ email: to, emailVerified: true });
    expect(refusal(await gql(t, VERIFY, { token: oldLink }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERIFY_TOKEN_INVALID' });
  });

  it('spends a password reset link mailed to the old address when the address changes', async () => {
    const user = await member();
    await ok(t, `mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: user.email });
    const reset = await mail.token(user.email, 'reset-password');
    const to = freshAddress();
    await ok(t, REQUEST, { input: { newEmail: to, password: TEST_PASSWORD } }, user.token);
    await ok(t, CONFIRM, { token: await mail.token(to, 'confirm-email') });
    const res = await gql(t, `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
      input: { token: reset, password: 'een overgenomen wachtwoord' },
    });
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESET_TOKEN_INVALID' });
  });

  it('limits requests per account (RATE_LIMIT_EMAIL_CHANGE, 3/1h here)', async () => {
    const user = await member();
    for (let i = 0; i < 3; i++) await ok(t, REQUEST, { input: { newEmail: freshAddress(), password: TEST_PASSWORD } }, user.token);
    expect(refusal(await gql(t, REQUEST, { input: { newEmail: freshAddress(), password: TEST_PASSWORD } }, user.token)).code).toBe(
      'RATE_LIMITED',
    );
    expect(await t.sql(`SELECT count(*)::int AS n FROM email_tokens WHERE user_id = $1 AND purpose = 'CHANGE'`, [user.id])).toEqual([
      { n: 3 },
    ]);
  });
});
