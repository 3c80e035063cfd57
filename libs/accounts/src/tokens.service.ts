import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, AccessTokenClaims, unauthenticated } from '@waardenet/core';
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

  /** Spends a refresh token for a new pair; a token spent twice ends its whole session. */
  async rotate(refreshToken: string): Promise<IssuedTokens> {
    const reuse = await this.db.transaction(async (em) => {
      const token = await em.findOne(RefreshToken, { where: { tokenHash: sha256(refreshToken) }, relations: { session: true } });
      if (!token?.session) throw unauthenticated('The refresh token is not valid; log in again.');
      const session = token.session;
      if (session.revokedAt || session.expiresAt < new Date()) throw unauthenticated('This session has ended; log in again.');
      const spent = await em.update(RefreshToken, { id: token.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (spent.affected === 0) return session.id;
      return this.issue(em, session);
    });
    if (typeof reuse === 'string') {
      await this.revoke(reuse);
      throw unauthenticated('This refresh token was already used, so the session was ended for safety; log in again.');
    }
    return reuse;
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
