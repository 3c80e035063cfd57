import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';
import { SearchFilter } from './dto/search.inputs';
import { SearchHit, SearchHitConnection } from './search-hit.type';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchHitConnection, {
    name: 'search',
    description:
      'Ranked full-text search in Dutch (websearch syntax: "exact words", -without, or) over threads, posts, catalogue items and communities, ' +
      'with near-miss spelling for titles and names. Finds only what the viewer may read.',
  })
  @Access('public')
  @RateLimit('search')
  searchAll(
    @Ctx() ctx: RequestContext,
    @Args('query') query: string,
    @Args('filter', { type: () => SearchFilter, nullable: true }) filter?: SearchFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.search(ctx, query, filter ?? {}, first, after);
  }
}
