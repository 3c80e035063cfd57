import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';

/** Arbitrary, fixed (DataRetention holds 7_212_002): one instance at a time sweeps. */
const MEDIA_SWEEP_LOCK = 7_212_017;
const BATCH = 500;
const HOUR_MS = 3_600_000;

export interface SweepResult {
  orphans: number;
  purgedObjects: number;
}

/**
 * Media housekeeping, hourly on every instance (one at a time, by an advisory lock): post images never used
 * in a post are deleted MEDIA_ORPHAN_HOURS after their upload, and the S3 objects of deleted media rows
 * (queued in media_purge by the table's trigger, whichever way the row went) are deleted from the bucket.
 * PostgreSQL-stored bytes need no sweep: media_blobs rows cascade with their media row.
 */
@Injectable()
export class MediaPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private soonTimer?: NodeJS.Timeout;
  private running?: Promise<SweepResult | null>;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), HOUR_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.soonTimer);
    await this.running?.catch(() => undefined);
    (this.storage as { destroy?: () => void }).destroy?.();
  }

  /** After a deletion with the S3 engine: purge within a second rather than within the hour. */
  soon(): void {
    if (this.storage.engine !== 's3' || this.soonTimer) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      void this.sweep();
    }, 1000);
    this.soonTimer.unref();
  }

  sweep(): Promise<SweepResult | null> {
    this.running ??= this.sweepOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweepOnce(): Promise<SweepResult | null> {
    const result: SweepResult = { orphans: 0, purgedObjects: 0 };
    try {
      for (;;) {
        const n = await this.db.transaction(async (em) => {
          const [{ locked }]: { locked: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [MEDIA_SWEEP_LOCK]);
          if (!locked) return -1;
          const [, affected]: [unknown[], number] = await em.query(
            `DELETE FROM media WHERE id IN (SELECT id FROM media WHERE purpose = 'POST' AND post_id IS NULL AND created_at < now() - make_interval(hours => $1) LIMIT ${BATCH})`,
            [this.config.media.orphanHours],
          );
          return affected;
        });
        if (n < 0) return null;
        result.orphans += n;
        if (n < BATCH) break;
      }
      // The quota log: only its last day counts.
      await this.db.query(`DELETE FROM media_uploads WHERE created_at < now() - interval '2 days'`);
      if (this.storage.engine === 's3') {
        for (;;) {
          const rows: { id: string; media_id: string; names: string[] }[] = await this.db.query(
            `SELECT id, media_id, names FROM media_purge ORDER BY id LIMIT ${BATCH}`,
          );
          if (!rows.length) break;
          await this.storage.deleteAll(rows.map((r) => ({ mediaId: r.media_id, names: r.names })));
          await this.db.query(`DELETE FROM media_purge WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
          result.purgedObjects += rows.reduce((n, r) => n + r.names.length, 0);
          if (rows.length < BATCH) break;
        }
      }
      if (result.orphans || result.purgedObjects) logger.info(result, 'media swept');
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'media sweep failed; it runs again within the hour');
    }
    return result;
  }
}
