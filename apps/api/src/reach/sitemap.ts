import { DataSource } from 'typeorm';
import { RequestContext, bindNamed } from '@waardenet/core';
import { CommunitiesPolicy } from '@waardenet/communities';
import { ThreadsPolicy } from '@waardenet/threads';
import { escapeXml as x } from './escape';

/** The most URLs one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

interface Source {
  /** FROM and WHERE over an alias `k` whose `id` is the keyset key; `$1` is free for the keyset bound. */
  from: string;
  path: string;
  lastmod: string;
}

/**
 * What the sitemap lists, each read as an anonymous visitor by the same rules as search
 * (CommunitiesPolicy.readableSql, ThreadsPolicy.readableThreadSql): libraries (all are public), PUBLIC
 * communities (RESTRICTED ones are noindex), readable threads, and items with at least one readable thread
 * (an item page with no public conversation is a bare catalogue record: not worth a crawler's time).
 */
function sources(communities: CommunitiesPolicy, threads: ThreadsPolicy): Record<string, Source> {
  const anonymous = new RequestContext();
  const community = communities.readableSql(anonymous, 'k');
  const thread = threads.readableThreadSql(anonymous, 't', 'c');
  const threadAsKey = threads.readableThreadSql(anonymous, 'k', 'c');
  // Anonymous rules have no parameters; bindNamed would number any into this unused list.
  const none: unknown[] = [];
  return {
    libraries: { from: 'libraries k WHERE TRUE', path: `'/library/' || k.slug`, lastmod: 'k.created_at' },
    communities: {
      from: `communities k WHERE ${bindNamed(community.sql, community.params, none)}`,
      path: `'/community/' || k.slug`,
      lastmod: `coalesce((SELECT max(t.last_activity_at) FROM threads t WHERE t.community_id = k.id AND t.state = 'VISIBLE'), k.created_at)`,
    },
    threads: {
      from: `threads k JOIN communities c ON c.id = k.community_id WHERE ${bindNamed(threadAsKey.sql, threadAsKey.params, none)}`,
      path: `'/thread/' || k.id`,
      lastmod: 'k.last_activity_at',
    },
    items: {
      from: `collection_items k WHERE EXISTS (SELECT 1 FROM thread_items ti JOIN threads t ON t.id = ti.thread_id JOIN communities c ON c.id = t.community_id
        WHERE ti.item_id = k.id AND ${bindNamed(thread.sql, thread.params, none)})`,
      path: `'/item/' || k.id`,
      lastmod: 'k.updated_at',
    },
  };
}

export class Sitemaps {
  private readonly sources: Record<string, Source>;

  constructor(
    private readonly db: DataSource,
    communities: CommunitiesPolicy,
    threads: ThreadsPolicy,
    private readonly publicUrl: string,
    private readonly limit = SITEMAP_LIMIT,
  ) {
    this.sources = sources(communities, threads);
  }

  /** The sitemap index: one child per `limit` URLs of each kind, with the newest lastmod in it. */
  async index(): Promise<string> {
    const children: string[] = [];
    for (const [name, s] of Object.entries(this.sources)) {
      const rows: { chunk: number; lastmod: Date }[] = await this.db.query(
        `SELECT chunk::int AS chunk, max(lastmod) AS lastmod FROM (
           SELECT (row_number() OVER (ORDER BY k.id) - 1) / ${this.limit} AS chunk, ${s.lastmod} AS lastmod FROM ${s.from}) r
         GROUP BY chunk ORDER BY chunk`,
      );
      for (const r of rows) {
        children.push(
          `  <sitemap><loc>${x(`${this.publicUrl}/sitemaps/${name}-${r.chunk + 1}.xml`)}</loc><lastmod>${new Date(r.lastmod).toISOString()}</lastmod></sitemap>`,
        );
      }
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${children.join('\n')}\n</sitemapindex>\n`;
  }

  /**
   * One child sitemap (`threads-2`), or null when there is no such part. Keyset-paged by id: the part's
   * first id is found on the id order (one OFFSET over the key), the part itself read from there.
   */
  async part(name: string, n: number): Promise<string | null> {
    const s = Object.hasOwn(this.sources, name) ? this.sources[name] : undefined;
    if (!s || !Number.isSafeInteger(n) || n < 1) return null;
    const [start]: { id: string }[] = await this.db.query(`SELECT k.id FROM ${s.from} ORDER BY k.id OFFSET $1 LIMIT 1`, [
      (n - 1) * this.limit,
    ]);
    if (!start) return null;
    const rows: { path: string; lastmod: Date }[] = await this.db.query(
      `SELECT ${s.path} AS path, ${s.lastmod} AS lastmod FROM ${s.from} AND k.id >= $1 ORDER BY k.id LIMIT ${this.limit}`,
      [start.id],
    );
    const urls = rows.map(
      (r) => `  <url><loc>${x(this.publicUrl + r.path)}</loc><lastmod>${new Date(r.lastmod).toISOString()}</lastmod></url>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  }
}

export function robotsTxt(publicUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /graphql\nDisallow: /embed/\nDisallow: /out/\n\nSitemap: ${publicUrl}/sitemap.xml\n`;
}
