import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  Page,
  RequestContext,
  badInput,
  cursorCodec,
  cursorPart,
  isUuid,
  entityLoader,
  hydrate,
  notFound,
  pageSize,
} from '@waardenet/core';
import { CollectionItem } from './collection-item.entity';
import { Holding } from './holding.entity';
import { normalizeIsbn } from './isbn';

const ITEMS_CURSOR = cursorCodec<[string, string]>('catalogueItems', [cursorPart.text(), cursorPart.uuid]);

const MAX_QUERY = 200;

/** Catalogue items and their holdings: public records, read by id, ISBN or search. */
@Injectable()
export class ItemsService {
  constructor(private readonly db: DataSource) {}

  loader(ctx: RequestContext): DataLoader<string, CollectionItem | null> {
    return entityLoader(ctx, this.db, CollectionItem);
  }

  /** One item by id or by ISBN (10 or 13, with or without hyphens): exactly one of the two. */
  async find(ctx: RequestContext, id?: string | null, isbn?: string | null): Promise<CollectionItem> {
    if (!!id === !!isbn)
      throw badInput('Give either an id or an ISBN.', { fields: { id: ['give this or isbn'], isbn: ['give this or id'] } });
    if (id) {
      const item = isUuid(id) ? await this.loader(ctx).load(id) : null;
      if (!item) throw notFound('That catalogue item', { reason: 'CATALOGUE_ITEM_NOT_FOUND' });
      return item;
    }
    const parsed = normalizeIsbn(isbn ?? '');
    if ('error' in parsed) throw badInput(`The ISBN is not valid: ${parsed.error}.`, { fields: { isbn: [parsed.error] } });
    const item = await this.db.getRepository(CollectionItem).findOneBy({ isbn13: parsed.isbn13 });
    if (!item) throw notFound(`The item with ISBN ${parsed.isbn13}`, { reason: 'CATALOGUE_ITEM_NOT_FOUND' });
    return item;
  }

  /**
   * Items by title, then id. `query` is an ISBN (an exact match) or words that must all occur in the
   * title or creators; `libraryId` keeps the items that library holds.
   */
  async list(
    query: string | null | undefined,
    libraryId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CollectionItem>> {
    const limit = pageSize(first);
    const cursor = ITEMS_CURSOR.decode(after);
    const params: unknown[] = [];
    const where: string[] = [];
    const text = query?.trim();
    if (text) {
      if (text.length > MAX_QUERY)
        throw badInput(`The search is too long (at most ${MAX_QUERY} characters).`, { fields: { query: ['is too long'] } });
      const isbn = /^[\d\sXx-]{10,17}$/.test(text) ? normalizeIsbn(text) : null;
      if (isbn && 'isbn13' in isbn) where.push(`i.isbn13 = $${params.push(isbn.isbn13)}`);
      else
        where.push(
          `to_tsvector('simple', catalogue_search_text(i.title, i.creators)) @@ websearch_to_tsquery('simple', $${params.push(text)})`,
        );
    }
    if (libraryId) {
      if (!isUuid(libraryId)) throw badInput('The library id is not valid.', { fields: { libraryId: ['must be an id'] } });
      where.push(`EXISTS (SELECT 1 FROM holdings h WHERE h.item_id = i.id AND h.library_id = $${params.push(libraryId)})`);
    }
    if (cursor) {
      const [title, id] = cursor;
      where.push(`(i.title, i.id) > ($${params.push(title)}, $${params.push(id)})`);
    }
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT i.* FROM collection_items i ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.title, i.id LIMIT ${limit + 1}`,
      params,
    );
    return ITEMS_CURSOR.page(hydrate<CollectionItem>(this.db.getMetadata(CollectionItem), rows), limit, (i) => [i.title, i.id]);
  }

  /** The holdings of each item, batched per request (libraries in name order). */
  holdingsLoader(ctx: RequestContext): DataLoader<string, Holding[]> {
    return ctx.cached(
      'catalogue.holdings',
      () =>
        new DataLoader<string, Holding[]>(async (itemIds) => {
          const rows = await this.db.query<Record<string, unknown>[]>(
            `SELECT h.* FROM holdings h JOIN libraries l ON l.id = h.library_id WHERE h.item_id = ANY($1::uuid[]) ORDER BY l.name, h.id`,
            [itemIds],
          );
          const byItem = new Map<string, Holding[]>(itemIds.map((id) => [id, []]));
          for (const h of hydrate<Holding>(this.db.getMetadata(Holding), rows)) byItem.get(h.itemId)?.push(h);
          return itemIds.map((id) => byItem.get(id) ?? []);
        }),
    );
  }

  /** The items each thread is about, batched per request (in the order they were linked). */
  threadItemsLoader(ctx: RequestContext): DataLoader<string, CollectionItem[]> {
    return ctx.cached(
      'catalogue.threadItems',
      () =>
        new DataLoader<string, CollectionItem[]>(async (threadIds) => {
          const rows: (Record<string, unknown> & { thread_id: string })[] = await this.db.query(
            `SELECT ti.thread_id, i.* FROM thread_items ti JOIN collection_items i ON i.id = ti.item_id
          WHERE ti.thread_id = ANY($1::uuid[]) ORDER BY ti.linked_at, i.id`,
            [threadIds],
          );
          const items = hydrate<CollectionItem>(this.db.getMetadata(CollectionItem), rows);
          const byThread = new Map<string, CollectionItem[]>(threadIds.map((id) => [id, []]));
          rows.forEach((row, i) => byThread.get(row.thread_id)?.push(items[i]));
          return threadIds.map((id) => byThread.get(id) ?? []);
        }),
    );
  }
}
