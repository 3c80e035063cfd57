export * from './client-ip';
export * from './create-store';
export * from './rate-limit.decorator';
export * from './rate-limit.guard';
export * from './rate-limit.rules';
export * from './rate-limit.store';
export * from './redis-rate-limit.store';
export * from './request-budget.middleware';
