import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, badInput } from '@waardenet/core';
import { TotpService } from './totp.service';
import { TotpSetup, TwoFactorStatus } from './totp.types';

/** The viewer's own two-step verification. Every account has its own; no one manages another's. */
@Resolver()
export class TotpResolver {
  constructor(private readonly totp: TotpService) {}

  @Access('user')
  @Query(() => TwoFactorStatus, { description: 'Whether your two-step verification is on, and how many recovery codes are left.' })
  myTwoFactor(@Ctx() ctx: RequestContext): Promise<TwoFactorStatus> {
    return this.totp.status(ctx);
  }

  @Access('user')
  @Mutation(() => TotpSetup, {
    description:
      'Makes a new authenticator secret, pending until enableTotp confirms it. Refused with CONFLICT (TOTP_ALREADY_ENABLED) while it is on.',
  })
  setupTotp(@Ctx() ctx: RequestContext): Promise<TotpSetup> {
    return this.totp.setup(ctx);
  }

  @Access('user')
  @Mutation(() => [String], {
    description:
      'Turns two-step verification on with a code from the app; returns ten single-use recovery codes, shown only now. Reasons TOTP_NOT_SET_UP, TOTP_INVALID, TOTP_ALREADY_ENABLED.',
  })
  enableTotp(@Ctx() ctx: RequestContext, @Args('code', { type: () => String }) code: string): Promise<string[]> {
    return this.totp.enable(ctx, checkLength('code', code, 6, 12));
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Turns two-step verification off and removes the recovery codes, given your password (WRONG_PASSWORD, TOTP_NOT_ENABLED).',
  })
  disableTotp(@Ctx() ctx: RequestContext, @Args('password', { type: () => String }) password: string): Promise<boolean> {
    return this.totp.disable(ctx, checkLength('password', password, 1, 200));
  }
}

function checkLength(field: string, value: string, min: number, max: number): string {
  if (value.length >= min && value.length <= max) return value;
  const problem = `must be between ${min} and ${max} characters long`;
  throw badInput(`${field}: ${problem}`, { fields: { [field]: [problem] } });
}
