import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RateLimitRule } from '../config/config';
import { requestContextOf } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { clientKey } from './client-ip';
import { RATE_LIMIT_KEY, RateLimitName } from './rate-limit.decorator';
import { RateLimitSubject, bucketsFor, retryAfterSeconds, waitText } from './rate-limit.rules';
import { RATE_LIMIT_STORE, RateLimitStore } from './rate-limit.store';

/** A rate-limit refusal; `rule` puts its limit and window in the extensions, for the message's "at most … per …". */
export function rateLimited(refusal: string, retryAfterMs: number, reason: string, rule?: RateLimitRule): AppError {
  const retryAfter = retryAfterSeconds(retryAfterMs);
  const limit = rule ? { limit: rule.limit, windowSeconds: Math.round(rule.windowMs / 1000) } : {};
  return new AppError('RATE_LIMITED', `${refusal} Try again in ${waitText(retryAfter)}.`, { retryAfter, reason, ...limit });
}

/**
 * Enforces `@RateLimit(...)`. Registered as a global guard after the AccessGuard, so the viewer is
 * known; guards run before pipes and the resolver, so a refused call does no work (no argon2 hash,
 * no transaction). Operations without the decorator pass straight through.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!name) return true;
    const rc = requestContextOf(context);
    const args = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>() : {};
    const input = args.input as { email?: unknown } | undefined;
    const subject: RateLimitSubject = {
      ip: clientKey(rc.ip),
      // Normalised as LoginInput does (trim, lower case): "A@x.nl " and "a@x.nl" are one account.
      email: typeof input?.email === 'string' ? input.email.trim().toLowerCase() : undefined,
      userId: rc.viewer?.id,
      isNewUser: () => this.isNewUser(rc),
    };
    for (const bucket of await bucketsFor(name, subject, this.config.rateLimits)) {
      if (!bucket.rule.limit) continue;
      const hit = await this.store.hit(bucket.key, bucket.rule.limit, bucket.rule.windowMs);
      if (!hit.allowed) throw rateLimited(bucket.refusal, hit.retryAfterMs, bucket.reason, bucket.rule);
    }
    return true;
  }

  /** The viewer's account age, read once per request and kept in the request context. */
  private async isNewUser(rc: RequestContext): Promise<boolean> {
    const viewer = rc.viewer;
    if (!viewer) return false;
    const createdAt = await rc.cached(`rate-limit:created-at:${viewer.id}`, async () => {
      const rows: { created_at: Date }[] = await this.db.query('SELECT created_at FROM users WHERE id = $1', [viewer.id]);
      return rows[0]?.created_at ?? null;
    });
    return !!createdAt && Date.now() - new Date(createdAt).getTime() < this.config.rateLimits.newUserAgeMs;
  }
}
