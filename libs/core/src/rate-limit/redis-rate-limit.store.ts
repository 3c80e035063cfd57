import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { logger } from '../logging/logger';
import { MemoryRateLimitStore, RateLimitHit, RateLimitStore } from './rate-limit.store';

const PREFIX = 'waardenet:rl:';

/**
 * One atomic step of the sliding-window log, on the Redis server's own clock (so instances whose
 * clocks drift still agree): drop the calls that left the window, then count this one if there is
 * room. Returns {allowed 0|1, count, retryAfterMs}.
 */
const HIT_SCRIPT = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count < limit then
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
  return {1, count + 1, 0}
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
local retry = window
if oldest[2] then retry = tonumber(oldest[2]) + window - now end
if retry < 1 then retry = 1 end
return {0, count, retry}
`;

type HitCommand = (key: string, limit: number, windowMs: number, member: string) => Promise<[number, number, number]>;

/**
 * Limits shared by every api instance through Redis. While Redis cannot answer (down, unreachable,
 * slower than `commandTimeoutMs`), each instance falls back to its own in-memory limiter and logs a
 * warning once per outage: requests are limited per instance meanwhile, never failed.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly name = 'redis' as const;
  private readonly redis: Redis;
  private readonly fallback = new MemoryRateLimitStore();
  private degraded = false;
  private seq = 0;
  private readonly instance = randomBytes(6).toString('base64url');

  constructor(url: string, { commandTimeoutMs = 500 } = {}) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: commandTimeoutMs,
      retryStrategy: (times: number) => Math.min(100 * 2 ** Math.min(times, 6), 3000),
    });
    this.redis.defineCommand('waardenetRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis.on('error', (err: Error) => logger.debug({ err: err.message }, 'rate limiter: redis error'));
  }

  /** Waits (up to `timeoutMs`) for the first connection, so an instance starts out sharing its limits. */
  async ready(timeoutMs = 2000): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.redis.once('ready', onReady);
    });
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitHit> {
    try {
      if (this.redis.status !== 'ready') throw new Error(`redis is ${this.redis.status}`);
      const member = `${this.instance}:${++this.seq}`;
      const command = (this.redis as unknown as { waardenetRateHit: HitCommand }).waardenetRateHit.bind(this.redis);
      const [allowed, count, retryAfterMs] = await command(PREFIX + key, limit, windowMs, member);
      if (this.degraded) {
        this.degraded = false;
        logger.info('rate limiter: redis is back, limits are shared again');
      }
      return {
        allowed: allowed === 1,
        count: Number(count),
        retryAfterMs: Number(retryAfterMs),
        receipt: allowed === 1 ? `r:${member}` : undefined,
      };
    } catch (err) {
      if (!this.degraded) {
        this.degraded = true;
        logger.warn(
          { err: (err as Error).message },
          'rate limiter: redis is unavailable, limiting in memory on this instance until it returns',
        );
      }
      return this.fallback.hitSync(key, limit, windowMs);
    }
  }

  /** A receipt from Redis names its sorted-set member; one from the fallback, the in-memory count. */
  async release(key: string, receipt: string): Promise<void> {
    if (!receipt.startsWith('r:')) return this.fallback.releaseSync(key, receipt);
    try {
      await this.redis.zrem(PREFIX + key, receipt.slice(2));
    } catch (err) {
      // The call stays counted: a budget spent too soon, never one too large.
      logger.debug({ err: (err as Error).message }, 'rate limiter: could not release a call');
    }
  }

  async close(): Promise<void> {
    await this.fallback.close();
    this.redis.disconnect();
  }
}
