import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, hydrate, pageSize, present } from '@waardenet/core';
import { LibrariesService } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { ExpertsPolicy } from './experts.policy';

const UNANSWERED_CURSOR = cursorCodec<[Date, string]>('unansweredQuestions', [cursorPart.time, cursorPart.uuid]);

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
    const cursor = UNANSWERED_CURSOR.decode(after);
    const params: unknown[] = [libraryId, limit + 1];
    let keyset = '';
    if (cursor) {
      params.push(...cursor);
      keyset = 'AND (q.asked_at, q.thread_id) > ($3, $4)';
    }
    const rows = await this.db.query<(Record<string, unknown> & { id: string; q_asked_at: Date })[]>(
      `SELECT t.*, q.asked_at AS q_asked_at FROM questions q
         JOIN threads t ON t.id = q.thread_id
         JOIN communities c ON c.id = t.community_id
        WHERE q.first_reply_at IS NULL AND c.library_id = $1 AND t.state = 'VISIBLE' AND t.kind = 'QUESTION' ${keyset}
        ORDER BY q.asked_at, q.thread_id LIMIT $2`,
      params,
    );
    const threads = hydrate<Thread>(this.db.getMetadata(Thread), rows);
    const askedAt = new Map(rows.map((r) => [r.id, new Date(r.q_asked_at)]));
    return UNANSWERED_CURSOR.page(threads, limit, (t) => [present(askedAt.get(t.id), 'the time the question was asked'), t.id]);
  }
}
