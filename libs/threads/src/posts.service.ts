import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ModAction,
  ModTarget,
  Page,
  hydrate,
  RequestContext,
  appendAudit,
  conflict,
  cursorCodec,
  cursorPart,
  forbidden,
  notFound,
  pageSize,
  renderMarkdown,
  requireViewer,
  preparedQuery,
} from '@waardenet/core';
import { LiveEventsService, communityChannel, threadChannel } from '@waardenet/live/channels';
import { CommunitiesPolicy } from '@waardenet/communities';
import { AccountsService, User } from '@waardenet/accounts';
import { CONTENT_GATE, ContentGate, OPEN_GATE } from './content-gate';
import { MEDIA_EMBEDS, MediaEmbeds, NO_MEDIA } from './media-embeds';
import { CreatePostInput, EditPostInput } from './dto/thread.inputs';
import { PostStateService } from './post-state.service';
import { Post, PostState } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { REACTION_COUNTS_SQL, reactionCountsLoader, viewerReactionsLoader, viewerReactionsSql } from './reaction-counts';
import { ReactionCount, ReactionKind } from './reaction.entity';
import { Thread } from './thread.entity';
import { ThreadAccess, ThreadsPolicy } from './threads.policy';
import { ThreadsService } from './threads.service';

/** posts.seq: a PostgreSQL integer, so the codec's int range. */
const POSTS_CURSOR = cursorCodec<[number]>('posts', [cursorPart.int()]);

/** A value shown with every author on a thread page (see PostsService.addAuthorColumn). */
export interface AuthorColumn {
  sql: string;
  prime(ctx: RequestContext, authorId: string, value: unknown): void;
}

