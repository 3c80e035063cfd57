import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Page,
  RequestContext,
  badInput,
  conflict,
  cursorCodec,
  cursorPart,
  forbidden,
  notFound,
  pageSize,
  requireViewer,
} from '@waardenet/core';
import { EventBatch, LiveEventsService } from '@waardenet/live/channels';
import { Post, PostState, PostStateService, PostsService, ThreadsPolicy, ThreadsService, Transition } from '@waardenet/threads';
import { ReportContentInput, ResolveReportInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';
import { PostActionsService, ResolvedReports, announceResolved } from './post-actions.service';
import { Report, ReportAction, ReportOutcome, ReportStatus, ReportTarget } from './report.entity';

const REPORTS_CURSOR = cursorCodec<[Date, string]>('reports', [cursorPart.time, cursorPart.uuid]);

/**
 * Reports: any active member who can read a post or thread may report it once; when the distinct
 * reporters of a post reach the community's threshold it is HIDDEN until a moderator reviews it.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsService,
    private readonly threads: ThreadsService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly states: PostStateService,
    private readonly postActions: PostActionsService,
    private readonly mods: ModerationAccess,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async report(ctx: RequestContext, input: ReportContentInput): Promise<Report> {
    if (!!input.postId === !!input.threadId) {
      throw badInput('Report either a post (postId) or a thread (threadId).', {
        fields: { postId: ['give exactly one of postId and threadId'] },
      });
    }
    const target = input.postId ? await this.reportablePost(ctx, input.postId) : await this.reportableThread(ctx, input.threadId ?? '');
    const reporterId = requireViewer(ctx).id;
    const { report, transition } = await this.live.transaction(async (em, events) => {
      // Reports of one item serialise on its opening or reported post, so the threshold is crossed exactly once.
      const post = await this.states.lock(em, target.postId);
      const done = await em.exists(Report, { where: { reporterId, targetType: target.type, targetId: target.id } });
      if (done) throw conflict('You already reported this.', { reason: 'ALREADY_REPORTED' });
      const report = await em.save(
        em.create(Report, {
          communityId: target.communityId,
          threadId: target.threadId,
          postId: target.type === ReportTarget.POST ? target.id : null,
          targetType: target.type,
          targetId: target.id,
          reporterId,
          reason: input.reason,
          note: input.note ?? null,
        }),
      );
      // The community's moderators are alerted (a notification each, live): who reported stays on the report.
      await events.announce({
        type: 'report.filed',
        reportId: report.id,
        communityId: target.communityId,
        threadId: target.threadId,
        postId: report.postId,
      });
      const transition = post ? await this.hideAtThreshold(em, events, post, target) : null;
      return { report, transition };
    });
    if (transition) await this.postActions.afterCommit(target.communityId, transition);
    return report;
  }

  async list(
    ctx: RequestContext,
    communityId: string,
    status: ReportStatus,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Report>> {
    const { community } = await this.mods.community(ctx, communityId);
    const limit = pageSize(first);
    const cursor = REPORTS_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Report)
      .createQueryBuilder('r')
      .where('r.community_id = :id AND r.status = :status', { id: community.id, status })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit + 1);
    if (cursor) qb.andWhere('(r.created_at, r.id) > (:at, :rid)', { at: cursor[0], rid: cursor[1] });
    return REPORTS_CURSOR.page(await qb.getMany(), limit, (r) => [r.createdAt, r.id]);
  }

  /**
   * Resolves a report and every other open report of the same item. ACTED may hide or remove the
   * post (a thread: its opening post); DISMISSED brings back a post that the reports (not a moderator) hid.
   */
  async resolve(ctx: RequestContext, input: ResolveReportInput): Promise<Report> {
    if (input.outcome === ReportOutcome.DISMISSED && input.action) {
      throw badInput('A dismissed report takes no action.', { fields: { action: ['only goes with outcome ACTED'] } });
    }
    const found = await this.db.getRepository(Report).findOneBy({ id: input.reportId });
    if (!found) throw notFound('That report', { reason: 'REPORT_NOT_FOUND' });
    const { community } = await this.mods.community(ctx, found.communityId).catch((e: unknown) => {
      throw (e as { code?: string } | null)?.code === 'NOT_FOUND' ? notFound('That report', { reason: 'REPORT_NOT_FOUND' }) : e;
    });
    const actorId = requireViewer(ctx).id;
    const { report, transition } = await this.live.transaction(async (em, events) => {
      const report = await em.findOne(Report, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!report || report.status !== ReportStatus.OPEN) throw conflict('This report is already resolved.', { reason: 'REPORT_RESOLVED' });
      const postId = report.postId ?? (await this.openingPostId(em, report.threadId));
      const post = postId ? await this.states.lock(em, postId) : null;
      // Acting on a report takes the post down: not a fellow moderator's, unless the actor is the library's staff.
      if (post && input.action) await this.mods.requireMayActOn(ctx, community, post.authorId, em);
      const transition = post ? await this.applyOutcome(em, events, post, input, community.id, actorId) : null;
      const resolved: ResolvedReports = await em.query(
        `UPDATE reports SET status = 'RESOLVED', outcome = $3, action = $4, resolved_by_id = $5, resolved_at = now()
          WHERE status = 'OPEN' AND target_type = $1 AND target_id = $2 RETURNING id, reporter_id`,
        [report.targetType, report.targetId, input.outcome, input.action ?? null, actorId],
      );
      await announceResolved(events, resolved, community.id, input.outcome);
      await this.log.append(em, {
        actorId,
        action: ModAction.RESOLVE_REPORT,
        targetType: ModTarget.REPORT,
        targetId: report.id,
        communityId: community.id,
        details: input.action ? `${input.outcome}: ${input.action}` : input.outcome,
      });
      return { report: await em.findOneByOrFail(Report, { id: report.id }), transition };
    });
    if (transition) await this.postActions.afterCommit(community.id, transition);
    return report;
  }

  private async applyOutcome(
    em: EntityManager,
    events: EventBatch,
    post: Post,
    input: ResolveReportInput,
    communityId: string,
    actorId: string,
  ): Promise<Transition | null> {
    if (input.outcome === ReportOutcome.DISMISSED) {
      const hiddenByReports = post.state === PostState.HIDDEN && post.moderatedById === null;
      return hiddenByReports
        ? this.postActions.apply(em, events, post, PostActionsService.rule('restore'), communityId, actorId, 'Reports dismissed.')
        : null;
    }
    if (!input.action) return null;
    const name = input.action === ReportAction.HIDE ? 'hide' : 'remove';
    if (post.state === PostState.REMOVED || (name === 'hide' && post.state !== PostState.VISIBLE)) return null;
    return this.postActions.apply(em, events, post, PostActionsService.rule(name), communityId, actorId, 'Acting on a report.');
  }

  /** Counts the distinct members reporting the item; at the community's threshold its post is hidden for review. */
  private async hideAtThreshold(em: EntityManager, events: EventBatch, post: Post, target: ReportableTarget): Promise<Transition | null> {
    if (post.state !== PostState.VISIBLE) return null;
    const [{ n }] = await em.query<{ n: number }[]>(
      `SELECT count(DISTINCT reporter_id)::int AS n FROM reports WHERE target_type = $1 AND target_id = $2 AND status = 'OPEN' AND reporter_id IS NOT NULL`,
      [target.type, target.id],
    );
    if (n < target.threshold) return null;
    return this.postActions.apply(
      em,
      events,
      post,
      PostActionsService.rule('hide'),
      target.communityId,
      null,
      `Hidden for review: reported by ${n} members.`,
    );
  }

  private async reportablePost(ctx: RequestContext, postId: string): Promise<ReportableTarget> {
    const { post, access } = await this.posts.readablePost(ctx, postId);
    this.requireReporter(access.canPost, access.banned);
    // Only what the reporter can read may be reported (not a removed, hidden or someone else's pending post).
    if (!this.threadsPolicy.canSeeText(ctx, { ...access, canModerate: false }, post))
      throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    if (post.authorId === requireViewer(ctx).id) throw badInput('You cannot report your own post.', { reason: 'OWN_CONTENT' });
    return {
      type: ReportTarget.POST,
      id: post.id,
      postId: post.id,
      threadId: post.threadId,
      communityId: access.community.id,
      threshold: access.community.reportThreshold,
    };
  }

  private async reportableThread(ctx: RequestContext, threadId: string): Promise<ReportableTarget> {
    const access = await this.threadsPolicy.readable(ctx, await this.threads.loader(ctx).load(threadId));
    this.requireReporter(access.canPost, access.banned);
    if (access.thread.authorId === requireViewer(ctx).id) throw badInput('You cannot report your own thread.', { reason: 'OWN_CONTENT' });
    const postId = await this.openingPostId(this.db.manager, threadId);
    if (!postId) throw notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    return {
      type: ReportTarget.THREAD,
      id: threadId,
      postId,
      threadId,
      communityId: access.community.id,
      threshold: access.community.reportThreshold,
    };
  }

  private requireReporter(canPost: boolean, banned: boolean): void {
    if (banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (!canPost) throw forbidden('Only active members of this community can report; join it first.', { reason: 'NOT_A_MEMBER' });
  }

  private async openingPostId(em: EntityManager, threadId: string): Promise<string | null> {
    const [row] = await em.query<{ id: string }[]>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadId]);
    return row?.id ?? null;
  }
}

interface ReportableTarget {
  type: ReportTarget;
  id: string;
  /** The post that is hidden at the threshold: the reported post, or the thread's opening post. */
  postId: string;
  threadId: string;
  communityId: string;
  threshold: number;
}
