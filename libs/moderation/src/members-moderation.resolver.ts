import { Args, Field, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { ApprovalMode, CommunitiesPolicy, Community, Membership } from '@waardenet/communities';
import {
  BanMemberInput,
  CommunitySettingsInput,
  SetCommunityVisibilityInput,
  SetMemberRoleInput,
  SuspendUserInput,
  UnbanMemberInput,
} from './dto/moderation.inputs';
import { RolesService } from './roles.service';
import { BansService } from './bans.service';
import { SettingsService } from './settings.service';
import { SuspensionsService } from './suspensions.service';

@ObjectType({ description: "A community's moderation settings." })
export class CommunitySettings {
  @Field(() => ApprovalMode)
  approval!: ApprovalMode;

  @Field(() => Int)
  reportThreshold!: number;

  @Field(() => Int)
  slowModeSeconds!: number;

  @Field()
  publicModLog!: boolean;
}

/** Bans, suspensions and community settings. */
@Resolver(() => Community)
export class MembersModerationResolver {
  constructor(
    private readonly bans: BansService,
    private readonly suspensions: SuspensionsService,
    private readonly settings: SettingsService,
    private readonly policy: CommunitiesPolicy,
    private readonly roles: RolesService,
  ) {}

  @Access('user')
  @Mutation(() => Membership, {
    description: 'Makes an active member an EXPERT, a MODERATOR or a MEMBER again (MODERATOR: owners and library staff only).',
  })
  setMemberRole(@Args('input') input: SetMemberRoleInput, @Ctx() ctx: RequestContext): Promise<Membership> {
    return this.roles.setRole(ctx, input);
  }

  @Access('user')
  @Mutation(() => Membership, {
    description:
      'Bans a user from a community (until a time, or until unbanMember); they may read it if it is public, not post, react, report or subscribe.',
  })
  banMember(@Args('input') input: BanMemberInput, @Ctx() ctx: RequestContext): Promise<Membership> {
    return this.bans.ban(ctx, input);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Lifts a ban: the member returns to where they were (a banned non-member simply is no member).' })
  unbanMember(@Args('input') input: UnbanMemberInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.bans.unban(ctx, input);
  }

  @Access('platformAdmin')
  @Mutation(() => User, { description: 'Suspends an account platform-wide: it may only read public content.' })
  suspendUser(@Args('input') input: SuspendUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.suspensions.suspend(ctx, input);
  }

  @Access('platformAdmin')
  @Mutation(() => User)
  unsuspendUser(@Args('userId', { type: () => ID }) userId: string, @Ctx() ctx: RequestContext): Promise<User> {
    return this.suspensions.unsuspend(ctx, userId);
  }

  @Access('user')
  @Mutation(() => Community, { description: "Changes a community's moderation settings; its moderators only." })
  updateCommunitySettings(@Args('input') input: CommunitySettingsInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.settings.update(ctx, input);
  }

  @Access('user')
  @Mutation(() => Community, {
    description:
      "Changes who can see the community (PUBLIC, RESTRICTED, PRIVATE): its owners, the library's staff and platform admins. Logged; leaving PUBLIC switches federation off.",
  })
  setCommunityVisibility(@Args('input') input: SetCommunityVisibilityInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.settings.setVisibility(ctx, input);
  }

  @Access('user')
  @Mutation(() => Community, {
    description: 'Seconds a member must wait between posts in the community (0 turns slow mode off).',
    deprecationReason:
      'One path for the moderation settings: use updateCommunitySettings(input: { communityId, slowModeSeconds }) (same checks, same log line).',
  })
  setSlowMode(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('seconds', { type: () => Int }) seconds: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Community> {
    return this.settings.setSlowMode(ctx, communityId, seconds);
  }

  @ViewerDependent()
  @ResolveField(() => CommunitySettings, {
    nullable: true,
    description: 'The moderation settings; null unless the viewer moderates the community.',
  })
  async moderationSettings(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<CommunitySettings | null> {
    if (!(await this.policy.access(ctx, community)).canModerate) return null;
    const { approval, reportThreshold, slowModeSeconds, publicModLog } = community;
    return { approval, reportThreshold, slowModeSeconds, publicModLog };
  }
}
