import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { createRateLimitStore } from './create-store';
import { RATE_LIMIT_STORE, RateLimitStore } from './rate-limit.store';

/**
 * The rate limiter's store, one per app: the global RateLimitGuard (create-app) and services that
 * count only some outcomes (LoginThrottle: failed logins) share it, so they share budgets.
 */
@Global()
@Module({
  providers: [{ provide: RATE_LIMIT_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createRateLimitStore(config) }],
  exports: [RATE_LIMIT_STORE],
})
export class RateLimitStoreModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
