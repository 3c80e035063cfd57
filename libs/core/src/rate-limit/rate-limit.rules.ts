import { createHash } from 'node:crypto';
import { RateLimitRule, RateLimitsConfig } from '../config/config';
import { RateLimitName } from './rate-limit.decorator';

/** What a limit may be keyed on, gathered by the guard for one call. */
export interface RateLimitSubject {
  /** The client's address as a limit key (IPv6 grouped by /64, see clientKey). */
  ip: string;
  /** The login email, trimmed and lower-cased as the service compares it. */
  email?: string;
  userId?: string;
  /** Whether the viewer's account is younger than RATE_LIMIT_NEW_USER_AGE (asked only when a rule needs it). */
  isNewUser: () => Promise<boolean>;
}

/** One counter a call is checked against. */
export interface RateLimitBucket {
  key: string;
  rule: RateLimitRule;
  /** The first sentence of the refusal, for people. */
  refusal: string;
  /** The stable `extensions.reason` of the refusal, one per rule (reasons.ts holds its message in Dutch and English). */
  reason: string;
}

/** Emails are hashed before they become keys: the limiter's store holds no personal data. */
const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

const perMinute = (rule: RateLimitRule, what: string) =>
  `${rule.limit} ${what}${rule.limit === 1 ? '' : 's'} per ${rule.windowMs === 60_000 ? 'minute' : `${Math.round(rule.windowMs / 1000)} seconds`}`;

/** The counters of each limited operation, in the order they are checked. */
export async function bucketsFor(name: RateLimitName, s: RateLimitSubject, limits: RateLimitsConfig): Promise<RateLimitBucket[]> {
  switch (name) {
    case 'login':
      return [
        {
          key: `login:ip:${s.ip}`,
          rule: limits.loginPerIp,
          refusal: 'Too many login attempts from your network.',
          reason: 'RATE_LIMITED_LOGIN_NETWORK',
        },
        ...(s.email
          ? [
              {
                key: `login:account:${digest(s.email)}`,
                rule: limits.loginPerAccount,
                refusal: 'Too many login attempts for this account.',
                reason: 'RATE_LIMITED_LOGIN',
              },
            ]
          : []),
      ];
    case 'search':
      return [
        {
          key: `search:ip:${s.ip}`,
          rule: limits.searchPerIp,
          refusal: 'Too many searches from your network.',
          reason: 'RATE_LIMITED_SEARCH',
        },
      ];
    case 'preview': {
      // Per account when signed in (a class writing replies behind one library address does not share a budget), per address otherwise.
      const most = `at most ${perMinute(limits.previews, 'preview')}`;
      return s.userId
        ? [
            {
              key: `preview:user:${s.userId}`,
              rule: limits.previews,
              refusal: `You are asking for previews too quickly (${most}).`,
              reason: 'TOO_MANY_PREVIEWS',
            },
          ]
        : [
            {
              key: `preview:ip:${s.ip}`,
              rule: limits.previews,
              refusal: `Too many previews from your network (${most}).`,
              reason: 'TOO_MANY_PREVIEWS',
            },
          ];
    }
    case 'reaction':
      if (!s.userId) return [];
      return [
        {
          key: `reaction:user:${s.userId}`,
          rule: limits.reactionsPerUser,
          reason: 'TOO_MANY_REACTIONS',
          refusal: `You are reacting too quickly (at most ${perMinute(limits.reactionsPerUser, 'reaction')}, taking one back included).`,
        },
      ];
    case 'register':
      return [
        {
          key: `register:ip:${s.ip}`,
          rule: limits.registerPerIp,
          refusal: 'Too many new accounts were made from your network.',
          reason: 'RATE_LIMITED_REGISTER',
        },
      ];
    case 'createThread':
    case 'createPost': {
      if (!s.userId) return [];
      const kind = name === 'createThread' ? 'thread' : 'post';
      const [normal, fresh] =
        kind === 'thread' ? [limits.threadsPerUser, limits.threadsPerNewUser] : [limits.postsPerUser, limits.postsPerNewUser];
      if (await s.isNewUser()) {
        return [
          {
            key: `${kind}:new-user:${s.userId}`,
            rule: fresh,
            refusal: `New accounts may write ${perMinute(fresh, kind)} on their first day.`,
            reason: kind === 'thread' ? 'RATE_LIMITED_NEW_ACCOUNT_THREADS' : 'RATE_LIMITED_NEW_ACCOUNT_POSTS',
          },
        ];
      }
      return [
        {
          key: `${kind}:user:${s.userId}`,
          rule: normal,
          refusal: `You are writing ${kind}s too quickly (at most ${perMinute(normal, kind)}).`,
          reason: kind === 'thread' ? 'RATE_LIMITED_THREADS' : 'RATE_LIMITED_POSTS',
        },
      ];
    }
  }
}

/** Whole seconds, at least 1, as `extensions.retryAfter` carries them. */
export const retryAfterSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
