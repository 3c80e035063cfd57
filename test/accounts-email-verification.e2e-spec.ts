import { createHash } from 'node:crypto';
import {
  REGISTER,
  TestUser,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerUser,
} from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { mailbox, outboxSettled } from './support/mail-links';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TEST_ADMIN_EMAIL, TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const RESEND = `mutation { resendVerification }`;
const ME = `{ me { id emailVerified isPlatformAdmin } }`;
const PUBLIC_URL = 'https://waardenet.example';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (res: Answer) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });

describe('email verification: a link mailed at registration, and what an unverified account may not do', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let mail: ReturnType<typeof mailbox>;
  let community: { id: string };
  let threadId: string;
  let postId: string;
  let libraryId: string;

  /** Registers, then opens the link from the real mail: the way every verified account here is made. */
  async function verifiedUser(over: { email?: string } = {}): Promise<TestUser> {
    const user = await registerUser(t, over);
    await ok(t, VERIFY, { token: await mail.token(user.email, 'verify-email') });
    return user;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      EMAIL_POLL_MS: '30',
      PUBLIC_URL,
      WAARDENET_EMAIL_VERIFICATION: 'on',
      RATE_LIMIT_VERIFICATION_RESEND: '2/1h',
    });
    mail = mailbox(smtp);
    const admin = await verifiedUser({ email: TEST_ADMIN_EMAIL });
    libraryId = (await createLibrary(t, admin)).id;
    const manager = await verifiedUser();
    await addStaff(t, admin, libraryId, manager, 'COMMUNITY_MANAGER');
    community = await createCommunity(t, manager, libraryId, 'PUBLIC');
    threadId = (await createThread(t, manager, community.id)).id;
    postId = (await createPost(t, manager, threadId)).id;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('mails a Dutch link to /verify-email; until it is used the account reads and edits its profile but cannot join, write, react or claim, and nothing is written', async () => {
    const user = await registerUser(t);
    const received = await mail.next(user.email);
    expect(received.subject).toBe('Bevestig je e-mailadres voor Waardenet');
    const token = /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(received.body)![1];
    expect(received.body).toContain(`${PUBLIC_URL}/verify-email?token=${token}`);
    // Only the hash is stored.
    expect(await t.sql(`SELECT purpose, email, token_hash FROM email_tokens WHERE user_id = $1`, [user.id])).toEqual([
      { purpose: 'VERIFY', email: user.email, token_hash: sha256(token) },
    ]);
    expect((await ok(t, ME, {}, user.token)).me).toEqual({ id: user.id, emailVerified: false, isPlatformAdmin: false });
    expect(
      (
        await ok(
          t,
          `mutation($input: SetHandleInput!) { setHandle(input: $input) { handle } }`,
          { input: { handle: `nog${user.id.slice(0, 6)}` } },
          user.token,
        )
      ).setHandle,
    ).toEqual({ handle: `nog${user.id.slice(0, 6)}` });

    await outboxSettled(t);
    const before = await databaseDigest(t);
    for (const [query, variables] of [
      [`mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: community.id }],
      [
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { communityId: community.id, title: 'Mag ik al?', body: 'Nog niet bevestigd', kind: 'DISCUSSION' } },
      ],
      [`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { threadId, body: 'Nog niet bevestigd' } }],
      [`mutation($input: ReactInput!) { react(input: $input) { id } }`, { input: { postId, kind: 'LIKE' } }],
      [
        `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
        { input: { topic: 'Streekgeschiedenis', evidence: 'Twintig jaar archivaris', libraryId } },
      ],
      [`mutation($id: ID!) { joinAsExpert(communityId: $id) { state } }`, { id: community.id }],
    ] as const) {
      const res = await gql(t, query, variables, user.token);
      expect(refusal(res)).toEqual({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
      expect(res.errors![0].message).toMatch(/^Confirm your email address first/);
    }
    expect(await databaseDigest(t)).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM email_outbox WHERE recipient_id = $1 AND state <> 'SENT'`, [user.id])).toHaveLength(0);

    // The link works once: the account is verified and may join; the same link again is refused and changes nothing.
    expect((await ok(t, VERIFY, { token })).verifyEmail).toBe(true);
    expect((await ok(t, ME, {}, user.token)).me.emailVerified).toBe(true);
    expect(await join(t, user, community.id)).toBe('ACTIVE');
    const verifiedAt = await t.sql(`SELECT email_verified_at FROM users WHERE id = $1`, [user.id]);
    const again = await gql(t, VERIFY, { token });
    expect(refusal(again)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERIFY_TOKEN_INVALID' });
    expect(await t.sql(`SELECT email_verified_at FROM users WHERE id = $1`, [user.id])).toEqual(verifiedAt);
  });

  it('refuses an expired link (VERIFY_TOKEN_EXPIRED) and a made-up one (VERIFY_TOKEN_INVALID), writing nothing', async () => {
    const user = await registerUser(t);
    const token = await mail.token(user.email, 'verify-email');
    await t.sql(`UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    await outboxSettled(t);
    const before = await databaseDigest(t);
    expect(refusal(await gql(t, VERIFY, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERIFY_TOKEN_EXPIRED' });
    expect(refusal(await gql(t, VERIFY, { token: 'verzonnen-token' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERIFY_TOKEN_INVALID' });
    expect(await databaseDigest(t)).toEqual(before);
    expect((await ok(t, ME, {}, user.token)).me.emailVerified).toBe(false);
  });

  it('resendVerification mails a fresh link that works; past the limit RATE_LIMITED, and once verified EMAIL_ALREADY_VERIFIED, mailing nothing', async () => {
    const user = await registerUser(t);
    const first = await mail.token(user.email, 'verify-email');
    expect((await ok(t, RESEND, {}, user.token)).resendVerification).toBe(true);
    const fresh = await mail.token(user.email, 'verify-email');
    expect(fresh).not.toBe(first);
    expect((await ok(t, RESEND, {}, user.token)).resendVerification).toBe(true);
    await mail.next(user.email);
    // RATE_LIMIT_VERIFICATION_RESEND is 2/1h in this app.
    const limited = await gql(t, RESEND, {}, user.token);
    expect(refusal(limited).code).toBe('RATE_LIMITED');
    expect(await t.sql(`SELECT 1 FROM email_tokens WHERE user_id = $1`, [user.id])).toHaveLength(3);

    await ok(t, VERIFY, { token: fresh });
    const verified = await registerUser(t);
    await ok(t, VERIFY, { token: await mail.token(verified.email, 'verify-email') });
    expect(refusal(await gql(t, RESEND, {}, verified.token))).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMAIL_ALREADY_VERIFIED' });
    await outboxSettled(t);
    expect(mail.unread(user.email)).toEqual([]);
    expect(mail.unread(verified.email)).toEqual([]);
  });

  it('makes an address of WAARDENET_ADMIN_EMAILS a platform admin only once it is verified: registering it is not enough', async () => {
    // The admin address of this app was verified in beforeAll; a second admin address is set up here.
    const other = await createTestApp({
      SMTP_URL: smtp.url,
      EMAIL_POLL_MS: '30',
      WAARDENET_EMAIL_VERIFICATION: 'on',
      WAARDENET_ADMIN_EMAILS: 'beheer@test.waardenet.nl',
    });
    try {
      const squatter = await ok(other, REGISTER, {
        input: { email: 'beheer@test.waardenet.nl', password: TEST_PASSWORD, displayName: 'Iemand Anders' },
      });
      expect(squatter.register.user.isPlatformAdmin).toBe(false);
      const token = squatter.register.accessToken as string;
      const createLibraryRes = await gql(
        other,
        `mutation { createLibrary(input: { slug: "kaping", name: "Kaping", kind: LOCAL }) { id } }`,
        {},
        token,
      );
      expect(refusal(createLibraryRes).code).toBe('FORBIDDEN');
      expect(await other.sql(`SELECT is_platform_admin FROM users WHERE email = 'beheer@test.waardenet.nl'`)).toEqual([
        { is_platform_admin: false },
      ]);

      await ok(other, VERIFY, { token: await mail.token('beheer@test.waardenet.nl', 'verify-email') });
      expect((await ok(other, ME, {}, token)).me).toMatchObject({ emailVerified: true, isPlatformAdmin: true });
    } finally {
      await other.close();
    }
  });

  it('with verification off (the development default without SMTP_URL), a new account counts as verified and may join at once', async () => {
    const off = await createTestApp({ WAARDENET_EMAIL_VERIFICATION: '' });
    try {
      expect(off.config.emailVerification).toBe(false);
      const user = await registerUser(off);
      expect((await ok(off, ME, {}, user.token)).me.emailVerified).toBe(true);
      expect(refusal(await gql(off, RESEND, {}, user.token))).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMAIL_ALREADY_VERIFIED' });
      expect(await off.sql(`SELECT count(*)::int AS n FROM email_tokens`)).toEqual([{ n: 0 }]);
    } finally {
      await off.close();
    }
  });
});
