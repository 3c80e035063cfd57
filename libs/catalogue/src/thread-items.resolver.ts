import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { Library, LibrariesService } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { CollectionItem } from './collection-item.entity';
import { ThreadItemInput } from './dto/item.inputs';
import { Holding } from './holding.entity';
import { ItemLinksService } from './item-links.service';
import { ItemsService } from './items.service';

@Resolver(() => Thread)
export class ThreadItemsResolver {
  constructor(
    private readonly links: ItemLinksService,
    private readonly itemsService: ItemsService,
  ) {}

  @Access('user')
  @Mutation(() => Thread, { description: "Says a thread is about a catalogue item; the thread's author or a moderator." })
  linkItem(@Args('input') input: ThreadItemInput, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.links.link(ctx, input);
  }

  @Access('user')
  @Mutation(() => Thread, { description: "Takes a catalogue item off a thread; the thread's author or a moderator." })
  unlinkItem(@Args('input') input: ThreadItemInput, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.links.unlink(ctx, input);
  }

  @ResolveField(() => [CollectionItem], { description: 'The catalogue items this thread is about.' })
  items(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<CollectionItem[]> {
    return this.itemsService.threadItemsLoader(ctx).load(thread.id);
  }
}

@Resolver(() => Holding)
export class HoldingResolver {
  constructor(private readonly libraries: LibrariesService) {}

  @ResolveField(() => Library)
  library(@Parent() holding: Holding, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.libraries.byId(ctx, holding.libraryId);
  }
}
