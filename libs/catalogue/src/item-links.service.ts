import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventOf, RequestContext, badInput, conflict, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService, threadChannel } from '@waardenet/live/channels';
import { Thread, ThreadsService } from '@waardenet/threads';
import { CataloguePolicy } from './catalogue.policy';
import { ThreadItemInput } from './dto/item.inputs';
import { ItemsService } from './items.service';

/** As many as createThread accepts (CreateThreadInput.itemIds). */
export const MAX_ITEMS_PER_THREAD = 10;

/** Which catalogue items a thread is about: linkItem, unlinkItem, and the itemIds of createThread. */
@Injectable()
export class ItemLinksService {
  constructor(
    private readonly threads: ThreadsService,
    private readonly items: ItemsService,
    private readonly policy: CataloguePolicy,
    private readonly live: LiveEventsService,
  ) {}

  /**
   * createThread's itemIds, written in the thread's own transaction: an unknown item rolls the whole
   * thread back (subscribed in catalogue.subscriptions.ts).
   */
  async onThreadCreated(event: DomainEventOf<'thread.created'>, em: EntityManager): Promise<void> {
    if (!event.itemIds.length) return;
    const ids = [...new Set(event.itemIds)];
    const found: { id: string }[] = await em.query(`SELECT id FROM collection_items WHERE id = ANY($1::uuid[])`, [ids]);
    if (found.length !== ids.length) {
      throw badInput('Some of the catalogue items do not exist.', { fields: { itemIds: ['names an item that does not exist'] } });
    }
    await em.query(`INSERT INTO thread_items (thread_id, item_id, linked_by_id) SELECT $1, unnest($2::uuid[]), $3`, [
      event.threadId,
      ids,
      event.authorId,
    ]);
  }

  async link(ctx: RequestContext, input: ThreadItemInput): Promise<Thread> {
    const { thread } = await this.policy.requireLinker(ctx, await this.threads.loader(ctx).load(input.threadId));
    if (!(await this.items.loader(ctx).load(input.itemId))) throw notFound('That catalogue item', { reason: 'CATALOGUE_ITEM_NOT_FOUND' });
    return this.live.transaction(async (em, events) => {
      // The thread's row lock makes the count and the insert one step against concurrent links.
      await em.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]);
      const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM thread_items WHERE thread_id = $1`, [thread.id]);
      const rows = await em.query<{ item_id: string }[]>(
        `INSERT INTO thread_items (thread_id, item_id, linked_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING item_id`,
        [thread.id, input.itemId, requireViewer(ctx).id],
      );
      if (!rows.length) throw conflict('The thread is already about that item.', { reason: 'ITEM_ALREADY_LINKED' });
      if (n >= MAX_ITEMS_PER_THREAD)
        throw conflict(`A thread can be about at most ${MAX_ITEMS_PER_THREAD} items; unlink one first.`, { reason: 'TOO_MANY_ITEMS' });
      await events.emit(threadChannel(thread.id), { type: 'THREAD_UPDATED', communityId: thread.communityId, threadId: thread.id });
      return thread;
    });
  }

  async unlink(ctx: RequestContext, input: ThreadItemInput): Promise<Thread> {
    const { thread } = await this.policy.requireLinker(ctx, await this.threads.loader(ctx).load(input.threadId));
    return this.live.transaction(async (em, events) => {
      const [, affected] = await em.query<[unknown[], number]>(`DELETE FROM thread_items WHERE thread_id = $1 AND item_id = $2`, [
        thread.id,
        input.itemId,
      ]);
      if (!affected) throw conflict('The thread is not about that item.', { reason: 'ITEM_NOT_LINKED' });
      await events.emit(threadChannel(thread.id), { type: 'THREAD_UPDATED', communityId: thread.communityId, threadId: thread.id });
      return thread;
    });
  }
}
