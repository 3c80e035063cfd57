import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import MarkdownIt from 'markdown-it';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, BACKGROUND_SQL, logger } from '@waardenet/core';
import { LiveEventsService, threadChannel } from '@waardenet/live/channels';
import { IMAGE_TYPES, SNIFF_BYTES, sniff } from '../media-processor';
import { allowList } from './address-guard';
import { decodePage, pageMeta } from './page-meta';
import { FetchRefused, Resolver, safeFetch } from './safe-fetch';

/** Addresses of one post that get a card (the first ones, in order). */
export const PREVIEWS_PER_POST = 3;
/** Pages fetched at once, and waiting at most (past that a fetch is skipped; a later read asks again). */
const CONCURRENCY = 2;
const MAX_WAITING = 200;
/** The card's image: at most this many pixels on its longer side, WebP. */
export const PREVIEW_IMAGE_EDGE = 400;
const URL_MAX = 2048;

// Parsed as the renderer parses (no HTML, linkify), to find the links readers will see.
const md = new MarkdownIt({ html: false, linkify: true });

/** The http(s) addresses a post links to (links and bare addresses; not images, not code), without fragments, the first PREVIEWS_PER_POST. */
export function previewLinks(body: string): string[] {
  if (!/https?:\/\//i.test(body)) return [];
  const found: string[] = [];
  for (const block of md.parse(body, {})) {
    for (const token of block.children ?? []) {
      if (token.type !== 'link_open') continue;
      const href = token.attrGet('href') ?? '';
      if (!/^https?:\/\//i.test(href) || href.length > URL_MAX) continue;
      try {
        const url = new URL(href);
        url.hash = '';
        if (!found.includes(url.href)) found.push(url.href);
      } catch {
        continue;
      }
      if (found.length >= PREVIEWS_PER_POST) return found;
    }
  }
  return found;
}

export interface PreviewRow {
  id: string;
  url: string;
  status: 'OK' | 'FAILED';
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  fetchedAt: Date;
  expiresAt: Date;
}

/** A post whose card should appear live once its preview is there. */
export interface PreviewFor {
  postId: string;
}

/**
 * Fetches and caches link previews, off the write path: a post is stored and answered first; its links are
 * fetched afterwards (on `post.created` and `thread.created`, and for any address a read finds missing or
 * expired), at most CONCURRENCY at a time, each address once however many ask. A new preview is announced to the
 * post's thread as POST_EDITED (its readers fetch the card; the read cache forgets the page).
 */
@Injectable()
export class LinkPreviewsService implements OnApplicationShutdown {
  private readonly inFlight = new Map<string, Set<string>>();
  private readonly queue: string[] = [];
  private running = 0;
  private closed = false;
  /** Tests swap in their own name resolution (the DNS rebinding cases). */
  resolver: Resolver | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly live: LiveEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationShutdown(): void {
    this.closed = true;
    this.queue.length = 0;
  }

  /** The cached previews of these addresses (expired ones too: shown until refreshed). */
  async rows(urls: string[], background = false): Promise<Map<string, PreviewRow>> {
    if (!urls.length) return new Map();
    const rows: PreviewRow[] = await this.db.query(
      `${background ? BACKGROUND_SQL : ''} SELECT id, url, status, title, description, site_name AS "siteName", image_width AS "imageWidth", image_height AS "imageHeight",
              fetched_at AS "fetchedAt", expires_at AS "expiresAt"
         FROM link_previews WHERE url = ANY($1)`,
      [urls],
    );
    return new Map(rows.map((r) => [r.url, r]));
  }

  /** Fetches (later) every address that has no fresh preview; `post` is told when its card is ready. */
  request(urls: string[], known: Map<string, PreviewRow>, post: PreviewFor | null): void {
    if (!this.config.linkPreviews.enabled || this.closed) return;
    const now = Date.now();
    for (const url of urls) {
      const row = known.get(url);
      if (row && new Date(row.expiresAt).getTime() > now) continue;
      const waiting = this.inFlight.get(url);
      if (waiting) {
        if (post) waiting.add(post.postId);
        continue;
      }
      if (this.queue.length >= MAX_WAITING) return;
      this.inFlight.set(url, new Set(post ? [post.postId] : []));
      this.queue.push(url);
    }
    this.pump();
  }

  /** After a post is written: its links, fetched once the write has committed (the post is read back, a few tries). */
  afterWrite(postId: string): void {
    if (!this.config.linkPreviews.enabled || this.closed) return;
    void this.readBack(postId, 0);
  }

  private async readBack(postId: string, attempt: number): Promise<void> {
    try {
      const [post]: { body: string }[] = await this.db.query(`${BACKGROUND_SQL} SELECT body FROM posts WHERE id = $1`, [postId]);
      if (!post) {
        // Not committed yet (or rolled back): ask again a little later, a few times.
        if (attempt < 5 && !this.closed) setTimeout(() => void this.readBack(postId, attempt + 1), 100 * 2 ** attempt).unref();
        return;
      }
      const urls = previewLinks(post.body);
      if (urls.length) this.request(urls, await this.rows(urls, true), { postId });
    } catch (err) {
      logger.warn({ err: (err as Error).message, postId }, 'link previews: reading a post back failed');
    }
  }

  private pump(): void {
    while (this.running < CONCURRENCY && !this.closed) {
      const url = this.queue.shift();
      if (url === undefined) return;
      this.running++;
      void this.fetchAndStore(url)
        .catch(() => 'FAILED' as const)
        .then((status) => {
          this.running--;
          const posts = this.inFlight.get(url);
          this.inFlight.delete(url);
          // Only a card to show is worth telling the thread about (a failure shows nothing new).
          if (status === 'OK' && posts?.size) void this.announce([...posts]);
          this.pump();
        });
    }
  }

  /** Fetches one address and stores its preview (or its failure); answers which. Never throws. */
  async fetchAndStore(url: string): Promise<'OK' | 'FAILED'> {
    const c = this.config.linkPreviews;
    const started = Date.now();
    const allowed = allowList(c.allowAddresses);
    let stored: {
      status: 'OK' | 'FAILED';
      title?: string | null;
      description?: string | null;
      siteName?: string | null;
      failure?: string | null;
      image?: { data: Buffer; width: number; height: number } | null;
    };
    try {
      const page = await safeFetch(url, {
        accept: ['text/html', 'application/xhtml+xml'],
        maxBytes: c.maxBytes,
        truncate: true,
        timeoutMs: c.timeoutMs,
        allowed,
        resolver: this.resolver,
      });
      const meta = pageMeta(decodePage(page.body, page.contentType), page.url);
      if (!meta.title && !meta.description) throw new FetchRefused('the page has no title or description');
      let image: { data: Buffer; width: number; height: number } | null = null;
      const left = c.timeoutMs - (Date.now() - started);
      if (meta.image && left > 100) image = await this.previewImage(meta.image, left, allowed).catch(() => null);
      stored = { status: 'OK', title: meta.title, description: meta.description, siteName: meta.siteName, image };
    } catch (err) {
      stored = { status: 'FAILED', failure: (err as Error).message.slice(0, 300) };
    }
    const ttlMs = stored.status === 'OK' ? c.ttlHours * 3600_000 : c.failedTtlMinutes * 60_000;
    try {
      await this.db.query(
        `${BACKGROUND_SQL} INSERT INTO link_previews (url, status, title, description, site_name, failure, image, image_width, image_height, fetched_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now() + make_interval(secs => $10))
         ON CONFLICT (url) DO UPDATE SET status = EXCLUDED.status, title = EXCLUDED.title, description = EXCLUDED.description, site_name = EXCLUDED.site_name,
           failure = EXCLUDED.failure, image = EXCLUDED.image, image_width = EXCLUDED.image_width, image_height = EXCLUDED.image_height,
           fetched_at = EXCLUDED.fetched_at, expires_at = EXCLUDED.expires_at`,
        [
          url,
          stored.status,
          stored.title ?? null,
          stored.description ?? null,
          stored.siteName ?? null,
          stored.failure ?? null,
          stored.image?.data ?? null,
          stored.image?.width ?? null,
          stored.image?.height ?? null,
          ttlMs / 1000,
        ],
      );
      // Previews expired for a day are not worth keeping (the next read fetches again).
      if (Math.random() < 0.05)
        await this.db.query(`${BACKGROUND_SQL} DELETE FROM link_previews WHERE expires_at < now() - interval '1 day'`);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'link previews: storing a preview failed');
    }
    logger.info({ status: stored.status, failure: stored.failure, ms: Date.now() - started }, 'link preview fetched');
    return stored.status;
  }

  /**
   * The page's image through the media pipeline: fetched with the same protection (image/* only, at most 4×
   * LINK_PREVIEW_MAX_BYTES), accepted by what its bytes are (JPEG, PNG, WebP, AVIF, GIF), the pixel limit
   * (MEDIA_MAX_PIXELS) checked before decoding, first frame only, rotated, every piece of metadata dropped, and
   * re-encoded as a WebP of at most PREVIEW_IMAGE_EDGE px. Readers load it from this server, never from the site.
   */
  private async previewImage(
    address: string,
    timeoutMs: number,
    allowed: ReturnType<typeof allowList>,
  ): Promise<{ data: Buffer; width: number; height: number } | null> {
    const c = this.config.linkPreviews;
    const fetched = await safeFetch(address, {
      accept: ['image/'],
      maxBytes: 4 * c.maxBytes,
      truncate: false,
      timeoutMs,
      allowed,
      resolver: this.resolver,
    });
    const type = await sniff(fetched.body.subarray(0, SNIFF_BYTES));
    if (!type || !IMAGE_TYPES.has(type)) return null;
    const meta = await sharp(fetched.body, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height || meta.width * (meta.pageHeight ?? meta.height) > this.config.media.maxPixels) return null;
    const out = await sharp(fetched.body, { limitInputPixels: this.config.media.maxPixels, failOn: 'error', animated: false })
      .autoOrient()
      .resize({ width: PREVIEW_IMAGE_EDGE, height: PREVIEW_IMAGE_EDGE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .webp({ quality: 75 })
      .toBuffer({ resolveWithObject: true });
    return { data: out.data, width: out.info.width, height: out.info.height };
  }

  /** Tells the threads of these posts that a card appeared (visible, undeleted posts only). */
  private async announce(postIds: string[]): Promise<void> {
    if (this.closed) return;
    try {
      const posts: { id: string; thread_id: string; community_id: string }[] = await this.db.query(
        `${BACKGROUND_SQL} SELECT p.id, p.thread_id, t.community_id FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.id = ANY($1) AND p.state = 'VISIBLE' AND p.deleted_at IS NULL`,
        [postIds],
      );
      if (!posts.length) return;
      await this.live.transaction(async (_em, events) => {
        for (const p of posts)
          await events.emit(threadChannel(p.thread_id), {
            type: 'POST_EDITED',
            communityId: p.community_id,
            threadId: p.thread_id,
            postId: p.id,
          });
      });
    } catch (err) {
      if (!this.closed) logger.warn({ err: (err as Error).message }, 'link previews: announcing a card failed');
    }
  }

  /** Test and shutdown helper: resolves when nothing is queued or being fetched. */
  get idle(): boolean {
    return this.running === 0 && this.queue.length === 0 && this.inFlight.size === 0;
  }
}
