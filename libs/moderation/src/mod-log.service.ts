import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, RequestContext, badInput, decodeCursor, forbidden, hydrate, pageSize, toPage, unauthenticated } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { ModAction, ModTarget, ModerationLogEntry, PublicModerationLogEntry } from './moderation-log-entry.entity';

export interface LogLine {
  actorId: string | null;
  action: ModAction;
  targetType: ModTarget;
  targetId: string;
  communityId: string | null;
  reason?: string | null;
  details?: string | null;
  expiresAt?: Date | null;
}

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
  ) {}

  async append(em: EntityManager, line: LogLine): Promise<void> {
    await em.insert(ModerationLogEntry, { reason: null, details: null, expiresAt: null, ...line });
  }

  /** A community's log for its moderators; without a community, the whole platform's for platform admins. Newest first. */
  async forModerators(ctx: RequestContext, communityId: string | null | undefined, first?: number | null, after?: string | null): Promise<Page<ModerationLogEntry>> {
    if (!ctx.viewer) throw unauthenticated();
    if (communityId) {
      await this.policy.requireModerator(ctx, await this.communities.byId(ctx, communityId));
    } else if (!ctx.viewer.isPlatformAdmin) {
      throw forbidden('Only platform admins may read the whole moderation log; name a community.');
    }
    return this.page(communityId ?? null, first, after);
  }

  /** The public log: only when the community turned it on, to whoever may read it, without moderators' names. */
  async forPublic(ctx: RequestContext, communityId: string, first?: number | null, after?: string | null): Promise<Page<PublicModerationLogEntry>> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireReadable(ctx, community);
    if (!community.publicModLog) throw forbidden("This community's moderation log is not public.");
    const page = await this.page(community.id, first, after);
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: publicLine(node) })) };
  }

  private async page(communityId: string | null, first?: number | null, after?: string | null): Promise<Page<ModerationLogEntry>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 1);
    if (cursor && (typeof cursor[0] !== 'string' || !/^\d{1,18}$/.test(cursor[0]))) throw badInput('The cursor is not valid; use a cursor the server gave you.');
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (communityId) {
      params.push(communityId);
      where.push(`community_id = $${params.length}`);
    }
    if (cursor) {
      params.push(cursor[0]);
      where.push(`id < $${params.length}`);
    }
    const rows = await this.db.query(
      `SELECT * FROM moderation_actions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $1`,
      params,
    );
    return toPage(hydrate<ModerationLogEntry>(this.db.getMetadata(ModerationLogEntry), rows), limit, (e) => [String(e.id)]);
  }
}

function publicLine(e: ModerationLogEntry): PublicModerationLogEntry {
  const { id, action, targetType, targetId, reason, details, expiresAt, createdAt } = e;
  return { id, action, targetType, targetId, reason, details, expiresAt, createdAt };
}
