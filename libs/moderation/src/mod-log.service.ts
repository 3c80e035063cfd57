import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditLine,
  PUBLIC_DETAIL_ACTIONS,
  Page,
  RequestContext,
  appendAudit,
  cursorCodec,
  cursorPart,
  forbidden,
  hydrate,
  pageSize,
  unauthenticated,
} from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Visibility } from '@waardenet/communities';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { ModerationLogEntry, PublicModerationLogEntry } from './moderation-log-entry.entity';

const MOD_LOG_CURSOR = cursorCodec<[string]>('moderationLog', [cursorPart.bigint]);

export type LogLine = AuditLine;

/** The public log shows `details` only for these actions (PUBLIC_DETAIL_ACTIONS in libs/core, which the data export uses too). */
const PUBLIC_DETAILS = PUBLIC_DETAIL_ACTIONS;

/**
 * The append-only moderation log. Lines are written with the action, in its transaction (the
 * EntityManager the action runs on), so an action and its line commit or roll back together.
 */
@Injectable()
export class ModLogService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {}

  append(em: EntityManager, line: LogLine): Promise<void> {
    return appendAudit(em, line);
  }

  /** A community's log for its moderators; without a community, the whole platform's for platform admins. Newest first. */
  async forModerators(
    ctx: RequestContext,
    communityId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<ModerationLogEntry>> {
    if (!ctx.viewer) throw unauthenticated();
    if (communityId) {
      await this.policy.requireModerator(ctx, await this.communities.byId(ctx, communityId));
    } else if (!ctx.viewer.isPlatformAdmin) {
      throw forbidden('Only platform admins may read the whole moderation log; name a community.', { reason: 'ADMINS_ONLY' });
    }
    return this.page(communityId ? { column: 'community_id', id: communityId } : null, first, after);
  }

  /** A library's own audit lines (staff changes, house style, catalogue imports), newest first: for its admins and platform admins. */
  async forLibrary(
    ctx: RequestContext,
    libraryId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<ModerationLogEntry>> {
    const library = await this.libraries.byId(ctx, libraryId);
    await this.libraryPolicy.requireLibraryAdmin(ctx, library.id);
    return this.page({ column: 'library_id', id: library.id }, first, after);
  }

  /**
   * The public log: only of a PUBLIC community that turned it on, to whoever may read it, without
   * moderators' names, and with details only where they name nothing private (PUBLIC_DETAILS).
   */
  async forPublic(
    ctx: RequestContext,
    communityId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<PublicModerationLogEntry>> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireReadable(ctx, community);
    if (community.visibility !== Visibility.PUBLIC) {
      throw new AppError('FORBIDDEN', 'Only a public community has a public moderation log; its moderators read theirs with modLog.', {
        reason: 'COMMUNITY_NOT_PUBLIC',
      });
    }
    if (!community.publicModLog) throw forbidden("This community's moderation log is not public.", { reason: 'MOD_LOG_PRIVATE' });
    const page = await this.page({ column: 'community_id', id: community.id }, first, after);
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: publicLine(node) })) };
  }

  private async page(
    scope: { column: 'community_id' | 'library_id'; id: string } | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<ModerationLogEntry>> {
    const limit = pageSize(first);
    const cursor = MOD_LOG_CURSOR.decode(after);
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (scope) {
      params.push(scope.id);
      where.push(`${scope.column} = $${params.length}`);
    }
    if (cursor) {
      params.push(cursor[0]);
      where.push(`id < $${params.length}`);
    }
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT * FROM moderation_actions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $1`,
      params,
    );
    return MOD_LOG_CURSOR.page(hydrate<ModerationLogEntry>(this.db.getMetadata(ModerationLogEntry), rows), limit, (e) => [String(e.id)]);
  }
}

function publicLine(e: ModerationLogEntry): PublicModerationLogEntry {
  const { id, action, targetType, targetId, reason, details, expiresAt, createdAt } = e;
  return { id, action, targetType, targetId, reason, details: PUBLIC_DETAILS.has(action) ? details : null, expiresAt, createdAt };
}
