import { unauthenticated } from '../errors/app-error';
import type { Viewer } from './viewer';

/**
 * The signed-in viewer of a request. An operation that needs one declares it (`@Access(...)`, checked by
 * AccessGuard before the resolver runs), so for those this never throws; a path that forgot fails closed
 * with UNAUTHENTICATED instead of a TypeError on `null.id`. Use it instead of a non-null assertion on
 * `ctx.viewer`.
 */
export function requireViewer(ctx: { readonly viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
