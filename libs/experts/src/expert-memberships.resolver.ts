import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, RequireVerifiedEmail } from '@waardenet/core';
import { Membership } from '@waardenet/communities';
import { ExpertMembershipsService } from './expert-memberships.service';

@Resolver()
export class ExpertMembershipsResolver {
  constructor(private readonly memberships: ExpertMembershipsService) {}

  @Access('user')
  @RequireVerifiedEmail()
  @Mutation(() => Membership, {
    description:
      "Joins (or upgrades a membership) as an EXPERT, ACTIVE at once: for people whose expertise the community's library verified. PRIVATE communities still need an invitation.",
  })
  joinAsExpert(@Args('communityId', { type: () => ID }) communityId: string, @Ctx() ctx: RequestContext): Promise<Membership> {
    return this.memberships.joinAsExpert(ctx, communityId);
  }
}
