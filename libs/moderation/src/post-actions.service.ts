import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, conflict, notFound, requireViewer } from '@waardenet/core';
import { EventBatch, LiveEventsService } from '@waardenet/live/channels';
import { Post, PostState, PostStateService, ThreadsPolicy, Transition } from '@waardenet/threads';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';

interface Rule {
  to: PostState;
  from: PostState[];
  action: ModAction;
  refusal: string;
  /** Takes a post down: a fellow moderator's post is taken down only by the library's staff (TARGET_IS_MODERATOR). */
  takedown?: boolean;
}

/** Which states each action starts from; anything else is a CONFLICT that changes nothing. */
const RULES = {
  hide: {
    to: PostState.HIDDEN,
    from: [PostState.VISIBLE],
    action: ModAction.HIDE_POST,
    refusal: 'Only a visible post can be hidden.',
    takedown: true,
  },
  remove: {
    to: PostState.REMOVED,
    from: [PostState.VISIBLE, PostState.HIDDEN, PostState.PENDING],
    action: ModAction.REMOVE_POST,
    refusal: 'This post is already removed.',
    takedown: true,
  },
  restore: {
    to: PostState.VISIBLE,
    from: [PostState.HIDDEN, PostState.REMOVED],
    action: ModAction.RESTORE_POST,
    refusal: 'Only a hidden or removed post can be restored.',
  },
  approve: {
    to: PostState.VISIBLE,
    from: [PostState.PENDING],
    action: ModAction.APPROVE_POST,
    refusal: 'This post is not waiting for approval.',
  },
  reject: {
    to: PostState.REMOVED,
    from: [PostState.PENDING],
    action: ModAction.REJECT_POST,
    refusal: 'This post is not waiting for approval.',
    takedown: true,
  },
} satisfies Record<string, Rule>;

export type PostAction = keyof typeof RULES;

/** Rows of an `UPDATE reports … RETURNING id, reporter_id`: an UPDATE … RETURNING answers [rows, count]. */
export type ResolvedReports = [{ id: string; reporter_id: string | null }[], number];

/** Every reporter of the resolved reports hears the outcome (automatic reports have no reporter). */
export async function announceResolved(
  events: EventBatch,
  [resolved]: ResolvedReports,
  communityId: string,
  outcome: string,
): Promise<void> {
  for (const r of resolved) {
    if (r.reporter_id) await events.announce({ type: 'report.resolved', reportId: r.id, reporterId: r.reporter_id, communityId, outcome });
  }
}

/**
 * hidePost, removePost, restorePost, approvePost and rejectPost: a state change through PostStateService
 * (replyCount, the thread's state, live events) and a log line, in one transaction.
 */
@Injectable()
export class PostActionsService {
  constructor(
    private readonly mods: ModerationAccess,
    private readonly states: PostStateService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async act(ctx: RequestContext, name: PostAction, postId: string, reason: string | null): Promise<Post> {
    const { community, access, post: found } = await this.mods.post(ctx, postId);
    const rule: Rule = RULES[name];
    if (rule.takedown) await this.mods.requireMayActOn(ctx, community, found.authorId);
    const { post, transition } = await this.live.transaction(async (em, events) => {
      const post = await this.states.lock(em, postId);
      if (!post) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
      if (!rule.from.includes(post.state)) throw conflict(rule.refusal, { reason: 'ACTION_NOT_APPLICABLE' });
      const transition = await this.apply(em, events, post, rule, community.id, requireViewer(ctx).id, reason);
      return { post, transition };
    });
    await this.afterCommit(community.id, transition);
    return this.threadsPolicy.reveal(ctx, access, [post])[0];
  }

  /**
   * Changes a locked post's state as a moderator, logs it, and resolves the open reports of the post
   * when it is taken down. Used by the actions above and by resolveReport.
   */
  async apply(
    em: EntityManager,
    events: EventBatch,
    post: Post,
    rule: Rule,
    communityId: string,
    actorId: string | null,
    reason: string | null,
  ): Promise<Transition> {
    const transition = await this.states.transition(em, events, post, rule.to, communityId, { moderatorId: actorId, reason });
    if (!transition.changed) return transition;
    await this.log.append(em, { actorId, action: rule.action, targetType: ModTarget.POST, targetId: post.id, communityId, reason });
    // A moderator taking a post down deals with its open reports; a post the reports hid waits for review.
    if (actorId && (rule.to === PostState.HIDDEN || rule.to === PostState.REMOVED)) {
      const resolved: ResolvedReports = await em.query(
        `UPDATE reports SET status = 'RESOLVED', outcome = 'ACTED', action = $2, resolved_by_id = $3, resolved_at = now()
          WHERE status = 'OPEN' AND (target_id = $1 OR (target_type = 'THREAD' AND target_id = $4 AND $5)) RETURNING id, reporter_id`,
        [post.id, rule.to === PostState.HIDDEN ? 'HIDE' : 'REMOVE', actorId, post.threadId, post.seq === 1],
      );
      await announceResolved(events, resolved, communityId, 'ACTED');
    }
    return transition;
  }

  /** When a thread's opening post went, readers of the thread lose it: their subscriptions are re-checked. */
  async afterCommit(communityId: string, transition: Transition): Promise<void> {
    if (transition.threadHidden) await this.live.accessChanged(communityId, null);
  }

  static rule(name: PostAction): Rule {
    return RULES[name];
  }
}
