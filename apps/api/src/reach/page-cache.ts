/** What a cached answer holds: enough to send it again without asking the database. */
export interface CachedAnswer {
  status: number;
  type: string;
  body: string;
  etag?: string;
  lastModified?: Date;
}

/**
 * A small in-process LRU of rendered public answers, keyed by path, each kept for a short time (`ttlMs`).
 * The answers are rendered as an anonymous visitor, so one copy serves everyone. Domain events that change
 * what visitors see (a new thread or post, an approval, a take-down, a move) clear it all: cheaper than
 * working out which pages a change touches. Edits and visibility changes have no event; the TTL bounds those.
 */
export class PageCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; until: number }>();
  /** Nothing is stored until then: see clear(). */
  private quietUntil = 0;

  constructor(
    private readonly max = 500,
    private readonly ttlMs = 30_000,
  ) {}

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= Date.now()) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return entry.answer;
  }

  set(key: string, answer: CachedAnswer): void {
    if (Date.now() < this.quietUntil) return;
    this.entries.delete(key);
    this.entries.set(key, { answer, until: Date.now() + this.ttlMs });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * Empties the cache. Domain events are announced inside the write's transaction, before it commits: a
   * page rendered in between would still show the old state, so for `quietMs` nothing new is stored.
   */
  clear(quietMs = 0): void {
    this.entries.clear();
    this.quietUntil = Math.max(this.quietUntil, Date.now() + quietMs);
  }
}
