import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { RedactRevisionInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { RevisionsService } from './revisions.service';

/** A post's edit history: Post.revisions, revisionCount, editedByModerator, postRevisions and redactRevision. */
@Resolver(() => Post)
export class RevisionsResolver {
  constructor(private readonly history: RevisionsService) {}

  @Access('public')
  @Query(() => [PostRevision], {
    description:
      "Every version of a post's body, oldest first: for its author and the community's moderators (FORBIDDEN, reason REVISIONS_PRIVATE, for other readers).",
  })
  postRevisions(@Args('postId', { type: () => ID }) postId: string, @Ctx() ctx: RequestContext): Promise<PostRevision[]> {
    return this.history.forQuery(ctx, postId);
  }

  @Access('user')
  @Mutation(() => PostRevision, {
    description: "Removes an old version's text for good (moderators); the redaction is logged with the reason.",
  })
  redactRevision(@Args('input') input: RedactRevisionInput, @Ctx() ctx: RequestContext): Promise<PostRevision> {
    return this.history.redact(ctx, input);
  }

  @ViewerDependent()
  @ResolveField(() => [PostRevision], {
    description:
      "Every version of the body, oldest first, for the post's author and the community's moderators; empty for everyone else and when the text is not visible.",
  })
  revisions(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<PostRevision[]> {
    return this.history.forField(ctx, post);
  }

  @ResolveField(() => Int, { description: 'How many versions the body has had (1: never edited).' })
  async revisionCount(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.history.factsLoader(ctx).load(post.id)).count;
  }

  @ResolveField(() => Boolean, {
    description: 'Someone other than the author (a moderator) edited this post: shown to readers instead of who.',
  })
  async editedByModerator(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.history.factsLoader(ctx).load(post.id)).byModerator;
  }
}
