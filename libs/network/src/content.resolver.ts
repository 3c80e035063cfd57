import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { LibrariesService, Library } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { ContentItem } from './content-item.entity';
import { ContentService } from './content.service';
import { ContentFilter, CreateContentItemInput, PublishContentInput, UpdateContentItemInput } from './dto/content.inputs';
import { ContentItemConnection, ContentSource, ContentUsage } from './network.types';
import { NetworkPolicy } from './network.policy';
import { PublicationsService } from './publications.service';

@Resolver(() => ContentItem)
export class ContentResolver {
  constructor(
    private readonly content: ContentService,
    private readonly publications: PublicationsService,
    private readonly libraries: LibrariesService,
  ) {}

  @Access('user')
  @Mutation(() => ContentItem, {
    description: "Adds an item to the content database; the library's staff (national editors for a national library).",
  })
  createContentItem(@Args('input') input: CreateContentItemInput, @Ctx() ctx: RequestContext): Promise<ContentItem> {
    return this.content.create(ctx, input);
  }

  @Access('user')
  @Mutation(() => ContentItem, {
    description: "Changes an item; its library's staff. Null clears campaign, licence, validFrom and validUntil.",
  })
  updateContentItem(@Args('input') input: UpdateContentItemInput, @Ctx() ctx: RequestContext): Promise<ContentItem> {
    return this.content.update(ctx, input);
  }

  @Access('user')
  @Mutation(() => ContentItem, {
    description: 'Takes an item out of the database (no longer listed or published); its provenance and usage stay.',
  })
  archiveContentItem(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<ContentItem> {
    return this.content.archive(ctx, id);
  }

  @Access('user')
  @Mutation(() => Thread, {
    description: 'Publishes an item as a new thread that keeps its provenance; staff who may browse the item and post in the community.',
  })
  publishContent(@Args('input') input: PublishContentInput, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.publications.publish(ctx, input);
  }

  @Access('user')
  @Query(() => ContentItemConnection, { description: 'Browse and search the content database, newest first; library staff only.' })
  contentItems(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ContentFilter, nullable: true }) filter?: ContentFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.content.list(ctx, filter ?? {}, first, after);
  }

  @Access('user')
  @Query(() => ContentItem)
  contentItem(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<ContentItem> {
    return this.content.byId(ctx, id);
  }

  @ResolveField(() => Library)
  ownerLibrary(@Parent() item: ContentItem, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.libraries.byId(ctx, item.ownerLibraryId);
  }

  @ResolveField(() => ContentUsage, { description: 'Where it was published: how often in all, and per library.' })
  async usage(@Parent() item: ContentItem, @Ctx() ctx: RequestContext): Promise<ContentUsage> {
    const rows = await this.publications.usageLoader(ctx).load(item.id);
    const libraries = await Promise.all(rows.map(async (r) => ({ library: await this.libraries.byId(ctx, r.libraryId), count: r.count })));
    return { total: rows.reduce((n, r) => n + r.count, 0), libraries };
  }
}

/** What a thread's readers see of its content item; the item itself only for those who may browse it. */
@Resolver(() => ContentSource)
export class ContentSourceResolver {
  constructor(
    private readonly content: ContentService,
    private readonly libraries: LibrariesService,
    private readonly accounts: AccountsService,
    private readonly policy: NetworkPolicy,
  ) {}

  @ResolveField(() => Library)
  ownerLibrary(@Parent() source: ContentSource, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.libraries.byId(ctx, source.ownerLibraryId);
  }

  @ResolveField(() => User)
  publishedBy(@Parent() source: ContentSource, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, source.publishedById);
  }

  @ViewerDependent()
  @ResolveField(() => ContentItem, {
    nullable: true,
    description: 'The item, for those who may browse the content database and this item.',
  })
  async contentItem(@Parent() source: ContentSource, @Ctx() ctx: RequestContext): Promise<ContentItem | null> {
    const item = await this.content.loader(ctx).load(source.contentItemId);
    return item && (await this.policy.canBrowseItem(ctx, item)) ? item : null;
  }
}
