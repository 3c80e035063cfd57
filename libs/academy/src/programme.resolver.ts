import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { LibraryFigures, LibraryStanding, NationalDashboard } from '@waardenet/figures';
import { ProgrammeTargets } from './academy.entities';
import { LibraryPhaseWeek, PhaseWeek, ProgrammeTargetsInput } from './dto/academy.types';
import { ProgrammeService } from './programme.service';

const PHASE_WEEKS = { type: () => Int, defaultValue: 8, description: 'How many calendar weeks, the current one last (1–52).' };
const PHASE_HISTORY = {
  description:
    'The three phases of this library per calendar week, oldest first, as they stood at the end of each week (now, for the current one): ' +
    'when it became trained, present and facilitating, and when it stopped being present or facilitating.',
};

/**
 * The national programme's figures on the national dashboard (libs/figures answers the query and checks who
 * may read it; these fields come with it): trained libraries, the targets, the three figures per week.
 */
@Resolver(() => NationalDashboard)
export class ProgrammeResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => Int, {
    description: 'Phase 1: LOCAL libraries with at least one staff member who completed the Academy’s basic course.',
  })
  async librariesTrained(@Ctx() ctx: RequestContext): Promise<number> {
    return (await this.programme.trained(ctx)).size;
  }

  @ResolveField(() => ProgrammeTargets, {
    description: 'The targets of the three phases (national admins change them: setProgrammeTargets).',
  })
  targets(): Promise<ProgrammeTargets> {
    return this.programme.targets();
  }

  @ResolveField(() => [PhaseWeek], {
    description:
      'Trained, present and facilitating LOCAL libraries at the end of each of the last `weeks` weeks (1–52), oldest first: ' +
      'the per-library phaseHistory added up (from the maintained aggregates).',
  })
  phaseHistory(@Ctx() ctx: RequestContext, @Args('weeks', PHASE_WEEKS) weeks: number): Promise<PhaseWeek[]> {
    return this.programme.history(ctx, weeks);
  }

  @Access('user')
  @Mutation(() => ProgrammeTargets, {
    description:
      "Sets the national programme's targets (trained, present, facilitating): the national foundation's admins and platform admins. Audited.",
  })
  setProgrammeTargets(@Ctx() ctx: RequestContext, @Args('input') input: ProgrammeTargetsInput): Promise<ProgrammeTargets> {
    return this.programme.setTargets(ctx, input);
  }
}

@Resolver(() => LibraryStanding)
export class LibraryStandingTrainingResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => Boolean, { description: 'At least one of its staff completed the Academy’s basic course.' })
  async trained(@Parent() standing: LibraryStanding, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.programme.trained(ctx)).has(standing.library.id);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the first of its staff completed the basic course.' })
  async trainedAt(@Parent() standing: LibraryStanding, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await this.programme.trained(ctx)).get(standing.library.id)?.trainedAt ?? null;
  }

  @ResolveField(() => [LibraryPhaseWeek], PHASE_HISTORY)
  async phaseHistory(
    @Parent() standing: LibraryStanding,
    @Ctx() ctx: RequestContext,
    @Args('weeks', PHASE_WEEKS) weeks: number,
  ): Promise<LibraryPhaseWeek[]> {
    return (await this.programme.phasesByLibrary(ctx, weeks)).get(standing.library.id) ?? [];
  }
}

/** The same on a library's own figures (libraryFigures checked who may read them: its staff and platform admins). */
@Resolver(() => LibraryFigures)
export class LibraryFiguresPhasesResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => [LibraryPhaseWeek], PHASE_HISTORY)
  async phaseHistory(
    @Parent() figures: LibraryFigures,
    @Ctx() ctx: RequestContext,
    @Args('weeks', PHASE_WEEKS) weeks: number,
  ): Promise<LibraryPhaseWeek[]> {
    return (await this.programme.phasesByLibrary(ctx, weeks, [figures.library.id])).get(figures.library.id) ?? [];
  }
}
