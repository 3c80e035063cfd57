import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, entityLoader, loadByIds } from '@waardenet/core';
import { CollectionItem } from '@waardenet/catalogue';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { Post, PostState, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { SearchKind } from './dto/search.inputs';
import { SearchHit } from './search-hit.type';
import { CompiledQuery, HEADLINE_OPTIONS, headlineSource, markdownAsText, snippetHtml } from './search-query';

/** A ranked match, as the search statement returns it. */
export interface HitRow {
  kind: SearchKind;
  id: string;
  rank: number;
}

/**
 * Turns ranked ids into hits: loads the objects through the domains' own loaders and asks their
 * policies again (a second lock on the door the SQL already closed), and makes the snippets for the
 * page only — ts_headline is too dear to run over every match.
 */
@Injectable()
export class SearchHydrator {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly threads: ThreadsService,
    private readonly threadsPolicy: ThreadsPolicy,
  ) {}

  async hydrate(ctx: RequestContext, q: CompiledQuery, rows: HitRow[]): Promise<SearchHit[]> {
    const ids = (kind: SearchKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const groups = await Promise.all([
      this.threadHits(ctx, q, ids(SearchKind.THREAD)),
      this.postHits(ctx, q, ids(SearchKind.POST)),
      this.communityHits(ctx, q, ids(SearchKind.COMMUNITY)),
      this.itemHits(ctx, q, ids(SearchKind.ITEM)),
    ]);
    const byKey = new Map(groups.flat().map((h) => [`${h.kind}:${h.id}`, h]));
    return rows.flatMap((r) => {
      const hit = byKey.get(`${r.kind}:${r.id}`);
      return hit ? [Object.assign(hit, { rank: r.rank })] : [];
    });
  }

  private async headlines(table: string, source: string, tsquery: string, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; headline: string }[] = await this.db.query(
      `SELECT id, ts_headline('dutch', ${headlineSource(source)}, $1::tsquery, $3) AS headline FROM ${table} WHERE id = ANY($2)`,
      [tsquery, ids, HEADLINE_OPTIONS],
    );
    return new Map(rows.map((r) => [r.id, snippetHtml(r.headline)]));
  }

  private async threadHits(ctx: RequestContext, q: CompiledQuery, ids: string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    const [loaded, snippets] = await Promise.all([
      this.threads.loader(ctx).loadMany(ids),
      this.headlines('threads', 'title', q.nameHeadline, ids),
    ]);
    const hits = await Promise.all(loaded.map((t) => this.threadsPolicy.readableOrNull(ctx, t instanceof Error ? null : t)));
    return hits.flatMap((h) =>
      h
        ? [
            {
              id: h.thread.id,
              kind: SearchKind.THREAD,
              rank: 0,
              snippet: snippets.get(h.thread.id) ?? '',
              thread: h.thread,
              community: h.community,
            },
          ]
        : [],
    );
  }

  private async postHits(ctx: RequestContext, q: CompiledQuery, ids: string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    const [posts, snippets] = await Promise.all([
      loadByIds(this.db, Post, ids),
      this.headlines('posts', markdownAsText('body'), q.textHeadline, ids),
    ]);
    const hits = await Promise.all(
      posts.map(async (post) => {
        const found = await this.threadsPolicy.readableOrNull(ctx, await this.threads.loader(ctx).load(post.threadId));
        if (!found || !this.threadsPolicy.canSeeText(ctx, found, post) || post.state !== PostState.VISIBLE) return null;
        this.threadsPolicy.reveal(ctx, found, [post]);
        return {
          id: post.id,
          kind: SearchKind.POST,
          rank: 0,
          snippet: snippets.get(post.id) ?? '',
          post,
          thread: found.thread,
          community: found.community,
        };
      }),
    );
    return hits.filter((h): h is NonNullable<typeof h> => h !== null);
  }

  private async communityHits(ctx: RequestContext, q: CompiledQuery, ids: string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    const [loaded, snippets] = await Promise.all([
      this.communities.loader(ctx).loadMany(ids),
      this.headlines('communities', `name || ' — ' || description`, q.nameHeadline, ids),
    ]);
    const hits = await Promise.all(
      loaded.map(async (c) => {
        if (!c || c instanceof Error || !(await this.communityPolicy.access(ctx, c)).canSee) return null;
        return { id: c.id, kind: SearchKind.COMMUNITY, rank: 0, snippet: snippets.get(c.id) ?? '', community: c };
      }),
    );
    return hits.filter((h): h is NonNullable<typeof h> => h !== null);
  }

  private async itemHits(ctx: RequestContext, q: CompiledQuery, ids: string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    const [loaded, snippets] = await Promise.all([
      entityLoader(ctx, this.db, CollectionItem).loadMany(ids),
      this.headlines('collection_items', `title || ' — ' || array_to_string(creators, ', ')`, q.nameHeadline, ids),
    ]);
    return loaded.flatMap((item) =>
      item instanceof CollectionItem ? [{ id: item.id, kind: SearchKind.ITEM, rank: 0, snippet: snippets.get(item.id) ?? '', item }] : [],
    );
  }
}
