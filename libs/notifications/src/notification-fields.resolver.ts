import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, RequestContext, entityLoader, ViewerDependent } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesService, Community } from '@waardenet/communities';
import { Post, Thread, ThreadsService } from '@waardenet/threads';
import { FollowsService } from './follows.service';
import { NotificationGate } from './notification-gate';
import { FollowTarget } from './notification-kind';
import { Notification } from './notification.entity';

/** What a notification points at, re-checked against the viewer's rights on every read. */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  constructor(
    private readonly gate: NotificationGate,
    private readonly accounts: AccountsService,
    private readonly communities: CommunitiesService,
    private readonly threads: ThreadsService,
    private readonly db: DataSource,
  ) {}

  @ResolveField(() => Boolean)
  read(@Parent() n: Notification): boolean {
    return n.readAt !== null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who caused it; null for the system and for moderators deciding a report.' })
  async actor(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<User | null> {
    return n.actorId ? this.accounts.loader(ctx).load(n.actorId) : null;
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true })
  async community(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<Community | null> {
    if (!n.communityId || !(await this.gate.visible(ctx, n))) return null;
    return this.communities.loader(ctx).load(n.communityId);
  }

  @ViewerDependent()
  @ResolveField(() => Thread, { nullable: true })
  async thread(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<Thread | null> {
    if (!n.threadId || !(await this.gate.visible(ctx, n))) return null;
    return this.threads.loader(ctx).load(n.threadId);
  }

  @ViewerDependent()
  @ResolveField(() => Post, { nullable: true })
  async post(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<Post | null> {
    if (!n.postId || !(await this.gate.visible(ctx, n))) return null;
    const post = await entityLoader(ctx, this.db, Post).load(n.postId);
    // visible() established that this viewer may read the text.
    if (post) post.textVisible = true;
    return post;
  }
}

@Resolver(() => Thread)
export class ThreadFollowResolver {
  constructor(private readonly follows: FollowsService) {}

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Whether the viewer follows this thread (false when logged out).' })
  viewerFollows(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.follows.followsLoader(ctx, FollowTarget.THREAD).load(thread.id);
  }
}

@Resolver(() => Community)
export class CommunityFollowResolver {
  constructor(private readonly follows: FollowsService) {}

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Whether the viewer follows this community (false when logged out).' })
  viewerFollows(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.follows.followsLoader(ctx, FollowTarget.COMMUNITY).load(community.id);
  }
}
