import { Args, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { LibrariesService, Library } from '@waardenet/libraries';
import { ExpertiseLogEntry } from './expertise-log-entry.entity';
import { ExpertiseLogService } from './expertise-log.service';

@ObjectType()
export class ExpertiseLogConnection extends Connection(ExpertiseLogEntry, 'ExpertiseLog') {}

@Resolver(() => ExpertiseLogEntry)
export class ExpertiseLogResolver {
  constructor(
    private readonly log: ExpertiseLogService,
    private readonly accounts: AccountsService,
    private readonly libraries: LibrariesService,
  ) {}

  @Access('user')
  @Query(() => ExpertiseLogConnection, {
    description: "A library's verifications and revocations of expertise, newest first, for its staff and platform admins.",
  })
  expertiseLog(
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.log.forLibrary(ctx, libraryId, first, after);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acted.' })
  actor(@Parent() entry: ExpertiseLogEntry, @Ctx() ctx: RequestContext): Promise<User | null> {
    return this.accounts.loader(ctx).load(entry.actorId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The expert.' })
  expert(@Parent() entry: ExpertiseLogEntry, @Ctx() ctx: RequestContext): Promise<User | null> {
    return this.accounts.loader(ctx).load(entry.userId);
  }

  @ResolveField(() => Library, { nullable: true })
  library(@Parent() entry: ExpertiseLogEntry, @Ctx() ctx: RequestContext): Promise<Library | null> {
    return this.libraries.loader(ctx).load(entry.libraryId);
  }
}
