import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { WebPushConfig, webPushConfig } from './web-push-config';
import { FederationConfig, federationConfig } from './federation-config';
import { LinkPreviewConfig, linkPreviewConfig } from './link-preview-config';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  port: number;
  nodeEnv: NodeEnv;
  /** Unset means: run the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  redisUrl?: string;
  jwtSecret: string;
  adminEmails: string[];
  /**
   * Whether a new account must confirm its address (a mailed link) before it joins, writes or reacts,
   * and before WAARDENET_ADMIN_EMAILS makes it an admin. Off: new accounts count as verified.
   */
  emailVerification: boolean;
  dataDir: string;
  demo: boolean;
  embeddedPgPort: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long a spent refresh token may be spent again (two tabs refreshing at once) before reuse counts as theft. */
  refreshReuseGraceMs: number;
  /** How long a handle given up still leads to its account and stays reserved for it (HANDLE_REDIRECT_DAYS). */
  handleRedirectDays: number;
  /** Express `trust proxy`: how many proxy hops, or which proxy addresses, to believe X-Forwarded-For from. */
  trustProxy: number | string;
  rateLimits: RateLimitsConfig;
  /** WAARDENET_REQUIRE_2FA_FOR_STAFF: platform admins and library staff without two-step verification keep only a member's rights. */
  require2faForStaff: boolean;
  email: EmailConfig;
  live: LiveConfig;
  retention: RetentionConfig;
  /** Uploaded images and documents (libs/media): storage engine and limits. */
  media: MediaConfig;
  /** Web Push: VAPID keys (kept under dataDir when unset, outside production) and allowed endpoints. */
  webPush: WebPushConfig;
  /** ActivityPub federation (libs/federation): private addresses for tests, inbox limits, polling. */
  federation: FederationConfig;
  /** Link previews of addresses in posts (LINK_PREVIEW_*; libs/media/src/link-previews). */
  linkPreviews: LinkPreviewConfig;
  /**
   * WAARDENET_TEST_CHEAP_PASSWORD_HASHES=1: passwords are hashed with argon2id at its least memory and time, so the
   * e2e suite's thousands of registrations and logins cost next to nothing. Accepted only when NODE_ENV=test
   * (refused in development and production alike); the test app sets it, test/accounts.e2e-spec.ts checks the real cost.
   */
  cheapPasswordHashes: boolean;
}

