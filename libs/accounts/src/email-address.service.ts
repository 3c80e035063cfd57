import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppError, RequestContext, badInput, unauthenticated } from '@waardenet/core';
import { RATE_LIMIT_STORE, RateLimitStore, rateLimited } from '@waardenet/core/rate-limit';
import { RequestEmailChangeInput } from './dto/email.inputs';
import {
  addressTakenMail,
  confirmEmailChangeMail,
  emailChangeRequestedNotice,
  emailChangedNotice,
  queueAccountMail,
  verifyEmailMail,
} from './email-address-mail';
import { EmailTokenPurpose } from './email-token.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { sha256 } from './tokens.service';
import { User } from './user.entity';

/** How long a mailed link works (docs/limits.md "Email verification and change"). */
export const VERIFY_LINK_HOURS = 72;
export const CHANGE_LINK_HOURS = 24;

const TOKEN_WORDS: Record<EmailTokenPurpose, { prefix: string; what: string; again: string }> = {
  VERIFY: { prefix: 'VERIFY', what: 'This confirmation link', again: 'Ask for a new one from the banner once you are signed in.' },
  CHANGE: { prefix: 'EMAIL_CHANGE', what: 'This link to confirm a new address', again: 'Ask for the change again in your profile.' },
};

interface TokenRow {
  id: string;
  user_id: string;
  email: string;
  expired: boolean;
  current_email: string;
}

/**
 * Email verification (a link mailed at registration, sent again on request) and email change (a link
 * to the new address, a notice to the old one). Links are stored as hashes, like password reset links,
 * and mailed through the email outbox.
 */
@Injectable()
export class EmailAddressService {
  constructor(
    private readonly db: DataSource,
    private readonly throttle: LoginThrottle,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Makes a verification link for the account's address and queues its mail, in the caller's transaction. */
  async sendVerification(em: EntityManager, user: { id: string; email: string }): Promise<void> {
    const token = await this.issue(em, user.id, 'VERIFY', user.email, VERIFY_LINK_HOURS);
    await queueAccountMail(em, user.id, user.email, verifyEmailMail(`${this.config.email.publicUrl}/verify-email?token=${token}`));
  }

  /** Sends a fresh link (earlier ones keep working until they expire), within the resend limit. */
  async resend(ctx: RequestContext): Promise<true> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    if (user.emailVerifiedAt) throw badInput('Your email address is confirmed already.', { reason: 'EMAIL_ALREADY_VERIFIED' });
    if (!this.config.emailVerification) throw badInput('This server sends no confirmation mails.', { reason: 'EMAIL_VERIFICATION_OFF' });
    await this.spend(
      'verification-resend',
      viewer.id,
      this.config.rateLimits.verificationResendPerAccount,
      'Too many confirmation mails asked for.',
    );
    await this.db.transaction((em) => this.sendVerification(em, user));
    return true;
  }

  /** Marks the address verified with the link's token; an address in WAARDENET_ADMIN_EMAILS becomes a platform admin now. */
  async verify(token: string): Promise<true> {
    await this.db.transaction(async (em) => {
      const row = await this.useToken(em, 'VERIFY', token);
      await em.query(
        `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), is_platform_admin = is_platform_admin OR email = ANY($2::text[]) WHERE id = $1`,
        [row.user_id, this.config.adminEmails],
      );
    });
    return true;
  }

