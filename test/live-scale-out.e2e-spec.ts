import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { ok } from './support/gql';
import { createPost, createThread, world, World } from './support/factories';
import { freePort } from './support/server-process';
import { TestRedis, redisServerAvailable } from './support/redis-server';
import { describeIf } from './support/requires';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { waitFor } from './support/wait';
import { connectWs } from './support/ws-client';

const THREAD_EVENTS = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) { type cursor post { seq body } } }`;
type Ev = { threadEvents: { type: string; post: { seq: number; body: string } } };

const REDIS_URL = process.env.REDIS_URL;
// Without Redis these are reported as skipped, with the reason in their name.
const withRedis = describeIf(!!REDIS_URL, 'REDIS_URL');
const withRedisServer = describeIf(redisServerAvailable(), 'redis-server on the PATH');

withRedis(`two api instances over Redis`, () => {
  let a: TestApp;
  let b: TestApp;
  let w: World;
  beforeAll(async () => {
    a = await createTestApp({ REDIS_URL: REDIS_URL! });
    b = await createTestApp({ REDIS_URL: REDIS_URL! }, { sameDatabaseAs: a });
    w = await world(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('a subscriber on instance A receives, in order, the replies posted through instance B', async () => {
    const thread = await createThread(a, w.member, w.pub.id);
    const client = connectWs(a.url, w.member.token);
    const sub = await listening(a, () => client.subscribe<Ev>(THREAD_EVENTS, { threadId: thread.id }));
    const bodies = Array.from({ length: 10 }, (_, i) => `via B ${i + 1}`);
    for (const body of bodies) await createPost(b, w.manager, thread.id, body);
    const events = await sub.waitFor(10);
    expect(events.map((e) => e.threadEvents.post.body)).toEqual(bodies);
    expect(events.map((e) => e.threadEvents.post.seq)).toEqual(bodies.map((_, i) => i + 2));
    await client.close();
  });
});

withRedisServer(`Redis faults`, () => {
  let redis: TestRedis;
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    t = await createTestApp({ REDIS_URL: redis.url });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('with Redis down, writes still work; when it returns, delivery resumes and the gap is closed in order', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const client = connectWs(t.url, w.member.token);
    const sub = await listening(t, () => client.subscribe<Ev>(THREAD_EVENTS, { threadId: thread.id }));
    await createPost(t, w.manager, thread.id, 'voor de storing');
    await sub.waitFor(1);

    const pubsub = t.app.get<PubSubEngine>(PUBSUB);
    await redis.stop();
    await waitFor(() => !pubsub.healthy(), { what: 'the app to notice Redis is down' });
    await createPost(t, w.manager, thread.id, 'tijdens de storing 1');
    await createPost(t, w.manager, thread.id, 'tijdens de storing 2');
    const page = await ok(t, `query($id: ID!) { thread(id: $id) { replyCount } }`, { id: thread.id });
    expect(page.thread.replyCount).toBe(3);

    await redis.start();
    await waitFor(() => pubsub.healthy(), { what: 'the app to reconnect to Redis', timeout: 15_000 });
    await createPost(t, w.manager, thread.id, 'na de storing');
    const events = await sub.waitFor(4, 15_000);
    expect(events.map((e) => e.threadEvents.post.body)).toEqual([
      'voor de storing',
      'tijdens de storing 1',
      'tijdens de storing 2',
      'na de storing',
    ]);
    await client.close();
  });
});
