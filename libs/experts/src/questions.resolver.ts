import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, DIRECT_FIELDS, DirectFields, RequestContext, ViewerDependent } from '@waardenet/core';
import { Post, Thread } from '@waardenet/threads';
import { Question } from './question.entity';
import { QuestionsService } from './questions.service';
import { UnansweredQuestionsService } from './unanswered-questions.service';

@ObjectType()
export class QuestionConnection extends Connection(Thread, 'Question') {}

const seconds = (from: Date, to: Date | null) => (to ? Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000)) : null);

@Resolver(() => Thread)
export class QuestionsResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly unanswered: UnansweredQuestionsService,
  ) {}

  @Access('user')
  @Mutation(() => Thread, {
    description: 'Marks a visible reply as the answer to a question, replacing any earlier one: the asker or a moderator.',
  })
  acceptAnswer(@Args('postId', { type: () => ID }) postId: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.questions.accept(ctx, postId);
  }

  @Access('user')
  @Mutation(() => Thread, { description: 'Takes back the accepted answer of a question: the asker or a moderator.' })
  unacceptAnswer(@Args('threadId', { type: () => ID }) threadId: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return this.questions.unaccept(ctx, threadId);
  }

  @Access('user')
  @Query(() => QuestionConnection, {
    description:
      "Visible questions in a library's communities with no reply from anyone but the asker, oldest first: for its staff and platform admins.",
  })
  unansweredQuestions(
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.unanswered.forLibrary(ctx, libraryId, first, after);
  }

  @ViewerDependent()
  @ResolveField(() => Post, {
    nullable: true,
    description: 'The accepted answer of a question; null when there is none or the viewer may not see it.',
  })
  acceptedAnswer(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Post | null> {
    return this.questions.acceptedAnswer(ctx, thread);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When a reply by someone other than the asker first became visible (questions only).',
  })
  async firstReplyAt(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await this.question(ctx, thread))?.firstReplyAt ?? null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the question got its accepted answer; null while it has none.' })
  async answeredAt(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await this.question(ctx, thread))?.acceptedAt ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seconds from asking to the first reply by someone else (questions only).' })
  async timeToFirstReplySeconds(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<number | null> {
    const q = await this.question(ctx, thread);
    return q ? seconds(q.askedAt, q.firstReplyAt) : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seconds from asking to the accepted answer (questions only).' })
  async timeToAnswerSeconds(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<number | null> {
    const q = await this.question(ctx, thread);
    return q ? seconds(q.askedAt, q.acceptedAt) : null;
  }

  private question(ctx: RequestContext, thread: Thread): Promise<Question | null> {
    return this.questions.loader(ctx).load(thread.id);
  }
}

@Resolver(() => Post)
export class AcceptedAnswerResolver {
  constructor(
    private readonly questions: QuestionsService,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'isAcceptedAnswer', (post: Post, ctx) => this.isAcceptedAnswer(post, ctx));
  }

  @ResolveField(() => Boolean, { description: "Whether this post is its question's accepted answer." })
  async isAcceptedAnswer(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.questions.loader(ctx).load(post.threadId))?.acceptedPostId === post.id;
  }
}
