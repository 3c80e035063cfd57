import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BACKGROUND_SQL, logger } from '@waardenet/core';

const BATCH = 2000;
export const INDEX_INTERVAL_MS = 500;

/**
 * Indexes queued catalogue items for search (see the SearchItemsQueue migration). Every instance
 * polls; a batch is taken with FOR UPDATE SKIP LOCKED, so instances share the queue without
 * overlapping, and a failed batch stays queued for the next run.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) void this.runOnce();
    }, INDEX_INTERVAL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Indexes everything queued now; returns how many items. */
  runOnce(): Promise<number> {
    this.running ??= this.drain()
      .catch((err) => {
        logger.error({ err }, 'search indexing failed; the items stay queued');
        return 0;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }] = await this.db.query<{ n: number }[]>(
        `${BACKGROUND_SQL} WITH batch AS (
           DELETE FROM search_items_queue WHERE item_id IN (SELECT item_id FROM search_items_queue LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) RETURNING item_id),
         indexed AS (
           INSERT INTO search_items (item_id, title, tsv) SELECT i.id, i.title, search_items_vector(i) FROM collection_items i JOIN batch b ON b.item_id = i.id
           ON CONFLICT (item_id) DO UPDATE SET title = EXCLUDED.title, tsv = EXCLUDED.tsv RETURNING 1)
         SELECT count(*)::int AS n FROM indexed`,
      );
      total += n;
      if (n < BATCH) return total;
    }
  }
}
