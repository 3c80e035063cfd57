import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AppError, Ctx, RequestContext, badInput, ViewerDependent } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesService, Community } from '@waardenet/communities';
import { LibrariesService, Library } from '@waardenet/libraries';
import { Thread, ThreadsService } from '@waardenet/threads';
import { SyndicationConnection } from './network.types';
import { Syndication, SyndicationState } from './syndication.entity';
import { SyndicationsService, isShowing } from './syndications.service';

const ID_ARG = { type: () => ID };

/** A decision's reason: optional, trimmed, at most 500 characters. */
function reasonArg(reason?: string | null): string | null {
  const value = reason?.trim() ?? '';
  if (!value) return null;
  if (value.length > 500)
    throw badInput('reason: must be at most 500 characters long', { fields: { reason: ['must be at most 500 characters long'] } });
  return value;
}

/** Resolves to null, instead of failing the whole answer, where the viewer may not see the thing. */
async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError) return null;
    throw e;
  }
}

@Resolver(() => Syndication)
export class SyndicationsResolver {
  constructor(
    private readonly syndications: SyndicationsService,
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
    private readonly libraries: LibrariesService,
    private readonly accounts: AccountsService,
  ) {}

  @Access('user')
  @Mutation(() => Syndication, {
    description: "Proposes a chapter's PUBLIC, VISIBLE thread to its national community; the chapter's moderators and its library's staff.",
  })
  proposeSyndication(@Args('threadId', ID_ARG) threadId: string, @Ctx() ctx: RequestContext): Promise<Syndication> {
    return this.syndications.propose(ctx, threadId);
  }

  @Access('user')
  @Mutation(() => Syndication, {
    description: "Shows the proposed thread in the national community's feed too; its national editors only.",
  })
  acceptSyndication(
    @Args('syndicationId', ID_ARG) id: string,
    @Ctx() ctx: RequestContext,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Syndication> {
    return this.syndications.decide(ctx, id, true, reasonArg(reason));
  }

  @Access('user')
  @Mutation(() => Syndication, { description: 'Declines a proposal; national editors only.' })
  declineSyndication(
    @Args('syndicationId', ID_ARG) id: string,
    @Ctx() ctx: RequestContext,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Syndication> {
    return this.syndications.decide(ctx, id, false, reasonArg(reason));
  }

  @Access('user')
  @Mutation(() => Syndication, {
    description: "Withdraws a proposal or an accepted thread from the national feed; the chapter's moderators or the national editors.",
  })
  withdrawSyndication(
    @Args('syndicationId', ID_ARG) id: string,
    @Ctx() ctx: RequestContext,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Syndication> {
    return this.syndications.withdraw(ctx, id, reasonArg(reason));
  }

  @Access('user')
  @Query(() => SyndicationConnection, {
    description: "A national community's syndications in one state (PROPOSED unless given), newest first; its national editors only.",
  })
  syndicationProposals(
    @Args('communityId', ID_ARG) communityId: string,
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => SyndicationState, nullable: true }) state?: SyndicationState,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.syndications.proposals(ctx, communityId, state ?? SyndicationState.PROPOSED, first, after);
  }

  @ViewerDependent()
  @ResolveField(() => Thread, { nullable: true, description: 'Null when the viewer may not read it.' })
  thread(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Thread | null> {
    return orNull(this.threads.byId(ctx, s.threadId));
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true, description: 'The chapter it comes from (null when the viewer may not see it).' })
  fromCommunity(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return orNull(this.communities.byId(ctx, s.fromCommunityId));
  }

  @ResolveField(() => Library, { description: 'The library it comes from: "from Bibliotheek X".' })
  async fromLibrary(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Library> {
    const from = await this.communities.requireExists(ctx, s.fromCommunityId);
    return this.libraries.byId(ctx, from.libraryId);
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true, description: 'The national community (null when the viewer may not see it).' })
  toCommunity(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return orNull(this.communities.byId(ctx, s.toCommunityId));
  }

  @ResolveField(() => User)
  proposedBy(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, s.proposedById);
  }

  @ResolveField(() => User, { nullable: true })
  decidedBy(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<User | null> {
    return s.decidedById ? this.accounts.byId(ctx, s.decidedById) : Promise.resolve(null);
  }

  @ResolveField(() => Boolean, { description: 'Accepted, and shown nationally now: the original is VISIBLE in its PUBLIC chapter.' })
  async showing(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<boolean> {
    const [thread, from] = await Promise.all([
      this.threads.loader(ctx).load(s.threadId),
      this.communities.loader(ctx).load(s.fromCommunityId),
    ]);
    return isShowing(s, thread, from);
  }
}
