import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppError, logger, unauthenticated } from '@waardenet/core';
import { clientKey } from '@waardenet/core/rate-limit';
import { AccountsService, Device, IssuedTokens, User, normalizeDisplayName } from '@waardenet/accounts';
import { ProviderUnavailable, client, providerConfig } from './oidc';
import { SsoConfigService, SsoSettings } from './sso-config.service';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** How long a sign-in may take at the provider, and how long the web client has to claim its ticket. */
export const ATTEMPT_TTL_SECONDS = 600;
export const TICKET_TTL_SECONDS = 300;
/** Unfinished attempts one client address (IPv6 per /64) may have at a time: a library's shared network starts a few, a script thousands. */
export const OPEN_ATTEMPTS_PER_CLIENT = 50;

/** A refusal the callback sends back to the login screen as ?sso_error=REASON (never a stack). */
export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoReason,
    detail: string,
  ) {
    super(detail);
  }
}

export type SsoReason =
  | 'SSO_NOT_AVAILABLE'
  | 'SSO_STATE_INVALID'
  | 'SSO_DENIED'
  | 'SSO_PROVIDER_UNAVAILABLE'
  | 'SSO_LOGIN_FAILED'
  | 'SSO_EMAIL_MISSING'
  | 'SSO_EMAIL_NOT_VERIFIED'
  | 'SSO_ACCOUNT_EMAIL_NOT_VERIFIED'
  | 'SSO_TOO_MANY_ATTEMPTS';

export interface Started {
  /** Where the browser goes next: the provider's authorization endpoint. */
  location: string;
  /** The browser's half of the attempt, kept in an httpOnly cookie: the callback must come from the same browser. */
  binding: string;
}

