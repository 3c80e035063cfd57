/** The answer to one call against one limit. */
export interface RateLimitHit {
  allowed: boolean;
  /** Calls counted in the window, this one included when it was allowed. */
  count: number;
  /** When refused: how long until the oldest counted call leaves the window. */
  retryAfterMs: number;
  /** When allowed: names this call's count, for `release`. */
  receipt?: string;
}

/**
 * Counts calls per key in a sliding window: a call is allowed when fewer than `limit` calls were
 * allowed in the last `windowMs`, and only allowed calls are counted — so no span of `windowMs`
 * ever holds more than `limit` allowed calls, however hard a client hammers.
 */
export interface RateLimitStore {
  readonly name: 'memory' | 'redis';
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitHit>;
  /** Takes one allowed call back out of the count (a login that succeeded: only failures count, see LoginThrottle). */
  release(key: string, receipt: string): Promise<void>;
  close(): Promise<void>;
}

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

interface Bucket {
  windowMs: number;
  /** Times of the allowed calls still in the window, oldest first. */
  hits: number[];
}

/** The limiter of one api instance: a timestamp log per key, swept of idle keys once a minute. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly name = 'memory' as const;
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitHit> {
    return this.hitSync(key, limit, windowMs);
  }

  hitSync(key: string, limit: number, windowMs: number): RateLimitHit {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { windowMs, hits: [] }));
    bucket.windowMs = windowMs;
    const hits = bucket.hits;
    let expired = 0;
    while (expired < hits.length && hits[expired] <= now - windowMs) expired++;
    if (expired) hits.splice(0, expired);
    if (hits.length < limit) {
      hits.push(now);
      return { allowed: true, count: hits.length, retryAfterMs: 0, receipt: String(now) };
    }
    return { allowed: false, count: hits.length, retryAfterMs: Math.max(hits[0] + windowMs - now, 1) };
  }

  async release(key: string, receipt: string): Promise<void> {
    this.releaseSync(key, receipt);
  }

  /** Calls of one key at the same millisecond are alike: taking back any one of them is the same. */
  releaseSync(key: string, receipt: string): void {
    const hits = this.buckets.get(key)?.hits;
    const at = hits ? hits.lastIndexOf(Number(receipt)) : -1;
    if (hits && at >= 0) hits.splice(at, 1);
  }

  /** Keys with no call left in their window (tests and the sweep use it). */
  sweep(): void {
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      if (!bucket.hits.length || bucket.hits[bucket.hits.length - 1] <= now - bucket.windowMs) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}
