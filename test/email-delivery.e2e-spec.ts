import { EmailWorker, SENDING_LEASE_MS, nextDigestAt } from '@waardenet/notifications';
import { TestUser, createPost, createThread, registerUser, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

const handleOf = async (t: TestApp, u: TestUser) => (await ok(t, `{ me { handle } }`, {}, u.token)).me.handle as string;

describe('email notifications over SMTP', () => {
  let smtp: TestSmtpServer;
  beforeEach(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(() => smtp.close());

  describe('with two api instances on one database, both sending', () => {
    let a: TestApp;
    let b: TestApp;
    let w: World;
    beforeAll(async () => {
      // The SMTP server changes per test; both instances are made in the first test.
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('delivers each mail exactly once, with a link and without the post text', async () => {
      const env = {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Waardenet <noreply@test.waardenet.nl>',
        EMAIL_POLL_MS: '30',
        PUBLIC_URL: 'https://waardenet.example',
      };
      a = await createTestApp(env);
      b = await createTestApp(env, { sameDatabaseAs: a });
      w = await world(a);
      const target = await registerUser(a);
      const thread = await createThread(a, w.manager, w.pub.id, { title: 'Boekentips' });
      const handle = await handleOf(a, target);
      const posts = [];
      for (let i = 0; i < 6; i++) posts.push(await createPost(i % 2 ? a : b, w.member, thread.id, `Geheime tekst ${i} voor @${handle}`));
      const mails = await smtp.waitFor(6);
      // The sync point: each instance finishes the run it may be in and runs once more; neither sends again.
      expect([await a.app.get(EmailWorker).runOnce(), await b.app.get(EmailWorker).runOnce()]).toEqual([0, 0]);
      expect(smtp.received).toHaveLength(6);
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(6);
      for (const m of mails) {
        expect(m.to).toEqual([target.email]);
        expect(m.from).toBe('noreply@test.waardenet.nl');
        // Dutch unless the recipient chose English.
        expect(m.subject).toContain('noemde je in "Boekentips"');
        expect(m.body).toContain(`https://waardenet.example/thread/${thread.id}`);
        expect(m.body).not.toContain('Geheime tekst');
      }
      const rows = await a.sql<{ state: string; attempts: number }>(`SELECT state, attempts FROM email_outbox WHERE recipient_id = $1`, [
        target.id,
      ]);
      expect(rows).toHaveLength(6);
      expect(rows.every((r) => r.state === 'SENT' && r.attempts === 1)).toBe(true);
    });
  });

  it('retries after the SMTP server refuses, then delivers once', async () => {
    const t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', EMAIL_RETRY_MS: '100' });
    try {
      const w = await world(t);
      const target = await registerUser(t);
      smtp.failNext(2);
      const thread = await createThread(t, w.manager, w.pub.id);
      await createPost(t, w.member, thread.id, `Hallo @${await handleOf(t, target)}`);
      await smtp.waitFor(1);
      // A run an hour later (past any retry delay) finds nothing left to send.
      expect(await t.app.get(EmailWorker).runOnce(new Date(Date.now() + 3_600_000))).toBe(0);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.refused).toBe(2);
      const [row] = await t.sql<{ state: string; attempts: number; last_error: string }>(
        `SELECT state, attempts, last_error FROM email_outbox WHERE recipient_id = $1`,
        [target.id],
      );
      expect(row).toMatchObject({ state: 'SENT', attempts: 3 });
    } finally {
      await t.close();
    }
  });

  it('gives up after the last attempt (FAILED) and sends nothing more', async () => {
    const t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', EMAIL_RETRY_MS: '20', EMAIL_MAX_ATTEMPTS: '2' });
    try {
      const w = await world(t);
      const target = await registerUser(t);
      smtp.failNext(100);
      const thread = await createThread(t, w.manager, w.pub.id);
      await createPost(t, w.member, thread.id, `Hallo @${await handleOf(t, target)}`);
      const outbox = async () =>
        (
          await t.sql<{ state: string; attempts: number }>(`SELECT state, attempts FROM email_outbox WHERE recipient_id = $1`, [target.id])
        )[0];
      await waitFor(async () => (await outbox())?.state === 'FAILED', { what: 'the mail to be given up' });
      // A run an hour later (past any retry delay) tries nothing more.
      expect(await t.app.get(EmailWorker).runOnce(new Date(Date.now() + 3_600_000))).toBe(0);
      expect(smtp.refused).toBe(2);
      expect(await outbox()).toEqual({ state: 'FAILED', attempts: 2 });
    } finally {
      await t.close();
    }
  });

  it('bundles a DAILY user’s notifications into one digest at the digest hour, leaving out what they can no longer read', async () => {
    // The timer effectively never fires: the test runs the worker itself with a clock past the digest hour.
    const t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '3600000', EMAIL_DIGEST_HOUR: '6' });
    try {
      const w = await world(t);
      const target = await registerUser(t);
      await ok(t, `mutation { setEmailDelivery(delivery: DAILY) { emailDelivery } }`, {}, target.token);
      const handle = await handleOf(t, target);
      const open = await createThread(t, w.manager, w.pub.id, { title: 'Open gesprek' });
      for (const n of [1, 2, 3]) await createPost(t, w.member, open.id, `Punt ${n}, @${handle}`);
      await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
        w.priv.id,
        target.id,
      ]);
      const secret = await createThread(t, w.manager, w.priv.id, { title: 'Besloten gesprek' });
      await createPost(t, w.manager, secret.id, `Voor @${handle}`);
      await ok(t, `mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: w.priv.id }, target.token);

      const worker = t.app.get(EmailWorker);
      expect(await worker.runOnce(new Date())).toBe(0);
      const due = nextDigestAt(new Date(), 6);
      expect(await worker.runOnce(new Date(due.getTime() + 60_000))).toBe(1);
      expect(await worker.runOnce(new Date(due.getTime() + 120_000))).toBe(0);
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail.subject).toContain('(3)');
      expect(mail.subject).toContain('Je Waardenet-meldingen van');
      expect(mail.body.match(/noemde je in "Open gesprek"/g)).toHaveLength(3);
      expect(mail.body).not.toContain('Besloten gesprek');
      const states = await t.sql<{ state: string }>(`SELECT state FROM email_outbox WHERE recipient_id = $1 ORDER BY state`, [target.id]);
      expect(states.map((s) => s.state)).toEqual(['CANCELLED', 'SENT', 'SENT', 'SENT']);
    } finally {
      await t.close();
    }
  });

  it('writes mail in the recipient’s language: English for those who chose it, Dutch otherwise', async () => {
    const t = await createTestApp({
      SMTP_URL: smtp.url,
      EMAIL_POLL_MS: '3600000',
      EMAIL_DIGEST_HOUR: '6',
      PUBLIC_URL: 'https://waardenet.example',
    });
    try {
      const w = await world(t);
      const dutch = await registerUser(t);
      const english = await registerUser(t);
      const englishDaily = await registerUser(t);
      const PREFS = `mutation($delivery: EmailDelivery, $locale: Locale) { setEmailDelivery(delivery: $delivery, locale: $locale) { emailDelivery locale } }`;
      expect((await ok(t, `{ notificationPreferences { emailDelivery locale } }`, {}, dutch.token)).notificationPreferences).toEqual({
        emailDelivery: 'IMMEDIATE',
        locale: 'NL',
      });
      expect((await ok(t, PREFS, { locale: 'EN' }, english.token)).setEmailDelivery).toEqual({ emailDelivery: 'IMMEDIATE', locale: 'EN' });
      expect((await ok(t, PREFS, { delivery: 'DAILY' }, englishDaily.token)).setEmailDelivery).toEqual({
        emailDelivery: 'DAILY',
        locale: 'NL',
      });
      // Each setting changes alone: the delivery chosen before stays.
      expect((await ok(t, PREFS, { locale: 'EN' }, englishDaily.token)).setEmailDelivery).toEqual({ emailDelivery: 'DAILY', locale: 'EN' });
      const none = await gql(t, PREFS, {}, english.token);
      expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await gql(t, PREFS, { locale: 'FR' }, english.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const thread = await createThread(t, w.manager, w.pub.id, { title: 'Leesclub' });
      const handles = await Promise.all([dutch, english, englishDaily].map((u) => handleOf(t, u)));
      await createPost(t, w.member, thread.id, `Welkom ${handles.map((h) => `@${h}`).join(' ')}`);
      const worker = t.app.get(EmailWorker);
      expect(await worker.runOnce()).toBe(2);
      const to = (u: TestUser) => smtp.received.find((m) => m.to.includes(u.email))!;
      expect(to(dutch).subject).toBe('Lid noemde je in "Leesclub"');
      expect(to(english).subject).toBe('Lid mentioned you in "Leesclub"');
      expect(to(english).body).toMatch(
        new RegExp(`^Lid mentioned you in "Leesclub"\\.\\r?\\nhttps://waardenet\\.example/thread/${thread.id}`),
      );
      expect(to(english).body).not.toMatch(/noemde|meldingen/);

      const due = nextDigestAt(new Date(), 6);
      expect(await worker.runOnce(new Date(due.getTime() + 60_000))).toBe(1);
      const digest = to(englishDaily);
      expect(digest.subject).toMatch(/^Your Waardenet notifications of \d{4}-\d{2}-\d{2} \(1\)$/);
      expect(digest.body).toContain('- Lid mentioned you in "Leesclub"');
      expect(digest.body).toContain('Change what you receive at https://waardenet.example/profile');
    } finally {
      await t.close();
    }
  });

  it('sends again a mail whose sender died mid-send, once its lease ran out, and gives up after the last attempt', async () => {
    const t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '3600000', EMAIL_MAX_ATTEMPTS: '3' });
    try {
      const w = await world(t);
      const [crashed, busy, exhausted] = await Promise.all([1, 2, 3].map(() => registerUser(t)));
      const thread = await createThread(t, w.manager, w.pub.id, { title: 'Vastgelopen' });
      const handles = await Promise.all([crashed, busy, exhausted].map((u) => handleOf(t, u)));
      await createPost(t, w.member, thread.id, handles.map((h) => `@${h}`).join(' '));
      const stuck = (u: TestUser, attempts: number, minutesAgo: number) =>
        t.sql(
          `UPDATE email_outbox SET state = 'SENDING', attempts = $2, claimed_at = now() - make_interval(mins => $3) WHERE recipient_id = $1`,
          [u.id, attempts, minutesAgo],
        );
      // An instance claimed these and died (11 minutes ago), or is still sending one (claimed a minute ago).
      await stuck(crashed, 1, 11);
      await stuck(busy, 1, 1);
      await stuck(exhausted, 3, 11);
      const state = async (u: TestUser) =>
        (
          await t.sql<{ state: string; attempts: number; last_error: string | null }>(
            `SELECT state, attempts, last_error FROM email_outbox WHERE recipient_id = $1`,
            [u.id],
          )
        )[0];

      const worker = t.app.get(EmailWorker);
      expect(await worker.runOnce()).toBe(1);
      expect(smtp.received.map((m) => m.to)).toEqual([[crashed.email]]);
      expect(await state(crashed)).toMatchObject({ state: 'SENT', attempts: 2 });
      // Within its lease a row is left to the instance sending it.
      expect(await state(busy)).toMatchObject({ state: 'SENDING', attempts: 1 });
      // The interrupted attempt was its last: given up, never sent.
      expect(await state(exhausted)).toMatchObject({ state: 'FAILED', attempts: 3, last_error: expect.stringContaining('interrupted') });
      expect(await worker.runOnce()).toBe(0);

      // Once the lease has run out, the busy one counts as interrupted too, and goes out once.
      expect(await worker.runOnce(new Date(Date.now() + SENDING_LEASE_MS))).toBe(1);
      expect(await state(busy)).toMatchObject({ state: 'SENT', attempts: 2 });
      expect(await worker.runOnce(new Date(Date.now() + 2 * SENDING_LEASE_MS))).toBe(0);
      expect(smtp.received.map((m) => m.to)).toEqual([[crashed.email], [busy.email]]);
    } finally {
      await t.close();
    }
  });

  it('without SMTP_URL email is off: nothing is queued and the api says so', async () => {
    const t = await createTestApp();
    try {
      const w = await world(t);
      const target = await registerUser(t);
      const prefs = await ok(t, `{ notificationPreferences { emailAvailable } }`, {}, target.token);
      expect(prefs.notificationPreferences.emailAvailable).toBe(false);
      expect(t.app.get(EmailWorker).enabled).toBe(false);
      const thread = await createThread(t, w.manager, w.pub.id);
      await createPost(t, w.member, thread.id, `Hallo @${await handleOf(t, target)}`);
      expect(await t.sql(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND kind = 'MENTION'`, [target.id])).toHaveLength(1);
      expect(await t.sql(`SELECT 1 FROM email_outbox`)).toEqual([]);
      expect(await t.app.get(EmailWorker).runOnce()).toBe(0);
      expect(smtp.received).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
