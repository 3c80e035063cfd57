import request from 'supertest';
import { RATE_LIMIT_STORE, RedisRateLimitStore } from '@waardenet/core/rate-limit';
import { createThread, join, registerUser, world, World, TestUser } from './support/factories';
import { freePort } from './support/server-process';
import { TestRedis, redisServerAvailable } from './support/redis-server';
import { describeIf } from './support/requires';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { BEHIND_LOOPBACK_PROXY, ask, codeOf, freshIp, stillAnswers } from './security/helpers';
import { waitFor } from './support/wait';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

const REDIS_URL = process.env.REDIS_URL;
const withRedis = describeIf(!!REDIS_URL, 'REDIS_URL');
const withRedisServer = describeIf(redisServerAvailable(), 'redis-server on the PATH');

/** The limits under test, small enough to reach in a few requests. */
const SMALL = {
  ...BEHIND_LOOPBACK_PROXY,
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '3/15m',
  RATE_LIMIT_LOGIN_PER_IP: '6/15m',
  RATE_LIMIT_THREADS: '2/1m',
  RATE_LIMIT_THREADS_NEW_USER: '1/1m',
  RATE_LIMIT_POSTS: '3/1m',
  RATE_LIMIT_POSTS_NEW_USER: '1/1m',
};

async function establish(t: TestApp, user: TestUser): Promise<void> {
  await t.sql(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [user.id]);
}

const threadInput = (communityId: string, title = 'Een nieuw onderwerp') => ({
  input: { communityId, title, body: 'Wat vinden jullie?', kind: 'DISCUSSION' },
});

