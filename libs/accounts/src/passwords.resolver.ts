import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext } from '@waardenet/core';
import { ChangePasswordInput, ResetPasswordInput } from './dto/password.inputs';
import { PasswordsService } from './passwords.service';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Mails a link to choose a new password (valid an hour, once) if an account has this address. The answer is the same either way.',
  })
  requestPasswordReset(@Args('email') email: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.passwords.requestReset(email, ctx.ip);
  }

  @Access('public')
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset link, and signs the account out everywhere.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.passwords.reset(input);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean, { description: 'Changes your password; every other session of your account is ended, this one stays.' })
  changePassword(@Args('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.passwords.change(ctx, input);
  }
}
