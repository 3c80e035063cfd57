import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventBatch, communityChannel, threadChannel } from '@waardenet/live/channels';
import { Post, PostState } from './post.entity';
import { MEDIA_EMBEDS, MediaEmbeds, NO_MEDIA } from './media-embeds';

export interface Moderation {
  /** The moderator, or null when the system acted (the report threshold, a watched word). */
  moderatorId: string | null;
  reason: string | null;
}

export interface Transition {
  from: PostState;
  to: PostState;
  changed: boolean;
  /** A VISIBLE thread's opening post went: readers lose the thread, so re-check open subscriptions after the commit. */
  threadHidden: boolean;
}

/** Whether a post counts in its thread's replyCount: a VISIBLE reply that was not deleted. */
export const countsAsReply = (post: Pick<Post, 'seq' | 'deletedAt'>, state: PostState) =>
  post.seq > 1 && !post.deletedAt && state === PostState.VISIBLE;

/**
 * The one place a post's moderation state changes. It keeps the thread's replyCount exact (VISIBLE,
 * undeleted replies only), makes a thread follow its opening post's state, and tells readers live:
 * POST_ADDED when a pending post is approved, POST_RESTORED when a hidden or removed one comes back,
 * POST_REMOVED when a visible one goes. Changes that readers never saw (pending → removed) send nothing.
 * A thread whose opening post is hidden or removed is announced (`thread.taken_down`) to the
 * domains that show it elsewhere (libs/network withdraws its syndications).
 */
@Injectable()
export class PostStateService {
  constructor(@Optional() @Inject(MEDIA_EMBEDS) private readonly media: MediaEmbeds = NO_MEDIA) {}

  /** Reads a post under a row lock, so concurrent moderation of one post serialises. */
  lock(em: EntityManager, postId: string): Promise<Post | null> {
    return em.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
  }

  async transition(
    em: EntityManager,
    events: EventBatch,
    post: Post,
    to: PostState,
    communityId: string,
    by: Moderation,
  ): Promise<Transition> {
    const from = post.state;
    if (from === to) return { from, to, changed: false, threadHidden: false };
    const delta = Number(countsAsReply(post, to)) - Number(countsAsReply(post, from));
    await em.update(
      Post,
      { id: post.id },
      { state: to, moderatedAt: new Date(), moderatedById: by.moderatorId, moderationReason: by.reason },
    );
    Object.assign(post, { state: to, moderatedById: by.moderatorId, moderationReason: by.reason });
    // Removed by a moderator: its uploads are deleted with their bytes (a restored post comes back without them).
    if (to === PostState.REMOVED) await this.media.removeForPosts(em, [post.id]);

    const opening = post.seq === 1;
    const approved = from === PostState.PENDING && to === PostState.VISIBLE;
    const sets: string[] = [];
    const params: unknown[] = [post.threadId];
    if (delta) sets.push(`reply_count = reply_count + ${delta}`);
    if (approved) sets.push('last_activity_at = greatest(last_activity_at, now())');
    if (opening) {
      params.push(to);
      sets.push(`state = $${params.length}`);
    }
    if (sets.length) await em.query(`UPDATE threads SET ${sets.join(', ')} WHERE id = $1`, params);

    const readersNotice = from === PostState.VISIBLE || to === PostState.VISIBLE;
    if (readersNotice) {
      const type = to !== PostState.VISIBLE ? 'POST_REMOVED' : approved ? 'POST_ADDED' : 'POST_RESTORED';
      await events.emit(threadChannel(post.threadId), { type, communityId, threadId: post.threadId, postId: post.id });
      const threadType = opening && approved ? 'THREAD_ADDED' : 'THREAD_UPDATED';
      await events.emit(communityChannel(communityId), { type: threadType, communityId, threadId: post.threadId });
    }
    if (approved) {
      await events.announce({
        type: 'post.approved',
        postId: post.id,
        threadId: post.threadId,
        communityId,
        authorId: post.authorId,
        replyToId: post.replyToId,
        opening,
      });
    }
    // A thread hidden (by a moderator, or by the report threshold) or removed; not one held back for approval,
    // which returns on its own once approved.
    if (opening && (to === PostState.HIDDEN || to === PostState.REMOVED)) {
      await events.announce({ type: 'thread.taken_down', threadId: post.threadId, communityId, how: to, byUserId: by.moderatorId });
    }
    return { from, to, changed: true, threadHidden: opening && from === PostState.VISIBLE };
  }
}
