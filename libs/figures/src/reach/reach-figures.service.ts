import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RemoteFollowers } from './remote-followers';
import { ReachFigures } from './reach-figures.types';

/** Which counts: a community's (or several), a library's (its own page too), or every count (nationally). */
export type ReachScope = { communityIds: string[] } | { libraryId: string; communityIds: string[] } | { national: true };

export interface ReachTotals {
  pageViews: number;
  catalogueClicks: number;
  localFollowers: number;
  remoteFollowers: number;
}

/** The first day (UTC, a Monday) of the period of `weeks` calendar weeks that ends with the current one. */
export function periodStart(weeks: number, now = new Date()): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday - 7 * (weeks - 1));
  return day;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Reach figures from the daily counts (ReachCounter) and the follows. */
@Injectable()
export class ReachFiguresService {
  constructor(
    private readonly db: DataSource,
    private readonly remote: RemoteFollowers,
  ) {}

  private rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params);
  }

  private where(scope: ReachScope, param: number): { sql: string; params: unknown[] } {
    if ('national' in scope) return { sql: 'true', params: [] };
    if ('libraryId' in scope) return { sql: `library_id = $${param}`, params: [scope.libraryId] };
    return { sql: `community_id = ANY($${param}::uuid[])`, params: [scope.communityIds] };
  }

  async figures(scope: ReachScope, weeks: number): Promise<ReachFigures> {
    const start = periodStart(weeks);
    const w = this.where(scope, 2);
    const [views, clicks] = await Promise.all([
      this.rows<{ week: string; n: number }>(
        `SELECT date_trunc('week', day)::date::text AS week, sum(views)::int AS n FROM reach_page_views WHERE day >= $1 AND ${w.sql} GROUP BY 1`,
        [ymd(start), ...w.params],
      ),
      this.rows<{ week: string; n: number }>(
        `SELECT date_trunc('week', day)::date::text AS week, sum(clicks)::int AS n FROM reach_catalogue_clicks WHERE day >= $1 AND ${w.sql} GROUP BY 1`,
        [ymd(start), ...w.params],
      ),
    ]);
    const byWeek = (rows: { week: string; n: number }[]) => new Map(rows.map((r) => [r.week, r.n]));
    const v = byWeek(views);
    const c = byWeek(clicks);
    const list = Array.from({ length: weeks }, (_, i) => new Date(start.getTime() + i * 7 * 86_400_000));
    const followers = await this.followers('national' in scope ? null : scope.communityIds);
    let local = 0;
    let remote = 0;
    for (const f of followers.values()) {
      local += f.local;
      remote += f.remote;
    }
    return {
      pageViews: views.reduce((s, r) => s + r.n, 0),
      catalogueClicks: clicks.reduce((s, r) => s + r.n, 0),
      localFollowers: local,
      remoteFollowers: remote,
      followers: local + remote,
      weeks: list.map((weekStart) => ({ weekStart, pageViews: v.get(ymd(weekStart)) ?? 0, catalogueClicks: c.get(ymd(weekStart)) ?? 0 })),
    };
  }

  /** Per community (of those given) in the period. */
  async perCommunity(communityIds: string[], weeks: number): Promise<Map<string, ReachTotals>> {
    const start = ymd(periodStart(weeks));
    const [views, clicks] = await Promise.all([
      this.rows<{ id: string; n: number }>(
        `SELECT community_id AS id, sum(views)::int AS n FROM reach_page_views WHERE day >= $1 AND community_id = ANY($2::uuid[]) GROUP BY 1`,
        [start, communityIds],
      ),
      this.rows<{ id: string; n: number }>(
        `SELECT community_id AS id, sum(clicks)::int AS n FROM reach_catalogue_clicks WHERE day >= $1 AND community_id = ANY($2::uuid[]) GROUP BY 1`,
        [start, communityIds],
      ),
    ]);
    const followers = await this.followers(communityIds);
    const v = new Map(views.map((r) => [r.id, r.n]));
    const c = new Map(clicks.map((r) => [r.id, r.n]));
    return new Map(
      communityIds.map((id) => [
        id,
        {
          pageViews: v.get(id) ?? 0,
          catalogueClicks: c.get(id) ?? 0,
          localFollowers: followers.get(id)?.local ?? 0,
          remoteFollowers: followers.get(id)?.remote ?? 0,
        },
      ]),
    );
  }

  /** Per library (nationally) in the period: views (its library page included), clicks and followers of all its communities. */
  async perLibrary(weeks: number): Promise<Map<string, ReachTotals>> {
    const start = ymd(periodStart(weeks));
    const [views, clicks, follows] = await Promise.all([
      this.rows<{ id: string; n: number }>(
        `SELECT library_id AS id, sum(views)::int AS n FROM reach_page_views WHERE day >= $1 AND library_id IS NOT NULL GROUP BY 1`,
        [start],
      ),
      this.rows<{ id: string; n: number }>(
        `SELECT library_id AS id, sum(clicks)::int AS n FROM reach_catalogue_clicks WHERE day >= $1 GROUP BY 1`,
        [start],
      ),
      this.rows<{ id: string; n: number }>(
        `SELECT c.library_id AS id, count(*)::int AS n FROM follows f JOIN communities c ON c.id = f.target_id WHERE f.target_type = 'COMMUNITY' GROUP BY 1`,
      ),
    ]);
    const communities = await this.rows<{ id: string; library_id: string }>(`SELECT id, library_id FROM communities`);
    const remote = await this.remote.count(communities.map((c) => c.id));
    const remoteByLibrary = new Map<string, number>();
    for (const c of communities) remoteByLibrary.set(c.library_id, (remoteByLibrary.get(c.library_id) ?? 0) + (remote.get(c.id) ?? 0));
    const [v, c, f] = [views, clicks, follows].map((rows) => new Map(rows.map((r) => [r.id, r.n])));
    const ids = new Set([...v.keys(), ...c.keys(), ...f.keys(), ...remoteByLibrary.keys()]);
    return new Map(
      [...ids].map((id) => [
        id,
        {
          pageViews: v.get(id) ?? 0,
          catalogueClicks: c.get(id) ?? 0,
          localFollowers: f.get(id) ?? 0,
          remoteFollowers: remoteByLibrary.get(id) ?? 0,
        },
      ]),
    );
  }

  /** Local follows per community, and remote ones from federation (RemoteFollowers); every community with null. */
  private async followers(communityIds: string[] | null): Promise<Map<string, { local: number; remote: number }>> {
    const rows = communityIds
      ? await this.rows<{ id: string; n: number }>(
          `SELECT target_id AS id, count(*)::int AS n FROM follows WHERE target_type = 'COMMUNITY' AND target_id = ANY($1::uuid[]) GROUP BY 1`,
          [communityIds],
        )
      : await this.rows<{ id: string; n: number }>(
          `SELECT target_id AS id, count(*)::int AS n FROM follows WHERE target_type = 'COMMUNITY' GROUP BY 1`,
        );
    const ids = communityIds ?? (await this.rows<{ id: string }>(`SELECT id FROM communities`)).map((r) => r.id);
    const remote = await this.remote.count(ids);
    const local = new Map(rows.map((r) => [r.id, r.n]));
    return new Map(ids.map((id) => [id, { local: local.get(id) ?? 0, remote: remote.get(id) ?? 0 }]));
  }
}
