import type { RequestContext } from '../context/request-context';
import { Viewer } from './viewer';

/**
 * Turns a request's bearer token into a viewer: null when it carries none; throws UNAUTHENTICATED when it is bad.
 * Given the request's context, it may also fill per-request memos it read in the same statement (see
 * VIEWER_STAFF_ROLES), so the request does not ask for them again. Nothing read so outlives the request.
 */
export interface Authenticator {
  authenticate(req: unknown, ctx?: RequestContext): Promise<Viewer | null>;
}

/**
 * The per-request memo (RequestContext.cached) holding the viewer's library staff roles, a
 * Promise<Map<libraryId, role>>: LibrariesPolicy.staffRoles reads it; the authenticator fills it from the
 * session's own statement on an HTTP request, so a signed-in page spends no statement on it.
 */
export const VIEWER_STAFF_ROLES = 'libraries.viewerStaff';

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');
