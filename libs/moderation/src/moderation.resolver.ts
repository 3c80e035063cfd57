import { Args, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext, reasonArg } from '@waardenet/core';
import { Post, Thread } from '@waardenet/threads';
import { PostAction, PostActionsService } from './post-actions.service';
import { QueueService } from './queue.service';
import { ThreadActionsService, ThreadFlagAction } from './thread-actions.service';

@ObjectType()
export class ModerationQueueConnection extends Connection(Post, 'ModerationQueue') {}

const ID_ARG = { type: () => ID };

/** The approval queue and the moderators' actions on posts and threads. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly queue: QueueService,
    private readonly posts: PostActionsService,
    private readonly threads: ThreadActionsService,
  ) {}

  @Access('user')
  @Query(() => ModerationQueueConnection, {
    description:
      "A community's posts waiting for approval (opening posts of pending threads among them), oldest first; its moderators only.",
  })
  moderationQueue(
    @Args('communityId', ID_ARG) communityId: string,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queue.pending(ctx, communityId, first, after);
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Publishes a PENDING post (and its thread, for an opening post).' })
  approvePost(@Args('postId', ID_ARG) postId: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.post(ctx, 'approve', postId, null);
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Refuses a PENDING post: it becomes REMOVED.' })
  rejectPost(@Args('postId', ID_ARG) postId: string, @Args('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.post(ctx, 'reject', postId, reasonArg(reason, true));
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Hides a VISIBLE post from readers until it is restored.' })
  hidePost(@Args('postId', ID_ARG) postId: string, @Args('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.post(ctx, 'hide', postId, reasonArg(reason, true));
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Soft removal: the text stays for moderators, and restorePost brings it back.' })
  removePost(@Args('postId', ID_ARG) postId: string, @Args('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.post(ctx, 'remove', postId, reasonArg(reason, true));
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Makes a HIDDEN or REMOVED post VISIBLE again.' })
  restorePost(@Args('postId', ID_ARG) postId: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.post(ctx, 'restore', postId, null);
  }

  @Access('user')
  @Mutation(() => Thread, { description: 'No new replies, except from moderators.' })
  lockThread(
    @Args('threadId', ID_ARG) threadId: string,
    @Ctx() ctx: RequestContext,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Thread> {
    return this.thread(ctx, 'lock', threadId, reasonArg(reason, false));
  }

  @Access('user')
  @Mutation(() => Thread)
  unlockThread(@Args('threadId', ID_ARG) threadId: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.thread(ctx, 'unlock', threadId, null);
  }

  @Access('user')
  @Mutation(() => Thread, { description: 'Pinned threads come first in their community.' })
  pinThread(@Args('threadId', ID_ARG) threadId: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.thread(ctx, 'pin', threadId, null);
  }

  @Access('user')
  @Mutation(() => Thread)
  unpinThread(@Args('threadId', ID_ARG) threadId: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.thread(ctx, 'unpin', threadId, null);
  }

  @Access('user')
  @Mutation(() => Thread, { description: 'Moves a thread to another community of the same library; you must moderate both.' })
  moveThread(
    @Args('threadId', ID_ARG) threadId: string,
    @Args('communityId', ID_ARG) communityId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Thread> {
    return this.threads.move(ctx, threadId, communityId);
  }

  private post(ctx: RequestContext, action: PostAction, postId: string, reason: string | null): Promise<Post> {
    return this.posts.act(ctx, action, postId, reason);
  }

  private thread(ctx: RequestContext, action: ThreadFlagAction, threadId: string, reason: string | null): Promise<Thread> {
    return this.threads.setFlag(ctx, action, threadId, reason);
  }
}
