import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext, ViewerDependent, RequireVerifiedEmail } from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesService, Community } from '@waardenet/communities';
import { CreateThreadInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostsService } from './posts.service';
import { Thread } from './thread.entity';
import { ThreadsPolicy } from './threads.policy';
import { ThreadsService } from './threads.service';

@ObjectType()
export class ThreadConnection extends Connection(Thread) {}

@ObjectType()
export class PostConnection extends Connection(Post) {}

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly postsService: PostsService,
    private readonly communities: CommunitiesService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly accounts: AccountsService,
  ) {}

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('createThread')
  @Mutation(() => Thread)
  createThread(@Args('input') input: CreateThreadInput, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.threadsService.create(ctx, input);
  }

  @Access('public')
  @Query(() => Thread)
  thread(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.threadsService.byId(ctx, id);
  }

  @ViewerDependent()
  @ResolveField(() => PostConnection)
  posts(
    @Parent() thread: Thread,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.postsService.page(ctx, thread, first, after);
  }

  @ViewerDependent()
  @ResolveField(() => Community)
  community(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.communities.byId(ctx, thread.communityId);
  }

  @ResolveField(() => User)
  author(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, thread.authorId);
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may reply here now: what createPost allows (members, and members of a national community that shows the thread; not in a locked thread unless they moderate).',
  })
  viewerCanReply(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.threadsPolicy.canReply(ctx, thread);
  }
}

@Resolver(() => Community)
export class CommunityThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ViewerDependent()
  @ResolveField(() => ThreadConnection, {
    nullable: true,
    description: 'Pinned first, then by last activity; null when the viewer may not read them (see viewerCanRead).',
  })
  threads(
    @Parent() community: Community,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.threadsService.listForCommunity(ctx, community, first, after);
  }
}
