import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainEventOf,
  RequestContext,
  badInput,
  conflict,
  entityLoader,
  forbidden,
  hydrate,
  notFound,
  requireViewer,
} from '@waardenet/core';
import { LiveEventsService, communityChannel, threadChannel } from '@waardenet/live/channels';
import { Post, PostState, Thread, ThreadAccess, ThreadKind, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { Question } from './question.entity';

/**
 * Questions: their row is written when a QUESTION thread is created, the first reply by someone other
 * than the asker is timed when it becomes visible (post.created here; a reply approved later by the
 * trigger of the Experts migration), and the asker or a moderator accepts one answer.
 */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly live: LiveEventsService,
  ) {
    // Read with the thread (a thread page asks isAcceptedAnswer of every post): no statement of its own.
    threads.addColumn({
      sql: `SELECT row_to_json(q) FROM questions q WHERE q.thread_id = t.id`,
      prime: (ctx, threadId, row) =>
        void this.loader(ctx).prime(
          threadId,
          row ? hydrate<Question>(this.db.getMetadata(Question), [row as Record<string, unknown>])[0] : null,
        ),
    });
  }

  /**
   * A QUESTION thread gets its row (subscribed in experts.subscriptions.ts). Runs inside the transaction
   * that created the thread, so a rolled-back write leaves no trace here.
   */
  async onThreadCreated(event: DomainEventOf<'thread.created'>, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO questions (thread_id, asked_at) SELECT id, created_at FROM threads WHERE id = $1 AND kind = 'QUESTION' ON CONFLICT DO NOTHING`,
      [event.threadId],
    );
  }

  /** The first visible reply by someone other than the asker is timed (subscribed in experts.subscriptions.ts). */
  async onPostCreated(event: DomainEventOf<'post.created'>, em: EntityManager): Promise<void> {
    if (!event.pending) {
      await em.query(
        `UPDATE questions q SET first_reply_at = now() FROM threads t
          WHERE q.thread_id = $1 AND t.id = q.thread_id AND t.author_id <> $2 AND q.first_reply_at IS NULL`,
        [event.threadId, event.authorId],
      );
    }
  }

  /** Accepts a visible reply as the answer, replacing any earlier one: by the asker or a moderator. */
  async accept(ctx: RequestContext, postId: string): Promise<Thread> {
    const post = await this.db.getRepository(Post).findOneBy({ id: postId });
    if (!post) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    const access = await this.threadsPolicy.readable(ctx, await this.threads.loader(ctx).load(post.threadId)).catch((e: unknown) => {
      throw (e as { code?: string } | null)?.code === 'NOT_FOUND' ? notFound('That post', { reason: 'POST_NOT_FOUND' }) : e;
    });
    if (!this.threadsPolicy.canList(ctx, access, post)) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    this.requireAskerOrModerator(ctx, access);
    if (post.seq === 1)
      throw badInput('The opening post is the question itself; accept a reply.', {
        fields: { postId: ['is the opening post'] },
        reason: 'NOT_A_REPLY',
      });
    const thread = access.thread;
    const byUserId = requireViewer(ctx).id;
    const communityId = access.community.id;
    const question = await this.live.transaction(async (em, events) => {
      const q = await this.lockQuestion(em, thread);
      // Under a share lock: a moderator cannot hide the reply between this check and the commit.
      const [current] = await em.query<{ state: PostState; deleted_at: Date | null }[]>(
        `SELECT state, deleted_at FROM posts WHERE id = $1 FOR SHARE`,
        [post.id],
      );
      if (!current || current.state !== PostState.VISIBLE || current.deleted_at) {
        throw badInput('Only a visible reply can be the accepted answer.', {
          fields: { postId: ['is not a visible reply'] },
          reason: 'NOT_A_REPLY',
        });
      }
      if (q.acceptedPostId === post.id) return q;
      await em.query(
        `UPDATE questions SET accepted_post_id = $2, accepted_at = coalesce(accepted_at, now()), accepted_by_id = $3 WHERE thread_id = $1`,
        [thread.id, post.id, byUserId],
      );
      await events.emit(threadChannel(thread.id), { type: 'ANSWER_ACCEPTED', communityId, threadId: thread.id, postId: post.id });
      await events.emit(communityChannel(communityId), { type: 'THREAD_UPDATED', communityId, threadId: thread.id });
      await events.announce({ type: 'answer.accepted', postId: post.id, threadId: thread.id, communityId, byUserId });
      return em.findOneByOrFail(Question, { threadId: thread.id });
    });
    this.loader(ctx).clear(thread.id).prime(thread.id, question);
    return thread;
  }

  /** Takes the accepted answer back: the question counts as unanswered again. */
  async unaccept(ctx: RequestContext, threadId: string): Promise<Thread> {
    const access = await this.threadsPolicy.readable(ctx, await this.threads.loader(ctx).load(threadId));
    this.requireAskerOrModerator(ctx, access);
    const thread = access.thread;
    const communityId = access.community.id;
    const question = await this.live.transaction(async (em, events) => {
      const q = await this.lockQuestion(em, thread);
      if (!q.acceptedPostId) throw conflict('This question has no accepted answer.', { reason: 'NO_ACCEPTED_ANSWER' });
      await em.query(`UPDATE questions SET accepted_post_id = NULL, accepted_at = NULL, accepted_by_id = NULL WHERE thread_id = $1`, [
        thread.id,
      ]);
      await events.emit(threadChannel(thread.id), { type: 'ANSWER_UNACCEPTED', communityId, threadId: thread.id });
      await events.emit(communityChannel(communityId), { type: 'THREAD_UPDATED', communityId, threadId: thread.id });
      return em.findOneByOrFail(Question, { threadId: thread.id });
    });
    this.loader(ctx).clear(thread.id).prime(thread.id, question);
    return thread;
  }

  /** The accepted answer, as `ThreadsPolicy` lets this viewer see it: null when they may not see its text. */
  async acceptedAnswer(ctx: RequestContext, thread: Thread): Promise<Post | null> {
    const q = await this.loader(ctx).load(thread.id);
    if (!q?.acceptedPostId) return null;
    const access = await this.threadsPolicy.readableOrNull(ctx, thread);
    if (!access) return null;
    const post = await entityLoader(ctx, this.db, Post).load(q.acceptedPostId);
    if (!post || !this.threadsPolicy.canSeeText(ctx, access, post)) return null;
    return this.threadsPolicy.reveal(ctx, access, [post])[0];
  }

  /** The question row per thread (null for discussions), one statement for a page. */
  loader(ctx: RequestContext): DataLoader<string, Question | null> {
    return ctx.cached(
      'experts.questions',
      () =>
        new DataLoader<string, Question | null>(async (ids) => {
          const rows = hydrate<Question>(
            this.db.getMetadata(Question),
            await this.db.query(`SELECT * FROM questions WHERE thread_id = ANY($1)`, [[...ids]]),
          );
          const byThread = new Map(rows.map((q) => [q.threadId, q]));
          return ids.map((id) => byThread.get(id) ?? null);
        }),
    );
  }

  private requireAskerOrModerator(ctx: RequestContext, access: ThreadAccess): void {
    if (access.thread.kind !== ThreadKind.QUESTION) {
      if (!access.canModerate && access.thread.authorId !== ctx.viewer?.id)
        throw forbidden('Only the asker or a moderator may do this.', { reason: 'NOT_THE_ASKER' });
      throw badInput('Only a question has an accepted answer; this thread is a discussion.', { reason: 'NOT_A_QUESTION' });
    }
    if (access.canModerate) return;
    if (access.thread.authorId !== ctx.viewer?.id)
      throw forbidden('Only the asker or a moderator may choose the accepted answer.', { reason: 'NOT_THE_ASKER' });
    if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
  }

  /** The question's row under a lock; a question from before this feature gets its row now. */
  private async lockQuestion(em: EntityManager, thread: Thread): Promise<Question> {
    await em.query(`INSERT INTO questions (thread_id, asked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [thread.id, thread.createdAt]);
    return em.findOneOrFail(Question, { where: { threadId: thread.id }, lock: { mode: 'pessimistic_write' } });
  }
}
