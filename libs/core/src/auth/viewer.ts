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
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/**
 * The viewer as the token's row says: the one place that builds a Viewer, so a suspended platform admin
 * is never an admin meanwhile, wherever the viewer comes from (token, login, notification recipients).
 */
export function viewerOf(row: { id: string; sessionId: string; isPlatformAdmin: boolean; suspended: boolean }): Viewer {
  return { id: row.id, sessionId: row.sessionId, isPlatformAdmin: row.isPlatformAdmin && !row.suspended, suspended: row.suspended };
}

/** The refusal of a staff, moderator or admin right to a suspended account: the right returns when the suspension ends. */
export function suspendedStaffRefusal(): AppError {
  return new AppError('FORBIDDEN', 'Your account is suspended: your staff, moderator and admin rights are paused until the suspension ends.', { reason: 'ACCOUNT_SUSPENDED' });
}
