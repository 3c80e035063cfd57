import { SetMetadata } from '@nestjs/common';

/** The operations with a rate limit; docs/limits.md says what each one counts. */
export type RateLimitName = 'login' | 'register' | 'createThread' | 'createPost' | 'search' | 'preview' | 'reaction';

export const RATE_LIMIT_KEY = 'waardenet:rate-limit';

/**
 * Puts an operation under the named rate limit. The global RateLimitGuard checks it per call —
 * per field, so every alias of a mutation in one document counts — after authentication (per-user
 * limits know the viewer) and before validation and the resolver (a refused call costs no work).
 */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);
