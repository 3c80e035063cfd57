import { Global, Injectable, Module } from '@nestjs/common';
import { ContentChanges } from './content-changes';
import { ReadCache } from './read-cache';
import { readCacheConfig } from './read-cache.config';

/** The instance's anonymous read cache (its middleware: readCacheMiddleware), emptied by ContentChanges. */
@Injectable()
export class AnonymousReadCache {
  readonly cache: ReadCache;
  /** Set by benchmarks that measure the path without the cache in the same run (bench/read.bench.ts). */
  paused = false;

  constructor(private readonly changes: ContentChanges) {
    const { maxBytes, ttlMs } = readCacheConfig();
    this.cache = new ReadCache(maxBytes, ttlMs);
    changes.listen((tags) => this.cache.invalidate(tags));
  }

  /** False while changes made elsewhere may not reach this instance (Redis down): then nothing is read from or stored in the cache. */
  usable(): boolean {
    return !this.paused && this.changes.healthy();
  }
}

/** The read cache and the change bus that empties it (and the server-rendered pages' cache). */
@Global()
@Module({ providers: [ContentChanges, AnonymousReadCache], exports: [ContentChanges, AnonymousReadCache] })
export class ReadCacheModule {}
