import { Viewer } from './viewer';

/** Turns a request's bearer token into a viewer: null when it carries none; throws UNAUTHENTICATED when it is bad. */
export interface Authenticator {
  authenticate(req: unknown): Promise<Viewer | null>;
}

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');
