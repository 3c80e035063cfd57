import { Args, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { Community } from '@waardenet/communities';
import { ChaptersService } from './chapters.service';
import { CreateChapterInput } from './dto/chapter.inputs';
import { FeedService } from './feed.service';
import { NetworkPolicy } from './network.policy';
import { FeedEntryConnection } from './network.types';

@ObjectType()
export class ChapterConnection extends Connection(Community, 'Chapter') {}

/** Chapters of national communities, and the national feed, on the Community type. */
@Resolver(() => Community)
export class ChaptersResolver {
  constructor(
    private readonly chapterService: ChaptersService,
    private readonly feedService: FeedService,
    private readonly policy: NetworkPolicy,
  ) {}

  @Access('user')
  @Mutation(() => Community, {
    description: "Opens a local library's chapter of a national community: a new community of that library, linked to it; its staff only.",
  })
  createChapter(@Args('input') input: CreateChapterInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.chapterService.create(ctx, input);
  }

  @ResolveField(() => Boolean, { description: 'A community of a NATIONAL library: local libraries may open chapters of it.' })
  isNational(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.policy.isNationalLibrary(ctx, community.libraryId);
  }

  @ViewerDependent()
  @ResolveField(() => ChapterConnection, { description: "A national community's local chapters that the viewer may see, by name." })
  chapters(
    @Parent() community: Community,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.chapterService.chapters(ctx, community, first, after);
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true, description: 'For a chapter: the national community it belongs to.' })
  nationalCommunity(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return this.chapterService.nationalOf(ctx, community);
  }

  @ViewerDependent()
  @ResolveField(() => FeedEntryConnection, {
    nullable: true,
    description:
      'The community’s own threads plus the chapter threads its editors accepted, by last activity; null when the viewer may not read them.',
  })
  feed(
    @Parent() community: Community,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feedService.feed(ctx, community, first, after);
  }
}
