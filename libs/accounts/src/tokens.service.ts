import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, AccessTokenClaims, AppError, unauthenticated } from '@waardenet/core';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  userId: string;
  sessionId: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Sessions, short access tokens and rotating refresh tokens. */
@Injectable()
export class TokensService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async startSession(em: EntityManager, userId: string): Promise<IssuedTokens> {
    const session = await em.save(
      em.create(Session, { userId, expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000), revokedAt: null }),
    );
    return this.issue(em, session);
  }

  /**
   * Spends a refresh token for a new pair in the same session (the token family). Two tabs spending
   * one token at once both get a pair: within `refreshReuseGraceMs` of its first use a spent token
   * still works. Spent again after that, it was copied: the whole session ends, newest tokens too.
   */
  async rotate(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.db.transaction(async (em) => {
      // The row lock serves concurrent spends of one token one after the other; the database's clock
      // decides the window, so api instances with skewed clocks agree.
      const [token] = (await em.query(
        `SELECT id, session_id AS "sessionId", used_at IS NULL AS unspent, used_at > now() - make_interval(secs => $2::float8 / 1000) AS "inGrace"
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken), this.config.refreshReuseGraceMs],
      )) as { id: string; sessionId: string; unspent: boolean; inGrace: boolean | null }[];
      if (!token) throw unauthenticated('The refresh token is not valid; log in again.');
      const session = await em.findOneBy(Session, { id: token.sessionId });
      if (!session || session.revokedAt || session.expiresAt < new Date()) throw unauthenticated('This session has ended; log in again.');
      if (token.unspent) await em.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [token.id]);
      else if (!token.inGrace) return session.id;
      return this.issue(em, session);
    });
    if (typeof outcome === 'string') {
      await this.revoke(outcome);
      throw new AppError('UNAUTHENTICATED', 'This refresh token was already used, so the session was ended for safety; log in again.', { reason: 'REFRESH_TOKEN_REUSED' });
    }
    return outcome;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(em: EntityManager, session: Session): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshToken, { sessionId: session.id, tokenHash: sha256(refreshToken), usedAt: null });
    const claims: AccessTokenClaims = { sub: session.userId, sid: session.id };
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttl });
    return { accessToken, refreshToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000), userId: session.userId, sessionId: session.id };
  }
}
