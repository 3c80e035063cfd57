import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, badInput, decodeCursor, hydrate, pageSize, toPage } from '@waardenet/core';
import { Post, ThreadsPolicy } from '@waardenet/threads';
import { ModerationAccess } from './moderation-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** created_at as PostgreSQL prints it: microseconds, which a JavaScript Date would round away. */
const PG_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The approval queue: a community's PENDING posts (opening posts of pending threads among them), oldest first. */
@Injectable()
export class QueueService {
  constructor(
    private readonly db: DataSource,
    private readonly mods: ModerationAccess,
    private readonly threadsPolicy: ThreadsPolicy,
  ) {}

  async pending(ctx: RequestContext, communityId: string, first?: number | null, after?: string | null): Promise<Page<Post>> {
    const { community, access } = await this.mods.community(ctx, communityId);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [community.id, limit + 1];
    let keyset = '';
    if (cursor) {
      if (typeof cursor[0] !== 'string' || !PG_TIME.test(cursor[0]) || typeof cursor[1] !== 'string' || !UUID.test(cursor[1])) {
        throw badInput('The cursor is not valid; use a cursor the server gave you.');
      }
      params.push(cursor[0], cursor[1]);
      keyset = 'AND (p.created_at, p.id) > ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.db.query(
      `SELECT p.*, p.created_at::text AS created_at_key FROM posts p JOIN threads t ON t.id = p.thread_id
        WHERE p.state = 'PENDING' AND p.deleted_at IS NULL AND t.community_id = $1 ${keyset}
        ORDER BY p.created_at, p.id LIMIT $2`,
      params,
    );
    const keys = new Map<string, string>(rows.map((r: { id: string; created_at_key: string }) => [r.id, r.created_at_key]));
    const posts = this.threadsPolicy.reveal(ctx, access, hydrate<Post>(this.db.getMetadata(Post), rows));
    return toPage(posts, limit, (p) => [keys.get(p.id)!, p.id]);
  }
}
