import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppError, RequestContext, forbidden, notFound, unauthenticated } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community, CommunityAccess } from '@waardenet/communities';
import { Post, PostState } from './post.entity';
import { REPLY_GRANTS, ReplyGrants } from './reply-grants';
import { Thread } from './thread.entity';

export interface ThreadAccess extends CommunityAccess {
  thread: Thread;
  community: Community;
}

/** Who may read and write threads and posts; built on the community rules. */
@Injectable()
export class ThreadsPolicy {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    @Optional() @Inject(REPLY_GRANTS) private readonly grants?: ReplyGrants,
  ) {}

  /** A thread the viewer may read; a thread in a community they may not see is NOT_FOUND. */
  async readable(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess> {
    const access = await this.readAccess(ctx, thread);
    if (access instanceof AppError) throw access;
    return access;
  }

  /** readable's answer, or null where it would refuse: for fields that show nothing rather than fail. */
  async readableOrNull(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess | null> {
    const access = await this.readAccess(ctx, thread);
    return access instanceof AppError ? null : access;
  }

  /** readable's decision, with the refusal returned rather than thrown. */
  private async readAccess(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess | AppError> {
    if (!thread) return notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    const community = await this.communities.loader(ctx).load(thread.communityId);
    if (!community) return notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    const access = await this.communityPolicy.access(ctx, community);
    if (!access.canSee) return notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    if (!access.canRead)
      return forbidden('Only members of this community can read its threads; ask to join first.', { reason: 'MEMBERS_ONLY' });
    if (!this.canSeeThread(ctx, access, thread)) return notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    return { ...access, thread, community };
  }

  /**
   * A thread follows its opening post: one that is not VISIBLE is for moderators, and a PENDING or
   * HIDDEN one also for its author. Lists apply the same rule in SQL (ThreadsService.listForCommunity).
   */
  canSeeThread(ctx: RequestContext, access: CommunityAccess, thread: Thread): boolean {
    if (access.canModerate || thread.state === PostState.VISIBLE) return true;
    return thread.state !== PostState.REMOVED && !!ctx.viewer && thread.authorId === ctx.viewer.id;
  }

  /**
   * Threads the viewer may read, as SQL over a threads alias joined to its communities alias: the
   * community's read rule (CommunitiesPolicy.readableSql) and canSeeThread, for lists across communities.
   */
  readableThreadSql(ctx: RequestContext, thread: string, community: string): { sql: string; params: Record<string, unknown> } {
    const readable = this.communityPolicy.readableSql(ctx, community);
    const moderates = this.communityPolicy.moderatesSql(ctx, community);
    const own = ctx.viewer ? ` OR (${thread}.state IN ('PENDING', 'HIDDEN') AND ${thread}.author_id = :viewerId)` : '';
    return {
      sql: `(${readable.sql} AND (${thread}.state = 'VISIBLE'${own} OR ${moderates.sql}))`,
      params: { ...readable.params, ...moderates.params, ...(ctx.viewer ? { viewerId: ctx.viewer.id } : {}) },
    };
  }

  /**
   * A thread the viewer may reply in: an active member (or moderator), or someone another domain grants
   * it (REPLY_GRANTS: members of a national community that shows the thread), and not locked unless they moderate.
   */
  async replyable(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess> {
    if (!ctx.viewer) throw unauthenticated();
    const access = await this.readable(ctx, thread);
    const refusal = await this.replyRefusal(ctx, access);
    if (refusal) throw refusal;
    return access;
  }

  /** Whether createPost would accept a reply from the viewer here now (Thread.viewerCanReply): replyable's decision, as a yes or no. */
  async canReply(ctx: RequestContext, thread: Thread): Promise<boolean> {
    if (!ctx.viewer) return false;
    const access = await this.readableOrNull(ctx, thread);
    return !!access && !(await this.replyRefusal(ctx, access));
  }

  /** Why the viewer may not reply in a thread they may read, or null when they may: the one decision replyable and canReply share. */
  private async replyRefusal(ctx: RequestContext, access: ThreadAccess): Promise<AppError | null> {
    const granted = !access.canPost && !access.banned && !!(await this.grants?.mayReply(ctx, access.thread));
    if (access.banned && !access.canPost) return forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (!access.canPost && !granted)
      return forbidden('Only active members of this community can post here; join it first.', { reason: 'NOT_A_MEMBER' });
    if (access.thread.locked && !access.canModerate)
      return forbidden('This thread is locked; no new replies are accepted.', { reason: 'THREAD_LOCKED' });
    return null;
  }

  /** Whether the viewer sees the post's text: deleted, hidden and removed posts only to moderators, pending ones also to their author. */
  canSeeText(ctx: RequestContext, access: CommunityAccess, post: Post): boolean {
    if (access.canModerate) return true;
    if (post.deletedAt) return false;
    if (post.state === PostState.VISIBLE) return true;
    return post.state === PostState.PENDING && post.authorId === ctx.viewer?.id;
  }

  /** Marks each post with whether this viewer may see its text (what `body` and `bodyHtml` answer). */
  reveal<T extends Post>(ctx: RequestContext, access: CommunityAccess, posts: T[]): T[] {
    for (const post of posts) post.textVisible = this.canSeeText(ctx, access, post);
    return posts;
  }

  /** Whether the post appears in lists at all (as text or as a placeholder). */
  canList(ctx: RequestContext, access: CommunityAccess, post: Post): boolean {
    return post.state !== PostState.PENDING || access.canModerate || post.authorId === ctx.viewer?.id;
  }

  requireAuthorOrModerator(ctx: RequestContext, access: CommunityAccess, post: Post, what: string): void {
    if (!ctx.viewer) throw unauthenticated();
    if (post.authorId !== ctx.viewer.id && !access.canModerate)
      throw forbidden(`Only the author or a moderator may ${what} this post.`, { reason: 'NOT_THE_AUTHOR' });
  }
}