/** Uploaded images and documents (libs/media; docs/limits.md "Media"). */
export interface MediaConfig {
  /** Where the bytes go: `postgres` (default, a bytea table) or `s3` (MEDIA_STORAGE). */
  storage: 'postgres' | 's3';
  s3: { endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  /** One uploaded file, as sent (MEDIA_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Pixels of a decoded image (MEDIA_MAX_PIXELS): a decompression bomb is refused from its header. */
  maxPixels: number;
  /** Uploads and bytes per account in any 24 hours, and for accounts younger than RATE_LIMIT_NEW_USER_AGE. */
  dailyUploads: number;
  dailyBytes: number;
  dailyUploadsNewUser: number;
  dailyBytesNewUser: number;
  /** Bytes stored for one library's communities and house style (MEDIA_LIBRARY_BYTES). */
  libraryBytes: number;
  /** Images processed at once (MEDIA_PROCESSING_CONCURRENCY); past a queue of 8 per slot uploads are refused, not held. */
  processingConcurrency: number;
  /** Post images never used in a post are deleted this many hours after upload (MEDIA_ORPHAN_HOURS). */
  orphanHours: number;
}

/** How long personal data is kept (docs/privacy.md); in days, 0 keeps it for good. Applied hourly by DataRetention (libs/accounts). */
export interface RetentionConfig {
  /** Notifications, read or not, after they were made (RETENTION_NOTIFICATIONS_DAYS). */
  notificationsDays: number;
  /** Sent or failed mails in the outbox, after they were made (RETENTION_SENT_MAIL_DAYS). */
  sentMailDays: number;
  /** Sessions (with their refresh tokens and browser) after they ended or expired, spent refresh tokens and reset links (RETENTION_SESSIONS_DAYS). */
  sessionsDays: number;
  /** Audit lines (moderation_actions, expertise_log), from 30 days up (RETENTION_AUDIT_LOG_DAYS). */
  auditLogDays: number;
}

/** Live updates over graphql-ws (libs/live): socket caps, replay bounds, event retention (docs/limits.md). */
export interface LiveConfig {
  /** Open sockets per client address, signed in or not (LIVE_SOCKETS_PER_IP). */
  socketsPerIp: number;
  /** Open sockets without an account per client address (LIVE_ANONYMOUS_SOCKETS_PER_IP). */
  anonymousSocketsPerIp: number;
  /** Open sockets per account (LIVE_SOCKETS_PER_USER). */
  socketsPerUser: number;
  /** Open subscriptions per client address over all its sockets, and of them on sockets without an account (LIVE_SUBSCRIPTIONS_PER_IP, LIVE_ANONYMOUS_SUBSCRIPTIONS_PER_IP). */
  subscriptionsPerIp: number;
  anonymousSubscriptionsPerIp: number;
  /** Distinct subscription documents one client address may hold on one thread or community (LIVE_DOCUMENTS_PER_CHANNEL_PER_IP): each is its own execution per event. */
  documentsPerChannelPerIp: number;
  /** Replays (`after:`) in progress per socket and per client address. */
  replaysPerSocket: number;
  replaysPerIp: number;
  /** A cursor further back than this many events of its channel is expired (LIVE_REPLAY_MAX_EVENTS). */
  replayMaxEvents: number;
  /** The resume window: events older than this are deleted, and a cursor before them is expired (LIVE_EVENTS_RETENTION). */
  eventsRetentionMs: number;
}

/** Email notifications (libs/notifications): off while SMTP_URL is unset. */
export interface EmailConfig {
  smtpUrl?: string;
  from: string;
  /** Where the web client is reached: links in mails point there. */
  publicUrl: string;
  pollMs: number;
  /** The first retry waits this long; each further one twice as long. */
  retryMs: number;
  maxAttempts: number;
  /** The hour (UTC, 0–23) daily digests go out. */
  digestHour: number;
}

/** At most `limit` calls in any `windowMs` (a sliding window); `limit` 0 switches the rule off. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** The rate limits (docs/limits.md): each from its own variable, written `<count>/<window>`, e.g. `10/15m`. */
export interface RateLimitsConfig {
  loginPerAccount: RateLimitRule;
  loginPerIp: RateLimitRule;
  registerPerIp: RateLimitRule;
  threadsPerUser: RateLimitRule;
  threadsPerNewUser: RateLimitRule;
  postsPerUser: RateLimitRule;
  postsPerNewUser: RateLimitRule;
  /** Every GraphQL request over HTTP, per client address; off by default. */
  graphqlPerIp: RateLimitRule;
  searchPerIp: RateLimitRule;
  /** Markdown previews per account, or per client address without one (previewMarkdown is public). */
  previews: RateLimitRule;
  /** Reactions added or taken back, per user. */
  reactionsPerUser: RateLimitRule;
  /** requestPasswordReset per client address (RATE_LIMITED past it). */
  passwordResetPerIp: RateLimitRule;
  /** Reset mails per email address: past it the answer is the same but no mail goes out (no mailbox flooding, no account probing). */
  passwordResetPerAccount: RateLimitRule;
  /** resendVerification per account (RATE_LIMITED past it). */
  verificationResendPerAccount: RateLimitRule;
  /** requestEmailChange per account (RATE_LIMITED past it): each one mails an address the asker names. */
  emailChangePerAccount: RateLimitRule;
  /** An account younger than this gets the new-user limits. */
  newUserAgeMs: number;
}

/** The variable behind each rule and its default (see docs/limits.md and the README). */
export const RATE_LIMIT_VARIABLES: Record<Exclude<keyof RateLimitsConfig, 'newUserAgeMs'>, [variable: string, fallback: string]> = {
  loginPerAccount: ['RATE_LIMIT_LOGIN_PER_ACCOUNT', '10/15m'],
  loginPerIp: ['RATE_LIMIT_LOGIN_PER_IP', '10/15m'],
  registerPerIp: ['RATE_LIMIT_REGISTER_PER_IP', '5/1h'],
  threadsPerUser: ['RATE_LIMIT_THREADS', '3/1m'],
  threadsPerNewUser: ['RATE_LIMIT_THREADS_NEW_USER', '1/1m'],
  postsPerUser: ['RATE_LIMIT_POSTS', '10/1m'],
  postsPerNewUser: ['RATE_LIMIT_POSTS_NEW_USER', '3/1m'],
  graphqlPerIp: ['RATE_LIMIT_GRAPHQL_PER_IP', 'off'],
  searchPerIp: ['RATE_LIMIT_SEARCH', '60/1m'],
  previews: ['RATE_LIMIT_PREVIEW', '60/1m'],
  reactionsPerUser: ['RATE_LIMIT_REACTIONS', '30/1m'],
  passwordResetPerIp: ['RATE_LIMIT_PASSWORD_RESET_PER_IP', '10/15m'],
  passwordResetPerAccount: ['RATE_LIMIT_PASSWORD_RESET_PER_ACCOUNT', '3/1h'],
  verificationResendPerAccount: ['RATE_LIMIT_VERIFICATION_RESEND', '3/1h'],
  emailChangePerAccount: ['RATE_LIMIT_EMAIL_CHANGE', '3/1h'],
};
export const NEW_USER_AGE_VARIABLE = 'RATE_LIMIT_NEW_USER_AGE';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** A bad environment variable: the boot stops with this one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

/** 1/true or 0/false (unset: false); anything else stops the boot. */
function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (!['', '0', '1', 'true', 'false'].includes(raw)) throw new ConfigError(name, `must be 0 or 1 (got "${env[name]}")`);
  return raw === '1' || raw === 'true';
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DAY_MS = UNIT_MS.d;

/** `30s`, `15m`, `1h`, `1d`: from one second to one day. */
function duration(name: string, raw: string, text: string): number {
  const m = /^(\d{1,6})(s|m|h|d)$/.exec(text);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
  if (!m || ms < 1000 || ms > DAY_MS) {
    throw new ConfigError(name, `must be a duration from 1s to 1d such as 30s, 15m, 1h (got "${raw}")`);
  }
  return ms;
}

/** `<count>/<window>` such as `10/15m`, or `off` (also `0`). */
function rateRule(env: NodeJS.ProcessEnv, name: string, fallback: string): RateLimitRule {
  const raw = env[name] === undefined || env[name] === '' ? fallback : String(env[name]);
  const text = raw.trim().toLowerCase();
  if (text === 'off' || text === '0') return { limit: 0, windowMs: 60_000 };
  const m = /^(\d{1,7})\s*\/\s*(\S+)$/.exec(text);
  if (!m || Number(m[1]) < 1) {
    throw new ConfigError(name, `must be <count>/<window> such as 10/15m, or off (got "${raw}")`);
  }
  return { limit: Number(m[1]), windowMs: duration(name, raw, m[2]) };
}

function rateLimits(env: NodeJS.ProcessEnv): RateLimitsConfig {
  const rules = Object.fromEntries(
    Object.entries(RATE_LIMIT_VARIABLES).map(([key, [variable, fallback]]) => [key, rateRule(env, variable, fallback)]),
  ) as Omit<RateLimitsConfig, 'newUserAgeMs'>;
  const age = env[NEW_USER_AGE_VARIABLE] || '1d';
  return { ...rules, newUserAgeMs: duration(NEW_USER_AGE_VARIABLE, age, age.trim().toLowerCase()) };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: a number of hops (0, the default, trusts nobody), or a comma-separated list of
 * `loopback`, `linklocal`, `uniquelocal` and addresses or CIDR ranges. Nobody by default: trusting
 * loopback would let any local process, or a local proxy that passes the header on, pick the client's
 * address. `true` (trust anyone) is refused: any client could then slip past the per-IP limits.
 */
function trustProxy(env: NodeJS.ProcessEnv): number | string {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '') return 0;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `must be a number of hops from 0 to 10, or addresses (got "${raw}")`);
    return hops;
  }
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const [address, bits, extra] = part.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(part) && (!family || !validBits || extra !== undefined)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be a number of hops, or loopback, linklocal, uniquelocal, addresses and CIDR ranges (got "${raw}")`,
      );
    }
  }
  return parts.join(',');
}

function liveConfig(env: NodeJS.ProcessEnv): LiveConfig {
  const retention = (env.LIVE_EVENTS_RETENTION ?? '').trim().toLowerCase() || '1d';
  const m = /^(\d{1,4})(m|h|d)$/.exec(retention);
  const retentionMs = m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
  if (!m || retentionMs < 60_000 || retentionMs > 30 * DAY_MS) {
    throw new ConfigError(
      'LIVE_EVENTS_RETENTION',
      `must be a duration from 1m to 30d such as 12h or 1d (got "${env.LIVE_EVENTS_RETENTION}")`,
    );
  }
  return {
    socketsPerIp: int(env, 'LIVE_SOCKETS_PER_IP', 200, 1, 100_000),
    anonymousSocketsPerIp: int(env, 'LIVE_ANONYMOUS_SOCKETS_PER_IP', 50, 1, 100_000),
    socketsPerUser: int(env, 'LIVE_SOCKETS_PER_USER', 20, 1, 10_000),
    subscriptionsPerIp: int(env, 'LIVE_SUBSCRIPTIONS_PER_IP', 600, 1, 1_000_000),
    anonymousSubscriptionsPerIp: int(env, 'LIVE_ANONYMOUS_SUBSCRIPTIONS_PER_IP', 150, 1, 1_000_000),
    documentsPerChannelPerIp: int(env, 'LIVE_DOCUMENTS_PER_CHANNEL_PER_IP', 5, 1, 1000),
    replaysPerSocket: int(env, 'LIVE_REPLAYS_PER_SOCKET', 4, 1, 1000),
    replaysPerIp: int(env, 'LIVE_REPLAYS_PER_IP', 32, 1, 100_000),
    replayMaxEvents: int(env, 'LIVE_REPLAY_MAX_EVENTS', 1000, 1, 1_000_000),
    eventsRetentionMs: retentionMs,
  };
}

function retentionConfig(env: NodeJS.ProcessEnv): RetentionConfig {
  const auditLogDays = int(env, 'RETENTION_AUDIT_LOG_DAYS', 730, 0, 36_500);
  // The database refuses to delete audit lines younger than 30 days whatever the job is told (migration 1795900000190).
  if (auditLogDays > 0 && auditLogDays < 30)
    throw new ConfigError('RETENTION_AUDIT_LOG_DAYS', `must be 0 (keep for good) or at least 30 (got "${auditLogDays}")`);
  return {
    notificationsDays: int(env, 'RETENTION_NOTIFICATIONS_DAYS', 180, 0, 36_500),
    sentMailDays: int(env, 'RETENTION_SENT_MAIL_DAYS', 30, 0, 36_500),
    sessionsDays: int(env, 'RETENTION_SESSIONS_DAYS', 30, 0, 36_500),
    auditLogDays,
  };
}

function mediaConfig(env: NodeJS.ProcessEnv): MediaConfig {
  const storage = (env.MEDIA_STORAGE ?? '').trim().toLowerCase() || 'postgres';
  if (storage !== 'postgres' && storage !== 's3')
    throw new ConfigError('MEDIA_STORAGE', `must be postgres or s3 (got "${env.MEDIA_STORAGE}")`);
  const s3 = {
    endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:']),
    region: (env.S3_REGION ?? '').trim() || 'us-east-1',
    bucket: (env.S3_BUCKET ?? '').trim(),
    accessKeyId: (env.S3_ACCESS_KEY_ID ?? '').trim() || undefined,
    secretAccessKey: (env.S3_SECRET_ACCESS_KEY ?? '').trim() || undefined,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE'),
  };
  if (storage === 's3' && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3.bucket)) {
    throw new ConfigError(
      'S3_BUCKET',
      `must name the bucket (3-63 lower-case letters, digits, dots, hyphens) when MEDIA_STORAGE=s3 (got "${s3.bucket}")`,
    );
  }
  return {
    storage,
    s3,
    maxFileBytes: int(env, 'MEDIA_MAX_FILE_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxPixels: int(env, 'MEDIA_MAX_PIXELS', 40_000_000, 10_000, 268_402_689),
    dailyUploads: int(env, 'MEDIA_DAILY_UPLOADS', 50, 0, 100_000),
    dailyBytes: int(env, 'MEDIA_DAILY_BYTES', 200 * 1024 * 1024, 0, 100 * 1024 ** 3),
    dailyUploadsNewUser: int(env, 'MEDIA_DAILY_UPLOADS_NEW_USER', 10, 0, 100_000),
    dailyBytesNewUser: int(env, 'MEDIA_DAILY_BYTES_NEW_USER', 30 * 1024 * 1024, 0, 100 * 1024 ** 3),
    libraryBytes: int(env, 'MEDIA_LIBRARY_BYTES', 10 * 1024 ** 3, 0, 10 * 1024 ** 4),
    processingConcurrency: int(env, 'MEDIA_PROCESSING_CONCURRENCY', 2, 1, 64),
    orphanHours: int(env, 'MEDIA_ORPHAN_HOURS', 24, 1, 24 * 365),
  };
}

function emailConfig(env: NodeJS.ProcessEnv, port: number): EmailConfig {
  const from = (env.MAIL_FROM ?? '').trim() || 'Waardenet <no-reply@waardenet.local>';
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
  if (!EMAIL.test(address))
    throw new ConfigError('MAIL_FROM', `must be an address such as "Waardenet <no-reply@example.org>" (got "${from}")`);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '') ?? `http://localhost:${port}`;
  return {
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    from,
    publicUrl,
    pollMs: int(env, 'EMAIL_POLL_MS', 5000, 10, 3_600_000),
    retryMs: int(env, 'EMAIL_RETRY_MS', 30_000, 10, 86_400_000),
    maxAttempts: int(env, 'EMAIL_MAX_ATTEMPTS', 8, 1, 50),
    digestHour: int(env, 'EMAIL_DIGEST_HOUR', 7, 0, 23),
  };
}

