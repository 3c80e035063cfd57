import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';
import { DomainEvents } from './domain-events';
import { InProcessPubSub } from './in-process-pubsub';
import { LiveEventsService } from './live-events.service';
import { LiveEventsRetention } from './live-events-retention';
import { PUBSUB, PubSubEngine } from './pubsub';
import { RedisPubSub } from './redis-pubsub';

/** The PubSub engine (Redis when REDIS_URL is set, in-process otherwise) and the event log writers use. */
@Global()
@Module({
  providers: [
    {
      provide: PUBSUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PubSubEngine => {
        const engine = config.redisUrl ? new RedisPubSub(config.redisUrl) : new InProcessPubSub();
        logger.info({ engine: engine.name }, 'live events engine');
        return engine;
      },
    },
    LiveEventsService,
    LiveEventsRetention,
    DomainEvents,
  ],
  exports: [PUBSUB, LiveEventsService, LiveEventsRetention, DomainEvents],
})
export class LiveEventsModule implements OnApplicationShutdown {
  constructor(@Inject(PUBSUB) private readonly pubsub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubsub.close();
  }
}
