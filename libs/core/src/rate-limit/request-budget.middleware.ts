import type { NextFunction, Request, Response } from 'express';
import { RateLimitRule } from '../config/config';
import { clientKey } from './client-ip';
import { languageOf, localize } from '../errors/localize';
import { retryAfterSeconds } from './rate-limit.rules';
import { RateLimitStore } from './rate-limit.store';

/**
 * The optional general budget (RATE_LIMIT_GRAPHQL_PER_IP): every HTTP request to /graphql counts
 * against its client address. It runs before the body is parsed, so a refusal is cheap; the answer
 * is HTTP 429 with Retry-After, and a GraphQL-shaped body with code RATE_LIMITED.
 */
export function requestBudget(store: RateLimitStore, rule: RateLimitRule) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!rule.limit || req.method === 'OPTIONS') return next();
    store.hit(`graphql:ip:${clientKey(req.ip)}`, rule.limit, rule.windowMs).then(
      (hit) => {
        if (hit.allowed) return next();
        const retryAfter = retryAfterSeconds(hit.retryAfterMs);
        res.setHeader('retry-after', String(retryAfter));
        res.status(429).json({
          errors: [
            {
              message: localize('RATE_LIMITED_REQUESTS', languageOf(req.headers['accept-language']), { retryAfter }, ''),
              extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED_REQUESTS', retryAfter },
            },
          ],
        });
      },
      (err: unknown) => next(err),
    );
  };
}
