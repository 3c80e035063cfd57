import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, AccessTokenClaims, Viewer } from '@waardenet/core';

/** Passport's JWT strategy: a valid signature is not enough, the session must still be open. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, ignoreExpiration: false, algorithms: ['HS256'] });
  }

  async validate(claims: AccessTokenClaims): Promise<Viewer | false> {
    return resolveViewer(this.db, claims);
  }
}

export async function resolveViewer(db: DataSource, claims: AccessTokenClaims): Promise<Viewer | false> {
  const rows: { id: string; is_platform_admin: boolean }[] = await db.query(
    `SELECT u.id, u.is_platform_admin FROM users u JOIN sessions s ON s.user_id = u.id
      WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [claims.sid, claims.sub],
  );
  const row = rows[0];
  return row ? { id: row.id, sessionId: claims.sid, isPlatformAdmin: row.is_platform_admin } : false;
}
