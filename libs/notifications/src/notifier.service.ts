import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvent, DomainEventOf, RequestContext, entityLoader } from '@waardenet/core';
import { EventBatch } from '@waardenet/live/channels';
import { CommunitiesService } from '@waardenet/communities';
import { Post, Thread, ThreadsService } from '@waardenet/threads';
import { Follow } from './follow.entity';
import { parseMentions } from './mentions';
import { FollowTarget, NotificationKind, POST_KIND_ORDER } from './notification-kind';
import { NotificationDraft, NotificationWriter } from './notification-writer';
import { RecipientAccess } from './recipient-access';

interface NewPost {
  postId: string;
  threadId: string;
  communityId: string;
  authorId: string;
  replyToId: string | null;
  opening: boolean;
}

const rank = (kind: NotificationKind) => POST_KIND_ORDER.indexOf(kind);

/**
 * Turns domain events into notifications, inside the transaction of the event's cause. Posts held for
 * approval notify nobody until approved (`post.approved`). Nobody is notified of their own action, and
 * nobody about a post they may not read.
 */
@Injectable()
export class NotifierService {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly access: RecipientAccess,
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
    private readonly db: DataSource,
  ) {}

  /** Subscribed to the events it handles in notifications.subscriptions.ts. */
  async handle(event: DomainEvent, em: EntityManager, batch: EventBatch): Promise<void> {
    switch (event.type) {
      case 'thread.created':
        // Authors follow their threads from the start, held or not.
        await em
          .createQueryBuilder()
          .insert()
          .into(Follow)
          .values({ userId: event.authorId, targetType: FollowTarget.THREAD, targetId: event.threadId })
          .orIgnore()
          .execute();
        if (!event.pending) await this.newPost(em, batch, { ...event, replyToId: null, opening: true });
        return;
      case 'post.created':
        if (!event.pending) await this.newPost(em, batch, { ...event, opening: false });
        return;
      case 'post.approved':
        return this.newPost(em, batch, event);
      case 'answer.accepted':
        return this.answerAccepted(em, batch, event);
      case 'membership.approved':
        if (event.userId === event.byUserId) return;
        await this.writer.write(em, batch, [
          draft(event.userId, NotificationKind.MEMBERSHIP_APPROVED, event.byUserId, { communityId: event.communityId }),
        ]);
        return;
      case 'report.resolved': {
        const ctx = (await this.access.contexts([event.reporterId], em)).get(event.reporterId);
        // The moderator who decided is not named (as in the public moderation log).
        if (ctx && (await this.access.canSeeCommunity(ctx, event.communityId))) {
          await this.writer.write(em, batch, [
            draft(event.reporterId, NotificationKind.REPORT_RESOLVED, null, {
              communityId: event.communityId,
              subjectId: event.reportId,
              detail: event.outcome,
              dedupeKey: `report:${event.reportId}`,
            }),
          ]);
        }
        return;
      }
      case 'expertise.verified':
        if (event.userId === event.byUserId) return;
        await this.writer.write(em, batch, [
          draft(event.userId, NotificationKind.EXPERTISE_VERIFIED, event.byUserId, {
            subjectId: event.expertiseId,
            dedupeKey: `expertise:${event.expertiseId}`,
          }),
        ]);
        return;
    }
  }

  /** A post readers can now see: mentions, the author of the post it answers, followers of the thread (or, for a new thread, of the community). */
  private async newPost(em: EntityManager, batch: EventBatch, p: NewPost): Promise<void> {
    // Read through the cause's transaction: the thread comes with its community, the post with the one it answers.
    const sys = RequestContext.system();
    sys.manager = em;
    const [post, parent] = await entityLoader(sys, this.db, Post).loadMany(p.replyToId ? [p.postId, p.replyToId] : [p.postId]);
    const thread = await this.threads.loader(sys).load(p.threadId);
    const community = thread && (await this.communities.loader(sys).load(thread.communityId));
    if (!(post instanceof Post) || !thread || !community) return;
    const best = new Map<string, NotificationKind>();
    const offer = (userIds: string[], kind: NotificationKind) => {
      for (const id of userIds) {
        const had = best.get(id);
        if (had === undefined || rank(kind) < rank(had)) best.set(id, kind);
      }
    };
    const handles = parseMentions(post.body);
    // An old handle within its redirect period still reaches its account.
    const mentioned = `SELECT id FROM users WHERE handle = ANY($1) UNION SELECT user_id FROM handle_redirects WHERE handle = ANY($1) AND expires_at > now()`;
    if (handles.length)
      offer(
        (await em.query<{ id: string }[]>(mentioned, [handles])).map((r) => r.id),
        NotificationKind.MENTION,
      );
    if (parent instanceof Post) offer([parent.authorId], NotificationKind.REPLY_TO_POST);
    const target = p.opening ? { type: FollowTarget.COMMUNITY, id: p.communityId } : { type: FollowTarget.THREAD, id: p.threadId };
    const followers = await em.find(Follow, { where: { targetType: target.type, targetId: target.id }, select: { userId: true } });
    offer(
      followers.map((f) => f.userId),
      p.opening ? NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY : NotificationKind.REPLY_IN_FOLLOWED_THREAD,
    );
    best.delete(p.authorId);
    if (!best.size) return;

    const contexts = await this.access.contexts([...best.keys()], em, community);
    const drafts: NotificationDraft[] = [];
    for (const [userId, kind] of best) {
      const ctx = contexts.get(userId);
      // A mention in a post the person may not read gives them nothing, not even that it exists.
      if (ctx && (await this.access.canReadPost(ctx, thread, post))) {
        drafts.push(
          draft(userId, kind, p.authorId, {
            communityId: p.communityId,
            threadId: p.threadId,
            postId: p.postId,
            dedupeKey: `post:${p.postId}`,
          }),
        );
      }
    }
    await this.writer.write(em, batch, drafts);
  }

  private async answerAccepted(em: EntityManager, batch: EventBatch, event: DomainEventOf<'answer.accepted'>): Promise<void> {
    const post = await em.findOne(Post, { where: { id: event.postId } });
    const thread = await em.findOne(Thread, { where: { id: event.threadId } });
    if (!post || post.authorId === event.byUserId) return;
    const ctx = (await this.access.contexts([post.authorId], em)).get(post.authorId);
    if (!ctx || !(await this.access.canReadPost(ctx, thread, post))) return;
    await this.writer.write(em, batch, [
      draft(post.authorId, NotificationKind.ANSWER_ACCEPTED, event.byUserId, {
        communityId: event.communityId,
        threadId: event.threadId,
        postId: event.postId,
        dedupeKey: `accepted:${event.postId}`,
      }),
    ]);
  }
}

function draft(recipientId: string, kind: NotificationKind, actorId: string | null, about: Partial<NotificationDraft>): NotificationDraft {
  return {
    recipientId,
    kind,
    actorId,
    communityId: null,
    threadId: null,
    postId: null,
    subjectId: null,
    detail: null,
    dedupeKey: null,
    ...about,
  };
}
