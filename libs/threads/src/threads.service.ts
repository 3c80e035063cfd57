import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LiveEventsService, Page, RequestContext, badInput, communityChannel, decodeCursor, pageSize, renderMarkdown, toPage, entityLoader } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { CreateThreadInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { Thread } from './thread.entity';
import { ThreadsPolicy } from './threads.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instant exactly as Date.toISOString writes it (the form thread cursors carry). */
function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}

@Injectable()
export class ThreadsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
  ) {}

  /** Creates the thread and its opening post (post 1) in one transaction. */
  async create(ctx: RequestContext, input: CreateThreadInput): Promise<Thread> {
    const community = await this.communities.byId(ctx, input.communityId);
    await this.communityPolicy.requirePoster(ctx, community);
    const authorId = ctx.viewer!.id;
    return this.live.transaction(async (em, events) => {
      const thread = await em.save(
        em.create(Thread, { communityId: community.id, authorId, title: input.title, kind: input.kind, postSeq: 1, replyCount: 0 }),
      );
      const post = await em.save(
        em.create(Post, { threadId: thread.id, authorId, seq: 1, replyToId: null, body: input.body, bodyHtml: renderMarkdown(input.body) }),
      );
      await em.insert(PostRevision, { postId: post.id, version: 1, body: input.body, editorId: authorId });
      await events.emit(communityChannel(community.id), { type: 'THREAD_ADDED', communityId: community.id, threadId: thread.id });
      return thread;
    });
  }

  async byId(ctx: RequestContext, id: string): Promise<Thread> {
    return (await this.policy.readable(ctx, await this.loader(ctx).load(id))).thread;
  }

  loader(ctx: RequestContext): DataLoader<string, Thread | null> {
    return entityLoader(ctx, this.db, Thread);
  }

  /** A community's threads, pinned first, then by last activity. */
  async listForCommunity(ctx: RequestContext, community: Community, first?: number | null, after?: string | null): Promise<Page<Thread> | null> {
    // In a list of communities, one the viewer may not read simply has no threads to show, not an error.
    if (!(await this.communityPolicy.access(ctx, community)).canRead) return null;
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 3);
    const qb = this.db
      .getRepository(Thread)
      .createQueryBuilder('t')
      .where('t.community_id = :communityId', { communityId: community.id })
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1);
    if (cursor) {
      const [pinned, at, id] = cursor;
      // Checked here, so a forged cursor is BAD_USER_INPUT rather than a failing SQL cast.
      if (typeof pinned !== 'boolean' || !isIsoInstant(at) || typeof id !== 'string' || !UUID.test(id)) {
        throw badInput('The cursor is not valid; use a cursor the server gave you.');
      }
      qb.andWhere('(t.pinned, t.last_activity_at, t.id) < (:pinned, :at, :id)', { pinned: cursor[0], at: cursor[1], id: cursor[2] });
    }
    return toPage(await qb.getMany(), limit, (t) => [t.pinned, t.lastActivityAt.toISOString(), t.id]);
  }
}
