import { Injectable } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Access, Ctx, Page, RequestContext, cursorCodec, cursorPart, pageSize } from '@waardenet/core';
import { CommunitiesPolicy } from './communities.policy';
import { CommunityConnection } from './communities.resolver';
import { Community } from './community.entity';

const MINE_CURSOR = cursorCodec<[string, string]>('myCommunities', [cursorPart.text(), cursorPart.uuid]);

/** The communities a member belongs to (or waits to be let into), as every forum lists them: "your communities". */
@Injectable()
export class MyCommunitiesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CommunitiesPolicy,
  ) {}

  async list(ctx: RequestContext, first?: number | null, after?: string | null): Promise<Page<Community>> {
    const limit = pageSize(first);
    const cursor = MINE_CURSOR.decode(after);
    const mine = this.policy.memberOfSql(ctx, 'c');
    // Still only what the viewer may see: a suspended account sees no PRIVATE community, its own included.
    const visible = this.policy.visibleSql(ctx, 'c');
    const qb = this.db
      .getRepository(Community)
      .createQueryBuilder('c')
      .where(mine.sql, mine.params)
      .andWhere(visible.sql, visible.params)
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (cursor) qb.andWhere('(c.name, c.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return MINE_CURSOR.page(await qb.getMany(), limit, (c) => [c.name, c.id]);
  }
}

@Resolver()
export class MyCommunitiesResolver {
  constructor(private readonly mine: MyCommunitiesService) {}

  @Access('user')
  @Query(() => CommunityConnection, {
    description:
      "The signed-in member's communities, by name: those they belong to and those that have not yet decided on their request to join (viewerMembership says which). Not those they are banned from.",
  })
  myCommunities(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Page<Community>> {
    return this.mine.list(ctx, first, after);
  }
}
