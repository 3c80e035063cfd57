/**
 * The signed-in user. The access token lives in this module's memory only; the refresh token is an
 * httpOnly cookie (wn_refresh) the server sets on the session calls, so a reload restores the session
 * with refreshSession and nothing secret ever reaches storage the page's scripts can read.
 */
import { createStore } from '../store';
import { ApiError, postGraphql } from './transport';

export interface SessionUser {
  id: string;
  displayName: string;
  /** False until the address is confirmed (the link in the mail): the banner asks for it, joining and writing wait for it. */
  emailVerified: boolean;
}

export type SessionState = { status: 'restoring' } | { status: 'anonymous' } | { status: 'signedIn'; user: SessionUser };

export const session = createStore<SessionState>({ status: 'restoring' });

interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: SessionUser;
}

const PAYLOAD = 'accessToken accessTokenExpiresAt user { id displayName emailVerified }';
const REFRESH = `mutation RefreshSession { refreshSession { ${PAYLOAD} } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${PAYLOAD} } }`;
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${PAYLOAD} } }`;
const LOGOUT = `mutation Logout { logout }`;

/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;

let accessToken: string | null = null;
let expiresAt = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;

function accept(payload: AuthPayload): void {
  accessToken = payload.accessToken;
  expiresAt = Date.parse(payload.accessTokenExpiresAt);
  clearTimeout(refreshTimer);
  const lifetime = expiresAt - Date.now();
  const wait = Math.max(lifetime - Math.min(REFRESH_AHEAD_MS, lifetime / 4), 1000);
  refreshTimer = setTimeout(() => void refreshSession(), wait);
  const current = session.get();
  if (current.status !== 'signedIn' || current.user.id !== payload.user.id || current.user.displayName !== payload.user.displayName || current.user.emailVerified !== payload.user.emailVerified) {
    session.set({ status: 'signedIn', user: payload.user });
  }
}

function forget(): void {
  accessToken = null;
  expiresAt = 0;
  clearTimeout(refreshTimer);
  if (session.get().status !== 'anonymous') session.set({ status: 'anonymous' });
}

/**
 * Exchanges the refresh cookie for a new access token; false (and signed out) when the session is over.
 * Calls are shared, and serialized across tabs: the refresh token rotates, and a token spent twice
 * ends the whole session on the server.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= withTabLock(async () => {
    try {
      accept((await postGraphql<{ refreshSession: AuthPayload }>(REFRESH, {}, { sessionCall: true })).refreshSession);
      return true;
    } catch (e) {
      // Offline is not signed out: keep the user and let the next request try again.
      if (e instanceof ApiError && e.code === 'NETWORK' && accessToken) return false;
      forget();
      return false;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('waardenet-session-refresh', work) as Promise<T>) : work();
}

/** Settles once the session of the previous visit is restored (or found to be absent). */
export const sessionRestored: Promise<unknown> = refreshSession();

/** The access token to send now: refreshed first when it is about to expire; null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  await sessionRestored;
  if (accessToken && expiresAt - Date.now() < 10_000) await refreshSession();
  return accessToken;
}

/** The token in memory, without waiting: to tell whether a rejected token is still the current one. */
export const peekAccessToken = (): string | null => accessToken;

/** `totpCode`: the authenticator app's code or a recovery code, once the server answered TOTP_REQUIRED. */
export async function logIn(email: string, password: string, totpCode?: string): Promise<void> {
  const input = totpCode ? { email, password, totpCode } : { email, password };
  accept((await postGraphql<{ login: AuthPayload }>(LOGIN, { input }, { sessionCall: true })).login);
}

export async function register(email: string, password: string, displayName: string): Promise<void> {
  accept((await postGraphql<{ register: AuthPayload }>(REGISTER, { input: { email, password, displayName } }, { sessionCall: true })).register);
}

/** Signs out here after the server ended every session (logoutEverywhere, which also cleared the cookie). */
export function signedOutEverywhere(): void {
  forget();
}

/** Ends the session on the server (which clears the cookie), then here, whatever the server said. */
export async function logOut(): Promise<void> {
  try {
    const token = await currentAccessToken();
    if (token) {
      try {
        await postGraphql(LOGOUT, {}, { token, sessionCall: true });
      } catch (e) {
        // An access token that expired in the meantime: once more with a fresh one.
        if (!(e instanceof ApiError) || e.code !== 'UNAUTHENTICATED' || !(await refreshSession())) throw e;
        await postGraphql(LOGOUT, {}, { token: accessToken, sessionCall: true });
      }
    }
  } catch {
    // Signed out here anyway; the server ends the session when its refresh token expires.
  } finally {
    forget();
  }
}