  /**
   * Mails a confirmation link to the new address and a notice to the old one. The answer is the same
   * whether or not another account has the new address: then that address gets a mail saying so instead
   * of the link (same statements, one token row either way), and the asker learns nothing here.
   */
  async requestChange(ctx: RequestContext, input: RequestEmailChangeInput): Promise<true> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    // Wrong guesses count as failed logins, as for changePassword: a stolen access token must not become a way to guess.
    const release = await this.throttle.attempt(ctx.ip, user.email);
    if (!(await verifyPassword(user.passwordHash, input.password, this.config))) {
      throw badInput('password: is not your current password', {
        reason: 'WRONG_PASSWORD',
        fields: { password: ['is not your current password'] },
      });
    }
    await release();
    if (input.newEmail === user.email)
      throw badInput('newEmail: is your current address', { reason: 'EMAIL_UNCHANGED', fields: { newEmail: ['is your current address'] } });
    await this.spend('email-change', viewer.id, this.config.rateLimits.emailChangePerAccount, 'Too many address changes asked for.');
    await this.db.transaction(async (em) => {
      const taken = (await em.query<unknown[]>(`SELECT 1 FROM users WHERE email = $1`, [input.newEmail])).length > 0;
      const token = await this.issue(em, user.id, 'CHANGE', input.newEmail, CHANGE_LINK_HOURS);
      const link = `${this.config.email.publicUrl}/confirm-email?token=${token}`;
      await queueAccountMail(
        em,
        user.id,
        input.newEmail,
        taken ? addressTakenMail(this.config.email.publicUrl) : confirmEmailChangeMail(link),
      );
      await queueAccountMail(em, user.id, user.email, emailChangeRequestedNotice(input.newEmail));
    });
    return true;
  }

  /**
   * Switches the account to the confirmed address (now verified), tells the old address, and spends
   * every open link of the account (a reset link mailed to the old address included). CONFLICT (reason
   * EMAIL_TAKEN) when another account has the address by now; then nothing changes.
   */
  async confirmChange(token: string): Promise<true> {
    await this.db.transaction(async (em) => {
      const row = await this.useToken(em, 'CHANGE', token);
      const takenBy = await em.query<{ id: string }[]>(`SELECT id FROM users WHERE email = $1 AND id <> $2`, [row.email, row.user_id]);
      if (takenBy.length) throw emailTaken();
      await em
        .query(
          `UPDATE users SET email = $2, email_verified_at = now(), is_platform_admin = is_platform_admin OR $2 = ANY($3::text[]) WHERE id = $1`,
          [row.user_id, row.email, this.config.adminEmails],
        )
        .catch((err: unknown) => {
          // Another account took the address between the check and the update (users_email_key).
          throw (err as { code?: string } | null)?.code === '23505' ? emailTaken() : err;
        });
      await em.query(`UPDATE email_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      await queueAccountMail(em, row.user_id, row.current_email, emailChangedNotice(row.email));
    });
    return true;
  }

  private async issue(em: EntityManager, userId: string, purpose: EmailTokenPurpose, email: string, hours: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await em.query(
      `INSERT INTO email_tokens (user_id, purpose, email, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [userId, purpose, email, sha256(token), hours],
    );
    return token;
  }

  /**
   * Finds and spends a link's token, locked so two uses at once are served one after the other. Refused
   * (BAD_USER_INPUT) as `<KIND>_TOKEN_INVALID` when unknown, used, or (for a verification) mailed to an
   * address the account no longer has; `<KIND>_TOKEN_EXPIRED` when out of time. A refusal writes nothing.
   */
  private async useToken(em: EntityManager, purpose: EmailTokenPurpose, token: string): Promise<TokenRow> {
    const words = TOKEN_WORDS[purpose];
    const [row]: TokenRow[] = await em.query(
      `SELECT t.id, t.user_id, t.email, t.expires_at <= now() AS expired, u.email AS current_email
         FROM email_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL FOR UPDATE OF t`,
      [sha256(token), purpose],
    );
    if (!row || (purpose === 'VERIFY' && row.email !== row.current_email)) {
      throw badInput(`${words.what} does not work: it was used already or is not a link we sent. ${words.again}`, {
        reason: `${words.prefix}_TOKEN_INVALID`,
      });
    }
    if (row.expired) throw badInput(`${words.what} has expired. ${words.again}`, { reason: `${words.prefix}_TOKEN_EXPIRED` });
    await em.query(`UPDATE email_tokens SET used_at = now() WHERE id = $1`, [row.id]);
    return row;
  }

  private async spend(name: string, userId: string, rule: { limit: number; windowMs: number }, refusal: string): Promise<void> {
    if (!rule.limit) return;
    const hit = await this.limits.hit(`${name}:user:${userId}`, rule.limit, rule.windowMs);
    if (!hit.allowed)
      throw rateLimited(
        refusal,
        hit.retryAfterMs,
        name === 'email-change' ? 'RATE_LIMITED_EMAIL_CHANGES' : 'RATE_LIMITED_VERIFICATION_MAILS',
        rule,
      );
  }
}

function emailTaken(): AppError {
  return new AppError('CONFLICT', 'Another account uses this email address by now, so yours stays as it was.', { reason: 'EMAIL_TAKEN' });
}