@Injectable()
export class PostsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ThreadsPolicy,
    private readonly threads: ThreadsService,
    private readonly live: LiveEventsService,
    private readonly accounts: AccountsService,
    private readonly states: PostStateService,
    private readonly communityPolicy: CommunitiesPolicy,
    @Optional() @Inject(CONTENT_GATE) private readonly gate: ContentGate = OPEN_GATE,
    @Optional() @Inject(MEDIA_EMBEDS) private readonly media: MediaEmbeds = NO_MEDIA,
  ) {}

  async create(ctx: RequestContext, input: CreatePostInput): Promise<Post> {
    const access = await this.policy.replyable(ctx, await this.threads.loader(ctx).load(input.threadId));
    const authorId = requireViewer(ctx).id;
    const communityId = access.community.id;
    const media = await this.media.prepare(input.body, { communityId, authorId });
    const bodyHtml = renderMarkdown(input.body, { media });
    return this.live.transaction(async (em, events) => {
      if (input.replyToId) {
        const parent = await em.findOne(Post, { where: { id: input.replyToId, threadId: input.threadId } });
        if (!parent || !this.policy.canList(ctx, access, parent)) throw notFound('The post you reply to', { reason: 'POST_NOT_FOUND' });
      }
      const verdict = await this.gate.check(ctx, em, {
        community: access.community,
        access,
        authorId,
        texts: [input.body],
        kind: 'create',
      });
      // Numbering and counting in one row update: concurrent replies serialise on the thread row, so counts stay exact.
      // now() is when this transaction began, which can be before a racing reply that took the row lock first:
      // greatest() keeps last activity from moving back in time. A reply held for approval is numbered but not counted.
      const counted = verdict.pending ? '' : ', reply_count = reply_count + 1, last_activity_at = greatest(last_activity_at, now())';
      const [rows] = await em.query<[{ post_seq: number }[], number]>(
        `UPDATE threads SET post_seq = post_seq + 1${counted} WHERE id = $1 RETURNING post_seq`,
        [input.threadId],
      );
      const seq = rows[0].post_seq;
      const state = verdict.pending ? PostState.PENDING : PostState.VISIBLE;
      const post = await em.save(
        em.create(Post, { threadId: input.threadId, authorId, seq, replyToId: input.replyToId ?? null, body: input.body, bodyHtml, state }),
      );
      await em.insert(PostRevision, { postId: post.id, version: 1, body: input.body, editorId: authorId });
      await this.media.attach(em, post.id, media);
      // A held reply reaches readers when it is approved (PostStateService sends POST_ADDED then).
      if (!verdict.pending) {
        await events.emit(threadChannel(input.threadId), { type: 'POST_ADDED', communityId, threadId: input.threadId, postId: post.id });
        await events.emit(communityChannel(communityId), { type: 'THREAD_UPDATED', communityId, threadId: input.threadId });
      }
      await this.gate.flagged(em, verdict, { communityId, threadId: input.threadId, postId: post.id });
      await events.announce({
        type: 'post.created',
        postId: post.id,
        threadId: input.threadId,
        communityId,
        authorId,
        replyToId: post.replyToId,
        pending: verdict.pending,
      });
      return this.policy.reveal(ctx, access, [post])[0];
    });
  }

  async edit(ctx: RequestContext, input: EditPostInput): Promise<Post> {
    const { post, access } = await this.readablePost(ctx, input.postId);
    this.policy.requireAuthorOrModerator(ctx, access, post, 'edit');
    if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (post.deletedAt) throw conflict('This post was deleted and can no longer be edited.', { reason: 'POST_DELETED' });
    // A moderator editing a fellow moderator's post is refused before anything is written (TARGET_IS_MODERATOR).
    await this.communityPolicy.requireMayActOn(ctx, access.community, post.authorId);
    if (post.body === input.body) return post;
    // Rendered before the transaction: a body over the markdown limits is refused before any work.
    const communityId = access.community.id;
    // The media must be the post author's, also when a moderator edits it.
    const media = await this.media.prepare(input.body, { communityId, authorId: post.authorId, postId: post.id });
    const bodyHtml = renderMarkdown(input.body, { media });
    const byOther = post.authorId !== requireViewer(ctx).id;
    const texts = post.seq === 1 ? [access.thread.title, input.body] : [input.body];
    const { result, threadHidden } = await this.live.transaction(async (em, events) => {
      const locked = await this.states.lock(em, post.id);
      if (!locked) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
      const verdict = await this.gate.check(ctx, em, {
        community: access.community,
        access,
        authorId: requireViewer(ctx).id,
        texts,
        kind: 'edit',
      });
      const { max } = (await em
        .getRepository(PostRevision)
        .createQueryBuilder('r')
        .select('coalesce(max(r.version), 0)', 'max')
        .where('r.post_id = :id', { id: post.id })
        .getRawOne<{ max: number | string }>()) ?? { max: 0 };
      await em.insert(PostRevision, { postId: post.id, version: Number(max) + 1, body: input.body, editorId: requireViewer(ctx).id });
      await em.update(Post, { id: post.id }, { body: input.body, bodyHtml, editedAt: new Date() });
      await this.media.attach(em, post.id, media, true);
      if (byOther) {
        await appendAudit(em, {
          actorId: requireViewer(ctx).id,
          action: ModAction.EDIT_POST,
          targetType: ModTarget.POST,
          targetId: post.id,
          communityId,
          reason: input.reason ?? null,
          details: `version ${Number(max) + 1}`,
        });
      }
      // An edit that a watched word holds for approval takes a visible post back to PENDING (readers are told it went).
      const held =
        verdict.pending && locked.state === PostState.VISIBLE
          ? await this.states.transition(em, events, locked, PostState.PENDING, communityId, {
              moderatorId: null,
              reason: 'Edited text is held for approval (watched word).',
            })
          : null;
      if (!held)
        await events.emit(threadChannel(post.threadId), { type: 'POST_EDITED', communityId, threadId: post.threadId, postId: post.id });
      await this.gate.flagged(em, verdict, { communityId, threadId: post.threadId, postId: post.id });
      const result = this.policy.reveal(ctx, access, [await em.findOneByOrFail(Post, { id: post.id })])[0];
      return { result, threadHidden: !!held?.threadHidden };
    });
    if (threadHidden) await this.live.accessChanged(communityId, null);
    return result;
  }

  /** Soft delete: readers see a deleted post, moderators still see its text. Someone else's post deleted by a moderator is logged. */
  async delete(ctx: RequestContext, postId: string, reason: string | null = null): Promise<Post> {
    const { post, access } = await this.readablePost(ctx, postId);
    this.policy.requireAuthorOrModerator(ctx, access, post, 'delete');
    await this.communityPolicy.requireMayActOn(ctx, access.community, post.authorId);
    const communityId = access.community.id;
    return this.live.transaction(async (em, events) => {
      const result = await em
        .createQueryBuilder()
        .update(Post)
        .set({ deletedAt: () => 'now()', deletedById: requireViewer(ctx).id })
        .where('id = :id AND deleted_at IS NULL', { id: post.id })
        .execute();
      // A deleted post's uploads go with it (rows and bytes): a soft-deleted post shows no text, so nothing shows them.
      if (result.affected) await this.media.removeForPosts(em, [post.id]);
      if (result.affected && post.seq > 1 && post.state === PostState.VISIBLE) {
        await em.query(`UPDATE threads SET reply_count = reply_count - 1 WHERE id = $1`, [post.threadId]);
      }
      if (result.affected && post.authorId !== requireViewer(ctx).id) {
        await appendAudit(em, {
          actorId: requireViewer(ctx).id,
          action: ModAction.DELETE_POST,
          targetType: ModTarget.POST,
          targetId: post.id,
          communityId,
          reason,
        });
      }
      if (result.affected) {
        await events.emit(threadChannel(post.threadId), { type: 'POST_REMOVED', communityId, threadId: post.threadId, postId: post.id });
        await events.emit(communityChannel(communityId), { type: 'THREAD_UPDATED', communityId, threadId: post.threadId });
        // Deleting the opening post deletes the thread as far as other places showing it are concerned.
        if (post.seq === 1) {
          await events.announce({
            type: 'thread.taken_down',
            threadId: post.threadId,
            communityId,
            how: 'DELETED',
            byUserId: requireViewer(ctx).id,
          });
        }
      }
      return this.policy.reveal(ctx, access, [await em.findOneByOrFail(Post, { id: post.id })])[0];
    });
  }

  async readablePost(ctx: RequestContext, postId: string): Promise<{ post: Post; access: ThreadAccess }> {
    const post = await this.db.getRepository(Post).findOne({ where: { id: postId } });
    if (!post) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    const access = await this.policy.readable(ctx, await this.threads.loader(ctx).load(post.threadId));
    if (!this.policy.canList(ctx, access, post)) throw notFound('That post', { reason: 'POST_NOT_FOUND' });
    this.policy.reveal(ctx, access, [post]);
    return { post, access };
  }

  /**
   * What domains above this one show with every author on a thread page (the avatar, the verified expertise),
   * read in the page's statement: `sql` is an expression over `u` (the author), `prime` stores its value in
   * that domain's per-request loader, as a statement of its own would have.
   */
  private readonly authorColumns: AuthorColumn[] = [];

  addAuthorColumn(column: AuthorColumn): void {
    this.authorColumns.push(column);
  }

  /** A thread's posts in arrival order (post 1 first), keyed by their sequence number so the order is stable. */
  async page(ctx: RequestContext, thread: Thread, first?: number | null, after?: string | null): Promise<Page<Post>> {
    const access = await this.policy.readable(ctx, thread);
    const limit = pageSize(first);
    const cursor = POSTS_CURSOR.decode(after);
    // Plain SQL on the hottest read path: the query builder cost more per page than the query.
    const params: unknown[] = [thread.id, limit + 1];
    let where = 'thread_id = $1';
    if (!access.canModerate) {
      params.push(ctx.viewer?.id ?? null);
      where += ` AND (state <> 'PENDING' OR author_id = $${params.length})`;
    }
    if (cursor) {
      params.push(cursor[0]);
      where += ` AND seq > $${params.length}`;
    }
    // The authors, the reaction counts and (signed in) the viewer's own reactions come along in the same
    // statement (as JSON) and prime the request's loaders: a page is one statement, not four.
    let viewerColumn = '';
    if (ctx.viewer) {
      params.push(ctx.viewer.id);
      viewerColumn = `, ${viewerReactionsSql(`$${params.length}`)} AS viewer_reactions`;
    }
    const authorColumns = this.authorColumns.map((col, i) => `, (${col.sql}) AS author_column_${i}`).join('');
    const rows: (Record<string, unknown> & {
      author_row: Record<string, unknown>;
      reaction_counts: ReactionCount[];
      viewer_reactions?: ReactionKind[];
    })[] = await preparedQuery(
      this.db,
      `SELECT p.*, row_to_json(u) AS author_row, ${REACTION_COUNTS_SQL} AS reaction_counts${viewerColumn}${authorColumns}
      FROM posts p JOIN users u ON u.id = p.author_id
      WHERE ${where.replace(/\b(thread_id|state|author_id|seq)\b/g, 'p.$1')} ORDER BY p.seq LIMIT $2`,
      params,
    );
    const posts = hydrate<Post>(this.db.getMetadata(Post), rows);
    const users = this.accounts.loader(ctx);
    for (const author of hydrate<User>(
      this.db.getMetadata(User),
      rows.map((r) => r.author_row),
    ))
      users.prime(author.id, author);
    // Once per author: a loader keeps the first value it is given anyway.
    const authors = new Set<string>();
    for (const row of rows) {
      const authorId = row.author_id as string;
      if (authors.has(authorId)) continue;
      authors.add(authorId);
      this.authorColumns.forEach((col, i) => col.prime(ctx, authorId, row[`author_column_${i}`]));
    }
    const counts = reactionCountsLoader(ctx, this.db);
    for (const row of rows) counts.prime(row.id as string, row.reaction_counts);
    if (ctx.viewer) {
      const mine = viewerReactionsLoader(ctx, this.db);
      for (const row of rows) mine.prime(row.id as string, row.viewer_reactions ?? []);
    }
    return POSTS_CURSOR.page(this.policy.reveal(ctx, access, posts), limit, (p) => [p.seq]);
  }
}