interface Claims {
  iss: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  preferred_username?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

/**
 * Signing in with a library's identity provider (OpenID Connect, authorization code + PKCE, state and nonce):
 * start → provider → callback → a single-use ticket the web client exchanges (completeSsoLogin) for the same
 * session a password login makes, with the same two-step check. Accounts: an identity already linked (issuer +
 * sub) signs in its account; else an account whose verified address the provider vouches for (email_verified
 * true) is linked; else a new account is made, unless an account with that address exists and either side has
 * not verified it: then nothing is linked or made (SSO_EMAIL_NOT_VERIFIED, SSO_ACCOUNT_EMAIL_NOT_VERIFIED).
 */
@Injectable()
export class SsoLoginService {
  constructor(
    private readonly db: DataSource,
    private readonly configs: SsoConfigService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** null when the library has no single sign-on switched on (the controller answers 404). */
  async start(slug: string, next: string | null, ip?: string): Promise<Started | null> {
    const settings = await this.configs.settings(slug);
    if (!settings) return null;
    // Finished attempts are deleted at the callback: only abandoned or running ones count against the address.
    const from = this.clientHash(ip);
    const [{ open }]: { open: number }[] = await this.db.query(
      `SELECT count(*)::int AS open FROM sso_login_attempts WHERE client_hash = $1 AND expires_at > now()`,
      [from],
    );
    if (open >= OPEN_ATTEMPTS_PER_CLIENT) throw new SsoRefusal('SSO_TOO_MANY_ATTEMPTS', `${open} unfinished sign-ins from this address`);
    const provider = await this.provider(settings);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    const binding = token();
    await this.db.query(`DELETE FROM sso_login_attempts WHERE expires_at < now()`);
    await this.db.query(
      `INSERT INTO sso_login_attempts (state_hash, library_id, binding_hash, nonce, code_verifier, next, expires_at, client_hash)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), $8)`,
      [sha256(state), settings.libraryId, sha256(binding), nonce, verifier, safeNext(next), ATTEMPT_TTL_SECONDS, from],
    );
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: this.configs.redirectUri(slug),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { location: url.href, binding };
  }

  /**
   * The provider sent the browser back. Spends the attempt (whatever happens next: a state works once), checks
   * it began in this browser, exchanges the code, validates the ID token (issuer, audience, signature, nonce,
   * PKCE), finds or makes the account and returns a ticket for it with the path to go back to.
   */
  async callback(slug: string, query: URLSearchParams, binding: string | undefined): Promise<{ ticket: string; next: string }> {
    const state = query.get('state');
    const [attempt]: { library_id: string; binding_hash: string; nonce: string; code_verifier: string; next: string | null }[] = state
      ? await this.db.query(
          `WITH d AS (DELETE FROM sso_login_attempts a USING libraries l
                WHERE a.state_hash = $1 AND l.id = a.library_id AND l.slug = $2 AND a.expires_at > now()
                RETURNING a.*) SELECT * FROM d`,
          [sha256(state), slug],
        )
      : [];
    if (!attempt || !binding || sha256(binding) !== attempt.binding_hash) {
      throw new SsoRefusal('SSO_STATE_INVALID', 'the sign-in attempt is unknown, expired, used, or began in another browser');
    }
    if (query.get('error')) throw new SsoRefusal('SSO_DENIED', `the provider answered ${query.get('error')}`);
    const settings = await this.configs.settings(slug);
    if (!settings || settings.libraryId !== attempt.library_id)
      throw new SsoRefusal('SSO_NOT_AVAILABLE', 'single sign-on was switched off');
    const provider = await this.provider(settings);
    const current = new URL(this.configs.redirectUri(slug));
    current.search = query.toString();
    let claims: Claims;
    try {
      const tokens = await client.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state ?? '',
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as unknown as Claims;
      // Providers that keep the scope's claims out of the ID token (OpenID Connect's default for the code flow)
      // give them at the userinfo endpoint, checked there to be about the same subject.
      if (claims.email === undefined && tokens.access_token) {
        const info = await client.fetchUserInfo(provider, tokens.access_token, claims.sub);
        claims = { ...info, ...claims };
      }
    } catch (err) {
      if (err instanceof TypeError && /fetch/i.test(err.message)) throw new SsoRefusal('SSO_PROVIDER_UNAVAILABLE', err.message);
      logger.info(
        { err: { name: (err as Error).name, message: (err as Error).message }, slug },
        'single sign-on: the code exchange or the ID token was refused',
      );
      throw new SsoRefusal('SSO_LOGIN_FAILED', 'the provider did not confirm the sign-in');
    }
    const userId = await this.db.transaction((em) => this.accountFor(em, settings, claims));
    const ticket = token();
    await this.db.query(`DELETE FROM sso_login_tickets WHERE expires_at < now()`);
    await this.db.query(
      `INSERT INTO sso_login_tickets (token_hash, user_id, library_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [sha256(ticket), userId, settings.libraryId, TICKET_TTL_SECONDS],
    );
    return { ticket, next: attempt.next ?? '/' };
  }

  /**
   * completeSsoLogin: the ticket (single use, TICKET_TTL_SECONDS) becomes a session, after the two-step code when
   * the account has it on. A missing or wrong code leaves the ticket unspent, so the client can ask for the code.
   */
  async complete(ticket: string, totpCode: string | null | undefined, device: Device): Promise<IssuedTokens> {
    const hash = sha256(ticket);
    const [row]: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM sso_login_tickets WHERE token_hash = $1 AND expires_at > now()`,
      [hash],
    );
    if (!row) throw ticketInvalid();
    await this.accounts.checkSecondFactor(row.user_id, totpCode, device);
    return this.db.transaction(async (em) => {
      const spent: unknown[] = await em.query(
        `WITH d AS (DELETE FROM sso_login_tickets WHERE token_hash = $1 AND expires_at > now() RETURNING 1) SELECT * FROM d`,
        [hash],
      );
      if (!spent.length) throw ticketInvalid();
      await em.query(`UPDATE user_identities SET last_login_at = now() WHERE user_id = $1`, [row.user_id]);
      return this.accounts.startSession(em, row.user_id, device);
    });
  }

  /** The client address as the limits group it (IPv6 per /64), keyed with the server's secret: the address itself is not stored. */
  clientHash(ip: string | undefined): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`sso-client:${clientKey(ip)}`)
      .digest('base64url')
      .slice(0, 22);
  }

