import { EmailWorker, nextDigestAt } from '@waardenet/notifications';
import { TestUser, createPost, createThread, registerUser, world, World } from './support/factories';
import { ok } from './support/gql';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TestApp, createTestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
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
      const env = { SMTP_URL: smtp.url, MAIL_FROM: 'Waardenet <noreply@test.waardenet.nl>', EMAIL_POLL_MS: '30', PUBLIC_URL: 'https://waardenet.example' };
      a = await createTestApp(env);
      b = await createTestApp(env, { sameDatabaseAs: a });
      w = await world(a);
      const target = await registerUser(a);
      const thread = await createThread(a, w.manager, w.pub.id, { title: 'Boekentips' });
      const handle = await handleOf(a, target);
      const posts = [];
      for (let i = 0; i < 6; i++) posts.push(await createPost(i % 2 ? a : b, w.member, thread.id, `Geheime tekst ${i} voor @${handle}`));
      const mails = await smtp.waitFor(6);
      // Both instances kept polling meanwhile: nothing more arrives.
      await sleep(400);
      expect(smtp.received).toHaveLength(6);
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(6);
      for (const m of mails) {
        expect(m.to).toEqual([target.email]);
        expect(m.from).toBe('noreply@test.waardenet.nl');
        expect(m.subject).toContain('mentioned you in "Boekentips"');
        expect(m.body).toContain(`https://waardenet.example/thread/${thread.id}`);
        expect(m.body).not.toContain('Geheime tekst');
      }
      const rows = await a.sql<{ state: string; attempts: number }>(`SELECT state, attempts FROM email_outbox WHERE recipient_id = $1`, [target.id]);
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
      await sleep(400);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.refused).toBe(2);
      const [row] = await t.sql<{ state: string; attempts: number; last_error: string }>(`SELECT state, attempts, last_error FROM email_outbox WHERE recipient_id = $1`, [target.id]);
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
      for (let i = 0; i < 100 && smtp.refused < 2; i++) await sleep(30);
      await sleep(300);
      expect(smtp.refused).toBe(2);
      const [row] = await t.sql(`SELECT state, attempts FROM email_outbox WHERE recipient_id = $1`, [target.id]);
      expect(row).toEqual({ state: 'FAILED', attempts: 2 });
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
      await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [w.priv.id, target.id]);
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
      expect(mail.body.match(/mentioned you in "Open gesprek"/g)).toHaveLength(3);
      expect(mail.body).not.toContain('Besloten gesprek');
      const states = await t.sql<{ state: string }>(`SELECT state FROM email_outbox WHERE recipient_id = $1 ORDER BY state`, [target.id]);
      expect(states.map((s) => s.state)).toEqual(['CANCELLED', 'SENT', 'SENT', 'SENT']);
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
