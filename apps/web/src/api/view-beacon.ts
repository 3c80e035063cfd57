/**
 * Tells the server of a public page opened inside the client (POST /api/view), for the reach figures: the
 * first page of a visit was counted when the server rendered it, every later one is told here. Only the
 * path is sent; no cookie (credentials: 'omit'), and the server counts it only when that page is public.
 */
import { currentLocation, parseRoute } from '../router';

const COUNTED = new Set(['thread', 'community', 'library', 'item']);
let last = location.pathname;

currentLocation.subscribe(({ pathname }) => {
  if (pathname === last) return;
  last = pathname;
  if (!COUNTED.has(parseRoute(pathname).name)) return;
  void fetch('/api/view', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: pathname }),
    credentials: 'omit',
    keepalive: true,
  }).catch(() => undefined);
});
