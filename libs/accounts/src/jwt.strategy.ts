import { Inject, Injectable } from '@nestjs/common';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AccessTokenClaims,
  AppConfig,
  Authenticator,
  RequestContext,
  VIEWER_STAFF_ROLES,
  Viewer,
  logger,
  unauthenticated,
  viewerOf,
} from '@waardenet/core';
import { applyStaffTotpRequirement } from './totp/staff-totp-requirement';

type StrategyRun = Strategy & {
  success(user: unknown): void;
  fail(info: unknown): void;
  error(err: unknown): void;
};

/**
 * passport-jwt verifies the bearer token; a valid signature is not enough, the session must still be
 * open. The strategy is run per app instance, not through passport's process-wide registry, so two
 * api instances in one process (the scale-out tests) never share one.
 */
@Injectable()
export class JwtAuthenticator implements Authenticator {
  private readonly strategy: Strategy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
  ) {
    this.strategy = new Strategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: config.jwtSecret,
        ignoreExpiration: false,
        algorithms: ['HS256'],
        passReqToCallback: true,
      },
      (req: object, claims: AccessTokenClaims, done: (err: unknown, user?: Viewer | false) => void) => {
        resolveSessionViewer(this.db, claims, true)
          .then((found): Promise<Viewer | false> => {
            if (!found) return Promise.resolve(false);
            if (found.staffRoles) this.staffRoles.set(req, found.staffRoles);
            return applyStaffTotpRequirement(this.db, found.viewer, config.require2faForStaff);
          })
          .then((viewer) => done(null, viewer), done);
      },
    );
  }

  /** Staff roles read with the session, per request object, until authenticate hands them to the request's context. */
  private readonly staffRoles = new WeakMap<object, Map<string, string>>();

  authenticate(req: unknown, ctx?: RequestContext): Promise<Viewer | null> {
    return new Promise((resolve, reject) => {
      const run = Object.create(this.strategy) as StrategyRun;
      run.success = (user) => {
        const roles = this.staffRoles.get(req as object);
        this.staffRoles.delete(req as object);
        // Read in this request's own statement: as fresh as asking again, so a removed staff role never outlives it.
        if (roles && ctx) void ctx.cached(VIEWER_STAFF_ROLES, () => Promise.resolve(roles));
        resolve(user as Viewer);
      };
      run.fail = (info) => {
        const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
        reject(
          unauthenticated(
            expired ? 'Your session has expired; refresh it or log in again.' : 'The access token is not valid; log in again.',
          ),
        );
      };
      run.error = reject;
      run.authenticate(req as never);
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveViewer(db: DataSource, claims: AccessTokenClaims): Promise<Viewer | false> {
  const found = await resolveSessionViewer(db, claims, false);
  return found ? found.viewer : false;
}

/**
 * The session's viewer; with `withStaffRoles`, the viewer's library staff roles too, in the same statement
 * (an HTTP request's per-request memo, see VIEWER_STAFF_ROLES; live sockets, which keep their viewer, do not ask).
 */
async function resolveSessionViewer(
  db: DataSource,
  claims: AccessTokenClaims,
  withStaffRoles: boolean,
): Promise<{ viewer: Viewer; staffRoles?: Map<string, string> } | false> {
  if (!UUID.test(String(claims?.sid)) || !UUID.test(String(claims?.sub))) return false;
  // A suspension is read with the session, in the same statement, and runs out by itself at suspended_until.
  const rows: {
    id: string;
    is_platform_admin: boolean;
    suspended: boolean;
    email_verified: boolean;
    stale: boolean;
    staff?: [string, string][] | null;
  }[] = await db.query(
    `SELECT u.id, u.is_platform_admin, u.email_verified_at IS NOT NULL AS email_verified,
            (u.suspended_at IS NOT NULL AND (u.suspended_until IS NULL OR u.suspended_until > now())) AS suspended,
            s.last_used_at < now() - interval '1 minute' AS stale${
              withStaffRoles
                ? `,
            (SELECT json_agg(json_build_array(ls.library_id, ls.role)) FROM library_staff ls WHERE ls.user_id = u.id) AS staff`
                : ''
            }
       FROM users u JOIN sessions s ON s.user_id = u.id
      WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [claims.sid, claims.sub],
  );
  const row = rows[0];
  if (!row) return false;
  // "mySessions" shows when a session was last used: written at most once a minute, not on every request.
  if (row.stale) {
    await db
      .query(`UPDATE sessions SET last_used_at = now() WHERE id = $1 AND last_used_at < now() - interval '1 minute'`, [claims.sid])
      .catch((err: unknown) => logger.warn({ err }, "could not record a session's last use"));
  }
  // A suspended admin is not an admin while the suspension lasts (viewerOf).
  const viewer = viewerOf({
    id: row.id,
    sessionId: claims.sid,
    isPlatformAdmin: row.is_platform_admin,
    suspended: row.suspended,
    emailVerified: row.email_verified,
  });
  return { viewer, staffRoles: withStaffRoles ? new Map(row.staff ?? []) : undefined };
}
