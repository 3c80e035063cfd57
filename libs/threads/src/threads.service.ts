import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import {
  Page,
  RequestContext,
  cursorCodec,
  cursorPart,
  pageSize,
  renderMarkdown,
  hydrate,
  inIdOrder,
  requireViewer,
  preparedQuery,
} from '@waardenet/core';
import { LiveEventsService, communityChannel } from '@waardenet/live/channels';
import { CommunitiesPolicy, CommunitiesService, Community, Membership } from '@waardenet/communities';
import { CONTENT_GATE, ContentGate, OPEN_GATE } from './content-gate';
import { MEDIA_EMBEDS, MediaEmbeds, NO_MEDIA } from './media-embeds';
import { CreateThreadInput } from './dto/thread.inputs';
import { Post, PostState } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { Thread } from './thread.entity';
import { ThreadsPolicy } from './threads.policy';

const THREADS_CURSOR = cursorCodec<[boolean, Date, string]>('threads', [cursorPart.bool, cursorPart.time, cursorPart.uuid]);

/** A value read with the thread for everyone (see ThreadsService.addColumn). */
export interface ThreadColumn {
  sql: string;
  prime(ctx: RequestContext, threadId: string, value: unknown): void;
}

@Injectable()
export class ThreadsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
    @Optional() @Inject(CONTENT_GATE) private readonly gate: ContentGate = OPEN_GATE,
    @Optional() @Inject(MEDIA_EMBEDS) private readonly media: MediaEmbeds = NO_MEDIA,
  ) {}

  /**
   * Creates the thread and its opening post (post 1) in one transaction. A post held for approval
   * holds its thread too: both are PENDING, and readers hear of the thread only once it is approved.
   * `alongside` writes the caller's own rows in the same transaction (the network domain's content provenance).
   */
  async create(
    ctx: RequestContext,
    input: CreateThreadInput,
    alongside?: (em: EntityManager, thread: Thread) => Promise<void>,
  ): Promise<Thread> {
    const community = await this.communities.byId(ctx, input.communityId);
    const access = await this.communityPolicy.requirePoster(ctx, community);
    const authorId = requireViewer(ctx).id;
    // Rendered before the transaction: a body over the markdown limits is refused before any work.
    const media = await this.media.prepare(input.body, { communityId: community.id, authorId });
    const bodyHtml = renderMarkdown(input.body, { media });
    return this.live.transaction(async (em, events) => {
      const verdict = await this.gate.check(ctx, em, { community, access, authorId, texts: [input.title, input.body], kind: 'create' });
      const state = verdict.pending ? PostState.PENDING : PostState.VISIBLE;
      const thread = await em.save(
        em.create(Thread, { communityId: community.id, authorId, title: input.title, kind: input.kind, postSeq: 1, replyCount: 0, state }),
      );
      const post = await em.save(
        em.create(Post, { threadId: thread.id, authorId, seq: 1, replyToId: null, body: input.body, bodyHtml, state }),
      );
      await em.insert(PostRevision, { postId: post.id, version: 1, body: input.body, editorId: authorId });
      await this.media.attach(em, post.id, media);
      if (!verdict.pending)
        await events.emit(communityChannel(community.id), { type: 'THREAD_ADDED', communityId: community.id, threadId: thread.id });
      await this.gate.flagged(em, verdict, { communityId: community.id, threadId: thread.id, postId: post.id });
      await events.announce({
        type: 'thread.created',
        threadId: thread.id,
        postId: post.id,
        communityId: community.id,
        authorId,
        pending: verdict.pending,
        itemIds: input.itemIds ?? [],
      });
      await alongside?.(em, thread);
      return thread;
    });
  }

  async byId(ctx: RequestContext, id: string): Promise<Thread> {
    return (await this.policy.readable(ctx, await this.loader(ctx).load(id))).thread;
  }

  /**
   * Facts about the signed-in viewer and a thread that domains above this one (following, in
   * notifications) add to the thread statement, so a signed-in thread page does not ask each in a
   * statement of its own: `sql` is a boolean expression over `t` (the thread) and `$2` (the viewer's id),
   * `prime` stores its value in that domain's per-request loader. Read in the request's own statement:
   * as fresh as asking separately.
   */
  private readonly viewerFacts: { sql: string; prime(ctx: RequestContext, threadId: string, value: boolean): void }[] = [];

  addViewerFact(fact: { sql: string; prime(ctx: RequestContext, threadId: string, value: boolean): void }): void {
    this.viewerFacts.push(fact);
  }

  /**
   * What domains above this one read per thread for everyone (a question's row, the library of its community),
   * added to the thread statement so a thread page does not ask each in a statement of its own: `sql` is an
   * expression over `t` (the thread) and `c` (its community), `prime` stores its value in that domain's
   * per-request loader. The value is what a statement of its own would have read: the loaders, not this, decide
   * who sees what.
   */
  private readonly columns: ThreadColumn[] = [];

  addColumn(column: ThreadColumn): void {
    this.columns.push(column);
  }

  /**
   * Threads by id, each with its community in the same statement (priming the request's community
   * loader): reading a thread always asks its community's rules next, and this saves that round trip.
   * For a signed-in viewer the statement also reads the viewer's membership of the thread's community
   * (priming CommunitiesPolicy's membership loader, which the rules ask next) and the viewer facts above.
   */
  loader(ctx: RequestContext): DataLoader<string, Thread | null> {
    return ctx.cached(
      `byId:${Thread.name}`,
      () =>
        new DataLoader<string, Thread | null>(async (ids) => {
          const viewerId = ctx.viewer?.id;
          const facts = viewerId ? this.viewerFacts : [];
          const columns = this.columns.map((col, i) => `, (${col.sql}) AS column_${i}`).join('');
          const rows: (Record<string, unknown> & {
            community_row: Record<string, unknown>;
            membership_row?: Record<string, unknown> | null;
          })[] = await preparedQuery(
            ctx.reader(this.db),
            viewerId
              ? `SELECT t.*, row_to_json(c) AS community_row,
                   (SELECT row_to_json(m) FROM memberships m WHERE m.community_id = t.community_id AND m.user_id = $2) AS membership_row
                   ${facts.map((f, i) => `, (${f.sql}) AS viewer_fact_${i}`).join('')}${columns}
                 FROM threads t JOIN communities c ON c.id = t.community_id WHERE t.id = ANY($1)`
              : `SELECT t.*, row_to_json(c) AS community_row${columns} FROM threads t JOIN communities c ON c.id = t.community_id WHERE t.id = ANY($1)`,
            viewerId ? [ids, viewerId] : [ids],
          );
          const threads = hydrate<Thread>(this.db.getMetadata(Thread), rows);
          const communities = this.communities.loader(ctx);
          for (const community of hydrate<Community>(
            this.db.getMetadata(Community),
            rows.map((r) => r.community_row),
          ))
            communities.prime(community.id, community);
          for (const r of rows) this.columns.forEach((col, i) => col.prime(ctx, r.id as string, r[`column_${i}`]));
          if (viewerId) {
            const memberships = this.communityPolicy.membershipLoader(ctx);
            const membershipMeta = this.db.getMetadata(Membership);
            for (const r of rows) {
              const communityId = r.community_id as string;
              memberships.prime(communityId, r.membership_row ? hydrate<Membership>(membershipMeta, [r.membership_row])[0] : null);
              facts.forEach((f, i) => f.prime(ctx, r.id as string, r[`viewer_fact_${i}`] === true));
            }
          }
          return inIdOrder(ids, threads);
        }),
    );
  }

  /** A community's threads, pinned first, then by last activity. */
  async listForCommunity(
    ctx: RequestContext,
    community: Community,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Thread> | null> {
    // In a list of communities, one the viewer may not read simply has no threads to show, not an error.
    const access = await this.communityPolicy.access(ctx, community);
    if (!access.canRead) return null;
    const limit = pageSize(first);
    const cursor = THREADS_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Thread)
      .createQueryBuilder('t')
      .where('t.community_id = :communityId', { communityId: community.id })
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1);
    // The rule of ThreadsPolicy.canSeeThread, in SQL: threads that are not VISIBLE are for moderators (and their author).
    if (!access.canModerate) {
      qb.andWhere(`(t.state = 'VISIBLE' OR (t.state IN ('PENDING', 'HIDDEN') AND t.author_id = :viewerId))`, {
        viewerId: ctx.viewer?.id ?? null,
      });
    }
    if (cursor) {
      qb.andWhere('(t.pinned, t.last_activity_at, t.id) < (:pinned, :at, :id)', { pinned: cursor[0], at: cursor[1], id: cursor[2] });
    }
    return THREADS_CURSOR.page(await qb.getMany(), limit, (t) => [t.pinned, t.lastActivityAt, t.id]);
  }
}
