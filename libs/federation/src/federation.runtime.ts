import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Context, Federation } from '@fedify/fedify';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';
import { FederationParts, buildFederation } from './federation.app';
import { InboxService } from './inbox.service';
import { OutboxWorker } from './outbox.worker';
import { SyndicationFederation } from './remote-syndications';

/**
 * This instance's Fedify federation and its two background loops: Fedify's delivery queue (inbox and
 * outbox jobs in federation_queue) and the outbox worker (federation_changes). Every api instance runs
 * both; rows are leased with SKIP LOCKED, so each job is done once.
 */
@Injectable()
export class FederationRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  readonly parts: FederationParts;
  readonly worker: OutboxWorker;
  private readonly stop = new AbortController();
  private loop: Promise<void> | null = null;
  private queueLoop: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    inbox: InboxService,
    private readonly syndications: SyndicationFederation,
  ) {
    this.parts = buildFederation(db, config);
    inbox.register(this.parts.federation);
    this.worker = new OutboxWorker(db, this.parts.federation, this.parts.origin);
  }

  get federation(): Federation<void> {
    return this.parts.federation;
  }

  /** Whether a host is on the platform admins' blocklist. */
  async isBlockedHost(host: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM federation_blocked_instances WHERE host = $1`, [host.toLowerCase()]);
    return rows.length > 0;
  }

  context(): Context<void> {
    return this.parts.federation.createContext(new URL(this.parts.origin), undefined);
  }

  onApplicationBootstrap(): void {
    this.queueLoop = this.parts.federation
      .startQueue(undefined, { signal: this.stop.signal })
      .catch((err) => logger.error({ err }, 'federation queue stopped'));
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const signal = this.stop.signal;
    let sweeps = 0;
    while (!signal.aborted) {
      let n = 0;
      try {
        n = await this.worker.runOnce();
        n += await this.syndications.sync(this.context());
        if (++sweeps % 600 === 0) await this.parts.kv.sweep();
      } catch (err) {
        if (!signal.aborted) logger.warn({ err }, 'federation: the outbox worker failed a round');
      }
      if (n) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.config.federation.pollMs);
        signal.addEventListener('abort', done);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    await Promise.all([this.loop, this.queueLoop]);
  }
}
