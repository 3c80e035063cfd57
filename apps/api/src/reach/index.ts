import type { INestApplication } from '@nestjs/common';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { AppConfig } from '@waardenet/core';
import { DomainEvents } from '@waardenet/live/channels';
import { ContentChanges } from '@waardenet/core/read-cache';
import { EMBED_CSP, embedPage, oembedJson } from './embed';
import { atomFeed } from './feeds';
import { CachedAnswer, PageCache } from './page-cache';
import type { PageView } from '@waardenet/figures';
import { RenderedPage, communityPage, eventPage, itemPage, libraryPage, paths, threadPage } from './pages';
import { calendar } from '@waardenet/events';
import { ReachReader } from './reader';
import { PageShell, notFoundPage } from './shell';
import { Sitemaps, robotsTxt } from './sitemap';
import { ReachCounter } from '@waardenet/figures';
import type { LibraryEvent } from '@waardenet/events';
import { RATE_LIMIT_STORE, RateLimitStore } from '@waardenet/core/rate-limit';
import { catalogueRedirect, countView, viewBeacon } from './counting';

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
/** How long after a domain event nothing is cached (its transaction commits well within this). */
const QUIET_AFTER_EVENT_MS = 2000;

/** Sends an answer, with 304 when the client's copy is fresh (req.fresh weighs If-None-Match and If-Modified-Since). */
function send(req: Request, res: Response, answer: CachedAnswer): void {
  res.status(answer.status).type(answer.type).setHeader('cache-control', 'public, max-age=30');
  if (answer.etag) res.setHeader('etag', answer.etag);
  if (answer.lastModified) res.setHeader('last-modified', answer.lastModified.toUTCString());
  if (answer.status === 200 && (answer.etag || answer.lastModified) && req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(answer.body);
}

/**
 * The public web's view of Waardenet (issue #16 asks 1–3): server-rendered pages, robots.txt and
 * sitemaps, Atom feeds, oEmbed and embed pages. Everything is read as an anonymous visitor and cached
 * per path (PageCache). Mounted before the web client's SPA fallback, which still answers every other page.
 */
export function reachRouter(app: INestApplication, config: AppConfig, webDir: string): Router {
  const reader = new ReachReader(app);
  const shell = new PageShell(webDir, config.email.publicUrl);
  const url = (path: string) => shell.url(path);
  const sitemaps = new Sitemaps(reader.db, reader.communityPolicy, reader.threadsPolicy, config.email.publicUrl);
  const cache = new PageCache();
  const counter = app.get(ReachCounter, { strict: false });
  const limits = app.get<RateLimitStore>(RATE_LIMIT_STORE, { strict: false });
  app.get(DomainEvents, { strict: false }).onAny(async () => cache.clear(QUIET_AFTER_EVENT_MS));
  // Every change readers see, before and after its commit, on any instance: what empties the anonymous read cache.
  app.get(ContentChanges, { strict: false }).listen(() => cache.clear());

  const router = Router();
  /** A cached GET: `make` runs on a miss; its answer (a 404 too) is kept for the TTL. */
  // Keyed by path alone (a query string a page ignores must not bypass the cache); oEmbed by what it reads.
  const cached =
    (make: (req: Request) => Promise<CachedAnswer>, keyOf = (req: Request) => req.path) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const key = keyOf(req);
        let answer = cache.get(key);
        if (!answer) {
          const started = cache.begin();
          cache.set(key, (answer = await make(req)), started);
        }
        send(req, res, answer);
        // A person's view of a public page (never a 404, a bot, a HEAD or a prefetch): a number added to today's count.
        if (answer.status === 200 && answer.view) await countView(limits, counter, req, answer.view);
      } catch (err) {
        next(err);
      }
    };
  const page404 = (req: Request): CachedAnswer => ({ status: 404, type: HTML, body: notFoundPage(shell, req.path) });
  const page = (req: Request, rendered: RenderedPage | null, view?: PageView): CachedAnswer =>
    rendered ? { status: 200, type: HTML, body: shell.render(rendered.meta, rendered.content), view } : page404(req);
  const param = (req: Request, name: string) => String(req.params[name]);

  const threadAnswer = async (req: Request): Promise<CachedAnswer> => {
    const view = await reader.thread(param(req, 'id'));
    return page(
      req,
      view && threadPage(view, url),
      view ? { page: 'thread', targetId: view.thread.id, libraryId: view.community.libraryId, communityId: view.community.id } : undefined,
    );
  };
  const communityAnswer = async (req: Request): Promise<CachedAnswer> => {
    const view = await reader.community(param(req, 'slug'));
    return page(
      req,
      view && communityPage(view, url),
      view
        ? { page: 'community', targetId: view.community.id, libraryId: view.community.libraryId, communityId: view.community.id }
        : undefined,
    );
  };
  const libraryAnswer = async (req: Request): Promise<CachedAnswer> => {
    const view = await reader.library(param(req, 'slug'));
    return page(
      req,
      view && libraryPage(view.library, view.communities, url, view.events),
      view ? { page: 'library', targetId: view.library.id, libraryId: view.library.id, communityId: null } : undefined,
    );
  };
  const itemAnswer = async (req: Request): Promise<CachedAnswer> => {
    const view = await reader.item(param(req, 'id'));
    return page(
      req,
      view && itemPage(view.item, view.threads, url),
      view ? { page: 'item', targetId: view.item.id, libraryId: null, communityId: null } : undefined,
    );
  };
  const eventAnswer = async (req: Request): Promise<CachedAnswer> => {
    const view = await reader.event(param(req, 'id'));
    return page(req, view && eventPage(view, url));
  };
  router.get('/thread/:id', cached(threadAnswer));
  router.get('/community/:slug', cached(communityAnswer));
  router.get('/library/:slug', cached(libraryAnswer));
  router.get('/item/:id', cached(itemAnswer));

  const feedNotFound: CachedAnswer = { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
  // iCalendar: an event, and the coming events of a community or a library, as a visitor sees them (public communities only).
  const ICS = 'text/calendar; charset=utf-8';
  const host = new URL(config.email.publicUrl).host;
  const ics = async (name: string, events: LibraryEvent[]): Promise<CachedAnswer> => {
    const names = await reader.communityNames(events);
    const entries = events.map((event) => ({ event, url: url(paths.event(event.id)), communityName: names.get(event.communityId) ?? '' }));
    return { status: 200, type: ICS, body: calendar(name, entries, host) };
  };
  router.get(
    '/event/:id.ics',
    cached(async (req) => {
      const view = await reader.event(param(req, 'id'));
      return view ? ics(view.event.title, [view.event]) : feedNotFound;
    }),
  );
  router.get(
    '/community/:slug/events.ics',
    cached(async (req) => {
      const view = await reader.community(param(req, 'slug'));
      return view?.threads ? ics(view.community.name, view.events) : feedNotFound;
    }),
  );
  router.get(
    '/library/:slug/events.ics',
    cached(async (req) => {
      const view = await reader.library(param(req, 'slug'));
      return view ? ics(view.library.name, view.events) : feedNotFound;
    }),
  );
  // After the .ics route: `:id` alone would take `<id>.ics` too.
  router.get('/event/:id', cached(eventAnswer));
  router.get(
    '/thread/:id/feed.atom',
    cached(async (req) => {
      const view = await reader.thread(param(req, 'id'));
      if (!view) return feedNotFound;
      const path = paths.thread(view.thread.id);
      return atomFeed({
        title: view.thread.title,
        url: url(path),
        self: url(`${path}/feed.atom`),
        since: view.thread.createdAt,
        entries: view.posts.map((p) => ({
          id: p.id,
          title: `${p.authorName} #${p.seq}`,
          url: url(`${path}#post-${p.seq}`),
          published: p.createdAt,
          updated: p.editedAt ?? p.createdAt,
          author: p.authorName,
          html: p.bodyHtml,
        })),
      });
    }),
  );
  router.get(
    '/community/:slug/feed.atom',
    cached(async (req) => {
      const view = await reader.community(param(req, 'slug'));
      if (!view?.threads || !reader.isPublic(view.community)) return feedNotFound;
      const path = paths.community(view.community.slug);
      return atomFeed({
        title: view.community.name,
        url: url(path),
        self: url(`${path}/feed.atom`),
        since: view.community.createdAt,
        entries: view.threads.map((t) => ({
          id: t.id,
          title: t.title,
          url: url(paths.thread(t.id)),
          published: t.createdAt,
          updated: t.lastActivityAt,
          author: view.community.name,
          html: null,
        })),
      });
    }),
  );
  router.get(
    '/library/:slug/feed.atom',
    cached(async (req) => {
      const view = await reader.library(param(req, 'slug'));
      if (!view) return feedNotFound;
      const path = paths.library(view.library.slug);
      const threads = await reader.libraryThreads(view.library.id);
      return atomFeed({
        title: view.library.name,
        url: url(path),
        self: url(`${path}/feed.atom`),
        since: view.library.createdAt,
        entries: threads.map((t) => ({
          id: t.id,
          title: t.title,
          url: url(paths.thread(t.id)),
          published: t.createdAt,
          updated: t.lastActivityAt,
          author: view.library.name,
          html: null,
        })),
      });
    }),
  );

  router.get(
    '/robots.txt',
    (_req, res) => void res.type('text/plain').setHeader('cache-control', 'public, max-age=3600').send(robotsTxt(config.email.publicUrl)),
  );
  router.get(
    '/sitemap.xml',
    cached(async () => ({ status: 200, type: XML, body: await sitemaps.index() })),
  );
  router.get(
    '/sitemaps/:part.xml',
    cached(async (req) => {
      const match = /^([a-z]+)-(\d{1,6})$/.exec(param(req, 'part'));
      const body = match && (await sitemaps.part(match[1], Number(match[2])));
      return body ? { status: 200, type: XML, body } : feedNotFound;
    }),
  );

  router.get(
    '/oembed',
    cached(
      async (req) => {
        const format = req.query.format ?? 'json';
        if (format !== 'json') return { status: 501, type: 'text/plain; charset=utf-8', body: 'Only format=json is served.' };
        const target = threadTarget(queryText(req.query.url), config.email.publicUrl);
        const view = target && (await reader.thread(target.id));
        if (!target || !view) return feedNotFound;
        if (target.seq !== null && !view.posts.some((p) => p.seq === target.seq)) return feedNotFound;
        return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(oembedJson(view, url, target.seq)) };
      },
      (req) => `/oembed ${queryText(req.query.format, 'json')} ${queryText(req.query.url)}`,
    ),
  );
  const embed = cached(async (req) => {
    const view = await reader.thread(param(req, 'id'));
    return view ? { status: 200, type: HTML, body: embedPage(view, url) } : feedNotFound;
  });
  router.get('/embed/thread/:id', (req, res, next) => {
    // The one page other sites may frame (every embedding visitor reloads it each minute: cached like the rest).
    res.setHeader('content-security-policy', EMBED_CSP);
    res.removeHeader('x-frame-options');
    void embed(req, res, next);
  });
  // Views in the web client (SPA navigation) and clicks to a library's catalogue (issue #16 ask 7).
  // The beacon names a page by its path; it counts only what that page's server-rendered answer would (the same cache).
  const beaconPages: [RegExp, string, (req: Request) => Promise<CachedAnswer>][] = [
    [/^\/thread\/([^/]+)$/, 'id', threadAnswer],
    [/^\/community\/([^/]+)$/, 'slug', communityAnswer],
    [/^\/library\/([^/]+)$/, 'slug', libraryAnswer],
    [/^\/item\/([^/]+)$/, 'id', itemAnswer],
  ];
  router.post(
    '/api/view',
    viewBeacon(limits, counter, async (path) => {
      for (const [pattern, name, make] of beaconPages) {
        const match = pattern.exec(path);
        if (!match) continue;
        let answer = cache.get(path);
        if (!answer) {
          const started = cache.begin();
          cache.set(path, (answer = await make({ path, params: { [name]: decodeURIComponent(match[1]) } } as unknown as Request)), started);
        }
        return answer.status === 200 ? (answer.view ?? null) : null;
      }
      return null;
    }),
  );
  router.get('/out/catalogue/:itemId', catalogueRedirect(reader, limits, counter));
  return router;
}

/** A query parameter given once as text; anything else (absent, repeated, nested) counts as `fallback`. */
function queryText(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** The thread (and post) an oEmbed URL names: this site's /thread/<id>, optionally #post-<seq>. */
function threadTarget(given: string, publicUrl: string): { id: string; seq: number | null } | null {
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    return null;
  }
  if (parsed.origin !== new URL(publicUrl).origin) return null;
  const match = /^\/thread\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!match) return null;
  const seq = /^#post-(\d{1,9})$/.exec(parsed.hash);
  return { id: decodeURIComponent(match[1]), seq: seq ? Number(seq[1]) : null };
}
