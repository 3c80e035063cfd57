import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ModAction, ModTarget, RequestContext, appendAudit, requireViewer } from '@waardenet/core';
import { CommunitiesService } from '@waardenet/communities';
import { Thread, ThreadKind, ThreadsService } from '@waardenet/threads';
import { ContentItem } from './content-item.entity';
import { ContentPublication } from './content-publication.entity';
import { ContentService } from './content.service';
import { PublishContentInput } from './dto/content.inputs';
import { fieldError } from './field-error';

export interface ContentUsageRow {
  libraryId: string;
  count: number;
}

/** Publishing content items as threads, and what that left behind: provenance and usage. */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
  ) {}

  /**
   * Creates the thread as any thread is created (the community's posting and moderation rules apply,
   * readers hear of it live) and records the publication and its audit line (PUBLISH_CONTENT_ITEM, on that
   * community) in the same transaction.
   */
  async publish(ctx: RequestContext, input: PublishContentInput): Promise<Thread> {
    const item = await this.content.byId(ctx, input.contentItemId);
    if (item.archived) throw fieldError('contentItemId', 'is archived and can no longer be published');
    const [{ today }]: { today: string }[] = await this.db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    if ((item.validFrom && today < item.validFrom) || (item.validUntil && today > item.validUntil)) {
      throw fieldError('contentItemId', `may be published only from ${item.validFrom ?? 'any day'} until ${item.validUntil ?? 'any day'}`);
    }
    const community = await this.communities.byId(ctx, input.communityId);
    return this.threads.create(
      ctx,
      { communityId: community.id, title: item.title, body: item.body, kind: ThreadKind.DISCUSSION },
      async (em, thread) => {
        await em.insert(ContentPublication, {
          contentItemId: item.id,
          threadId: thread.id,
          communityId: community.id,
          libraryId: community.libraryId,
          publishedById: requireViewer(ctx).id,
        });
        await appendAudit(em, {
          actorId: requireViewer(ctx).id,
          action: ModAction.PUBLISH_CONTENT_ITEM,
          targetType: ModTarget.CONTENT_ITEM,
          targetId: item.id,
          communityId: community.id,
          details: `"${item.title}" as thread ${thread.id}`,
        });
      },
    );
  }

  /** The publication a thread came from (null for ordinary threads), batched per request. */
  sourceLoader(ctx: RequestContext): DataLoader<string, ContentPublication | null> {
    return ctx.cached(
      'network.contentSource',
      () =>
        new DataLoader<string, ContentPublication | null>(async (ids) => {
          const rows = await this.db.getRepository(ContentPublication).findBy({ threadId: In([...ids]) });
          return ids.map((id) => rows.find((r) => r.threadId === id) ?? null);
        }),
    );
  }

  /** Where each item was used: per library, most uses first, batched per request. */
  usageLoader(ctx: RequestContext): DataLoader<string, ContentUsageRow[]> {
    return ctx.cached(
      'network.contentUsage',
      () =>
        new DataLoader<string, ContentUsageRow[]>(async (ids) => {
          const rows: { content_item_id: string; library_id: string; n: number }[] = await this.db.query(
            `SELECT content_item_id, library_id, count(*)::int AS n FROM content_publications
          WHERE content_item_id = ANY($1) GROUP BY content_item_id, library_id ORDER BY n DESC, library_id`,
            [ids],
          );
          return ids.map((id) => rows.filter((r) => r.content_item_id === id).map((r) => ({ libraryId: r.library_id, count: r.n })));
        }),
    );
  }

  /** The item behind a publication, whatever the viewer may browse (provenance is shown to every reader of the thread). */
  item(ctx: RequestContext, publication: ContentPublication): Promise<ContentItem | null> {
    return this.content.loader(ctx).load(publication.contentItemId);
  }
}
