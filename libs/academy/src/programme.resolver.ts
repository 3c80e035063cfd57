import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { LibraryStanding, NationalDashboard } from '@waardenet/figures';
import { ProgrammeTargets } from './academy.entities';
import { PhaseWeek, ProgrammeTargetsInput } from './dto/academy.types';
import { ProgrammeService } from './programme.service';

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
    description: 'Trained, present and facilitating libraries at the end of each of the last `weeks` weeks, oldest first.',
  })
  phaseHistory(@Args('weeks', { type: () => Int, defaultValue: 8 }) weeks: number): Promise<PhaseWeek[]> {
    return this.programme.history(weeks);
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
}
