import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';

/** Rows deleted per statement: short transactions, so nothing waits long behind the job. */
const BATCH = 5000;
/** Arbitrary, fixed (LiveEventsRetention holds 7_212_001): one instance at a time applies the periods. */
const RETENTION_LOCK = 7_212_002;
const HOUR_MS = 3_600_000;

interface Rule {
  /** The name in the job's result and log line. */
  name: string;
  /** Which RetentionConfig period applies. */
  period: keyof AppConfig['retention'];
  /** The table whose rows are deleted, and which of them: `$1` is the period in days. */
  table: string;
  where: string;
  /** A table another part of issue #15 adds: skipped while it does not exist. */
  optional?: boolean;
}

/**
 * The retention periods of docs/privacy.md. Rate-limit counters hold client addresses only for their
 * window (in memory or Redis, with that TTL), and no table stores an IP address, so no rule is needed for them.
 */
const RULES: Rule[] = [
  { name: 'notifications', period: 'notificationsDays', table: 'notifications', where: `created_at < now() - make_interval(days => $1)` },
  // Pending mail is never deleted: it is still to be sent (or retried).
  {
    name: 'sentMail',
    period: 'sentMailDays',
    table: 'email_outbox',
    where: `state IN ('SENT', 'FAILED') AND created_at < now() - make_interval(days => $1)`,
  },
  // Refresh tokens go with their session (ON DELETE CASCADE).
  {
    name: 'sessions',
    period: 'sessionsDays',
    table: 'sessions',
    // least() skips a NULL revoked_at: when the session ended, by logout or by running out.
    where: `least(revoked_at, expires_at) < now() - make_interval(days => $1)`,
  },
  // A spent refresh token of a session still open: kept a while so reuse of a stolen one is still recognised.
  { name: 'spentRefreshTokens', period: 'sessionsDays', table: 'refresh_tokens', where: `used_at < now() - make_interval(days => $1)` },
  {
    name: 'passwordResetLinks',
    period: 'sessionsDays',
    table: 'password_reset_tokens',
    where: `expires_at < now() - make_interval(days => $1)`,
  },
  {
    name: 'emailLinks',
    period: 'sessionsDays',
    table: 'email_tokens',
    where: `expires_at < now() - make_interval(days => $1)`,
    optional: true,
  },
  // Single sign-on (libs/sso): attempts in flight (10 minutes) and tickets (5 minutes) go a day after they expired
  // at the latest (a sign-in also clears the expired ones); nothing in them is needed afterwards.
  {
    name: 'ssoAttempts',
    period: 'sessionsDays',
    table: 'sso_login_attempts',
    where: `expires_at < now() - make_interval(days => least($1, 1))`,
    optional: true,
  },
  {
    name: 'ssoTickets',
    period: 'sessionsDays',
    table: 'sso_login_tickets',
    where: `expires_at < now() - make_interval(days => least($1, 1))`,
    optional: true,
  },
  // Allowed by the tables' triggers only with waardenet.retention = on, and only for lines older than 30 days.
  {
    name: 'auditLog',
    period: 'auditLogDays',
    table: 'moderation_actions',
    where: `created_at < now() - make_interval(days => $1) AND (expires_at IS NULL OR expires_at < now())`,
  },
  { name: 'expertiseLog', period: 'auditLogDays', table: 'expertise_log', where: `created_at < now() - make_interval(days => $1)` },
];

export type RetentionResult = Record<string, number>;

/**
 * Applies the retention periods (RETENTION_* settings) every hour. Every instance runs it; a transaction-level
 * advisory lock lets one apply them at a time, and the others skip that round (each DELETE is idempotent anyway).
 * Follows LiveEventsRetention (libs/core), which keeps the live events' own, much shorter window.
 */
@Injectable()
export class DataRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<RetentionResult | null>;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.apply(), HOUR_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Deletes what is past its period; resolves with the rows deleted per rule, or null when another instance held the
   * lock before this one deleted anything (when it is taken over midway, with what this one deleted until then).
   */
  apply(): Promise<RetentionResult | null> {
    this.running ??= this.applyOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async applyOnce(): Promise<RetentionResult | null> {
    const result: RetentionResult = {};
    try {
      for (const rule of RULES) {
        const days = this.config.retention[rule.period];
        result[rule.name] = 0;
        if (!days) continue;
        if (rule.optional && !(await this.db.query<{ t: string | null }[]>(`SELECT to_regclass($1) AS t`, [rule.table]))[0]?.t) continue;
        for (;;) {
          const deleted = await this.db.transaction(async (em) => {
            const [{ locked }] = await em.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RETENTION_LOCK]);
            if (!locked) return -1;
            // For this transaction only: the audit tables' triggers let the job, and nothing else, delete old lines.
            await em.query(`SELECT set_config('waardenet.retention', 'on', true)`);
            // TypeORM answers a DELETE with [rows, affected count].
            const [, affected]: [unknown[], number] = await em.query(
              `DELETE FROM ${rule.table} WHERE ctid IN (SELECT ctid FROM ${rule.table} WHERE ${rule.where} LIMIT ${BATCH})`,
              [days],
            );
            return affected;
          });
          // Another instance holds the lock: it goes on from here. What this one deleted before still counts.
          if (deleted < 0) return Object.values(result).some(Boolean) ? result : null;
          result[rule.name] += deleted;
          if (deleted < BATCH) break;
        }
      }
      if (Object.values(result).some(Boolean)) logger.info({ deleted: result }, 'data past its retention period deleted');
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'data retention failed; it runs again within the hour');
    }
    return result;
  }
}
