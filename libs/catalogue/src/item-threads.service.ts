import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, hydrate, pageSize } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Thread } from '@waardenet/threads';
import { CataloguePolicy } from './catalogue.policy';

const ITEM_THREADS_CURSOR = cursorCodec<[Date, string]>('itemThreads', [cursorPart.time, cursorPart.uuid]);
const MAX_EXPERTS = 50;

/** The item page: what has been said about an item, across communities, as far as the viewer may read it. */
@Injectable()
export class ItemThreadsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CataloguePolicy,
  ) {}

  /** Threads linked to the item that the viewer may read, most recently active first. */
  async threads(ctx: RequestContext, itemId: string, first?: number | null, after?: string | null): Promise<Page<Thread>> {
    const limit = pageSize(first);
    const cursor = ITEM_THREADS_CURSOR.decode(after);
    const params: unknown[] = [itemId];
    const where = [`ti.item_id = $1`, this.policy.readableThreadSql(ctx, params)];
    if (cursor) {
      const [at, id] = cursor;
      where.push(`(t.last_activity_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT t.* FROM thread_items ti JOIN threads t ON t.id = ti.thread_id JOIN communities c ON c.id = t.community_id
        WHERE ${where.join(' AND ')} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ${limit + 1}`,
      params,
    );
    return ITEM_THREADS_CURSOR.page(hydrate<Thread>(this.db.getMetadata(Thread), rows), limit, (t) => [new Date(t.lastActivityAt), t.id]);
  }

  /**
   * The experts who took part: authors of visible posts in those readable threads who are EXPERT
   * members of the thread's community, most posts first.
   */
  async experts(ctx: RequestContext, itemId: string): Promise<User[]> {
    const params: unknown[] = [itemId];
    const readable = this.policy.readableThreadSql(ctx, params);
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT u.* FROM users u JOIN (
         SELECT p.author_id, count(*) AS posts FROM thread_items ti
           JOIN threads t ON t.id = ti.thread_id JOIN communities c ON c.id = t.community_id
           JOIN posts p ON p.thread_id = t.id AND p.state = 'VISIBLE' AND p.deleted_at IS NULL
           JOIN memberships m ON m.community_id = c.id AND m.user_id = p.author_id AND m.role = 'EXPERT' AND m.state = 'ACTIVE'
          WHERE ti.item_id = $1 AND ${readable}
          GROUP BY p.author_id) e ON e.author_id = u.id
        ORDER BY e.posts DESC, u.id LIMIT ${MAX_EXPERTS}`,
      params,
    );
    return hydrate<User>(this.db.getMetadata(User), rows);
  }
}
