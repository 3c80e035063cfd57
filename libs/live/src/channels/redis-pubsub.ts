import Redis from 'ioredis';
import { logger } from '@waardenet/core';
import { ChannelHandlers, MessageHandler, PubSubEngine } from './pubsub';

const PREFIX = 'waardenet:';

/**
 * Live events across instances over Redis PUBLISH/SUBSCRIBE. One Redis channel per thread and per
 * community, subscribed only while a local subscriber listens. ioredis reconnects by itself and
 * re-subscribes its channels; publishes made while Redis is down are dropped (not queued), since the
 * events are in the database and subscribers catch up with their cursor.
 */
export class RedisPubSub implements PubSubEngine {
  readonly name = 'redis' as const;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new ChannelHandlers();

  constructor(url: string) {
    const options = {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(100 * 2 ** Math.min(times, 6), 3000),
    };
    this.pub = new Redis(url, options);
    this.sub = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null, autoResubscribe: true });
    for (const [role, client] of [
      ['publisher', this.pub],
      ['subscriber', this.sub],
    ] as const) {
      client.on('error', (err) => logger.warn({ err: err.message, role }, 'redis pubsub error'));
      client.on('ready', () => logger.info({ role }, 'redis pubsub ready'));
    }
    this.sub.on('message', (channel: string, message: string) => this.handlers.deliver(channel.slice(PREFIX.length), message));
  }

  async publish(channel: string, message: string): Promise<void> {
    try {
      await this.pub.publish(PREFIX + channel, message);
    } catch (err) {
      logger.warn({ err: (err as Error).message, channel }, 'live event not published: redis is unavailable');
    }
  }

  async subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>> {
    if (this.handlers.add(channel, handler)) await this.sub.subscribe(PREFIX + channel).catch(() => undefined);
    return async () => {
      if (this.handlers.remove(channel, handler)) await this.sub.unsubscribe(PREFIX + channel).catch(() => undefined);
    };
  }

  healthy(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready';
  }

  async close(): Promise<void> {
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
