import type { Request } from 'express';
import { Viewer } from '../auth/viewer';

/** Everything a service call needs to know about the request it serves: who asks, and the per-request caches. */
export class RequestContext {
  viewer: Viewer | null = null;
  private readonly caches = new Map<string, unknown>();

  constructor(readonly req?: Request) {}

  get ip(): string {
    return this.req?.ip ?? 'unknown';
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
