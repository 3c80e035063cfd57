import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RequestContext, badInput, unauthenticated } from '@waardenet/core';
import { RATE_LIMIT_STORE, RateLimitStore, clientKey, rateLimited } from '@waardenet/core/rate-limit';
import { passwordResetMail } from './account-mail';
import { ChangePasswordInput, ResetPasswordInput } from './dto/password.inputs';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { assertAcceptablePassword } from './password-policy';
import { TokensService, sha256 } from './tokens.service';
import { User } from './user.entity';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * requestPasswordReset answers no sooner than this after it started. Both ways run the same statement,
 * but one that inserts rows commits a little slower (a WAL flush, about 2 ms here) than one that inserts
 * none; the floor hides that difference (measured: docs/limits.md "Password reset").
 */
export const RESET_ANSWER_FLOOR_MS = 150;

@Injectable()
export class PasswordsService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a reset link when an account has this address, and answers `true` either way. Both ways do
   * the same work: one token is made and hashed, both languages' mails are written, and one statement
   * runs that inserts the token and the mail only if the account exists (and its mail budget allows).
   */
  async requestReset(rawEmail: string, ip: string): Promise<true> {
    const started = Date.now();
    const email = rawEmail.trim().toLowerCase();
    if (email.length > 254 || !EMAIL.test(email))
      throw badInput('email: must be a valid email address', { fields: { email: ['must be a valid email address'] } });
    const { passwordResetPerIp: ipRule, passwordResetPerAccount: accountRule } = this.config.rateLimits;
    if (ipRule.limit) {
      const perIp = await this.limits.hit(`password-reset:ip:${clientKey(ip)}`, ipRule.limit, ipRule.windowMs);
      if (!perIp.allowed)
        throw rateLimited('Too many password reset requests from your network.', perIp.retryAfterMs, 'RATE_LIMITED_PASSWORD_RESET');
    }
    // Keyed on the address whether or not it has an account, so the budget tells nothing either; past it
    // the answer stays the same but no mail goes out, so no one can flood a mailbox with reset mails.
    const mailAllowed =
      !accountRule.limit ||
      (await this.limits.hit(`password-reset:account:${sha256(email).slice(0, 22)}`, accountRule.limit, accountRule.windowMs)).allowed;
    const token = randomBytes(32).toString('base64url');
    const mail = passwordResetMail(`${this.config.email.publicUrl}/reset-password?token=${token}`);
    await this.db.query(
      `WITH u AS (SELECT u.id, u.email, coalesce(s.locale, 'nl') AS locale FROM users u LEFT JOIN notification_settings s ON s.user_id = u.id
                   WHERE u.email = $1 AND $2::boolean),
            t AS (INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) SELECT id, $3, now() + interval '1 hour' FROM u RETURNING user_id)
       INSERT INTO email_outbox (recipient_id, to_address, subject, text, next_attempt_at)
       SELECT u.id, u.email, CASE WHEN u.locale = 'en' THEN $4 ELSE $6 END, CASE WHEN u.locale = 'en' THEN $5 ELSE $7 END, now()
         FROM u JOIN t ON t.user_id = u.id`,
      [email, mailAllowed, sha256(token), mail.en.subject, mail.en.text, mail.nl.subject, mail.nl.text],
    );
    const left = started + RESET_ANSWER_FLOOR_MS - Date.now();
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    return true;
  }

  /** Sets a new password with a reset link's token (once, within the hour) and ends every session of the account. */
  async reset(input: ResetPasswordInput): Promise<true> {
    assertAcceptablePassword(input.password, 'password');
    const ended = await this.db.transaction(async (em) => {
      // Locked, so two uses of one link at once are served one after the other: the second finds it spent.
      const [token]: { id: string; user_id: string }[] = await em.query(
        `SELECT id, user_id FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
        [sha256(input.token)],
      );
      if (!token) {
        throw badInput('This reset link no longer works: it was used already or is more than an hour old. Ask for a new one.', {
          reason: 'RESET_TOKEN_INVALID',
        });
      }
      await em.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [token.user_id, await hashPassword(input.password, this.config)]);
      // Every open link of the account is spent with it: an older mail cannot set the password again.
      await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [token.user_id]);
      return this.tokens.endSessions(token.user_id, { all: true }, em);
    });
    await this.tokens.announceEnded(ended);
    return true;
  }

  /** Changes the viewer's password, given the current one, and ends every other session (this one stays). */
  async change(ctx: RequestContext, input: ChangePasswordInput): Promise<true> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    assertAcceptablePassword(input.newPassword, 'newPassword');
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    // A stolen access token must not become a way to guess the password: wrong guesses count as failed logins.
    const release = await this.throttle.attempt(ctx.ip, user.email);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword, this.config))) {
      throw badInput('currentPassword: is not your current password', {
        reason: 'WRONG_PASSWORD',
        fields: { currentPassword: ['is not your current password'] },
      });
    }
    await release();
    const passwordHash = await hashPassword(input.newPassword, this.config);
    const ended = await this.db.transaction(async (em) => {
      await em.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [viewer.id, passwordHash]);
      await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [viewer.id]);
      return this.tokens.endSessions(viewer.id, { except: viewer.sessionId }, em);
    });
    await this.tokens.announceEnded(ended);
    return true;
  }
}
