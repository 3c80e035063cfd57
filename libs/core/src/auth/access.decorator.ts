import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation. Every query, mutation and controller route declares one;
 * an operation without a declaration is refused (fails closed).
 * - public: anyone, logged in or not (resource checks happen in the domain policy)
 * - user: any logged-in user
 * - platformAdmin: platform admins only
 */
export type AccessLevel = 'public' | 'user' | 'platformAdmin';
export const ACCESS_KEY = 'waardenet:access';
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);

export const ALLOW_SUSPENDED_KEY = 'waardenet:allowSuspended';
/** Lets a suspended user still call this mutation (logging out); every other mutation refuses them. */
export const AllowSuspended = () => SetMetadata(ALLOW_SUSPENDED_KEY, true);

export const REQUIRE_VERIFIED_EMAIL_KEY = 'waardenet:requireVerifiedEmail';
/**
 * Refuses this mutation (FORBIDDEN, reason EMAIL_NOT_VERIFIED) to an account that has not confirmed its
 * email address: joining a community, writing and reacting. Reading and editing one's own profile stay open.
 */
export const RequireVerifiedEmail = () => SetMetadata(REQUIRE_VERIFIED_EMAIL_KEY, true);
