import { Controller, Get, Header, ParseIntPipe, Query, UseFilters } from '@nestjs/common';
import { Access, Ctx, IdParam, RequestContext, RestErrorFilter } from '@waardenet/core';
import { FiguresService, toCsv } from '@waardenet/figures';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { LibraryPhaseWeek } from './dto/academy.types';
import { ProgrammeService } from './programme.service';

const weeksPipe = new ParseIntPipe({ optional: true });

/** The header of the per-library, per-week phase rows; each phase 1 (yes) or 0 (no), so a spreadsheet can add them up. */
export const PHASE_WEEK_HEADER = ['library', 'slug', 'week_start', 'trained', 'present', 'facilitating'];
const phaseRow = (library: { name: string; slug: string }, w: LibraryPhaseWeek) => [
  library.name,
  library.slug,
  w.weekStart.toISOString().slice(0, 10),
  w.trained ? 1 : 0,
  w.present ? 1 : 0,
  w.facilitating ? 1 : 0,
];

/**
 * The national programme as CSV (bearer token; the national dashboard's rights): the three phase figures against
 * their targets, one row per LOCAL library (trained, trained_at, present, facilitates_value_network), then per week,
 * then one row per library and week with its three phases as 1/0 (library, slug, week_start, trained, present,
 * facilitating). A library's own phases: GET /api/academy/libraries/:id/phases.csv (libraryFigures' rights).
 */
@Controller('api/academy')
@UseFilters(RestErrorFilter)
export class ProgrammeCsvController {
  constructor(
    private readonly figures: FiguresService,
    private readonly programme: ProgrammeService,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {}

  @Access('user')
  @Get('programme.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async programmeCsv(@Ctx() ctx: RequestContext, @Query('weeks', weeksPipe) weeks?: number): Promise<string> {
    const dashboard = await this.figures.national(ctx, weeks ?? 8);
    const [trained, targets, history, phases] = await Promise.all([
      this.programme.trained(ctx),
      this.programme.targets(),
      this.programme.history(ctx, weeks ?? 8),
      this.programme.phasesByLibrary(ctx, weeks ?? 8),
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
      [],
      PHASE_WEEK_HEADER,
      ...dashboard.perLibrary.flatMap((l) => (phases.get(l.library.id) ?? []).map((w) => phaseRow(l.library, w))),
    ]);
  }

  /** One library's phases per week, for its staff and platform admins (as libraryFigures). */
  @Access('user')
  @Get('libraries/:id/phases.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async libraryPhasesCsv(@Ctx() ctx: RequestContext, @IdParam('id') id: string, @Query('weeks', weeksPipe) weeks?: number) {
    const library = await this.libraries.byId(ctx, id);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'see its figures');
    const phases = (await this.programme.phasesByLibrary(ctx, weeks ?? 8, [library.id])).get(library.id) ?? [];
    return toCsv([PHASE_WEEK_HEADER, ...phases.map((w) => phaseRow(library, w))]);
  }
}
