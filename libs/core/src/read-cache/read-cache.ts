import { ALL_TAG } from './read-record';

interface Entry {
  key: string;
  body: Buffer;
  tags: string[];
  expires: number;
}

export interface ReadCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  stores: number;
  /** Answers not stored because a change they may have missed came in while they were computed. */
  raced: number;
  invalidations: number;
}

/** Per entry, besides its body: the key, the tags, the map slots (a rough figure, so the budget holds). */
const ENTRY_OVERHEAD = 200;
/** Past this many remembered tag invalidations, they are folded into one floor (see `invalidate`). */
const MAX_TAG_MARKS = 10_000;

/**
 * The anonymous read cache's store: an LRU of answer bytes bounded by a byte budget, each entry kept at
 * most `ttlMs` (a backstop for changes no event announces) and tagged with what it read (its
 * communities), so a change drops exactly the entries that may show it.
 *
 * Versioned against races: every invalidation advances a counter, and remembers per tag when it last
 * hit it. A read takes the counter when it begins (`begin`); `set` refuses its answer when any of its
 * tags (or everything) was invalidated since, because the read may have seen the state before the
 * change. Writers invalidate before their transaction commits and again after it (ContentChanges): a
 * read that began before the commit is then either dropped from the cache or refused, and one that
 * began after it reads the committed state.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly tagMarks = new Map<string, number>();
  private seq = 0;
  /** Reads that began before this were (or may have been) overtaken by some change: their answers are refused. */
  private floor = 0;
  private bytes = 0;
  private readonly counters = { hits: 0, misses: 0, stores: 0, raced: 0, invalidations: 0 };

  constructor(
    readonly maxBytes: number,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The counter a read takes when it begins; pass it to `set`. */
  begin(): number {
    return this.seq;
  }

  get(key: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.counters.misses++;
      return undefined;
    }
    if (entry.expires <= this.now()) {
      this.drop(entry);
      this.counters.misses++;
      return undefined;
    }
    // Most recently used goes last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counters.hits++;
    return entry.body;
  }

  /** Stores an answer read since `startSeq` (from `begin`); false when it was refused (a change raced it, or too big). */
  set(key: string, body: Buffer, tags: string[], startSeq: number): boolean {
    if (!this.enabled || body.length + ENTRY_OVERHEAD > this.maxBytes / 4) return false;
    if (startSeq < this.floor || tags.some((tag) => (this.tagMarks.get(tag) ?? -1) > startSeq)) {
      this.counters.raced++;
      return false;
    }
    const old = this.entries.get(key);
    if (old) this.drop(old);
    const entry: Entry = { key, body, tags, expires: this.now() + this.ttlMs };
    this.entries.set(key, entry);
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    this.bytes += body.length + ENTRY_OVERHEAD;
    this.counters.stores++;
    for (const oldest of this.entries.values()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return true;
  }

  /** Drops every entry tagged with one of `tags` (ALL_TAG: every entry), and refuses answers of reads already under way. */
  invalidate(tags: Iterable<string>): void {
    const seq = ++this.seq;
    this.counters.invalidations++;
    for (const tag of tags) {
      if (tag === ALL_TAG) {
        this.floor = seq;
        this.tagMarks.clear();
        this.entries.clear();
        this.byTag.clear();
        this.bytes = 0;
        continue;
      }
      this.tagMarks.set(tag, seq);
      for (const key of this.byTag.get(tag) ?? []) {
        const entry = this.entries.get(key);
        if (entry) this.drop(entry);
      }
      this.byTag.delete(tag);
    }
    // The marks only matter to reads under way; folding them into the floor refuses a few more answers, never fewer.
    if (this.tagMarks.size > MAX_TAG_MARKS) {
      this.floor = seq;
      this.tagMarks.clear();
    }
  }

  stats(): ReadCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.counters };
  }

  private drop(entry: Entry): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.bytes -= entry.body.length + ENTRY_OVERHEAD;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(entry.key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
