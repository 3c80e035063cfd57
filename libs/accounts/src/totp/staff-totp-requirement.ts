import { DataSource } from 'typeorm';
import { Viewer, withTotpSetupRequired } from '@waardenet/core';

/**
 * WAARDENET_REQUIRE_2FA_FOR_STAFF: a platform admin or library staff member who has not enabled two-step
 * verification may sign in and do what a member does, but their staff and admin rights are paused (the
 * viewer is no admin and holds no staff role) until they enable it. Read on every request, like a
 * suspension, so enabling or disabling takes effect at once, on every session and live socket.
 */
export async function applyStaffTotpRequirement(db: DataSource, viewer: Viewer, required: boolean): Promise<Viewer> {
  if (!required) return viewer;
  const [row]: { paused: boolean }[] = await db.query(
    `SELECT (u.is_platform_admin OR EXISTS (SELECT 1 FROM library_staff s WHERE s.user_id = u.id))
            AND NOT EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL) AS paused
       FROM users u WHERE u.id = $1`,
    [viewer.id],
  );
  return row?.paused ? withTotpSetupRequired(viewer) : viewer;
}