  private async provider(settings: SsoSettings): Promise<client.Configuration> {
    try {
      return await providerConfig(settings);
    } catch (err) {
      if (err instanceof ProviderUnavailable) {
        logger.warn({ issuer: settings.issuer, reason: err.message }, 'single sign-on: the provider could not be reached');
        throw new SsoRefusal('SSO_PROVIDER_UNAVAILABLE', err.message);
      }
      throw err;
    }
  }

  private async accountFor(em: EntityManager, settings: SsoSettings, claims: Claims): Promise<string> {
    const [linked]: { user_id: string }[] = await em.query(
      `SELECT i.user_id FROM user_identities i JOIN users u ON u.id = i.user_id WHERE i.issuer = $1 AND i.subject = $2 AND u.deleted_at IS NULL`,
      [claims.iss, claims.sub],
    );
    if (linked) return linked.user_id;
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email))
      throw new SsoRefusal('SSO_EMAIL_MISSING', 'the provider gave no email address');
    const providerVerified = claims.email_verified === true;
    const [existing]: { id: string; verified: boolean }[] = await em.query(
      `SELECT id, email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1 AND deleted_at IS NULL FOR UPDATE`,
      [email],
    );
    let userId: string;
    if (existing) {
      if (!providerVerified)
        throw new SsoRefusal('SSO_EMAIL_NOT_VERIFIED', 'the provider has not verified the address, and an account with it exists');
      if (!existing.verified) throw new SsoRefusal('SSO_ACCOUNT_EMAIL_NOT_VERIFIED', 'the account with this address has not verified it');
      userId = existing.id;
    } else {
      userId = (await this.newAccount(em, email, providerVerified, claims)).id;
    }
    await em.query(
      `INSERT INTO user_identities (user_id, library_id, issuer, subject, email_at_link, last_login_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [userId, settings.libraryId, claims.iss, claims.sub, email],
    );
    logger.info({ userId, libraryId: settings.libraryId, created: !existing }, 'single sign-on: identity linked');
    return userId;
  }

  /** The provider's name for the person when it passes the display-name rules, else a neutral one. */
  private async newAccount(em: EntityManager, email: string, emailVerified: boolean, claims: Claims): Promise<User> {
    const str = (v: unknown) => (typeof v === 'string' ? normalizeDisplayName(v).slice(0, 60) : '');
    const candidates = [
      str(claims.name),
      str([claims.given_name, claims.family_name].filter((p) => typeof p === 'string').join(' ')),
      str(claims.preferred_username),
    ].filter((n) => n.length >= 2);
    for (const displayName of candidates) {
      await em.query(`SAVEPOINT sso_name`);
      try {
        const user = await this.accounts.createExternalAccount(em, { email, displayName, emailVerified });
        await em.query(`RELEASE SAVEPOINT sso_name`);
        return user;
      } catch (err) {
        await em.query(`ROLLBACK TO SAVEPOINT sso_name`);
        if (!(err instanceof AppError) || err.extensions.code !== 'BAD_USER_INPUT') throw err;
      }
    }
    return this.accounts.createExternalAccount(em, { email, displayName: `Lezer ${randomBytes(3).toString('hex')}`, emailVerified });
  }
}

const ticketInvalid = () =>
  unauthenticated('This sign-in link has expired or was already used; sign in with your library again.', { reason: 'SSO_TICKET_INVALID' });

/** A same-site path to return to (never another origin), as the web client's safeNext. */
export function safeNext(value: string | null): string | null {
  return value && value.length <= 500 && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : null;
}
