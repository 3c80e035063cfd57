import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ModAction,
  ModTarget,
  Page,
  RequestContext,
  appendAudit,
  cursorCodec,
  cursorPart,
  notFound,
  pageSize,
  renderMarkdown,
  requireViewer,
} from '@waardenet/core';
import { LibrariesService } from '@waardenet/libraries';
import { ContentItem } from './content-item.entity';
import { ContentFilter, CreateContentItemInput, UpdateContentItemInput } from './dto/content.inputs';
import { fieldError, isRealDay } from './field-error';
import { NetworkPolicy } from './network.policy';

const CONTENT_CURSOR = cursorCodec<[Date, string]>('contentItems', [cursorPart.time, cursorPart.uuid]);

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The content database: reusable items kept by libraries' staff. */
@Injectable()
export class ContentService {
  constructor(
    private readonly db: DataSource,
    private readonly libraries: LibrariesService,
    private readonly policy: NetworkPolicy,
  ) {}

  async create(ctx: RequestContext, input: CreateContentItemInput): Promise<ContentItem> {
    await this.libraries.byId(ctx, input.libraryId);
    await this.policy.requireItemKeeper(ctx, { ownerLibraryId: input.libraryId });
    checkDays(input.validFrom ?? null, input.validUntil ?? null);
    const actorId = requireViewer(ctx).id;
    return this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(ContentItem, {
          title: input.title,
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
          tags: input.tags ?? [],
          campaign: input.campaign ?? null,
          licence: input.licence ?? null,
          validFrom: input.validFrom ?? null,
          validUntil: input.validUntil ?? null,
          ownerLibraryId: input.libraryId,
          sharedNationally: input.sharedNationally ?? false,
          createdById: actorId,
          archived: false,
        }),
      );
      await audit(
        em,
        actorId,
        ModAction.CREATE_CONTENT_ITEM,
        saved,
        `"${saved.title}"${saved.sharedNationally ? ', shared nationally' : ''}`,
      );
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdateContentItemInput): Promise<ContentItem> {
    const item = await this.byId(ctx, input.id);
    await this.policy.requireItemKeeper(ctx, item);
    const changes: Partial<ContentItem> = {};
    if (input.title) changes.title = input.title;
    if (input.body) Object.assign(changes, { body: input.body, bodyHtml: renderMarkdown(input.body) });
    if (input.tags !== undefined) changes.tags = input.tags ?? [];
    for (const key of ['campaign', 'licence', 'validFrom', 'validUntil'] as const)
      if (input[key] !== undefined) changes[key] = input[key] ?? null;
    if (input.sharedNationally !== undefined && input.sharedNationally !== null) changes.sharedNationally = input.sharedNationally;
    checkDays(
      changes.validFrom !== undefined ? changes.validFrom : item.validFrom,
      changes.validUntil !== undefined ? changes.validUntil : item.validUntil,
    );
    if (!Object.keys(changes).length) return item;
    const actorId = requireViewer(ctx).id;
    return this.db.transaction(async (em) => {
      await em.update(ContentItem, { id: item.id }, changes);
      const updated = await em.findOneByOrFail(ContentItem, { id: item.id });
      const fields = Object.keys(changes).filter((k) => k !== 'bodyHtml');
      await audit(em, actorId, ModAction.UPDATE_CONTENT_ITEM, updated, `"${updated.title}": ${fields.sort().join(', ')}`);
      return updated;
    });
  }

  /** Archived items stay for their provenance and usage, but are no longer listed or published. */
  async archive(ctx: RequestContext, id: string): Promise<ContentItem> {
    const item = await this.byId(ctx, id);
    await this.policy.requireItemKeeper(ctx, item);
    const actorId = requireViewer(ctx).id;
    return this.db.transaction(async (em) => {
      // Archiving an archived item changes nothing and writes no audit line.
      const [rows]: [{ id: string }[], number] = await em.query(
        `UPDATE content_items SET archived = true WHERE id = $1 AND NOT archived RETURNING id`,
        [item.id],
      );
      const archived = await em.findOneByOrFail(ContentItem, { id: item.id });
      if (rows.length) await audit(em, actorId, ModAction.ARCHIVE_CONTENT_ITEM, archived, `"${archived.title}"`);
      return archived;
    });
  }

  /** An item the viewer may browse; others' unshared items are NOT_FOUND, and non-staff are FORBIDDEN. */
  async byId(ctx: RequestContext, id: string): Promise<ContentItem> {
    await this.policy.requireContentBrowser(ctx);
    const item = await this.loader(ctx).load(id);
    if (!item || !(await this.policy.canBrowseItem(ctx, item))) throw notFound('That content item', { reason: 'CONTENT_ITEM_NOT_FOUND' });
    return item;
  }

  loader(ctx: RequestContext): DataLoader<string, ContentItem | null> {
    return ctx.cached(
      'network.contentItem',
      () =>
        new DataLoader<string, ContentItem | null>(async (ids) => {
          const rows = await this.db.getRepository(ContentItem).findBy({ id: In([...ids]) });
          return ids.map((id) => rows.find((r) => r.id === id) ?? null);
        }),
    );
  }

  /** Browse and search, newest first. */
  async list(ctx: RequestContext, filter: ContentFilter, first?: number | null, after?: string | null): Promise<Page<ContentItem>> {
    await this.policy.requireContentBrowser(ctx);
    if (filter.validOn && !isRealDay(filter.validOn)) throw fieldError('filter.validOn', 'is not a real day');
    const limit = pageSize(first);
    const cursor = CONTENT_CURSOR.decode(after);
    const browsable = this.policy.browsableSql(ctx, 'ci');
    const qb = this.db
      .getRepository(ContentItem)
      .createQueryBuilder('ci')
      .where(browsable.sql, browsable.params)
      .orderBy('ci.created_at', 'DESC')
      .addOrderBy('ci.id', 'DESC')
      .limit(limit + 1);
    if (!filter.includeArchived) qb.andWhere('NOT ci.archived');
    else if (!requireViewer(ctx).isPlatformAdmin) {
      qb.andWhere(
        '(NOT ci.archived OR EXISTS (SELECT 1 FROM library_staff ks WHERE ks.library_id = ci.owner_library_id AND ks.user_id = :keeperId))',
        { keeperId: requireViewer(ctx).id },
      );
    }
    if (filter.query) {
      qb.andWhere(`(ci.title ILIKE :q OR ci.body ILIKE :q OR EXISTS (SELECT 1 FROM unnest(ci.tags) tag WHERE tag ILIKE :q))`, {
        q: `%${likeEscape(filter.query)}%`,
      });
    }
    if (filter.tag) qb.andWhere(':tag = ANY(ci.tags)', { tag: filter.tag });
    if (filter.campaign) qb.andWhere('lower(ci.campaign) = lower(:campaign)', { campaign: filter.campaign });
    if (filter.libraryId) qb.andWhere('ci.owner_library_id = :libraryId', { libraryId: filter.libraryId });
    if (filter.validOn) {
      qb.andWhere('(ci.valid_from IS NULL OR ci.valid_from <= :day) AND (ci.valid_until IS NULL OR ci.valid_until >= :day)', {
        day: filter.validOn,
      });
    }
    if (cursor) qb.andWhere('(ci.created_at, ci.id) < (:at::timestamptz, :cid::uuid)', { at: cursor[0], cid: cursor[1] });
    return CONTENT_CURSOR.page(await qb.getMany(), limit, (ci) => [ci.createdAt, ci.id]);
  }
}

/** A library-level audit line for a content item: its library's admins read it (libraryAuditLog). */
function audit(em: EntityManager, actorId: string, action: ModAction, item: ContentItem, details: string): Promise<void> {
  return appendAudit(em, {
    actorId,
    action,
    targetType: ModTarget.CONTENT_ITEM,
    targetId: item.id,
    communityId: null,
    libraryId: item.ownerLibraryId,
    details,
  });
}

function checkDays(from: string | null, until: string | null): void {
  if (from && !isRealDay(from)) throw fieldError('validFrom', 'is not a real day');
  if (until && !isRealDay(until)) throw fieldError('validUntil', 'is not a real day');
  if (from && until && from > until) throw fieldError('validUntil', 'must not be before validFrom');
}
