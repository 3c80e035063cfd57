import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AppError, Ctx, RequestContext, badInput, ViewerDependent } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesService, Community } from '@waardenet/communities';
import { LibrariesService, Library } from '@waardenet/libraries';
import { PostState, Thread, ThreadsService } from '@waardenet/threads';
import { SyndicationConnection, SyndicationOrigin } from './network.types';
import { Syndication, SyndicationState } from './syndication.entity';
import { SyndicationsService, isShowing } from './syndications.service';

const ID_ARG = { type: () => ID };

/** An incoming syndication's provenance (null for local and outgoing ones). */
export function originOf(s: Syndication): SyndicationOrigin | null {
  if (s.fromCommunityId || !s.remoteActorUri) return null;
  return {
    instance: new URL(s.remoteActorUri).host,
    libraryName: s.originLibraryName,
    communityName: s.originCommunityName,
    url: s.remoteUrl,
  };
}

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
    description:
      "Proposes a chapter's PUBLIC, VISIBLE thread to its national community, or with targetHandle (slug@host) to a national community on another Waardenet (the thread's community must federate); the chapter's moderators and its library's staff.",
  })
  proposeSyndication(
    @Args('threadId', ID_ARG) threadId: string,
    @Ctx() ctx: RequestContext,
    @Args('targetHandle', {
      nullable: true,
      description: 'A national community on another Waardenet, as slug@host; leave out for the national community of the chapter.',
    })
    targetHandle?: string,
  ): Promise<Syndication> {
    return this.syndications.propose(ctx, threadId, targetHandle);
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
    return s.fromCommunityId ? orNull(this.communities.byId(ctx, s.fromCommunityId)) : Promise.resolve(null);
  }

  @ResolveField(() => Library, {
    nullable: true,
    description: 'The library it comes from: "from Bibliotheek X" (null when it comes from another Waardenet: see origin).',
  })
  async fromLibrary(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Library | null> {
    if (!s.fromCommunityId) return null;
    const from = await this.communities.requireExists(ctx, s.fromCommunityId);
    return this.libraries.byId(ctx, from.libraryId);
  }

  @ResolveField(() => SyndicationOrigin, {
    nullable: true,
    description: 'For a thread proposed here from another Waardenet: its library, community and server, and the link back.',
  })
  origin(@Parent() s: Syndication): SyndicationOrigin | null {
    return originOf(s);
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true, description: 'The national community (null when the viewer may not see it).' })
  toCommunity(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return s.toCommunityId ? orNull(this.communities.byId(ctx, s.toCommunityId)) : Promise.resolve(null);
  }

  @ResolveField(() => User)
  proposedBy(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, s.proposedById);
  }

  @ResolveField(() => User, { nullable: true })
  decidedBy(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<User | null> {
    return s.decidedById ? this.accounts.byId(ctx, s.decidedById) : Promise.resolve(null);
  }

  // Reads the thread through the viewer's loader (a mirror thread of another Waardenet), so it is declared.
  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Accepted, and shown nationally now: the original is VISIBLE in its PUBLIC chapter.' })
  async showing(@Parent() s: Syndication, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!s.fromCommunityId || !s.toCommunityId) {
      // Between two servers: accepted there (outgoing), or accepted here with the mirror thread visible (incoming).
      if (s.state !== SyndicationState.ACCEPTED) return false;
      if (s.toCommunityId) return (await this.threads.loader(ctx).load(s.threadId))?.state === PostState.VISIBLE;
      return true;
    }
    const [thread, from] = await Promise.all([
      this.threads.loader(ctx).load(s.threadId),
      this.communities.loader(ctx).load(s.fromCommunityId),
    ]);
    return isShowing(s, thread, from);
  }
}
