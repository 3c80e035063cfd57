import { RateLimitsConfig } from '../config/config';
import { clientKey } from './client-ip';
import { bucketsFor, retryAfterSeconds, waitText } from './rate-limit.rules';
import { MemoryRateLimitStore } from './rate-limit.store';
import { RedisRateLimitStore } from './redis-rate-limit.store';

const rule = (limit: number, windowMs = 60_000) => ({ limit, windowMs });
const LIMITS: RateLimitsConfig = {
  loginPerAccount: rule(10, 900_000),
  loginPerIp: rule(10, 900_000),
  registerPerIp: rule(5, 3_600_000),
  threadsPerUser: rule(3),
  threadsPerNewUser: rule(1),
  postsPerUser: rule(10),
  postsPerNewUser: rule(3),
  graphqlPerIp: rule(0),
  searchPerIp: rule(60),
  previews: rule(60),
  reactionsPerUser: rule(30),
  passwordResetPerIp: rule(10),
  passwordResetPerAccount: rule(3),
  verificationResendPerAccount: rule(3),
  emailChangePerAccount: rule(3),
  newUserAgeMs: 86_400_000,
};

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:DB8:0:0:ffff::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (ip, key) => expect(clientKey(ip)).toBe(key));

  it('puts every address of one IPv6 /64 under one key, and different /64s apart', () => {
    expect(clientKey('2001:db8:aa:bb::1')).toBe(clientKey('2001:db8:aa:bb:ffff:ffff:ffff:ffff'));
    expect(clientKey('2001:db8:aa:bb::1')).not.toBe(clientKey('2001:db8:aa:bc::1'));
  });
});

describe('MemoryRateLimitStore (sliding window)', () => {
  let now = 1_000_000;
  const store = new MemoryRateLimitStore(() => now);
  afterAll(() => store.close());

  it('allows `limit` calls in any window, refuses the next with the time until the oldest leaves', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await store.hit('k', 3, 60_000)).allowed).toBe(true);
      now += 10_000;
    }
    const refused = await store.hit('k', 3, 60_000);
    expect(refused).toEqual({ allowed: false, count: 3, retryAfterMs: 30_000 });
    now += 29_999;
    expect((await store.hit('k', 3, 60_000)).allowed).toBe(false);
    now += 1;
    expect((await store.hit('k', 3, 60_000)).allowed).toBe(true);
    // Refused calls were not counted: the window holds the three allowed ones only.
    expect((await store.hit('k', 3, 60_000)).allowed).toBe(false);
  });

  it('keeps keys apart and sweeps idle ones', async () => {
    await store.hit('a', 1, 1000);
    expect((await store.hit('b', 1, 1000)).allowed).toBe(true);
    now += 5000;
    store.sweep();
    expect(store.size).toBe(1); // 'k' still has calls in its minute
  });
});

describe('RedisRateLimitStore', () => {
  it('falls back to limiting in memory when Redis cannot be reached, instead of failing the call', async () => {
    const store = new RedisRateLimitStore('redis://127.0.0.1:1', { commandTimeoutMs: 100 });
    try {
      expect(await store.ready(200)).toBe(false);
      expect((await store.hit('x', 1, 60_000)).allowed).toBe(true);
      expect(await store.hit('x', 1, 60_000)).toMatchObject({ allowed: false });
    } finally {
      await store.close();
      // ioredis gives a dead socket 2 s to close after disconnect(); let that timer run out here.
      await new Promise((resolve) => setTimeout(resolve, 2100));
    }
  });
});

describe('bucketsFor', () => {
  const subject = (over: object = {}) => ({ ip: '203.0.113.7', isNewUser: async () => false, ...over });

  it('counts a login per address and per account, the account by a hash of its email', async () => {
    const buckets = await bucketsFor('login', subject({ email: 'lid@bieb.nl' }), LIMITS);
    expect(buckets.map((b) => b.key)).toEqual(['login:ip:203.0.113.7', expect.stringMatching(/^login:account:[\w-]{22}$/)]);
    expect(buckets[1].key).not.toContain('lid@bieb.nl');
  });

  it('gives accounts younger than a day the stricter thread and post limits', async () => {
    const old = await bucketsFor('createPost', subject({ userId: 'u1' }), LIMITS);
    const young = await bucketsFor('createPost', subject({ userId: 'u1', isNewUser: async () => true }), LIMITS);
    expect(old).toEqual([expect.objectContaining({ key: 'post:user:u1', rule: LIMITS.postsPerUser })]);
    expect(young).toEqual([expect.objectContaining({ key: 'post:new-user:u1', rule: LIMITS.postsPerNewUser })]);
    expect(young[0].refusal).toBe('New accounts may write 3 posts per minute on their first day.');
    expect((await bucketsFor('createThread', subject({ userId: 'u1', isNewUser: async () => true }), LIMITS))[0].refusal).toBe(
      'New accounts may write 1 thread per minute on their first day.',
    );
  });

  it('has no per-user bucket without a viewer (the access guard refuses those calls first)', async () => {
    expect(await bucketsFor('createThread', subject(), LIMITS)).toEqual([]);
    expect(await bucketsFor('reaction', subject(), LIMITS)).toEqual([]);
  });

  it('counts previews per account (per address without one) and reactions (added or taken back) per user, each refusal with a reason', async () => {
    expect(await bucketsFor('preview', subject({ userId: 'u1' }), LIMITS)).toEqual([
      {
        key: 'preview:user:u1',
        rule: LIMITS.previews,
        reason: 'TOO_MANY_PREVIEWS',
        refusal: 'You are asking for previews too quickly (at most 60 previews per minute).',
      },
    ]);
    expect(await bucketsFor('preview', subject(), LIMITS)).toEqual([
      {
        key: 'preview:ip:203.0.113.7',
        rule: LIMITS.previews,
        reason: 'TOO_MANY_PREVIEWS',
        refusal: 'Too many previews from your network (at most 60 previews per minute).',
      },
    ]);
    expect(await bucketsFor('reaction', subject({ userId: 'u1' }), LIMITS)).toEqual([
      expect.objectContaining({ key: 'reaction:user:u1', rule: LIMITS.reactionsPerUser, reason: 'TOO_MANY_REACTIONS' }),
    ]);
  });
});

describe('retry wording', () => {
  it('rounds up to whole seconds and speaks in the largest sensible unit', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(waitText(1)).toBe('1 second');
    expect(waitText(59)).toBe('59 seconds');
    expect(waitText(61)).toBe('2 minutes');
    expect(waitText(3600)).toBe('1 hour');
  });
});
