import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, AccessTokenClaims, AppError, logger, unauthenticated } from '@waardenet/core';
import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { SESSIONS_ENDED_CHANNEL, SessionsEnded } from './session-events';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  userId: string;
  sessionId: string;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** What is kept of the User-Agent header: enough to tell devices apart in "mySessions". */
export const userAgentOf = (header: unknown): string | null =>
  typeof header === 'string' && header.trim() ? header.trim().slice(0, 300) : null;

/** Which of a user's open sessions to end: all, all but one (the caller's own), or one. */
export type SessionSelection = { all: true } | { except: string } | { only: string };

/** Sessions, short access tokens and rotating refresh tokens. */
@Injectable()
export class TokensService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
  ) {}

  async startSession(em: EntityManager, userId: string, userAgent: string | null = null): Promise<IssuedTokens> {
    const session = await em.save(
      em.create(Session, {
        userId,
        userAgent,
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
        revokedAt: null,
      }),
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
      const [token] = await em.query<{ id: string; sessionId: string; unspent: boolean; inGrace: boolean | null }[]>(
        `SELECT id, session_id AS "sessionId", used_at IS NULL AS unspent, used_at > clock_timestamp() - make_interval(secs => $2::float8 / 1000) AS "inGrace"
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken), this.config.refreshReuseGraceMs],
      );
      if (!token) throw unauthenticated('The refresh token is not valid; log in again.', { reason: 'REFRESH_TOKEN_INVALID' });
      const session = await em.findOneBy(Session, { id: token.sessionId });
      if (!session || session.revokedAt || session.expiresAt < new Date())
        throw unauthenticated('This session has ended; log in again.', { reason: 'SESSION_ENDED' });
      if (token.unspent) await em.query(`UPDATE refresh_tokens SET used_at = clock_timestamp() WHERE id = $1`, [token.id]);
      else if (!token.inGrace) return session.id;
      await em.query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [session.id]);
      return this.issue(em, session);
    });
    if (typeof outcome === 'string') {
      await this.revoke(outcome);
      throw new AppError('UNAUTHENTICATED', 'This refresh token was already used, so the session was ended for safety; log in again.', {
        reason: 'REFRESH_TOKEN_REUSED',
      });
    }
    return outcome;
  }

  async revoke(sessionId: string): Promise<void> {
    const ended = await this.db.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (ended.affected) await this.announceEnded([sessionId]);
  }

  /**
   * Ends open sessions of one user (in `em`'s transaction when given); returns their ids. Their refresh
   * tokens stop working at once and their access tokens on the next request (resolveViewer reads the
   * session). Call announceEnded with the ids once the transaction has committed, to close their sockets.
   */
  async endSessions(userId: string, which: SessionSelection, em: EntityManager = this.db.manager): Promise<string[]> {
    const other = 'except' in which ? which.except : 'only' in which ? which.only : null;
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND ($2::uuid IS NULL OR (CASE WHEN $3 THEN id <> $2::uuid ELSE id = $2::uuid END))
        RETURNING id`,
      [userId, other, 'except' in which],
    );
    return rows.map((r) => r.id);
  }

  /** Tells every instance (PubSub) that these sessions ended, so their live sockets are closed. */
  async announceEnded(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    const message: SessionsEnded = { sessionIds };
    // Publishing never throws; a socket an instance did not hear about still fails on its next connect.
    await this.pubsub
      .publish(SESSIONS_ENDED_CHANNEL, JSON.stringify(message))
      .catch((err) => logger.warn({ err }, 'could not announce ended sessions'));
  }

  private async issue(em: EntityManager, session: Session): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshToken, { sessionId: session.id, tokenHash: sha256(refreshToken), usedAt: null });
    const claims: AccessTokenClaims = { sub: session.userId, sid: session.id };
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttl });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      userId: session.userId,
      sessionId: session.id,
    };
  }
}
