import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { SetHandleInput, UpdateProfileInput } from './dto/profile.inputs';
import { ProfileService } from './profile.service';
import { User } from './user.entity';

/** A suspended account keeps the profile it has: it may not rename itself or take another handle meanwhile. */
@Resolver(() => User)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Access('user')
  @Mutation(() => User, {
    description:
      'Change your display name, bio or preferred language. Refusals carry a reason: DISPLAY_NAME_INVALID_CHARACTERS, DISPLAY_NAME_IMPERSONATES_STAFF, BIO_TOO_LONG, BIO_INVALID_CHARACTERS.',
  })
  updateProfile(@Args('input') input: UpdateProfileInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.profiles.update(ctx, input);
  }

  @Access('user')
  @Mutation(() => User, {
    description:
      'Choose your handle for @mentions and your profile address. CONFLICT (HANDLE_TAKEN) when someone has or recently had it; RATE_LIMITED (HANDLE_CHANGE_TOO_SOON) within a day of the last change. The old handle keeps leading to you for HANDLE_REDIRECT_DAYS.',
  })
  setHandle(@Args('input') input: SetHandleInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.profiles.setHandle(ctx, input.handle);
  }

  @Access('public')
  @Query(() => User, {
    nullable: true,
    description:
      'The account with this @handle, or that had it within the redirect period (its handle field then differs); null when none.',
  })
  user(@Args('handle') handle: string): Promise<User | null> {
    return this.profiles.byHandle(handle);
  }
}
