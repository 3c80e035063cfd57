import { AppConfig } from '../config/config';
import { logger } from '../logging/logger';
import { RedisRateLimitStore } from './redis-rate-limit.store';
import { MemoryRateLimitStore, RateLimitStore } from './rate-limit.store';

/** Redis (shared by every instance) when REDIS_URL is set, otherwise this instance's memory. */
export async function createRateLimitStore(config: AppConfig): Promise<RateLimitStore> {
  if (!config.redisUrl) {
    logger.info({ store: 'memory' }, 'rate limiter');
    return new MemoryRateLimitStore();
  }
  const store = new RedisRateLimitStore(config.redisUrl);
  const ready = await store.ready();
  logger.info({ store: 'redis', ready }, 'rate limiter');
  return store;
}
