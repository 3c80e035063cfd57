import { Controller, Get, Header, ParseIntPipe, Query, UseFilters } from '@nestjs/common';
import { Access, Ctx, IdParam, RequestContext, RestErrorFilter } from '@waardenet/core';
import { DEFAULT_WEEKS, FiguresService } from './figures.service';
import { communityCsv, libraryCsv, nationalCsv } from './figures.csv';

const CSV = 'text/csv; charset=utf-8';
const weeksPipe = new ParseIntPipe({ optional: true });

/** The figures as CSV downloads, with the same rights as the GraphQL queries (bearer token). */
@Controller('api/figures')
@UseFilters(RestErrorFilter)
export class FiguresCsvController {
  constructor(private readonly figures: FiguresService) {}

  @Access('user')
  @Get('communities/:id.csv')
  @Header('content-type', CSV)
  async community(@Ctx() ctx: RequestContext, @IdParam('id') id: string, @Query('weeks', weeksPipe) weeks?: number) {
    return communityCsv(await this.figures.community(ctx, id, weeks ?? DEFAULT_WEEKS));
  }

  @Access('user')
  @Get('libraries/:id.csv')
  @Header('content-type', CSV)
  async library(@Ctx() ctx: RequestContext, @IdParam('id') id: string, @Query('weeks', weeksPipe) weeks?: number) {
    return libraryCsv(await this.figures.library(ctx, id, weeks ?? DEFAULT_WEEKS));
  }

  @Access('user')
  @Get('national.csv')
  @Header('content-type', CSV)
  async national(@Ctx() ctx: RequestContext, @Query('weeks', weeksPipe) weeks?: number) {
    return nationalCsv(await this.figures.national(ctx, weeks ?? DEFAULT_WEEKS));
  }
}
