import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Connection, Ctx, RequestContext, ViewerDependent, RequireVerifiedEmail } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { LibrariesService, Library } from '@waardenet/libraries';
import { ClaimExpertiseInput, RejectExpertiseInput, RevokeExpertiseInput, VerifyExpertiseInput } from './dto/experts.inputs';
import { Expertise } from './expertise.entity';
import { ExpertiseService } from './expertise.service';
import { ExpertsPolicy } from './experts.policy';

@ObjectType()
export class ExpertiseConnection extends Connection(Expertise) {}

@Resolver(() => Expertise)
export class ExpertiseResolver {
  constructor(
    private readonly expertise: ExpertiseService,
    private readonly policy: ExpertsPolicy,
    private readonly accounts: AccountsService,
    private readonly libraries: LibrariesService,
  ) {}

  @Access('user')
  @RequireVerifiedEmail()
  @Mutation(() => Expertise, {
    description:
      'Claims expertise on a topic at a library you pick: only its staff (and platform admins) see the claim and verify or reject it (at most 20 claims awaiting review; one per topic). A rejected topic may be claimed again 7 days after the rejection.',
  })
  claimExpertise(@Args('input') input: ClaimExpertiseInput, @Ctx() ctx: RequestContext): Promise<Expertise> {
    return this.expertise.claim(ctx, input);
  }

  @Access('user')
  @Mutation(() => Expertise, {
    description: "Verifies a claim in the name of the library it was made at: that library's staff or a platform admin. Logged.",
  })
  verifyExpertise(@Args('input') input: VerifyExpertiseInput, @Ctx() ctx: RequestContext): Promise<Expertise> {
    return this.expertise.verify(ctx, input);
  }

  @Access('user')
  @Mutation(() => Expertise, {
    description:
      "Revokes verified expertise: the verifying library's staff or a platform admin. Logged; EXPERT memberships in that library's communities become MEMBER when it was the last.",
  })
  revokeExpertise(@Args('input') input: RevokeExpertiseInput, @Ctx() ctx: RequestContext): Promise<Expertise> {
    return this.expertise.revoke(ctx, input);
  }

  @Access('user')
  @Mutation(() => Expertise, {
    description:
      "Rejects an open claim in the name of the library it was made at, with a reason the claimant sees: that library's staff or a platform admin. Logged.",
  })
  rejectExpertise(@Args('input') input: RejectExpertiseInput, @Ctx() ctx: RequestContext): Promise<Expertise> {
    return this.expertise.reject(ctx, input);
  }

  // A suspended account may still take its own expertise down.
  @Access('user')
  @AllowSuspended()
  @Mutation(() => Expertise, {
    description:
      "Withdraws your own claim or verified expertise: it is no longer shown. Withdrawn verified expertise is logged by its library and, like a revocation, ends EXPERT memberships when it was that library's last.",
  })
  withdrawExpertise(@Args('expertiseId', { type: () => ID }) expertiseId: string, @Ctx() ctx: RequestContext): Promise<Expertise> {
    return this.expertise.withdraw(ctx, expertiseId);
  }

  @Access('user')
  @Query(() => ExpertiseConnection, {
    description:
      'Claims awaiting review, oldest first: with libraryId, those made at that library (its staff); without, those made at any library you are on the staff of (all of them for platform admins).',
  })
  expertiseClaims(
    @Ctx() ctx: RequestContext,
    @Args('libraryId', { type: () => ID, nullable: true }) libraryId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.expertise.claims(ctx, libraryId, first, after);
  }

  @ResolveField(() => User)
  user(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, e.userId);
  }

  @ResolveField(() => Library, {
    nullable: true,
    description: 'The library the claim was made at, which verifies or rejects it (and revokes it once verified).',
  })
  async library(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<Library | null> {
    return e.libraryId ? this.libraries.loader(ctx).load(e.libraryId) : null;
  }

  @ViewerDependent()
  @ResolveField(() => String, {
    nullable: true,
    description: "The evidence given; only for the expert, the staff of the expertise's library and platform admins.",
  })
  async evidence(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.policy.seesDetails(ctx, e)) ? e.evidence : null;
  }

  @ViewerDependent()
  @ResolveField(() => String, {
    nullable: true,
    description: "Why it was revoked; only for the expert, the staff of the expertise's library and platform admins.",
  })
  async revokeReason(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.policy.seesDetails(ctx, e)) ? e.revokeReason : null;
  }

  @ViewerDependent()
  @ResolveField(() => String, {
    nullable: true,
    description: "Why the claim was rejected; only for the claimant, the staff of the expertise's library and platform admins.",
  })
  async rejectReason(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.policy.seesDetails(ctx, e)) ? e.rejectReason : null;
  }

  @ViewerDependent()
  @ResolveField(() => User, {
    nullable: true,
    description: "The staff member who rejected the claim; only for the staff of the expertise's library and platform admins.",
  })
  async rejectedBy(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<User | null> {
    return e.rejectedById && (await this.policy.decides(ctx, e)) ? this.accounts.loader(ctx).load(e.rejectedById) : null;
  }

  @ViewerDependent()
  @ResolveField(() => User, {
    nullable: true,
    description: "The staff member who verified it; only for the staff of the expertise's library and platform admins.",
  })
  async verifiedBy(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<User | null> {
    return e.verifiedById && (await this.policy.decides(ctx, e)) ? this.accounts.loader(ctx).load(e.verifiedById) : null;
  }

  @ViewerDependent()
  @ResolveField(() => User, {
    nullable: true,
    description: "The staff member who revoked it; only for the staff of the expertise's library and platform admins.",
  })
  async revokedBy(@Parent() e: Expertise, @Ctx() ctx: RequestContext): Promise<User | null> {
    return e.revokedById && (await this.policy.decides(ctx, e)) ? this.accounts.loader(ctx).load(e.revokedById) : null;
  }
}
