import { AppError } from '../errors/app-error';

/** Who is asking: resolved once per request from the access token. */
export interface Viewer {
  id: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  /**
   * Suspended by a platform admin (and the suspension has not run out): may only read public content,
   * and every mutation but logging out is refused. A suspended platform admin is not an admin meanwhile.
   */
  suspended?: boolean;
  /** Has proved it reads its email address (or was made when no one was asked to): see @RequireVerifiedEmail. */
  emailVerified?: boolean;
  /**
   * WAARDENET_REQUIRE_2FA_FOR_STAFF is on and this platform admin or library staff member has not enabled
   * two-step verification: they keep a member's rights, while their staff and admin rights are paused until
   * they enable it (refused with reason TOTP_SETUP_REQUIRED) and they are no admin meanwhile.
   */
  totpSetupRequired?: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/**
 * The viewer as the token's row says: the one place that builds a Viewer, so a suspended platform admin
 * is never an admin meanwhile, wherever the viewer comes from (token, login, notification recipients).
 */
export function viewerOf(row: {
  id: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  suspended: boolean;
  emailVerified?: boolean;
}): Viewer {
  // Not given counts as not verified (fails closed): only reads are answered for such a viewer.
  return {
    id: row.id,
    sessionId: row.sessionId,
    isPlatformAdmin: row.isPlatformAdmin && !row.suspended,
    suspended: row.suspended,
    emailVerified: row.emailVerified === true,
  };
}

/** The refusal of joining, writing and reacting to an account that has not confirmed its email address yet. */
export function emailNotVerifiedRefusal(): AppError {
  return new AppError('FORBIDDEN', 'Confirm your email address first: open the link in the mail we sent you (or ask for a new one).', {
    reason: 'EMAIL_NOT_VERIFIED',
  });
}

/** The refusal of a staff, moderator or admin right to a suspended account: the right returns when the suspension ends. */
export function suspendedStaffRefusal(): AppError {
  return new AppError(
    'FORBIDDEN',
    'Your account is suspended: your staff, moderator and admin rights are paused until the suspension ends.',
    { reason: 'ACCOUNT_SUSPENDED' },
  );
}

/** The viewer with staff and admin rights paused until two-step verification is enabled (WAARDENET_REQUIRE_2FA_FOR_STAFF). */
export function withTotpSetupRequired(viewer: Viewer): Viewer {
  return { ...viewer, isPlatformAdmin: false, totpSetupRequired: true };
}

/** The refusal of a staff or admin right while two-step verification is required for staff and not yet enabled. */
export function totpSetupRefusal(): AppError {
  return new AppError(
    'FORBIDDEN',
    'Staff and admins need two-step verification on this platform: set it up in your profile, then try again.',
    { reason: 'TOTP_SETUP_REQUIRED' },
  );
}

/** Why the viewer's staff, moderator and admin rights are paused (a suspension, two-step verification not set up), or null. */
export function pausedStaffRefusal(viewer: Viewer): AppError | null {
  if (viewer.suspended) return suspendedStaffRefusal();
  if (viewer.totpSetupRequired) return totpSetupRefusal();
  return null;
}
