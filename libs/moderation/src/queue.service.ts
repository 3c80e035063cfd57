import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, hydrate, pageSize, present } from '@waardenet/core';
import { Post, ThreadsPolicy } from '@waardenet/threads';
import { ModerationAccess } from './moderation-access';

/** created_at as PostgreSQL prints it: microseconds, which a JavaScript Date would round away. */
const QUEUE_CURSOR = cursorCodec<[string, string]>('moderationQueue', [cursorPart.pgTime, cursorPart.uuid]);

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
    const cursor = QUEUE_CURSOR.decode(after);
    const params: unknown[] = [community.id, limit + 1];
    let keyset = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      keyset = 'AND (p.created_at, p.id) > ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.db.query<(Record<string, unknown> & { id: string; created_at_key: string })[]>(
      `SELECT p.*, p.created_at::text AS created_at_key FROM posts p JOIN threads t ON t.id = p.thread_id
        WHERE p.state = 'PENDING' AND p.deleted_at IS NULL AND t.community_id = $1 ${keyset}
        ORDER BY p.created_at, p.id LIMIT $2`,
      params,
    );
    const keys = new Map<string, string>(rows.map((r) => [r.id, r.created_at_key]));
    const posts = this.threadsPolicy.reveal(ctx, access, hydrate<Post>(this.db.getMetadata(Post), rows));
    return QUEUE_CURSOR.page(posts, limit, (p) => [present(keys.get(p.id), "the post's created_at key"), p.id]);
  }
}
