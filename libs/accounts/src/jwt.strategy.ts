import { Inject, Injectable } from '@nestjs/common';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AccessTokenClaims, AppConfig, Authenticator, Viewer, logger, unauthenticated, viewerOf } from '@waardenet/core';
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
      },
      (claims: AccessTokenClaims, done: (err: unknown, user?: Viewer | false) => void) => {
        resolveViewer(this.db, claims)
          .then((viewer): Promise<Viewer | false> =>
            viewer ? applyStaffTotpRequirement(this.db, viewer, config.require2faForStaff) : Promise.resolve(false),
          )
          .then((viewer) => done(null, viewer), done);
      },
    );
  }

  authenticate(req: unknown): Promise<Viewer | null> {
    return new Promise((resolve, reject) => {
      const run = Object.create(this.strategy) as StrategyRun;
      run.success = (user) => resolve(user as Viewer);
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
  if (!UUID.test(String(claims?.sid)) || !UUID.test(String(claims?.sub))) return false;
  // A suspension is read with the session, in the same statement, and runs out by itself at suspended_until.
  const rows: { id: string; is_platform_admin: boolean; suspended: boolean; email_verified: boolean; stale: boolean }[] = await db.query(
    `SELECT u.id, u.is_platform_admin, u.email_verified_at IS NOT NULL AS email_verified,
            (u.suspended_at IS NOT NULL AND (u.suspended_until IS NULL OR u.suspended_until > now())) AS suspended,
            s.last_used_at < now() - interval '1 minute' AS stale
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
  return viewerOf({
    id: row.id,
    sessionId: claims.sid,
    isPlatformAdmin: row.is_platform_admin,
    suspended: row.suspended,
    emailVerified: row.email_verified,
  });
}
