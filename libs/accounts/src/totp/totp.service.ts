import { Inject, Injectable } from '@nestjs/common';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppError, RequestContext, badInput, unauthenticated } from '@waardenet/core';
import { SECRET_LABELS, SecretBox } from '@waardenet/core/security';
import { LoginThrottle } from '../login-throttle';
import { verifyPassword } from '../password';
import { TokensService, sha256 } from '../tokens.service';
import { User } from '../user.entity';
import { newTotpSecret, otpauthUri, timeStepOf } from './otp';
import { RECOVERY_CODE_COUNT, isAuthenticatorCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes';
import { TotpSetup, TwoFactorStatus } from './totp.types';

const totpInvalid = (message: string) => new AppError('UNAUTHENTICATED', message, { reason: 'TOTP_INVALID' });

/** Two-step verification with an authenticator app (TOTP, RFC 6238) and single-use recovery codes. */
@Injectable()
export class TotpService {
  private readonly box: SecretBox;

  constructor(
    private readonly db: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.jwtSecret, SECRET_LABELS.totp);
  }

  async status(ctx: RequestContext): Promise<TwoFactorStatus> {
    const viewer = requireViewer(ctx);
    const [row]: { enabled: boolean; left: number; staff: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL) AS enabled,
              (SELECT count(*)::int FROM totp_recovery_codes c WHERE c.user_id = u.id AND c.used_at IS NULL) AS left,
              (u.is_platform_admin OR EXISTS (SELECT 1 FROM library_staff s WHERE s.user_id = u.id)) AS staff
         FROM users u WHERE u.id = $1`,
      [viewer.id],
    );
    return { enabled: row.enabled, recoveryCodesLeft: row.enabled ? row.left : 0, required: this.config.require2faForStaff && row.staff };
  }

  /** A fresh pending secret (replacing an unconfirmed one); refused while two-step verification is on. */
  async setup(ctx: RequestContext): Promise<TotpSetup> {
    const viewer = requireViewer(ctx);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    const secret = newTotpSecret();
    // Selected from a CTE: TypeORM answers a bare UPDATE or DELETE with [rows, count], a SELECT with the rows.
    const rows: unknown[] = await this.db.query(
      `WITH i AS (INSERT INTO user_totp (user_id, secret_encrypted) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_time_step = NULL, created_at = now()
         WHERE user_totp.enabled_at IS NULL
       RETURNING user_id) SELECT * FROM i`,
      [viewer.id, this.box.seal(secret)],
    );
    if (!rows.length) throw alreadyEnabled();
    const uri = otpauthUri(user.email, secret);
    const svg = await qrSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { uri, secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /**
   * Confirms the pending secret with a code from the app, turns two-step verification on and returns ten
   * recovery codes (only now). Every other session ends: they were signed in without a code, and a new
   * login, on any device, needs one from now on (this one stays; refreshing it needs no code).
   */
  async enable(ctx: RequestContext, code: string): Promise<string[]> {
    const viewer = requireViewer(ctx);
    const { codes, ended } = await this.db.transaction(async (em) => {
      const [row]: { secret_encrypted: string; enabled: boolean }[] = await em.query(
        `SELECT secret_encrypted, enabled_at IS NOT NULL AS enabled FROM user_totp WHERE user_id = $1 FOR UPDATE`,
        [viewer.id],
      );
      if (!row)
        throw badInput('Set up two-step verification first: scan the QR code, then enter the code your app shows.', {
          reason: 'TOTP_NOT_SET_UP',
        });
      if (row.enabled) throw alreadyEnabled();
      const step = await this.verifyCode(row.secret_encrypted, code, null);
      if (step === null) {
        throw badInput('code: is not the code your app shows now; check that its clock is right and try the next code.', {
          reason: 'TOTP_INVALID',
          fields: { code: ['is not the current code'] },
        });
      }
      await em.query(`UPDATE user_totp SET enabled_at = now(), last_time_step = $2 WHERE user_id = $1`, [viewer.id, step]);
      return {
        codes: await this.replaceRecoveryCodes(em, viewer.id),
        ended: await this.tokens.endSessions(viewer.id, { except: viewer.sessionId }, em),
      };
    });
    await this.tokens.announceEnded(ended);
    return codes;
  }

  /** Turns two-step verification off, given the account's password (wrong guesses count as failed logins). */
  async disable(ctx: RequestContext, password: string): Promise<true> {
    const viewer = requireViewer(ctx);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    const release = await this.throttle.attempt(ctx.ip, user.email);
    if (!(await verifyPassword(user.passwordHash, password, this.config))) {
      throw badInput('password: is not your password', { reason: 'WRONG_PASSWORD', fields: { password: ['is not your password'] } });
    }
    await release();
    await this.db.transaction(async (em) => {
      const removed: unknown[] = await em.query(`WITH d AS (DELETE FROM user_totp WHERE user_id = $1 RETURNING user_id) SELECT * FROM d`, [
        viewer.id,
      ]);
      if (!removed.length) throw badInput('Two-step verification is not on for your account.', { reason: 'TOTP_NOT_ENABLED' });
      await em.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [viewer.id]);
    });
    return true;
  }

  /**
   * Called by login once the password was right. Throws UNAUTHENTICATED with reason TOTP_REQUIRED when two-step
   * verification is on and no code came, TOTP_INVALID for a wrong, spent or replayed code. A code is spent by
   * moving the account's last time step past it, in one conditional statement, so two logins with one code
   * cannot both pass; a recovery code is marked used the same way.
   */
  async checkAtLogin(userId: string, rawCode: string | null | undefined): Promise<void> {
    const [row]: { secret_encrypted: string; last_time_step: string | null }[] = await this.db.query(
      `SELECT secret_encrypted, last_time_step FROM user_totp WHERE user_id = $1 AND enabled_at IS NOT NULL`,
      [userId],
    );
    if (!row) return;
    const code = rawCode?.trim();
    if (!code)
      throw new AppError('UNAUTHENTICATED', 'Enter the code from your authenticator app (or one of your recovery codes).', {
        reason: 'TOTP_REQUIRED',
      });
    if (isAuthenticatorCode(code)) {
      const step = await this.verifyCode(row.secret_encrypted, code, row.last_time_step === null ? null : Number(row.last_time_step));
      const spent: unknown[] =
        step === null
          ? []
          : await this.db.query(
              `WITH u AS (UPDATE user_totp SET last_time_step = $2 WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2) RETURNING user_id)
               SELECT * FROM u`,
              [userId, step],
            );
      if (!spent.length) throw totpInvalid('That code is not right, or it was used already: wait for the next code and try again.');
      return;
    }
    const used: unknown[] = await this.db.query(
      `WITH u AS (UPDATE totp_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id) SELECT * FROM u`,
      [userId, sha256(normalizeRecoveryCode(code))],
    );
    if (!used.length) throw totpInvalid('That recovery code is not right, or it was used already.');
  }

  /** The time step the code belongs to, or null (see timeStepOf); a secret that cannot be opened matches no code. */
  private async verifyCode(sealed: string, code: string, after: number | null): Promise<number | null> {
    const secret = this.box.open(sealed);
    return secret ? timeStepOf(secret, code, after) : null;
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await em.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [userId]);
    await em.query(`INSERT INTO totp_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      codes.map((c) => sha256(normalizeRecoveryCode(c))),
    ]);
    return codes;
  }
}

function requireViewer(ctx: RequestContext) {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

const alreadyEnabled = () =>
  new AppError('CONFLICT', 'Two-step verification is already on; turn it off first (with your password) to set up another app.', {
    reason: 'TOTP_ALREADY_ENABLED',
  });
