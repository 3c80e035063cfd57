import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext, ViewerDependent, RequireVerifiedEmail, present } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { LibrariesService, Library } from '@waardenet/libraries';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesService } from './communities.service';
import { Community } from './community.entity';
import { CreateCommunityInput, MembershipDecisionInput } from './dto/community.inputs';
import { Membership, MembershipState } from './membership.entity';
import { MembershipsService } from './memberships.service';

@ObjectType()
export class CommunityConnection extends Connection(Community) {}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}

@Resolver(() => Community)
export class CommunitiesResolver {
  constructor(
    private readonly communitiesService: CommunitiesService,
    private readonly memberships: MembershipsService,
    private readonly policy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
  ) {}

  @Access('user')
  @Mutation(() => Community)
  createCommunity(@Args('input') input: CreateCommunityInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.communitiesService.create(ctx, input);
  }

  @Access('public')
  @Query(() => Community)
  community(@Args('slug') slug: string, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.communitiesService.bySlug(ctx, slug);
  }

  @Access('public')
  @Query(() => CommunityConnection)
  communities(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('libraryId', { type: () => ID, nullable: true }) libraryId?: string,
    @Args('theme', { nullable: true }) theme?: string,
  ) {
    return this.communitiesService.list(ctx, { first, after, libraryId, theme });
  }

  @Access('user')
  @RequireVerifiedEmail()
  @Mutation(() => Membership, {
    description: 'ACTIVE at once for PUBLIC communities, PENDING for RESTRICTED; PRIVATE needs an invitation.',
  })
  joinCommunity(@Args('communityId', { type: () => ID }) communityId: string, @Ctx() ctx: RequestContext): Promise<Membership> {
    return this.memberships.join(ctx, communityId);
  }

  @Access('user')
  @Mutation(() => Boolean)
  leaveCommunity(@Args('communityId', { type: () => ID }) communityId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.memberships.leave(ctx, communityId);
  }

  @Access('user')
  @Mutation(() => Membership)
  async approveMembership(@Args('input') input: MembershipDecisionInput, @Ctx() ctx: RequestContext): Promise<Membership> {
    return present(
      await this.memberships.decide(ctx, input.communityId, input.userId, true, input.reason ?? null),
      'the approved membership',
    );
  }

  @Access('user')
  @Mutation(() => Boolean)
  async rejectMembership(@Args('input') input: MembershipDecisionInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.memberships.decide(ctx, input.communityId, input.userId, false, input.reason ?? null);
    return true;
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      "Removes a member (not an owner) from the community; the community's moderators only, and a fellow moderator only by the library's staff. Logged.",
  })
  removeMember(@Args('input') input: MembershipDecisionInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.memberships.remove(ctx, input.communityId, input.userId, input.reason ?? null);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Lets a user join a PRIVATE community, or skip approval of a RESTRICTED one.' })
  inviteToCommunity(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.memberships.invite(ctx, communityId, userId);
  }

  @ResolveField(() => Library)
  library(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.libraries.byId(ctx, community.libraryId);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<number> {
    return this.memberships.countLoader(ctx).load(community.id);
  }

  @ViewerDependent()
  @ResolveField(() => Membership, { nullable: true, description: "The viewer's membership, if any." })
  async viewerMembership(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<Membership | null> {
    return (await this.policy.access(ctx, community)).membership;
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: "Whether the viewer may read this community's threads." })
  async viewerCanRead(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.policy.access(ctx, community)).canRead;
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Whether the viewer may moderate this community.' })
  async viewerCanModerate(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.policy.access(ctx, community)).canModerate;
  }

  @ViewerDependent()
  @ResolveField(() => MembershipConnection)
  members(
    @Parent() community: Community,
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => MembershipState, nullable: true }) state?: MembershipState,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.memberships.members(ctx, community, state ?? MembershipState.ACTIVE, first, after);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly communitiesService: CommunitiesService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() m: Membership, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, m.userId);
  }

  @ViewerDependent()
  @ResolveField(() => Community)
  community(@Parent() m: Membership, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.communitiesService.byId(ctx, m.communityId);
  }
}
