import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { DEFAULT_WEEKS, FiguresService } from './figures.service';
import { CommunityFigures, LibraryFigures, NationalDashboard } from './figures.types';

const WEEKS = { type: () => Int, defaultValue: DEFAULT_WEEKS, description: 'How many calendar weeks the weekly figures cover (1–52).' };

@Resolver()
export class FiguresResolver {
  constructor(private readonly figures: FiguresService) {}

  @Query(() => CommunityFigures, {
    description: "A community's figures, for its moderators and its library's staff. CSV: GET /api/figures/communities/:id.csv",
  })
  @Access('user')
  communityFigures(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('weeks', WEEKS) weeks: number,
  ) {
    return this.figures.community(ctx, communityId, weeks);
  }

  @Query(() => LibraryFigures, {
    description: "The same over all of a library's communities, for its staff. CSV: GET /api/figures/libraries/:id.csv",
  })
  @Access('user')
  libraryFigures(
    @Ctx() ctx: RequestContext,
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Args('weeks', WEEKS) weeks: number,
  ) {
    return this.figures.library(ctx, libraryId, weeks);
  }

  @Query(() => NationalDashboard, {
    description: "The national foundation's dashboard, for its staff and platform admins. CSV: GET /api/figures/national.csv",
  })
  @Access('user')
  nationalDashboard(@Ctx() ctx: RequestContext, @Args('weeks', WEEKS) weeks: number) {
    return this.figures.national(ctx, weeks);
  }
}
