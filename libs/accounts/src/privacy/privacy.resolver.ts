import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext } from '@waardenet/core';
import { AccountDeletionService } from './account-deletion.service';
import { DeleteAccountInput } from './delete-account.input';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean, {
    description:
      'Deletes your account for good: every session ends at once, you can no longer sign in, your email address, name, handle, bio and ' +
      'expertise evidence are erased and the address is free to register again. Your posts stay as by "verwijderd account" unless removeContent. ' +
      'A wrong password is refused with reason WRONG_PASSWORD.',
  })
  deleteAccount(@Args('input') input: DeleteAccountInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.deletion.delete(ctx, input.password, input.removeContent ?? false);
  }
}
