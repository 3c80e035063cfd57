import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { CreatePostInput, EditPostInput, ReactInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { PostsService } from './posts.service';
import { ReactionCount, ReactionKind } from './reaction.entity';
import { ReactionsService } from './reactions.service';
import { Thread } from './thread.entity';
import { ThreadsPolicy } from './threads.policy';
import { ThreadsService } from './threads.service';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactions: ReactionsService,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly policy: ThreadsPolicy,
  ) {}

  @Access('user')
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
  deletePost(@Args('postId', { type: () => ID }) postId: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.posts.delete(ctx, postId);
  }

  @Access('user')
  @Mutation(() => Post)
  react(@Args('input') input: ReactInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.reactions.react(ctx, input);
  }

  @Access('user')
  @Mutation(() => Post)
  unreact(@Args('input') input: ReactInput, @Ctx() ctx: RequestContext): Promise<Post> {
    return this.reactions.unreact(ctx, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown source; null when the viewer may not see the text.' })
  async body(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.textVisible(ctx, post)) ? post.body : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML rendered on the server; null when the viewer may not see the text.' })
  async bodyHtml(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.textVisible(ctx, post)) ? post.bodyHtml : null;
  }

  @ResolveField(() => Boolean)
  isDeleted(@Parent() post: Post): boolean {
    return post.deletedAt !== null;
  }

  @ResolveField(() => User)
  author(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, post.authorId);
  }

  @ResolveField(() => Thread)
  thread(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.threads.byId(ctx, post.threadId);
  }

  @ResolveField(() => [ReactionCount])
  reactionCounts(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<ReactionCount[]> {
    return this.reactions.countsLoader(ctx).load(post.id);
  }

  @ResolveField(() => [ReactionKind], { description: "The viewer's own reactions." })
  viewerReactions(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<ReactionKind[]> {
    return this.reactions.viewerLoader(ctx).load(post.id);
  }

  @ResolveField(() => [PostRevision], { description: 'Every version of the body, oldest first; empty when the text is not visible.' })
  async revisions(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<PostRevision[]> {
    return (await this.textVisible(ctx, post)) ? this.posts.revisionsLoader(ctx).load(post.id) : [];
  }

  private async textVisible(ctx: RequestContext, post: Post): Promise<boolean> {
    const thread = await this.threads.loader(ctx).load(post.threadId);
    const community = thread && (await this.communities.loader(ctx).load(thread.communityId));
    if (!community) return false;
    return this.policy.canSeeText(ctx, await this.communityPolicy.access(ctx, community), post);
  }
}
