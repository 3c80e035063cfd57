import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Access, Connection, Ctx, RequestContext, entityLoader, ViewerDependent } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { Post, Thread, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { ReportContentInput, ResolveReportInput } from './dto/moderation.inputs';
import { Report, ReportStatus } from './report.entity';
import { ReportsService } from './reports.service';

@ObjectType()
export class ReportConnection extends Connection(Report) {}

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reportsService: ReportsService,
    private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly threads: ThreadsService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
  ) {}

  @Access('user')
  @Mutation(() => Report, { description: 'Reports a post or a thread (exactly one) to its moderators; once per person per item.' })
  reportContent(@Args('input') input: ReportContentInput, @Ctx() ctx: RequestContext): Promise<Report> {
    return this.reportsService.report(ctx, input);
  }

  @Access('user')
  @Query(() => ReportConnection, { description: "A community's reports, oldest first; its moderators only." })
  reports(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => ReportStatus, defaultValue: ReportStatus.OPEN }) status: ReportStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.reportsService.list(ctx, communityId, status, first, after);
  }

  @Access('user')
  @Mutation(() => Report, { description: 'Resolves a report, and every other open report of the same item, as DISMISSED or ACTED.' })
  resolveReport(@Args('input') input: ResolveReportInput, @Ctx() ctx: RequestContext): Promise<Report> {
    return this.reportsService.resolve(ctx, input);
  }

  @ViewerDependent()
  @ResolveField(() => Post, {
    nullable: true,
    description: 'The reported post (null for a thread report); its text as the viewer may see it.',
  })
  async post(@Parent() report: Report, @Ctx() ctx: RequestContext): Promise<Post | null> {
    if (!report.postId) return null;
    const post = await entityLoader(ctx, this.db, Post).load(report.postId);
    const community = await this.communities.loader(ctx).load(report.communityId);
    if (!post || !community) return null;
    return this.threadsPolicy.reveal(ctx, await this.communityPolicy.access(ctx, community), [post])[0];
  }

  @ResolveField(() => Thread, { nullable: true })
  thread(@Parent() report: Report, @Ctx() ctx: RequestContext): Promise<Thread | null> {
    return this.threads.loader(ctx).load(report.threadId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Null for an automatic report (a watched word).' })
  reporter(@Parent() report: Report, @Ctx() ctx: RequestContext): Promise<User | null> {
    return report.reporterId ? this.accounts.loader(ctx).load(report.reporterId) : Promise.resolve(null);
  }

  @ResolveField(() => User, { nullable: true })
  resolvedBy(@Parent() report: Report, @Ctx() ctx: RequestContext): Promise<User | null> {
    return report.resolvedById ? this.accounts.loader(ctx).load(report.resolvedById) : Promise.resolve(null);
  }
}
