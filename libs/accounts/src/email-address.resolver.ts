import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext } from '@waardenet/core';
import { RequestEmailChangeInput } from './dto/email.inputs';
import { EmailAddressService } from './email-address.service';

@Resolver()
export class EmailAddressResolver {
  constructor(private readonly addresses: EmailAddressService) {}

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Confirms the address with the token from the mailed link (once, for three days). Refused with reason VERIFY_TOKEN_INVALID or VERIFY_TOKEN_EXPIRED.',
  })
  verifyEmail(@Args('token') token: string): Promise<boolean> {
    return this.addresses.verify(token);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean, {
    description: 'Mails a fresh confirmation link to your address (rate-limited; EMAIL_ALREADY_VERIFIED once it is confirmed).',
  })
  resendVerification(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.addresses.resend(ctx);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean, {
    description:
      'Mails a confirmation link (valid a day, once) to the new address and a notice to the current one. Answers true whether or not ' +
      'another account has the new address: then that address is told so by mail instead, and confirming is refused (CONFLICT).',
  })
  requestEmailChange(@Args('input') input: RequestEmailChangeInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.addresses.requestChange(ctx, input);
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Switches the account to the new address with the token from the mailed link; the new address counts as confirmed and the old one is told. ' +
      'Refused with reason EMAIL_CHANGE_TOKEN_INVALID, EMAIL_CHANGE_TOKEN_EXPIRED, or CONFLICT (EMAIL_TAKEN) when another account has the address by now.',
  })
  confirmEmailChange(@Args('token') token: string): Promise<boolean> {
    return this.addresses.confirmChange(token);
  }
}
