import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, RequestContext, bindNamed, hydrate, isUuid } from '@waardenet/core';
import { AccountsService } from '@waardenet/accounts';
import { CollectionItem, ItemThreadsService, ItemsService } from '@waardenet/catalogue';
import { CommunitiesPolicy, CommunitiesService, Community, Visibility } from '@waardenet/communities';
import { LibrariesService, Library } from '@waardenet/libraries';
import { Post, PostState, PostsService, Thread, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { EventsService, LibraryEvent } from '@waardenet/events';

/** A post as a visitor sees it: only VISIBLE, undeleted posts whose text the policy reveals. */
export interface ShownPost {
  id: string;
  seq: number;
  authorName: string;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
}

export interface ThreadView {
  thread: Thread;
  community: Community;
  library: Library | null;
  posts: ShownPost[];
  items: CollectionItem[];
}

export interface CommunityView {
  community: Community;
  library: Library | null;
  /** Null where a visitor may see the community but not read it (RESTRICTED). */
  threads: Thread[] | null;
  /** Its coming events a visitor may see (none where the threads are not theirs to read). */
  events: LibraryEvent[];
}

export interface EventView {
  event: LibraryEvent;
  community: Community;
  library: Library | null;
}

const FIRST_PAGE = 50;

/** A refusal the domain gives (NOT_FOUND, FORBIDDEN) is a 404 here; anything else is a real failure. */
async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

/**
 * What the public pages, feeds and oEmbed show, read through the domain services and policies as an
 * ANONYMOUS visitor (a RequestContext with no viewer, whoever asks: no cookie or token is read), so the
 * same rules as the GraphQL resolvers decide, and the answers may be cached for everyone.
 */
export class ReachReader {
  private readonly threads: ThreadsService;
  readonly threadsPolicy: ThreadsPolicy;
  private readonly posts: PostsService;
  private readonly communities: CommunitiesService;
  private readonly libraries: LibrariesService;
  private readonly items: ItemsService;
  private readonly itemThreads: ItemThreadsService;
  private readonly accounts: AccountsService;
  private readonly events: EventsService;
  readonly communityPolicy: CommunitiesPolicy;
  readonly db: DataSource;

  constructor(app: INestApplication) {
    const get = <T>(type: new (...args: never[]) => T): T => app.get(type, { strict: false });
    this.threads = get(ThreadsService);
    this.threadsPolicy = get(ThreadsPolicy);
    this.posts = get(PostsService);
    this.communities = get(CommunitiesService);
    this.libraries = get(LibrariesService);
    this.items = get(ItemsService);
    this.itemThreads = get(ItemThreadsService);
    this.accounts = get(AccountsService);
    this.events = get(EventsService);
    this.communityPolicy = get(CommunitiesPolicy);
    this.db = get(DataSource);
  }

  /** A thread a visitor may read with its first page of posts, or null (missing, private, restricted, not visible). */
  async thread(id: string): Promise<ThreadView | null> {
    if (!isUuid(id)) return null;
    const ctx = new RequestContext();
    const access = await this.threadsPolicy.readableOrNull(ctx, await this.threads.loader(ctx).load(id));
    if (!access || access.thread.state !== PostState.VISIBLE) return null;
    const page = await this.posts.page(ctx, access.thread, FIRST_PAGE);
    const items = await this.items.threadItemsLoader(ctx).load(access.thread.id);
    const library = await this.libraries.loader(ctx).load(access.community.libraryId);
    return {
      thread: access.thread,
      community: access.community,
      library,
      posts: await this.shown(
        ctx,
        page.edges.map((e) => e.node),
      ),
      items,
    };
  }

  async community(slug: string): Promise<CommunityView | null> {
    const ctx = new RequestContext();
    const community = await orNull(this.communities.bySlug(ctx, slug));
    if (!community) return null;
    const page = await this.threads.listForCommunity(ctx, community, FIRST_PAGE);
    const library = await this.libraries.loader(ctx).load(community.libraryId);
    const events = await this.events.forCommunity(ctx, community);
    return {
      community,
      library,
      threads: page ? page.edges.map((e) => e.node).filter((t) => t.state === PostState.VISIBLE) : null,
      events,
    };
  }

  /** A library with the communities a visitor may see (PUBLIC and RESTRICTED), and the coming events of those it may read. */
  async library(slug: string): Promise<{ library: Library; communities: Community[]; events: LibraryEvent[] } | null> {
    const library = await orNull(this.libraries.bySlug(slug));
    if (!library) return null;
    const ctx = new RequestContext();
    const page = await this.communities.list(ctx, { libraryId: library.id, first: FIRST_PAGE });
    return { library, communities: page.edges.map((e) => e.node), events: await this.events.forLibrary(ctx, library.id) };
  }

  /** An event a visitor may see (its community's threads are public), or null. */
  async event(id: string): Promise<EventView | null> {
    if (!isUuid(id)) return null;
    const ctx = new RequestContext();
    const access = await this.events.accessOrNull(ctx, await this.events.loader(ctx).load(id));
    if (!access) return null;
    return { event: access.event, community: access.community, library: await this.libraries.loader(ctx).load(access.community.libraryId) };
  }

  /** The communities of events, by id (for calendar entries). */
  async communityNames(events: LibraryEvent[]): Promise<Map<string, string>> {
    const ctx = new RequestContext();
    const communities = await this.communities.loader(ctx).loadMany([...new Set(events.map((e) => e.communityId))]);
    return new Map(communities.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c.name] as [string, string]] : [])));
  }

  /** An item (the catalogue is public) with the threads about it a visitor may read. */
  async item(id: string): Promise<{ item: CollectionItem; threads: Thread[] } | null> {
    if (!isUuid(id)) return null;
    const ctx = new RequestContext();
    const item = await orNull(this.items.find(ctx, id));
    if (!item) return null;
    const page = await this.itemThreads.threads(ctx, item.id, FIRST_PAGE);
    return { item, threads: page.edges.map((e) => e.node) };
  }

  /** The latest threads a visitor may read in a library's communities (its feed), by the same rule as search. */
  async libraryThreads(libraryId: string, limit = FIRST_PAGE): Promise<Thread[]> {
    const rule = this.threadsPolicy.readableThreadSql(new RequestContext(), 't', 'c');
    const params: unknown[] = [libraryId];
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT t.* FROM threads t JOIN communities c ON c.id = t.community_id
        WHERE c.library_id = $1 AND ${bindNamed(rule.sql, rule.params, params)} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ${limit}`,
      params,
    );
    return hydrate<Thread>(this.db.getMetadata(Thread), rows);
  }

  /** The library's own record id of an item it holds (null without one); undefined when it does not hold the item. */
  async recordId(libraryId: string, itemId: string): Promise<string | null | undefined> {
    const [row]: { record_id: string | null }[] = await this.db.query(
      `SELECT record_id FROM holdings WHERE library_id = $1 AND item_id = $2`,
      [libraryId, itemId],
    );
    return row ? row.record_id : undefined;
  }

  /** Whether a community's content is public: the feeds and the sitemap list nothing else. */
  isPublic(community: Community): boolean {
    return community.visibility === Visibility.PUBLIC;
  }

  private async shown(ctx: RequestContext, posts: Post[]): Promise<ShownPost[]> {
    const visible = posts.filter((p) => p.textVisible && p.state === PostState.VISIBLE && !p.deletedAt);
    const authors = await this.accounts.loader(ctx).loadMany(visible.map((p) => p.authorId));
    return visible.map((p, i) => {
      const author = authors[i];
      const name = author && !(author instanceof Error) && !author.deletedAt ? author.displayName : 'Former member';
      return { id: p.id, seq: p.seq, authorName: name, bodyHtml: p.bodyHtml, createdAt: p.createdAt, editedAt: p.editedAt };
    });
  }
}
