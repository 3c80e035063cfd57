import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { READ_RECORD, ReadRecord } from '../read-cache/read-record';

/** Everything a service call needs to know about the request it serves: who asks, and the per-request caches. */
export class RequestContext {
  viewer: Viewer | null = null;
  /**
   * Set when this context works inside a write's transaction (a domain-event handler asking the
   * policies about another user): the loaders then read through that transaction's connection. Reading
   * through the pool instead would wait for a second connection while holding one, and under load every
   * connection can end up waiting so.
   */
  manager: EntityManager | null = null;
  private readonly caches = new Map<string, unknown>();
  /**
   * Set on an anonymous read the read cache may store (its middleware puts it on the request): the
   * policies write down what they let through, and the cache stores the answer only when all of it was public.
   */
  readonly readRecord: ReadRecord | undefined;

  constructor(readonly req?: Request) {
    this.readRecord = (req as { [READ_RECORD]?: ReadRecord } | undefined)?.[READ_RECORD];
  }

  get ip(): string {
    return this.req?.ip ?? 'unknown';
  }

  /** The transaction's manager when there is one, else the data source (the pool). */
  reader(db: DataSource): DataSource | EntityManager {
    return this.manager ?? db;
  }

  /** A per-request memo (DataLoaders, policy look-ups): made once on first use. */
  cached<T>(key: string, make: () => T): T {
    if (!this.caches.has(key)) this.caches.set(key, make());
    return this.caches.get(key) as T;
  }

  /** A context with no viewer, for work the system does itself (seeding, jobs). */
  static system(): RequestContext {
    return new RequestContext();
  }
}
