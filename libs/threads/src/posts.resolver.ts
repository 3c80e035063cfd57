import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Ctx,
  DIRECT_FIELDS,
  DirectFields,
  RequestContext,
  ViewerDependent,
  RequireVerifiedEmail,
  reasonArg,
} from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';
import { AccountsService, User } from '@waardenet/accounts';
import { CreatePostInput, EditPostInput, ReactInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostsService } from './posts.service';
import { ReactionCount, ReactionKind } from './reaction.entity';
import { ReactionsService } from './reactions.service';
import { Thread } from './thread.entity';
import { ThreadsService } from './threads.service';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactions: ReactionsService,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'author', (post: Post, ctx) => this.author(post, ctx));
    direct.add('Post', 'reactionCounts', (post: Post, ctx) => this.reactionCounts(post, ctx));
    direct.add('Post', 'viewerReactions', (post: Post, ctx) => this.viewerReactions(post, ctx));
  }

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('createPost')
  @Mutation(() => Post)
  createPost(@Args('input') input: CreatePostInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.posts.create(ctx, input);
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Keeps the previous text as a revision.' })
  editPost(@Args('input') input: EditPostInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.posts.edit(ctx, input);
  }

  @Access('user')
  @Mutation(() => Post, { description: 'Soft delete, by the author or a moderator.' })
  deletePost(
    @Args('postId', { type: () => ID }) postId: string,
    @Ctx() ctx: RequestContext,
    @Args('reason', { nullable: true, description: "Why a moderator deletes someone else's post: written to the moderation log." })
    reason?: string,
  ): Promise<Post> {
    return this.posts.delete(ctx, postId, reasonArg(reason, false));
  }

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('reaction')
  @Mutation(() => Post)
  react(@Args('input') input: ReactInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.reactions.react(ctx, input);
  }

  @Access('user')
  @RateLimit('reaction')
  @Mutation(() => Post)
  unreact(@Args('input') input: ReactInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.reactions.unreact(ctx, input);
  }

  @ResolveField(() => User)
  author(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, post.authorId);
  }

  @ViewerDependent()
  @ResolveField(() => Thread)
  thread(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.threads.byId(ctx, post.threadId);
  }

  @ResolveField(() => [ReactionCount])
  reactionCounts(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<ReactionCount[]> {
    return this.reactions.countsLoader(ctx).load(post.id);
  }

  @ViewerDependent()
  @ResolveField(() => [ReactionKind], { description: "The viewer's own reactions." })
  viewerReactions(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<ReactionKind[]> {
    return this.reactions.viewerLoader(ctx).load(post.id);
  }
}
