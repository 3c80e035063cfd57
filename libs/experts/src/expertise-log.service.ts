import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, RequestContext, cursorCodec, cursorPart, hydrate, pageSize } from '@waardenet/core';
import { LibrariesService } from '@waardenet/libraries';
import { ExpertiseLogEntry } from './expertise-log-entry.entity';
import { ExpertsPolicy } from './experts.policy';

const EXPERTISE_LOG_CURSOR = cursorCodec<[string]>('expertiseLog', [cursorPart.bigint]);

export type ExpertiseLogLine = Pick<ExpertiseLogEntry, 'expertiseId' | 'userId' | 'libraryId' | 'actorId' | 'action' | 'topic'> &
  Partial<Pick<ExpertiseLogEntry, 'reason' | 'details'>>;

/** The append-only log of verifications and revocations, written in the transaction of the action it records. */
@Injectable()
export class ExpertiseLogService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ExpertsPolicy,
    private readonly libraries: LibrariesService,
  ) {}

  async append(em: EntityManager, line: ExpertiseLogLine): Promise<void> {
    await em.insert(ExpertiseLogEntry, { reason: null, details: null, ...line });
  }

  /** A library's log, newest first, for its staff and platform admins. */
  async forLibrary(ctx: RequestContext, libraryId: string, first?: number | null, after?: string | null): Promise<Page<ExpertiseLogEntry>> {
    await this.libraries.byId(ctx, libraryId);
    await this.policy.requireLibraryStaff(ctx, libraryId, 'read its expertise log');
    const limit = pageSize(first);
    const cursor = EXPERTISE_LOG_CURSOR.decode(after);
    const params: unknown[] = [libraryId, limit + 1];
    if (cursor) params.push(cursor[0]);
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT * FROM expertise_log WHERE library_id = $1 ${cursor ? 'AND id < $3' : ''} ORDER BY id DESC LIMIT $2`,
      params,
    );
    return EXPERTISE_LOG_CURSOR.page(hydrate<ExpertiseLogEntry>(this.db.getMetadata(ExpertiseLogEntry), rows), limit, (e) => [
      String(e.id),
    ]);
  }
}
