import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BACKGROUND_SQL, logger } from '@waardenet/core';
import { isBot, isPrefetch } from './bots';
import { ReachPage } from './reach.entities';

/** What a counted page is: its kind and subject, and the community and library it counts for. */
export interface PageView {
  page: ReachPage;
  targetId: string;
  libraryId: string | null;
  communityId: string | null;
}

export interface CatalogueClick {
  threadId: string;
  itemId: string;
  libraryId: string;
  communityId: string;
}

/** The parts of a request the counter looks at: never its address, cookies or anything that tells who. */
export interface CountedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/** How often the counts in memory are added to the tables. */
export const REACH_FLUSH_MS = 10_000;
/** Daily counts older than this are deleted (they tell nothing about anyone; the figures look back a year at most). */
export const REACH_RETENTION_DAYS = 731;

const today = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Counts page views and catalogue clicks as daily totals (issue #16 ask 7). A view is only a number added
 * to its day's row: no address, cookie, account or browser string is stored or kept in memory. Bots (by
 * their User-Agent), HEAD requests and browser prefetches are not counted. Counts wait in memory and are
 * added in one statement per table every REACH_FLUSH_MS (and at shutdown), so a page view costs no write of its own.
 */
@Injectable()
export class ReachCounter implements OnApplicationBootstrap, OnModuleDestroy {
  private views = new Map<string, { view: PageView; day: string; n: number }>();
  private clicks = new Map<string, { click: CatalogueClick; day: string; n: number }>();
  private timer?: NodeJS.Timeout;
  private lastPrune = 0;

  constructor(private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush().catch((err) => logger.error({ err }, 'reach counts not written')), REACH_FLUSH_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush().catch((err) => logger.error({ err }, 'reach counts not written at shutdown'));
  }

  /** Whether a request is a person's view worth counting. */
  counts(req: CountedRequest): boolean {
    const ua = req.headers['user-agent'];
    return req.method === 'GET' || req.method === 'POST' ? !isBot(Array.isArray(ua) ? ua[0] : ua) && !isPrefetch(req.headers) : false;
  }

  view(req: CountedRequest, view: PageView): boolean {
    if (!this.counts(req)) return false;
    const day = today();
    const key = `${day}|${view.page}|${view.targetId}`;
    const had = this.views.get(key);
    if (had) had.n += 1;
    else this.views.set(key, { view, day, n: 1 });
    return true;
  }

  click(req: CountedRequest, click: CatalogueClick): boolean {
    if (!this.counts(req)) return false;
    const day = today();
    const key = `${day}|${click.threadId}|${click.itemId}`;
    const had = this.clicks.get(key);
    if (had) had.n += 1;
    else this.clicks.set(key, { click, day, n: 1 });
    return true;
  }

  /** Adds what was counted since the last flush to the tables. */
  async flush(): Promise<void> {
    const views = [...this.views.values()];
    const clicks = [...this.clicks.values()];
    this.views = new Map();
    this.clicks = new Map();
    if (views.length) {
      await this.db.query(
        `${BACKGROUND_SQL} INSERT INTO reach_page_views (day, page, target_id, library_id, community_id, views)
           SELECT day, page, target_id, library_id, community_id, n FROM jsonb_to_recordset($1::jsonb)
             AS v(day date, page text, target_id uuid, library_id uuid, community_id uuid, n int)
         ON CONFLICT (day, page, target_id) DO UPDATE SET views = reach_page_views.views + excluded.views`,
        [
          JSON.stringify(
            views.map((v) => ({
              day: v.day,
              page: v.view.page,
              target_id: v.view.targetId,
              library_id: v.view.libraryId,
              community_id: v.view.communityId,
              n: v.n,
            })),
          ),
        ],
      );
    }
    if (clicks.length) {
      await this.db.query(
        `${BACKGROUND_SQL} INSERT INTO reach_catalogue_clicks (day, thread_id, item_id, library_id, community_id, clicks)
           SELECT day, thread_id, item_id, library_id, community_id, n FROM jsonb_to_recordset($1::jsonb)
             AS c(day date, thread_id uuid, item_id uuid, library_id uuid, community_id uuid, n int)
         ON CONFLICT (day, thread_id, item_id) DO UPDATE SET clicks = reach_catalogue_clicks.clicks + excluded.clicks`,
        [
          JSON.stringify(
            clicks.map((c) => ({
              day: c.day,
              thread_id: c.click.threadId,
              item_id: c.click.itemId,
              library_id: c.click.libraryId,
              community_id: c.click.communityId,
              n: c.n,
            })),
          ),
        ],
      );
    }
    // Old days go at most hourly, and only along with a write: an idle server runs no statement for the counters.
    if ((views.length || clicks.length) && Date.now() - this.lastPrune > 3_600_000) {
      this.lastPrune = Date.now();
      await this.db.query(`${BACKGROUND_SQL} DELETE FROM reach_page_views WHERE day < current_date - $1::int`, [REACH_RETENTION_DAYS]);
      await this.db.query(`${BACKGROUND_SQL} DELETE FROM reach_catalogue_clicks WHERE day < current_date - $1::int`, [
        REACH_RETENTION_DAYS,
      ]);
    }
  }
}
