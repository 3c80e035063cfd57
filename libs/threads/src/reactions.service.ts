import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, forbidden, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService, threadChannel } from '@waardenet/live/channels';
import { ReactInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { ReactionCount, ReactionKind } from './reaction.entity';
import { PostsService } from './posts.service';
import { reactionCountsLoader, viewerReactionsLoader } from './reaction-counts';
import { ThreadsPolicy } from './threads.policy';

@Injectable()
export class ReactionsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsService,
    private readonly policy: ThreadsPolicy,
    private readonly live: LiveEventsService,
  ) {}

  async react(ctx: RequestContext, input: ReactInput): Promise<Post> {
    const { post, communityId } = await this.reactable(ctx, input.postId);
    if (post.authorId === requireViewer(ctx).id) throw badInput('You cannot react to your own post.', { reason: 'OWN_POST' });
    // The primary key (post, user, kind) makes a repeated or concurrent reaction a no-op.
    return this.changed(
      post,
      communityId,
      `INSERT INTO reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING kind`,
      [post.id, requireViewer(ctx).id, input.kind],
    );
  }

  async unreact(ctx: RequestContext, input: ReactInput): Promise<Post> {
    const { post, communityId } = await this.reactable(ctx, input.postId);
    return this.changed(post, communityId, `DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3 RETURNING kind`, [
      post.id,
      requireViewer(ctx).id,
      input.kind,
    ]);
  }

  /** Runs the change; readers are told only when it changed something. */
  private changed(post: Post, communityId: string, sql: string, params: unknown[]): Promise<Post> {
    return this.live.transaction(async (em, events) => {
      const result: unknown[] = await em.query(sql, params);
      const rows = Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
      if (rows.length)
        await events.emit(threadChannel(post.threadId), {
          type: 'REACTIONS_CHANGED',
          communityId,
          threadId: post.threadId,
          postId: post.id,
        });
      return post;
    });
  }

  private async reactable(ctx: RequestContext, postId: string): Promise<{ post: Post; communityId: string }> {
    const { post, access } = await this.posts.readablePost(ctx, postId);
    if (access.banned && !access.canPost) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (!access.canPost) throw forbidden('Only active members of this community can react; join it first.', { reason: 'NOT_A_MEMBER' });
    if (!this.policy.canSeeText(ctx, { ...access, canModerate: false }, post)) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    return { post, communityId: access.community.id };
  }

  /** Reaction counts per post, one query for a whole page. */
  countsLoader(ctx: RequestContext): DataLoader<string, ReactionCount[]> {
    return reactionCountsLoader(ctx, this.db);
  }

  /** The viewer's own reactions per post, one query for a whole page (or none: a thread page primes it). */
  viewerLoader(ctx: RequestContext): DataLoader<string, ReactionKind[]> {
    return viewerReactionsLoader(ctx, this.db);
  }
}
