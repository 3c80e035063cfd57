import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import DataLoader from 'dataloader';
import { APP_CONFIG, AppConfig, AppError, RequestContext, conflict, notFound, unauthenticated, entityLoader } from '@waardenet/core';
import { EmailAddressService } from './email-address.service';
import { assertDisplayNameCharacters, assertNotImpersonatingStaff, assertNotReservedName } from './display-name';
import { LoginInput, RegisterInput } from './dto/register.input';
import { LoginThrottle } from './login-throttle';
import { TotpService } from './totp/totp.service';
import { hashPassword, verifyPassword } from './password';
import { assertAcceptablePassword } from './password-policy';
import { IssuedTokens, TokensService } from './tokens.service';
import { User } from './user.entity';

export interface Device {
  ip?: string;
  userAgent?: string | null;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly addresses: EmailAddressService,
    private readonly totp: TotpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * With email verification on, the account starts unverified and is mailed a link; WAARDENET_ADMIN_EMAILS
   * makes it an admin only once the address is verified (EmailAddressService.verify), not by registering it.
   * `device` is where the session is made: the client address (login limits) and its User-Agent ("mySessions"). */
  async register(input: RegisterInput, device: Device = {}): Promise<IssuedTokens> {
    assertDisplayNameCharacters(input.displayName);
    assertNotReservedName(input.displayName);
    assertAcceptablePassword(input.password, 'password');
    const passwordHash = await hashPassword(input.password, this.config);
    return this.db.transaction(async (em) => {
      const taken = await em.exists(User, { where: { email: input.email } });
      if (taken) throw conflict('An account with this email address already exists.', { reason: 'ACCOUNT_EXISTS' });
      await assertNotImpersonatingStaff(em, input.displayName, null);
      const verified = !this.config.emailVerification;
      const user = await em.save(
        em.create(User, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          emailVerifiedAt: verified ? new Date() : null,
          isPlatformAdmin: verified && this.config.adminEmails.includes(input.email),
        }),
      );
      if (!verified) await this.addresses.sendVerification(em, user);
      return this.tokens.startSession(em, user.id, device.userAgent ?? null);
    });
  }

  async login(input: LoginInput, device: Device = {}): Promise<IssuedTokens> {
    // Counted before the password is checked, given back if it was right: only failures use the budget.
    const release = await this.throttle.attempt(device.ip ?? 'unknown', input.email);
    const user = await this.db.getRepository(User).findOne({ where: { email: input.email } });
    const ok = await verifyPassword(user?.passwordHash, input.password, this.config);
    // One answer for an unknown email and a wrong password, so accounts cannot be probed.
    if (!user || !ok) throw unauthenticated('The email address or password is not correct.', { reason: 'WRONG_CREDENTIALS' });
    // Two-step verification: a wrong or replayed code stays counted as a failed attempt; a missing one is
    // given back (the password was right, and the client now asks for the code).
    await this.totp.checkAtLogin(user.id, input.totpCode).catch(async (e: unknown) => {
      if (e instanceof AppError && e.extensions.reason === 'TOTP_REQUIRED') await release();
      throw e;
    });
    await release();
    return this.db.transaction((em) => this.tokens.startSession(em, user.id, device.userAgent ?? null));
  }

  /**
   * The second step of a sign-in that another way already proved (a library's identity provider, libs/sso):
   * when the account has two-step verification on, the code is required exactly as for login (TOTP_REQUIRED,
   * TOTP_INVALID), and a wrong code counts as a failed login of the account.
   */
  async checkSecondFactor(userId: string, totpCode: string | null | undefined, device: Device = {}): Promise<void> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const release = await this.throttle.attempt(device.ip ?? 'unknown', user.email);
    await this.totp.checkAtLogin(user.id, totpCode).catch(async (e: unknown) => {
      if (e instanceof AppError && e.extensions.reason === 'TOTP_REQUIRED') await release();
      throw e;
    });
    await release();
  }

  /** A session for an account signed in another way, in `em`'s transaction: the same one login makes. */
  startSession(em: EntityManager, userId: string, device: Device = {}): Promise<IssuedTokens> {
    return this.tokens.startSession(em, userId, device.userAgent ?? null);
  }

  /**
   * An account made for someone a library's identity provider vouched for (libs/sso): no password (none
   * matches an empty hash; they can set one with the reset link), the address verified when the provider
   * said so (else the usual verification mail goes out), the display name checked as at registration.
   */
  async createExternalAccount(em: EntityManager, input: { email: string; displayName: string; emailVerified: boolean }): Promise<User> {
    assertDisplayNameCharacters(input.displayName);
    assertNotReservedName(input.displayName);
    await assertNotImpersonatingStaff(em, input.displayName, null);
    const verified = input.emailVerified || !this.config.emailVerification;
    const user = await em.save(
      em.create(User, {
        email: input.email,
        displayName: input.displayName,
        passwordHash: '',
        emailVerifiedAt: verified ? new Date() : null,
        isPlatformAdmin: verified && this.config.adminEmails.includes(input.email),
      }),
    );
    if (!verified) await this.addresses.sendVerification(em, user);
    return user;
  }

  refresh(refreshToken: string): Promise<IssuedTokens> {
    return this.tokens.rotate(refreshToken);
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewer) throw unauthenticated();
    await this.tokens.revoke(ctx.viewer.sessionId);
    return true;
  }

  async byId(ctx: RequestContext, id: string): Promise<User> {
    const user = await this.loader(ctx).load(id);
    if (!user) throw notFound('That user', { reason: 'USER_NOT_FOUND' });
    return user;
  }

  /** Batches user look-ups within one request (authors of a page of posts, members, staff). */
  loader(ctx: RequestContext): DataLoader<string, User | null> {
    return entityLoader(ctx, this.db, User);
  }
}
