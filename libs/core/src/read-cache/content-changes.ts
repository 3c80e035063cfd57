import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { logger } from '../logging/logger';
import { ContentChangesSubscriber } from './content-changes.subscriber';
import { ALL_TAG } from './read-record';

/** The Redis channel invalidations travel on between instances. */
export const CONTENT_CHANGES_CHANNEL = 'waardenet:content-changes';

export type ContentChangeListener = (tags: string[]) => void;

/**
 * Tells the shared caches (the anonymous read cache, the server-rendered pages) what changed, as tags
 * (`c:<communityId>`, or `*` for everything): on this instance at once, and on every other instance
 * through Redis when REDIS_URL is set.
 *
 * Where changes come from: every write through TypeORM is watched (ContentChangesSubscriber): the live
 * event log (each reply, approval, edit, hide, removal, restore, reaction, lock, pin, move, accepted
 * answer or link that readers see writes one there, with its community), and rows of communities,
 * memberships, libraries, expertise and users' public fields. A change inside a transaction is applied
 * here twice: when it is written (before the commit) and after the commit; only the second goes to other
 * instances (ReadCache explains why that closes the race). A write that bypasses TypeORM (a raw UPDATE)
 * and changes what visitors see must call `changed` itself after it commits.
 *
 * While this instance's Redis subscription is down it may miss others' changes: the caches are
 * bypassed (`healthy()` false) until it is back, and then cleared.
 */
@Injectable()
export class ContentChanges implements OnModuleInit, OnApplicationShutdown {
  private readonly listeners: ContentChangeListener[] = [];
  private readonly instance = randomUUID();
  private pub?: Redis;
  private sub?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.db.subscribers.push(new ContentChangesSubscriber(this));
    if (this.config.redisUrl) this.connect(this.config.redisUrl);
  }

  async onApplicationShutdown(): Promise<void> {
    this.pub?.disconnect();
    this.sub?.disconnect();
  }

  listen(listener: ContentChangeListener): void {
    this.listeners.push(listener);
  }

  /** Whether every change made anywhere reaches this instance now (always, without Redis). */
  healthy(): boolean {
    return !this.sub || this.sub.status === 'ready';
  }

  /** A change on this instance only: written inside a transaction that has not committed yet. */
  local(tags: string[]): void {
    for (const listener of this.listeners) listener(tags);
  }

  /** A committed change: applied here, and sent to the other instances. */
  changed(tags: string[]): void {
    if (!tags.length) return;
    this.local(tags);
    if (!this.pub) return;
    this.pub.publish(CONTENT_CHANGES_CHANNEL, JSON.stringify({ from: this.instance, tags })).catch((err: Error) => {
      logger.warn(
        { err: err.message },
        'a content change was not sent to the other instances: redis is unavailable (their caches keep it until their TTL)',
      );
    });
  }

  private connect(url: string): void {
    const options = {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(100 * 2 ** Math.min(times, 6), 3000),
    };
    this.pub = new Redis(url, { ...options, enableOfflineQueue: false });
    this.sub = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null, autoResubscribe: true });
    for (const [role, client] of [
      ['publisher', this.pub],
      ['subscriber', this.sub],
    ] as const) {
      client.on('error', (err: Error) => logger.warn({ err: err.message, role }, 'redis (content changes) error'));
    }
    // Whatever changed while the subscription was down was not heard: forget everything.
    this.sub.on('ready', () => this.local([ALL_TAG]));
    this.sub.on('message', (channel: string, message: string) => {
      if (channel !== CONTENT_CHANGES_CHANNEL) return;
      try {
        const { from, tags } = JSON.parse(message) as { from: string; tags: string[] };
        if (from !== this.instance && Array.isArray(tags)) this.local(tags.filter((t) => typeof t === 'string'));
      } catch {
        this.local([ALL_TAG]);
      }
    });
    this.sub.subscribe(CONTENT_CHANGES_CHANNEL).catch(() => undefined);
  }
}