describe('rate limits: configured per operation, answered as RATE_LIMITED with retryAfter', () => {
  let t: TestApp;
  let w: World;
  /** Two threads made up front by the (established) manager: exactly their budget of 2 a minute. */
  let threads: { id: string }[];
  beforeAll(async () => {
    t = await createTestApp(SMALL);
    w = await world(t);
    await establish(t, w.manager);
    threads = [await createThread(t, w.manager, w.pub.id), await createThread(t, w.manager, w.pub.id)];
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]) => Number((await t.sql<{ n: string }>(sql, params))[0].n);

  it('a new account (younger than a day) may start 1 thread a minute', async () => {
    const user = await registerUser(t);
    await join(t, user, w.pub.id);
    expect((await ask(t, CREATE_THREAD, threadInput(w.pub.id), { token: user.token })).body.errors).toBeUndefined();
    const refused = await ask(t, CREATE_THREAD, threadInput(w.pub.id), { token: user.token });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const error = refused.body.errors![0];
    expect(error.message).toMatch(
      /^New accounts may write 1 thread per minute on their first day\. Try again in (\d+ seconds?|1 minute)\.$/,
    );
    expect(Number.isInteger(error.extensions!.retryAfter)).toBe(true);
    expect(error.extensions!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.extensions!.retryAfter).toBeLessThanOrEqual(60);
    expect(await count('SELECT count(*) AS n FROM threads WHERE author_id = $1', [user.id])).toBe(1);
  });

  it('an established account may start 2 threads a minute (as configured), then is refused', async () => {
    const user = await registerUser(t);
    await join(t, user, w.pub.id);
    await establish(t, user);
    for (let i = 0; i < 2; i++)
      expect((await ask(t, CREATE_THREAD, threadInput(w.pub.id), { token: user.token })).body.errors).toBeUndefined();
    const refused = await ask(t, CREATE_THREAD, threadInput(w.pub.id), { token: user.token });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors![0].message).toMatch(/^You are writing threads too quickly \(at most 2 threads per minute\)\. Try again in/);
    expect(await count('SELECT count(*) AS n FROM threads WHERE author_id = $1', [user.id])).toBe(2);
  });

  it('posts: 1 a minute for a new account, 3 for an established one; each user has their own budget', async () => {
    const thread = threads[0];
    const fresh = await registerUser(t);
    await join(t, fresh, w.pub.id);
    const post = (user: TestUser) => ask(t, CREATE_POST, { input: { threadId: thread.id, body: 'Mijn antwoord' } }, { token: user.token });
    expect((await post(fresh)).body.errors).toBeUndefined();
    expect(codeOf(await post(fresh))).toBe('RATE_LIMITED');

    await establish(t, w.member);
    for (let i = 0; i < 3; i++) expect((await post(w.member)).body.errors).toBeUndefined();
    expect(codeOf(await post(w.member))).toBe('RATE_LIMITED');
    expect(await count('SELECT count(*) AS n FROM posts WHERE thread_id = $1 AND author_id = $2', [thread.id, w.member.id])).toBe(3);
    // The manager's own budget is untouched.
    expect((await post(w.manager)).body.errors).toBeUndefined();
  });

  it('counts every alias of a mutation in one document: the fourth createPost alias is refused, three are written', async () => {
    const thread = threads[1];
    const user = await registerUser(t);
    await join(t, user, w.pub.id);
    await establish(t, user);
    const doc = `mutation($input: CreatePostInput!) { a: createPost(input: $input) { id } b: createPost(input: $input) { id } c: createPost(input: $input) { id } d: createPost(input: $input) { id } }`;
    const res = await ask(t, doc, { input: { threadId: thread.id, body: 'Vier keer' } }, { token: user.token });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ['d'], extensions: { code: 'RATE_LIMITED' } });
    expect(await count('SELECT count(*) AS n FROM posts WHERE thread_id = $1 AND author_id = $2', [thread.id, user.id])).toBe(3);
  });

  it('checks the limit after authentication: a visitor gets UNAUTHENTICATED and uses no one’s budget', async () => {
    const res = await ask(t, CREATE_THREAD, threadInput(w.pub.id));
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('logins: 3 per account, counted whoever sends them; a correct password past the limit is refused too', async () => {
    const user = await registerUser(t);
    for (let i = 0; i < 3; i++)
      expect(codeOf(await ask(t, LOGIN, { input: { email: user.email, password: 'niet-het-wachtwoord' } }, { ip: freshIp() }))).toBe(
        'UNAUTHENTICATED',
      );
    const res = await ask(t, LOGIN, { input: { email: ` ${user.email.toUpperCase()}`, password: TEST_PASSWORD } }, { ip: freshIp() });
    expect(codeOf(res)).toBe('RATE_LIMITED');
    expect(res.body.errors![0].extensions!.retryAfter).toBeGreaterThan(14 * 60);
    expect(res.body.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(res.body.errors![0].message).toMatch(/Try again in 15 minutes\.$/);
  });

  it('logins: 6 per address, whichever accounts they try', async () => {
    const ip = freshIp();
    for (let i = 0; i < 6; i++)
      expect(codeOf(await ask(t, LOGIN, { input: { email: `iemand-${i}@example.nl`, password: 'niet-het-wachtwoord' } }, { ip }))).toBe(
        'UNAUTHENTICATED',
      );
    expect(codeOf(await ask(t, LOGIN, { input: { email: 'nog-iemand@example.nl', password: 'niet-het-wachtwoord' } }, { ip }))).toBe(
      'RATE_LIMITED',
    );
    // Behind the proxy, another client has its own budget.
    expect(
      codeOf(await ask(t, LOGIN, { input: { email: 'nog-iemand@example.nl', password: 'niet-het-wachtwoord' } }, { ip: freshIp() })),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('rate limits: the window slides', () => {
  let t: TestApp;
  let w: World;
  // A fake clock: Date.now runs on real time plus `skipped`, so the test moves past the window instead of
  // waiting for it. Installed before the app is made, so the in-memory limiter takes it as its clock.
  let skipped = 0;
  const realNow = Date.now;
  beforeAll(async () => {
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + skipped);
    t = await createTestApp({ RATE_LIMIT_POSTS_NEW_USER: '2/2s' });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it('allows again once the oldest call has left the window', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const post = () => ask(t, CREATE_POST, { input: { threadId: thread.id, body: 'Weer een' } }, { token: w.member.token });
    expect((await post()).body.errors).toBeUndefined();
    expect((await post()).body.errors).toBeUndefined();
    const refused = await post();
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(2);
    // Half-way through the window still refused; past it, allowed.
    skipped += 1000;
    expect(codeOf(await post())).toBe('RATE_LIMITED');
    skipped += 1100;
    expect((await post()).body.errors).toBeUndefined();
  });
});

describe('rate limits: the optional general budget per address (RATE_LIMIT_GRAPHQL_PER_IP)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ ...BEHIND_LOOPBACK_PROXY, RATE_LIMIT_GRAPHQL_PER_IP: '5/1m' })));
  afterAll(() => t.close());

  it('answers HTTP 429 with Retry-After past the budget, before parsing the body; other clients and /health are not affected', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await ask(t, '{ __typename }', {}, { ip })).status).toBe(200);
    const refused = await ask(t, '{ __typename }', {}, { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.errors![0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfter: Number(refused.headers['retry-after']) },
    });
    const garbage = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', ip)
      .send(/* graphql:invalid */ '{not json');
    expect(garbage.status).toBe(429);
    expect((await ask(t, '{ __typename }', {}, { ip: freshIp() })).status).toBe(200);
    expect((await request(t.url).get('/health').set('x-forwarded-for', ip)).status).toBe(200);
  });
});

withRedis(`rate limits shared by two api instances over Redis`, () => {
  let a: TestApp;
  let b: TestApp;
  let w: World;
  beforeAll(async () => {
    a = await createTestApp({ ...SMALL, REDIS_URL: REDIS_URL! });
    b = await createTestApp({ ...SMALL, REDIS_URL: REDIS_URL! }, { sameDatabaseAs: a });
    w = await world(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('one user posting through both instances gets one budget of 3, not 3 per instance', async () => {
    const thread = await createThread(a, w.manager, w.pub.id);
    await establish(a, w.member);
    const post = (t: TestApp) =>
      ask(t, CREATE_POST, { input: { threadId: thread.id, body: 'Via twee instanties' } }, { token: w.member.token });
    expect((await post(a)).body.errors).toBeUndefined();
    expect((await post(b)).body.errors).toBeUndefined();
    expect((await post(a)).body.errors).toBeUndefined();
    expect(codeOf(await post(b))).toBe('RATE_LIMITED');
    expect(codeOf(await post(a))).toBe('RATE_LIMITED');
    expect(await a.sql('SELECT 1 FROM posts WHERE thread_id = $1 AND author_id = $2', [thread.id, w.member.id])).toHaveLength(3);
  });

  it('login attempts from one address are counted across instances', async () => {
    const ip = freshIp();
    // Keys in a shared Redis outlive this run: every account and address here is new.
    const run = Math.random().toString(36).slice(2, 10);
    const attempt = (t: TestApp, i: number) =>
      ask(t, LOGIN, { input: { email: `gedeeld-${run}-${i}@example.nl`, password: 'niet-het-wachtwoord' } }, { ip });
    for (let i = 0; i < 6; i++) expect(codeOf(await attempt(i % 2 ? b : a, i))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(a, 6))).toBe('RATE_LIMITED');
    expect(codeOf(await attempt(b, 7))).toBe('RATE_LIMITED');
  });
});

withRedisServer(`rate limits when Redis fails`, () => {
  let redis: TestRedis;
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    t = await createTestApp({ ...SMALL, REDIS_URL: redis.url });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('with Redis down, requests are still answered and still limited (in memory on this instance)', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    await establish(t, w.member);
    await redis.stop();
    const post = () => ask(t, CREATE_POST, { input: { threadId: thread.id, body: 'Tijdens de storing' } }, { token: w.member.token });
    for (let i = 0; i < 3; i++) expect((await post()).body.errors).toBeUndefined();
    expect(codeOf(await post())).toBe('RATE_LIMITED');
    await stillAnswers(t);
    await redis.start();
    // Let the limiter reconnect before the app closes (ioredis lingers on a dead socket otherwise).
    const store = t.app.get<RedisRateLimitStore>(RATE_LIMIT_STORE);
    await waitFor(() => store.ready(100), { what: 'the limiter to reconnect to Redis', timeout: 15_000 });
  });
});
