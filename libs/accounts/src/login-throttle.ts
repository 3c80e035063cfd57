import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { RATE_LIMIT_STORE, RateLimitStore, bucketsFor, clientKey, rateLimited } from '@waardenet/core/rate-limit';

/** Gives the attempt's counts back: call it when the password was right. */
export type Release = () => Promise<void>;

/**
 * The login limits (RATE_LIMIT_LOGIN_PER_IP, RATE_LIMIT_LOGIN_PER_ACCOUNT) count failed attempts only,
 * so a library's shared Wi-Fi, where every reader has one address, does not lock its readers out.
 * Each attempt is counted before the password is checked (so a burst of guesses in flight at once is
 * still held to the limit, and a refused attempt costs no argon2 work) and given back when it succeeds.
 * The same per-account budget guards changePassword's current-password check.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attempt(ip: string, email: string): Promise<Release> {
    const buckets = await bucketsFor('login', { ip: clientKey(ip), email, isNewUser: async () => false }, this.config.rateLimits);
    const taken: { key: string; receipt: string }[] = [];
    const release: Release = async () => {
      await Promise.all(taken.splice(0).map((t) => this.store.release(t.key, t.receipt)));
    };
    for (const bucket of buckets) {
      if (!bucket.rule.limit) continue;
      const hit = await this.store.hit(bucket.key, bucket.rule.limit, bucket.rule.windowMs);
      if (!hit.allowed) {
        // Refused before any password was checked: not a failure, so nothing of it stays counted.
        await release();
        throw rateLimited(bucket.refusal, hit.retryAfterMs, bucket.reason, bucket.rule);
      }
      if (hit.receipt) taken.push({ key: bucket.key, receipt: hit.receipt });
    }
    return release;
  }
}
