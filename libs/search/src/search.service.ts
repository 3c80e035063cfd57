import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, pageSize } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { SearchFilter, SearchKind } from './dto/search.inputs';
import { SearchHit } from './search-hit.type';
import { COMPILE_SQL, SqlParams, compiled, parseQuery } from './search-query';
import { KIND_SQL, SearchScope } from './search-sql';
import { HitRow, SearchHydrator } from './search-hydrator';

const SEARCH_CURSOR = cursorCodec<[number, SearchKind, string]>('search', [
  cursorPart.float,
  cursorPart.oneOf(Object.values(SearchKind)),
  cursorPart.uuid,
]);

/**
 * Ranked full-text search over what the viewer may read. The rights are the communities policy's own
 * rules as SQL (`readable`: threads and posts may be read; `seeable`: the community may be shown), so
 * a private community's content, or a post readers cannot see, is never a candidate.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesService,
    private readonly hydrator: SearchHydrator,
  ) {}

  async search(
    ctx: RequestContext,
    query: string,
    filter: SearchFilter = {},
    first?: number | null,
    after?: string | null,
  ): Promise<Page<SearchHit>> {
    const q = parseQuery(query);
    const limit = pageSize(first);
    const cursor = SEARCH_CURSOR.decode(after);
    if (filter.communityId) await this.communities.byId(ctx, filter.communityId);
    const [row] = await this.db.query<Parameters<typeof compiled>[1][]>(COMPILE_SQL, [q.text]);
    const tsq = compiled(q, row);
    const params = new SqlParams();
    const scope: SearchScope = {
      q,
      params,
      text: params.lazy(q.text),
      tsText: params.lazy(tsq.text),
      tsName: params.lazy(tsq.name),
      ...filter,
    };

    const where: string[] = [];
    if (filter.communityId) where.push(`c.id = ${params.add(filter.communityId)}`);
    if (filter.libraryId) where.push(`c.library_id = ${params.add(filter.libraryId)}`);
    const narrowed = where.map((w) => ` AND ${w}`).join('');
    const readable = this.policy.readableSql(ctx, 'c');
    const seeable = this.policy.visibleSql(ctx, 'c');

    const kinds = filter.kind ? [filter.kind] : Object.values(SearchKind);
    const parts = kinds.map((k) => KIND_SQL[k](scope));

    let keyset = '';
    if (cursor) {
      const [rank, kind, id] = cursor;
      const [r, k, i] = [params.add(rank), params.add(kind), params.add(id)];
      keyset = `WHERE h.rank < ${r}::float8 OR (h.rank = ${r}::float8 AND (h.kind, h.id) > (${k}::text, ${i}::uuid))`;
    }
    const sql = `WITH readable AS (SELECT c.id FROM communities c WHERE ${params.inline(readable.sql, readable.params)}${narrowed}),
      seeable AS (SELECT c.id FROM communities c WHERE ${params.inline(seeable.sql, seeable.params)}${narrowed})
      SELECT h.kind, h.id, h.rank FROM (${parts.join('\nUNION ALL\n')}) h ${keyset}
      ORDER BY h.rank DESC, h.kind, h.id LIMIT ${params.add(limit + 1)}`;
    const rows: HitRow[] = await this.db.query(sql, params.values);
    const hits = await this.hydrator.hydrate(ctx, tsq, rows);
    return SEARCH_CURSOR.page(hits, limit, (h) => [h.rank, h.kind, h.id]);
  }
}
