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
  preparedQuery,
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
  private readonly extract = ExtractJwt.fromAuthHeaderAsBearerToken();
  /**
   * Tokens whose signature this instance has checked, with their claims, until they expire: checking an
   * HS256 signature again gives the same answer, and it was about a tenth of a signed-in page's CPU time.
   * Only the signature check is skipped: the session (revoked? expired? suspended?) is still read on every
   * request. Bounded: emptied when full.
   */
  private readonly verified = new Map<string, { claims: AccessTokenClaims; expiresAt: number }>();
  private static readonly VERIFIED_MAX = 10_000;
  /** Staff roles read with the session, per request object, until authenticate hands them to the request's context. */
  private readonly staffRoles = new WeakMap<object, Map<string, string>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {
    this.strategy = new Strategy(
      {
        jwtFromRequest: this.extract,
        secretOrKey: config.jwtSecret,
        ignoreExpiration: false,
        algorithms: ['HS256'],
        passReqToCallback: true,
      },
      (req: object, claims: AccessTokenClaims & { exp?: number }, done: (err: unknown, user?: Viewer | false) => void) => {
        const token = this.extract(req);
        if (token && typeof claims?.exp === 'number') {
          if (this.verified.size >= JwtAuthenticator.VERIFIED_MAX) this.verified.clear();
          this.verified.set(token, { claims, expiresAt: claims.exp * 1000 });
        }
        this.viewerFor(req, claims).then((viewer) => done(null, viewer), done);
      },
    );
  }

  /** The open session's viewer for verified claims (false when the session is gone), remembering its staff roles for the request. */
  private async viewerFor(req: object, claims: AccessTokenClaims): Promise<Viewer | false> {
    const found = await resolveSessionViewer(this.db, claims, true);
    if (!found) return false;
    if (found.staffRoles) this.staffRoles.set(req, found.staffRoles);
    return applyStaffTotpRequirement(this.db, found.viewer, this.config.require2faForStaff);
  }

  authenticate(req: unknown, ctx?: RequestContext): Promise<Viewer | null> {
    const accept = (viewer: Viewer): Viewer => {
      const roles = this.staffRoles.get(req as object);
      this.staffRoles.delete(req as object);
      // Read in this request's own statement: as fresh as asking again, so a removed staff role never outlives it.
      if (roles && ctx) void ctx.cached(VIEWER_STAFF_ROLES, () => Promise.resolve(roles));
      return viewer;
    };
    const invalid = () => unauthenticated('The access token is not valid; log in again.');
    const token = this.extract(req);
    const known = token ? this.verified.get(token) : undefined;
    if (known && known.expiresAt > Date.now()) {
      return this.viewerFor(req as object, known.claims).then((viewer) => {
        if (!viewer) throw invalid();
        return accept(viewer);
      });
    }
    if (known && token) this.verified.delete(token);
    return new Promise((resolve, reject) => {
      const run = Object.create(this.strategy) as StrategyRun;
      run.success = (user) => resolve(accept(user as Viewer));
      run.fail = (info) => {
        const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
        reject(expired ? unauthenticated('Your session has expired; refresh it or log in again.') : invalid());
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
  }[] = await preparedQuery(
    db,
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
