import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestContext, badInput, forbidden, requireViewer } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { FollowInput } from './dto/notifications.inputs';
import { Follow } from './follow.entity';
import { FollowTarget } from './notification-kind';

/** Following a thread (its replies) or a community (its new threads): only what you may read, and not while banned there. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communitiesPolicy: CommunitiesPolicy,
  ) {
    // Whether the viewer follows a thread is read with the thread itself (one statement less per signed-in thread page).
    threads.addViewerFact({
      sql: `EXISTS (SELECT 1 FROM follows f WHERE f.user_id = $2 AND f.target_type = '${FollowTarget.THREAD}' AND f.target_id = t.id)`,
      prime: (ctx, threadId, follows) => void this.followsLoader(ctx, FollowTarget.THREAD).prime(threadId, follows),
    });
  }

  async follow(ctx: RequestContext, input: FollowInput): Promise<boolean> {
    const target = this.target(input);
    if (target.type === FollowTarget.THREAD) {
      const access = await this.threadsPolicy.readable(ctx, await this.threads.loader(ctx).load(target.id));
      if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    } else {
      const access = await this.communitiesPolicy.requireReadable(ctx, await this.communities.byId(ctx, target.id));
      if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Follow)
      .values({ userId: requireViewer(ctx).id, targetType: target.type, targetId: target.id })
      .orIgnore()
      .execute();
    return true;
  }

  /** Always allowed: it only removes the viewer's own row (and tells nothing about the target). */
  async unfollow(ctx: RequestContext, input: FollowInput): Promise<boolean> {
    const target = this.target(input);
    await this.db.getRepository(Follow).delete({ userId: requireViewer(ctx).id, targetType: target.type, targetId: target.id });
    return true;
  }

  /** Whether the viewer follows each target, batched per request. */
  followsLoader(ctx: RequestContext, type: FollowTarget): DataLoader<string, boolean> {
    return ctx.cached(
      `follows.${type}`,
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          if (!ctx.viewer) return ids.map(() => false);
          const rows = await this.db.getRepository(Follow).findBy({ userId: ctx.viewer.id, targetType: type, targetId: In([...ids]) });
          const followed = new Set(rows.map((r) => r.targetId));
          return ids.map((id) => followed.has(id));
        }),
    );
  }

  private target(input: FollowInput): { type: FollowTarget; id: string } {
    if (input.threadId && !input.communityId) return { type: FollowTarget.THREAD, id: input.threadId };
    if (input.communityId && !input.threadId) return { type: FollowTarget.COMMUNITY, id: input.communityId };
    throw badInput('Give exactly one of threadId and communityId.', {
      fields: { threadId: ['give exactly one of threadId and communityId'] },
    });
  }
}
