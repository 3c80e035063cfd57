import { Controller, Get, Header, ParseIntPipe, Query, UseFilters } from '@nestjs/common';
import { Access, Ctx, RequestContext, RestErrorFilter } from '@waardenet/core';
import { FiguresService, toCsv } from '@waardenet/figures';
import { ProgrammeService } from './programme.service';

const weeksPipe = new ParseIntPipe({ optional: true });

/**
 * The national programme as CSV (bearer token; the national dashboard's rights): the three phase figures against
 * their targets, one row per LOCAL library (trained, trained_at, present, facilitates_value_network), then per week.
 */
@Controller('api/academy')
@UseFilters(RestErrorFilter)
export class ProgrammeCsvController {
  constructor(
    private readonly figures: FiguresService,
    private readonly programme: ProgrammeService,
  ) {}

  @Access('user')
  @Get('programme.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async programmeCsv(@Ctx() ctx: RequestContext, @Query('weeks', weeksPipe) weeks?: number): Promise<string> {
    const dashboard = await this.figures.national(ctx, weeks ?? 8);
    const [trained, targets, history] = await Promise.all([
      this.programme.trained(ctx),
      this.programme.targets(),
      this.programme.history(weeks ?? 8),
    ]);
    return toCsv([
      ['phase', 'libraries', 'target'],
      ['trained', trained.size, targets.trained],
      ['present', dashboard.librariesPresent, targets.present],
      ['facilitating', dashboard.librariesFacilitating, targets.facilitating],
      [],
      ['library', 'slug', 'trained', 'trained_at', 'present', 'facilitates_value_network'],
      ...dashboard.perLibrary.map((l) => [
        l.library.name,
        l.library.slug,
        trained.has(l.library.id),
        trained.get(l.library.id)?.trainedAt ?? null,
        l.present,
        l.facilitatesValueNetwork,
      ]),
      [],
      ['week_start', 'trained', 'present', 'facilitating'],
      ...history.map((w) => [w.weekStart, w.trained, w.present, w.facilitating]),
    ]);
  }
}
