import { randomBytes } from 'node:crypto';
import { createPost, createThread, join, registerUser, TestUser, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { FakeBrowser, FakePushService } from './support/push-service';
import { TestApp, createTestApp } from './support/test-app';
import { PushWorker } from '@waardenet/notifications';
import { waitFor } from './support/wait';

const SUBSCRIBE = `mutation($input: SubscribePushInput!) { subscribePush(input: $input) }`;
const UNSUBSCRIBE = `mutation($endpoint: String!) { unsubscribePush(endpoint: $endpoint) }`;

describe('browser notifications (Web Push)', () => {
  let t: TestApp;
  let w: World;
  let push: FakePushService;
  let worker: PushWorker;

  beforeAll(async () => {
    push = await new FakePushService().start();
    t = await createTestApp({ WEB_PUSH_ALLOW_LOOPBACK: '1' });
    w = await world(t);
    worker = t.app.get(PushWorker, { strict: false });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await push.close();
  });

  const browser = () => new FakeBrowser(`${push.origin}/push/${randomBytes(8).toString('hex')}`);
  const pathOf = (b: FakeBrowser) => new URL(b.endpoint).pathname;
  async function subscribed(user: TestUser): Promise<FakeBrowser> {
    const b = browser();
    expect((await ok(t, SUBSCRIBE, { input: b.subscription }, user.token)).subscribePush).toBe(true);
    return b;
  }
  async function reader(): Promise<TestUser> {
    const u = await registerUser(t);
    await join(t, u, w.pub.id);
    return u;
  }

  it('gives browsers the VAPID public key to subscribe with', async () => {
    const { vapidPublicKey } = await ok(t, `{ vapidPublicKey }`);
    expect(Buffer.from(vapidPublicKey, 'base64url')).toHaveLength(65);
    expect(vapidPublicKey).toBe(t.config.webPush.publicKey);
  });

  it('pushes a reply in a followed thread to the subscribed browser, after the commit, encrypted, with a title and a link only', async () => {
    const author = await reader();
    const b = await subscribed(author);
    expect(await t.sql(`SELECT endpoint FROM push_subscriptions WHERE user_id = $1`, [author.id])).toEqual([{ endpoint: b.endpoint }]);
    const thread = await createThread(t, author, w.pub.id, { title: 'Wie kent de Domtoren?' });
    const replier = await reader();
    const reply = await createPost(t, replier, thread.id, 'Geheime tekst die niet in een push hoort');

    const [received] = await waitFor(() => (push.to(pathOf(b)).length ? push.to(pathOf(b)) : null), { what: 'the push' });
    expect(received.headers['content-encoding']).toBe('aes128gcm');
    expect(received.headers.ttl).toBe('86400');
    // VAPID (RFC 8292): signed for this push service's origin, with this server's public key.
    const vapid = String(received.headers.authorization);
    expect(vapid).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    expect(vapid.split('k=')[1]).toBe(t.config.webPush.publicKey);
    const claims = JSON.parse(Buffer.from(vapid.split('t=')[1].split('.')[1], 'base64url').toString());
    expect(claims.aud).toBe(push.origin);
    expect(received.body.includes(Buffer.from('Domtoren'))).toBe(false);

    const payload = JSON.parse(b.decrypt(received.body));
    const [notification] = await t.sql<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1 AND post_id = $2`, [
      author.id,
      reply.id,
    ]);
    expect(payload).toEqual({
      title: 'Nieuwe reactie in “Wie kent de Domtoren?”',
      url: `${t.config.email.publicUrl}/thread/${thread.id}#post-${reply.seq}`,
      tag: notification.id,
    });
    // Sent and forgotten: the outbox keeps nothing of it.
    await waitFor(async () => (await t.sql(`SELECT 1 FROM push_outbox WHERE notification_id = $1`, [notification.id])).length === 0, {
      what: 'the outbox row gone',
    });
  });

  it('pushes a mention in the member’s language, and only the kinds they chose', async () => {
    const member = await reader();
    const b = await subscribed(member);
    await t.sql(`INSERT INTO notification_settings (user_id, locale) VALUES ($1, 'en')`, [member.id]);
    const handle = (await ok(t, `{ me { handle } }`, {}, member.token)).me.handle;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Boekenclub' });
    await createPost(t, w.member, thread.id, `Wat denk jij, @${handle}?`);
    const [mention] = await waitFor(() => (push.to(pathOf(b)).length ? push.to(pathOf(b)) : null), { what: 'the mention push' });
    expect(JSON.parse(b.decrypt(mention.body)).title).toBe('You were mentioned in “Boekenclub”');

    // Only mentions from now on: a reply to their post is not pushed (but still notified in-app).
    const prefs = await ok(t, `mutation { setPushKinds(kinds: [MENTION]) { pushKinds pushSubscriptions } }`, {}, member.token);
    expect(prefs.setPushKinds).toEqual({ pushKinds: ['MENTION'], pushSubscriptions: 1 });
    const own = await createThread(t, member, w.pub.id);
    const reply = await createPost(t, w.member, own.id, 'Een reactie');
    const [n] = await t.sql<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1 AND post_id = $2`, [member.id, reply.id]);
    expect(n).toBeDefined();
    expect(await t.sql(`SELECT 1 FROM push_outbox WHERE notification_id = $1`, [n.id])).toEqual([]);
    await worker.runOnce();
    expect(push.to(pathOf(b))).toHaveLength(1);

    const refused = await gql(t, `mutation { setPushKinds(kinds: [ANSWER_ACCEPTED]) { pushKinds } }`, {}, member.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PUSH_KIND_NOT_ALLOWED' });
    expect(
      (await t.sql<{ push_kinds: string[] }>(`SELECT push_kinds FROM notification_settings WHERE user_id = $1`, [member.id]))[0].push_kinds,
    ).toEqual(['MENTION']);
  });

  it('stops pushing after unsubscribePush', async () => {
    const author = await reader();
    const b = await subscribed(author);
    expect((await ok(t, UNSUBSCRIBE, { endpoint: b.endpoint }, author.token)).unsubscribePush).toBe(1);
    expect(await t.sql(`SELECT 1 FROM push_subscriptions WHERE endpoint = $1`, [b.endpoint])).toEqual([]);
    // Someone else's endpoint is not theirs to remove.
    const other = await reader();
    const theirs = await subscribed(other);
    expect((await ok(t, UNSUBSCRIBE, { endpoint: theirs.endpoint }, author.token)).unsubscribePush).toBe(0);
    expect(await t.sql(`SELECT 1 FROM push_subscriptions WHERE endpoint = $1`, [theirs.endpoint])).toHaveLength(1);

    const thread = await createThread(t, author, w.pub.id);
    await createPost(t, w.member, thread.id, 'Hallo');
    await worker.runOnce();
    expect(push.to(pathOf(b))).toEqual([]);
  });

  it('removes a subscription the push service says is gone (410), and retries one it could not take (503)', async () => {
    const author = await reader();
    const gone = await subscribed(author);
    push.status.set(pathOf(gone), 410);
    const thread = await createThread(t, author, w.pub.id);
    await createPost(t, w.member, thread.id, 'Eerste');
    await waitFor(async () => (await t.sql(`SELECT 1 FROM push_subscriptions WHERE endpoint = $1`, [gone.endpoint])).length === 0, {
      what: 'the gone subscription removed',
    });
    expect(push.to(pathOf(gone))).toHaveLength(1);

    const busy = await subscribed(author);
    push.status.set(pathOf(busy), 503);
    await createPost(t, w.member, thread.id, 'Tweede');
    const [row] = await waitFor(
      async () => {
        const rows = await t.sql<{ attempts: number; last_error: string; next_attempt_at: Date }>(
          `SELECT o.attempts, o.last_error, o.next_attempt_at FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id WHERE s.endpoint = $1 AND o.claimed_at IS NULL AND o.attempts = 1`,
          [busy.endpoint],
        );
        return rows.length ? rows : null;
      },
      { what: 'the failed push rescheduled' },
    );
    expect(row.last_error).toContain('503');
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    push.status.delete(pathOf(busy));
    await worker.runOnce(new Date(Date.now() + 3_600_000));
    expect(push.to(pathOf(busy))).toHaveLength(2);
    expect(JSON.parse(busy.decrypt(push.to(pathOf(busy))[1].body)).title).toContain('Nieuwe reactie');
  });

  it('sends no push about a thread the recipient can no longer read by the time it goes out', async () => {
    const author = await reader();
    const b = await subscribed(author);
    push.status.set(pathOf(b), 503);
    const thread = await createThread(t, author, w.pub.id);
    await createPost(t, w.member, thread.id, 'Nog even');
    await waitFor(
      async () =>
        (
          await t.sql(
            `SELECT 1 FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id WHERE s.endpoint = $1 AND o.attempts = 1 AND o.claimed_at IS NULL`,
            [b.endpoint],
          )
        ).length === 1,
      { what: 'the first attempt failed' },
    );
    push.status.delete(pathOf(b));
    // Banned from the community before the retry: they may no longer read the thread.
    await t.sql(`UPDATE memberships SET state = 'BANNED', ban_reason = 'test' WHERE user_id = $1 AND community_id = $2`, [
      author.id,
      w.pub.id,
    ]);
    await worker.runOnce(new Date(Date.now() + 3_600_000));
    expect(push.to(pathOf(b))).toHaveLength(1);
    expect(
      await t.sql(`SELECT 1 FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id WHERE s.endpoint = $1`, [b.endpoint]),
    ).toEqual([]);
  });

  it('refuses an endpoint that is not a known push service, and a visitor; writes nothing', async () => {
    const member = await reader();
    const keys = browser().subscription.keys;
    for (const endpoint of [
      'https://intranet.bibliotheek.local/push',
      'https://10.0.0.1/push',
      'ftp://127.0.0.1/x',
      'https://fcm.googleapis.com.evil.example/x',
    ]) {
      const res = await gql(t, SUBSCRIBE, { input: { endpoint, keys } }, member.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const res = await gql(t, SUBSCRIBE, { input: { endpoint: 'https://intranet.bibliotheek.local/push', keys } }, member.token);
    expect(res.errors?.[0].extensions?.reason).toBe('PUSH_ENDPOINT_NOT_ALLOWED');
    expect((await gql(t, SUBSCRIBE, { input: browser().subscription })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM push_subscriptions WHERE user_id = $1`, [member.id])).toEqual([]);
  });

  it('moves a browser’s subscription to whoever signs in on it next', async () => {
    const first = await reader();
    const second = await reader();
    const b = await subscribed(first);
    expect((await ok(t, SUBSCRIBE, { input: b.subscription }, second.token)).subscribePush).toBe(true);
    expect(await t.sql(`SELECT user_id FROM push_subscriptions WHERE endpoint = $1`, [b.endpoint])).toEqual([{ user_id: second.id }]);
  });
});
