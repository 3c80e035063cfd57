import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext, notFound } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community, CommunityAccess } from '@waardenet/communities';
import { Post, Thread, ThreadsService } from '@waardenet/threads';

export interface ModeratedCommunity {
  community: Community;
  access: CommunityAccess;
}

/**
 * Finds what a moderator acts on and checks they moderate its community (CommunitiesPolicy.canModerate:
 * OWNER and MODERATOR members, the library's staff, platform admins). Unknown ids, and anything in a
 * community the viewer may not see, are NOT_FOUND; a community they see but do not moderate is FORBIDDEN.
 */
@Injectable()
export class ModerationAccess {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly threads: ThreadsService,
  ) {}

  async community(ctx: RequestContext, communityId: string): Promise<ModeratedCommunity> {
    const community = await this.communities.byId(ctx, communityId);
    return { community, access: await this.policy.requireModerator(ctx, community) };
  }

  async thread(ctx: RequestContext, threadId: string): Promise<ModeratedCommunity & { thread: Thread }> {
    const thread = await this.threads.loader(ctx).load(threadId);
    if (!thread) throw notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    const community = await this.communities.loader(ctx).load(thread.communityId);
    if (!community || !(await this.policy.access(ctx, community)).canSee) throw notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    return { thread, community, access: await this.policy.requireModerator(ctx, community) };
  }

  /** Moderators do not act on fellow moderators of the community: CommunitiesPolicy.requireMayActOn (TARGET_IS_MODERATOR). */
  requireMayActOn(ctx: RequestContext, community: Community, targetUserId: string | null, em?: EntityManager): Promise<void> {
    return this.policy.requireMayActOn(ctx, community, targetUserId, em);
  }

  requireAboveModerators(ctx: RequestContext, community: Community): Promise<void> {
    return this.policy.requireAboveModerators(ctx, community);
  }

  async post(ctx: RequestContext, postId: string): Promise<ModeratedCommunity & { post: Post; thread: Thread }> {
    const post = await this.db.getRepository(Post).findOneBy({ id: postId });
    if (!post) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    const { thread, community, access } = await this.thread(ctx, post.threadId).catch((e: unknown) => {
      throw (e as { code?: string } | null)?.code === 'NOT_FOUND' ? notFound('That post', { reason: 'POST_NOT_FOUND' }) : e;
    });
    return { post, thread, community, access };
  }
}
