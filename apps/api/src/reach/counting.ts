import type { NextFunction, Request, Response } from 'express';
import { isUuid, logger } from '@waardenet/core';
import { RateLimitStore, clientKey } from '@waardenet/core/rate-limit';
import { catalogueUrl } from '@waardenet/catalogue';
import { PageView, ReachCounter } from '@waardenet/figures';
import type { ReachReader } from './reader';

/**
 * Views counted per client address per minute at most: past it a view is served but not counted, so one
 * script cannot inflate a library's figures. The address is only the rate limit's key, for its window (as
 * for every other limit; docs/privacy.md): the counts themselves never hold it.
 */
export const VIEWS_PER_ADDRESS_PER_MINUTE = 120;

/** Counts a view of a public page, within the per-address budget. Never throws: a view not counted is only a number lost (logged). */
export async function countView(store: RateLimitStore, counter: ReachCounter, req: Request, view: PageView): Promise<void> {
  if (!counter.counts(req)) return;
  try {
    const hit = await store.hit(`reach:ip:${clientKey(req.ip)}`, VIEWS_PER_ADDRESS_PER_MINUTE, 60_000);
    if (hit.allowed) counter.view(req, view);
  } catch (err) {
    logger.warn({ err }, 'view not counted');
  }
}

/**
 * POST /api/view `{"path": "/thread/<id>"}`: the web client tells of a public page it opened without
 * loading it from the server (navigation inside the client). Counted only when the server-rendered page of
 * that path is a public 200 page (private, restricted threads and missing pages are not), by the same rules
 * as a page load. Always 204, counted or not: it tells nothing. No cookie is read or set.
 */
export function viewBeacon(store: RateLimitStore, counter: ReachCounter, resolve: (path: string) => Promise<PageView | null>) {
  return async (req: Request, res: Response): Promise<void> => {
    res.setHeader('cache-control', 'no-store');
    try {
      const body = req.body as { path?: unknown } | undefined;
      const path = typeof body?.path === 'string' && body.path.length <= 300 ? body.path.split(/[?#]/)[0] : '';
      if (path && counter.counts(req)) {
        const view = await resolve(path);
        if (view) await countView(store, counter, req, view);
      }
    } catch (err) {
      logger.warn({ err }, 'view beacon not counted');
    }
    res.status(204).end();
  };
}

/**
 * GET /out/catalogue/<itemId>?thread=<threadId>: a click from a public thread to its library's catalogue
 * record of an item linked to that thread. Counted, then redirected (302) to the address the library's
 * admins set (`Library.catalogueUrlTemplate`). The target is built only from that template and the item's
 * ISBN or the library's record id, never from the request: no other address can be reached through it
 * (no open redirect). Anything else (an unknown, private or unlinked thread or item, a library without a
 * catalogue address, an item it does not hold) is a 404.
 */
export function catalogueRedirect(reader: ReachReader, store: RateLimitStore, counter: ReachCounter) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      res.setHeader('cache-control', 'no-store');
      const itemId = String(req.params.itemId);
      const threadId = typeof req.query.thread === 'string' ? req.query.thread : '';
      const view = isUuid(itemId) && isUuid(threadId) ? await reader.thread(threadId) : null;
      const item = view?.items.find((i) => i.id === itemId);
      const library = view?.library;
      const template = library?.catalogueUrlTemplate;
      const recordId = item && library && template ? await reader.recordId(library.id, item.id) : undefined;
      const target = item && template && recordId !== undefined ? catalogueUrl(template, item.isbn13, recordId) : null;
      if (!view || !item || !target) {
        res.status(404).type('text/plain; charset=utf-8').send('Not found');
        return;
      }
      if (counter.counts(req)) {
        const hit = await store.hit(`reach:ip:${clientKey(req.ip)}`, VIEWS_PER_ADDRESS_PER_MINUTE, 60_000);
        if (hit.allowed)
          counter.click(req, {
            threadId: view.thread.id,
            itemId: item.id,
            libraryId: view.community.libraryId,
            communityId: view.community.id,
          });
      }
      res.setHeader('referrer-policy', 'no-referrer');
      res.redirect(302, target);
    } catch (err) {
      next(err);
    }
  };
}
