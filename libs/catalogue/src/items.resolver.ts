import { Args, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Thread } from '@waardenet/threads';
import { CollectionItem } from './collection-item.entity';
import { Holding } from './holding.entity';
import { ItemThreadsService } from './item-threads.service';
import { ItemsService } from './items.service';

@ObjectType()
export class CollectionItemConnection extends Connection(CollectionItem) {}

@ObjectType()
export class ItemThreadConnection extends Connection(Thread, 'ItemThread') {}

@Resolver(() => CollectionItem)
export class ItemsResolver {
  constructor(
    private readonly itemsService: ItemsService,
    private readonly itemThreads: ItemThreadsService,
  ) {}

  @Access('public')
  @Query(() => CollectionItem, { description: 'A catalogue item by id or by ISBN (ISBN-10 or -13); give exactly one.' })
  item(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('isbn', { nullable: true }) isbn?: string,
  ): Promise<CollectionItem> {
    return this.itemsService.find(ctx, id, isbn);
  }

  @Access('public')
  @Query(() => CollectionItemConnection, {
    description:
      'Catalogue items by title: `query` is an ISBN or words from the title and creators; `libraryId` keeps what that library holds.',
  })
  items(
    @Args('query', { nullable: true }) query?: string,
    @Args('libraryId', { type: () => ID, nullable: true }) libraryId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.itemsService.list(query, libraryId, first, after);
  }

  @ResolveField(() => [Holding], { description: 'The libraries that hold this item.' })
  holdings(@Parent() item: CollectionItem, @Ctx() ctx: RequestContext): Promise<Holding[]> {
    return this.itemsService.holdingsLoader(ctx).load(item.id);
  }

  @ViewerDependent()
  @ResolveField(() => ItemThreadConnection, {
    description: 'Threads about this item, in every community whose threads you may read; most recently active first.',
  })
  threads(
    @Parent() item: CollectionItem,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.itemThreads.threads(ctx, item.id, first, after);
  }

  @ViewerDependent()
  @ResolveField(() => [User], {
    description: 'Experts (EXPERT members of the community) who wrote in those threads; most posts first, at most 50.',
  })
  experts(@Parent() item: CollectionItem, @Ctx() ctx: RequestContext): Promise<User[]> {
    return this.itemThreads.experts(ctx, item.id);
  }
}
