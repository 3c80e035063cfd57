import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { Library, LibrariesService } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { CollectionItem } from './collection-item.entity';
import { ThreadItemInput } from './dto/item.inputs';
import { Holding } from './holding.entity';
import { ItemLinksService } from './item-links.service';
import { ItemsService } from './items.service';
import { catalogueUrl } from './catalogue-url';

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
  constructor(
    private readonly libraries: LibrariesService,
    private readonly itemsService: ItemsService,
  ) {}

  @ResolveField(() => Library)
  library(@Parent() holding: Holding, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.libraries.byId(ctx, holding.libraryId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "This title in the library's own catalogue (its catalogueUrlTemplate with the ISBN or the library's record id); null when the library set no catalogue address or the template needs what the record lacks.",
  })
  async catalogueUrl(@Parent() holding: Holding, @Ctx() ctx: RequestContext): Promise<string | null> {
    const library = await this.libraries.loader(ctx).load(holding.libraryId);
    const item = await this.itemsService.loader(ctx).load(holding.itemId);
    if (!library?.catalogueUrlTemplate || !item) return null;
    return catalogueUrl(library.catalogueUrlTemplate, item.isbn13, holding.recordId);
  }
}
