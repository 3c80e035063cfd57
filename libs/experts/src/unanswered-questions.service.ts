import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, badInput, decodeCursor, hydrate, pageSize, toPage } from '@waardenet/core';
import { LibrariesService } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { ExpertsPolicy } from './experts.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The community managers' work list: visible questions in a library's communities that nobody but the asker has answered. */
@Injectable()
export class UnansweredQuestionsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ExpertsPolicy,
    private readonly libraries: LibrariesService,
  ) {}

  /** Oldest first: the question that has waited longest comes first. */
  async forLibrary(ctx: RequestContext, libraryId: string, first?: number | null, after?: string | null): Promise<Page<Thread>> {
    await this.libraries.byId(ctx, libraryId);
    await this.policy.requireLibraryStaff(ctx, libraryId, 'see its unanswered questions');
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [libraryId, limit + 1];
    let keyset = '';
    if (cursor) {
      const [at, id] = cursor;
      if (typeof at !== 'string' || !ISO.test(at) || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
        throw badInput('The cursor is not valid; use a cursor the server gave you.');
      }
      params.push(at, id);
      keyset = 'AND (q.asked_at, q.thread_id) > ($3, $4)';
    }
    const rows: (Record<string, unknown> & { q_asked_at: Date })[] = await this.db.query(
      `SELECT t.*, q.asked_at AS q_asked_at FROM questions q
         JOIN threads t ON t.id = q.thread_id
         JOIN communities c ON c.id = t.community_id
        WHERE q.first_reply_at IS NULL AND c.library_id = $1 AND t.state = 'VISIBLE' AND t.kind = 'QUESTION' ${keyset}
        ORDER BY q.asked_at, q.thread_id LIMIT $2`,
      params,
    );
    const threads = hydrate<Thread>(this.db.getMetadata(Thread), rows);
    const askedAt = new Map(rows.map((r) => [r.id as string, new Date(r.q_asked_at)]));
    return toPage(threads, limit, (t) => [askedAt.get(t.id)!.toISOString(), t.id]);
  }
}