/**
 * WAARDENET_EMAIL_VERIFICATION: `on`, `off`, or unset. Unset follows SMTP_URL: on with it, off without
 * it, except in production, where a server that cannot mail a link must say so (off, logged as a warning).
 * On without SMTP_URL is refused: no one could ever verify.
 */
function emailVerification(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, smtpUrl: string | undefined): boolean {
  const raw = (env.WAARDENET_EMAIL_VERIFICATION ?? '').trim().toLowerCase();
  if (raw && !['on', 'off'].includes(raw))
    throw new ConfigError('WAARDENET_EMAIL_VERIFICATION', `must be on or off (got "${env.WAARDENET_EMAIL_VERIFICATION}")`);
  if (raw === 'off') return false;
  if (raw === 'on' && !smtpUrl)
    throw new ConfigError('WAARDENET_EMAIL_VERIFICATION', 'is on but SMTP_URL is unset: no verification mail could be sent');
  if (!raw && !smtpUrl && nodeEnv === 'production') {
    throw new ConfigError(
      'SMTP_URL',
      'must be set when NODE_ENV=production (new accounts verify their address by mail), or set WAARDENET_EMAIL_VERIFICATION=off',
    );
  }
  return Boolean(smtpUrl);
}

/** A secret kept under the data folder, made once, so tokens survive restarts without any set-up. */
function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates the environment once, at boot. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV || 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${env.NODE_ENV}")`);
  }
  // Read by the logger before this runs (libs/core/src/logging): refused here so a typo stops the boot.
  if (env.LOG_FORMAT && !['text', 'json'].includes(env.LOG_FORMAT.trim().toLowerCase())) {
    throw new ConfigError('LOG_FORMAT', `must be text or json (got "${env.LOG_FORMAT}")`);
  }
  const port = int(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const dataDir = resolve(env.WAARDENET_DATA_DIR || '.data');

  const adminEmails = (env.WAARDENET_ADMIN_EMAILS ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const badEmail = adminEmails.find((e) => !EMAIL.test(e));
  if (badEmail) throw new ConfigError('WAARDENET_ADMIN_EMAILS', `holds "${badEmail}", which is not an email address`);

  let jwtSecret = env.JWT_SECRET;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (!jwtSecret) {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'must be set when NODE_ENV=production');
    jwtSecret = keptSecret(dataDir);
  }

  // The demo's accounts share a published password: on by default only in development, never in production.
  const demoRaw = env.WAARDENET_DEMO || (nodeEnv === 'development' ? '1' : '0');
  if (!['0', '1', 'true', 'false'].includes(demoRaw)) {
    throw new ConfigError('WAARDENET_DEMO', `must be 0 or 1 (got "${demoRaw}")`);
  }
  const demo = demoRaw === '1' || demoRaw === 'true';
  if (demo && nodeEnv === 'production') {
    throw new ConfigError('WAARDENET_DEMO', 'cannot be on when NODE_ENV=production: the demo accounts have a published password');
  }

  // Cheap hashes make stolen ones easy to try passwords against: never outside the test suite.
  const cheapPasswordHashes = flag(env, 'WAARDENET_TEST_CHEAP_PASSWORD_HASHES');
  if (cheapPasswordHashes && nodeEnv !== 'test') {
    throw new ConfigError('WAARDENET_TEST_CHEAP_PASSWORD_HASHES', `can only be on when NODE_ENV=test (got NODE_ENV=${nodeEnv})`);
  }

  const email = emailConfig(env, port);
  return {
    port,
    nodeEnv,
    databaseUrl,
    redisUrl,
    jwtSecret,
    adminEmails,
    emailVerification: emailVerification(env, nodeEnv, email.smtpUrl),
    dataDir,
    demo,
    embeddedPgPort: int(env, 'WAARDENET_EMBEDDED_PG_PORT', 54329, 1, 65535),
    accessTokenTtlSeconds: int(env, 'WAARDENET_ACCESS_TOKEN_TTL', 900, 1, 86400),
    refreshTokenTtlSeconds: int(env, 'WAARDENET_REFRESH_TOKEN_TTL', 30 * 86400, 60, 365 * 86400),
    refreshReuseGraceMs: int(env, 'REFRESH_REUSE_GRACE_MS', 10_000, 0, 60_000),
    handleRedirectDays: int(env, 'HANDLE_REDIRECT_DAYS', 30, 0, 365),
    trustProxy: trustProxy(env),
    rateLimits: rateLimits(env),
    require2faForStaff: flag(env, 'WAARDENET_REQUIRE_2FA_FOR_STAFF'),
    email,
    live: liveConfig(env),
    retention: retentionConfig(env),
    media: mediaConfig(env),
    webPush: webPushConfig(env, {
      production: nodeEnv === 'production',
      dataDir,
      mailFrom: email.from,
      int: (name, fallback, min, max) => int(env, name, fallback, min, max),
      fail: (variable, problem) => new ConfigError(variable, problem),
    }),
    federation: federationConfig({
      production: nodeEnv === 'production',
      int: (name, fallback, min, max) => int(env, name, fallback, min, max),
      flag: (name) => flag(env, name),
      rule: (name, fallback) => rateRule(env, name, fallback),
      fail: (variable, problem) => new ConfigError(variable, problem),
    }),
    linkPreviews: linkPreviewConfig({
      production: nodeEnv === 'production',
      int: (name, fallback, min, max) => int(env, name, fallback, min, max),
      raw: (name) => env[name],
      fail: (variable, problem) => new ConfigError(variable, problem),
    }),
    cheapPasswordHashes,
  };
}
