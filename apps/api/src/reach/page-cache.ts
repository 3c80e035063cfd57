import type { PageView } from '@waardenet/figures';

/** What a cached answer holds: enough to send it again without asking the database. */
export interface CachedAnswer {
  status: number;
  type: string;
  body: string;
  etag?: string;
  lastModified?: Date;
  /** What a view of this page counts for (reach figures); set on public pages only. */
  view?: PageView;
}

/**
 * A small in-process LRU of rendered public answers, keyed by path, each kept for a short time (`ttlMs`).
 * The answers are rendered as an anonymous visitor, so one copy serves everyone. Every change readers see
 * clears it all (ContentChanges, the same source as the anonymous read cache's: libs/core/src/read-cache):
 * cheaper than working out which pages a change touches.
 *
 * Versioned like the read cache: a render takes `begin()` first, and `set` refuses its answer when the
 * cache was cleared since, because the render may have read the state before the change. Changes clear
 * it before their transaction commits and again after, so a render overtaken by a commit is never kept.
 */
export class PageCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; until: number }>();
  /** Nothing is stored until then: see clear(). */
  private quietUntil = 0;
  private seq = 0;
  private clearedAt = 0;

  constructor(
    private readonly max = 500,
    private readonly ttlMs = 30_000,
  ) {}

  /** The version a render starts from; pass it to `set`. */
  begin(): number {
    return this.seq;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= Date.now()) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return entry.answer;
  }

  /** Keeps an answer rendered since `started` (from `begin`), unless the cache was cleared meanwhile. */
  set(key: string, answer: CachedAnswer, started?: number): void {
    if (Date.now() < this.quietUntil) return;
    if (started !== undefined && started < this.clearedAt) return;
    this.entries.delete(key);
    this.entries.set(key, { answer, until: Date.now() + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * Empties the cache, and refuses the answers of renders under way. `quietMs`: also store nothing for
   * that long (for a caller that cannot say when its render began).
   */
  clear(quietMs = 0): void {
    this.clearedAt = ++this.seq;
    this.entries.clear();
    this.quietUntil = Math.max(this.quietUntil, Date.now() + quietMs);
  }
}
