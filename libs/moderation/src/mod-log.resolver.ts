import { Args, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { ModerationLogEntry, PublicModerationLogEntry } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';

@ObjectType()
export class ModerationLogConnection extends Connection(ModerationLogEntry, 'ModerationLog') {}

@ObjectType()
export class PublicModerationLogConnection extends Connection(PublicModerationLogEntry, 'PublicModerationLog') {}

@Resolver(() => ModerationLogEntry)
export class ModLogResolver {
  constructor(
    private readonly log: ModLogService,
    private readonly accounts: AccountsService,
  ) {}

  @Access('user')
  @Query(() => ModerationLogConnection, {
    description:
      "A community's moderation log, newest first, for its moderators; without communityId the whole platform's, for platform admins.",
  })
  modLog(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.log.forModerators(ctx, communityId, first, after);
  }

  @Access('public')
  @Query(() => PublicModerationLogConnection, {
    description: "A community's moderation log without moderators' names, when the community made it public.",
  })
  publicModLog(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.log.forPublic(ctx, communityId, first, after);
  }

  @Access('user')
  @Query(() => ModerationLogConnection, {
    description:
      "A library's audit log, newest first: its staff changes, house-style updates and catalogue imports. For the library's admins and platform admins.",
  })
  libraryAuditLog(
    @Ctx() ctx: RequestContext,
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.log.forLibrary(ctx, libraryId, first, after);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acted; null when the system did (the report threshold).' })
  actor(@Parent() entry: ModerationLogEntry, @Ctx() ctx: RequestContext): Promise<User | null> {
    return entry.actorId ? this.accounts.loader(ctx).load(entry.actorId) : Promise.resolve(null);
  }
}
