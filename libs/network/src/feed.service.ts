import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, pageSize } from '@waardenet/core';
import { CommunitiesPolicy, Community } from '@waardenet/communities';
import { Thread, ThreadsService } from '@waardenet/threads';
import { SHOWING_SQL, SyndicationsService } from './syndications.service';
import { Syndication } from './syndication.entity';

export interface FeedItem {
  thread: Thread;
  syndication: Syndication | null;
}

const FEED_CURSOR = cursorCodec<[Date, string]>('communityFeed', [cursorPart.time, cursorPart.uuid]);

/**
 * A community's feed: its own threads plus the chapter threads its editors accepted, by last activity.
 * Own threads follow ThreadsService.listForCommunity's visibility rule; accepted ones show only while
 * the original is VISIBLE in its PUBLIC chapter (SHOWING_SQL).
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly db: DataSource,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly threads: ThreadsService,
    private readonly syndications: SyndicationsService,
  ) {}

  async feed(ctx: RequestContext, community: Community, first?: number | null, after?: string | null): Promise<Page<FeedItem> | null> {
    const access = await this.communityPolicy.access(ctx, community);
    if (!access.canRead) return null;
    const limit = pageSize(first);
    const cursor = FEED_CURSOR.decode(after);
    const params: unknown[] = [community.id, limit + 1];
    const ownRule = access.canModerate
      ? 'TRUE'
      : `(t.state = 'VISIBLE' OR (t.state IN ('PENDING', 'HIDDEN') AND t.author_id = $${params.push(ctx.viewer?.id ?? null)}))`;
    let after_ = 'TRUE';
    if (cursor) after_ = `(t.last_activity_at, t.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`;
    // Two branches, each on its own index, each cut to the page before the merge.
    const rows: { id: string; at: Date; syndication_id: string | null }[] = await this.db.query(
      `SELECT * FROM (
         (SELECT t.id, t.last_activity_at AS at, NULL::uuid AS syndication_id FROM threads t
           WHERE t.community_id = $1 AND ${ownRule} AND ${after_} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $2)
         UNION ALL
         (SELECT t.id, t.last_activity_at AS at, s.id AS syndication_id FROM syndications s
           JOIN threads t ON t.id = s.thread_id JOIN communities fc ON fc.id = s.from_community_id
           WHERE s.to_community_id = $1 AND ${SHOWING_SQL} AND ${after_} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $2)
       ) f ORDER BY at DESC, id DESC LIMIT $2`,
      params,
    );
    const threads = await this.threads.loader(ctx).loadMany(rows.map((r) => r.id));
    const syndications = await this.syndications.loader(ctx).loadMany(rows.map((r) => r.syndication_id).filter((id): id is string => !!id));
    const byId = new Map(syndications.filter((s): s is Syndication => !!s && !(s instanceof Error)).map((s) => [s.id, s]));
    const items = rows.flatMap((r, i) => {
      const thread = threads[i];
      if (!thread || thread instanceof Error) return [];
      return [{ thread, syndication: r.syndication_id ? (byId.get(r.syndication_id) ?? null) : null }];
    });
    return FEED_CURSOR.page(items, limit, (item) => [item.thread.lastActivityAt, item.thread.id]);
  }
}
