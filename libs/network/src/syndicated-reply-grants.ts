import { Global, Injectable, Module } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext } from '@waardenet/core';
import { CommunitiesModule, CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { REPLY_GRANTS, ReplyGrants, Thread } from '@waardenet/threads';
import { showingIn } from './syndications.service';

/**
 * A syndicated thread stays one thread, and the national community's members may reply in it from
 * there: active members (or moderators) of a national community that shows the thread now may post,
 * although they are no members of the chapter. The thread's own rules (locks, bans in the chapter,
 * the chapter's moderation settings) still apply.
 */
@Injectable()
export class SyndicatedReplyGrants implements ReplyGrants {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
  ) {}

  async mayReply(ctx: RequestContext, thread: Thread): Promise<boolean> {
    if (!ctx.viewer || ctx.viewer.suspended) return false;
    for (const nationalId of await this.showingIn(ctx).load(thread.id)) {
      const national = await this.communities.loader(ctx).load(nationalId);
      if (!national) continue;
      const access = await this.policy.access(ctx, national);
      if (access.canPost && !access.banned) return true;
    }
    return false;
  }

  /**
   * The national communities that show each thread now, one statement for all the threads a request
   * asks about (Thread.viewerCanReply on a page of a feed asks for every thread in it). Batched but not
   * cached: a mutation later in the same request (accepting, withdrawing) must not meet an old answer.
   */
  private showingIn(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.cached(
      'network.showingIn',
      () =>
        new DataLoader<string, string[]>(
          async (threadIds) => {
            const rows = await showingIn(this.db, threadIds);
            return threadIds.map((id) => rows.filter((r) => r.thread_id === id).map((r) => r.to_community_id));
          },
          { cache: false },
        ),
    );
  }
}

/** Global, like the moderation gate, so ThreadsModule finds REPLY_GRANTS without importing this library. */
@Global()
@Module({
  imports: [CommunitiesModule],
  providers: [SyndicatedReplyGrants, { provide: REPLY_GRANTS, useExisting: SyndicatedReplyGrants }],
  exports: [REPLY_GRANTS],
})
export class NetworkReplyGrantsModule {}
