import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';

/** Rows deleted per statement: short transactions, so writers emitting events never wait long. */
const BATCH = 5000;
/** Arbitrary, fixed: the advisory lock that lets one instance at a time purge. */
const PURGE_LOCK = 7_212_001;

/**
 * Deletes live events older than the resume window (LIVE_EVENTS_RETENTION): a cursor that old is
 * refused as CURSOR_EXPIRED anyway, so nothing needs them. Every instance runs it; an advisory lock
 * lets one purge at a time and the others skip that round (the DELETE is idempotent either way).
 * The per-channel counters (live_channels) stay, so numbers never restart.
 */
@Injectable()
export class LiveEventsRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every hour, or a tenth of the window when that is shorter (at least a minute). */
  get intervalMs(): number {
    return Math.max(60_000, Math.min(3_600_000, Math.floor(this.config.live.eventsRetentionMs / 10)));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Deletes what is older than the window; resolves with the number of rows deleted (0 when another instance holds the lock). */
  purge(): Promise<number> {
    this.running ??= this.purgeOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async purgeOnce(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const deleted = await this.db.transaction(async (em) => {
          const [{ locked }] = await em.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [PURGE_LOCK]);
          if (!locked) return -1;
          // TypeORM answers a DELETE with [rows, affected count]: the count is the second.
          const [, affected]: [unknown[], number] = await em.query(
            `DELETE FROM live_events WHERE ctid IN (
               SELECT ctid FROM live_events WHERE created_at < now() - make_interval(secs => $1::double precision / 1000) LIMIT ${BATCH})`,
            [this.config.live.eventsRetentionMs],
          );
          return affected;
        });
        if (deleted < 0) break;
        total += deleted;
        if (deleted < BATCH) break;
      }
      if (total) logger.info({ deleted: total }, 'live events past the resume window deleted');
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'live events retention failed; it runs again later');
    }
    return total;
  }
}
