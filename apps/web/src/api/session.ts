/**
 * The signed-in user. The access token lives in this module's memory only; the refresh token is an
 * httpOnly cookie (wn_refresh) the server sets on the session calls, so a reload restores the session
 * with refreshSession and nothing secret ever reaches storage the page's scripts can read.
 */
import { createStore } from '../store';
import { graphql } from './generated';
import type { AuthPayloadFieldsFragment } from './generated/graphql';
import { ApiError, postGraphql } from './transport';

/** Who is signed in. `emailVerified` is false until the address is confirmed (the link in the mail): the banner asks for it, joining and writing wait for it. */
export type SessionUser = AuthPayloadFieldsFragment['user'];

export type SessionState = { status: 'restoring' } | { status: 'anonymous' } | { status: 'signedIn'; user: SessionUser };

export const session = createStore<SessionState>({ status: 'restoring' });

type AuthPayload = AuthPayloadFieldsFragment;

graphql(`fragment AuthPayloadFields on AuthPayload { accessToken accessTokenExpiresAt user { id displayName emailVerified } }`);
const REFRESH = graphql(`mutation RefreshSession { refreshSession { ...AuthPayloadFields } }`);
const LOGIN = graphql(`mutation Login($input: LoginInput!) { login(input: $input) { ...AuthPayloadFields } }`);
const REGISTER = graphql(`mutation Register($input: RegisterInput!) { register(input: $input) { ...AuthPayloadFields } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);

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
  if (
    current.status !== 'signedIn' ||
    current.user.id !== payload.user.id ||
    current.user.displayName !== payload.user.displayName ||
    current.user.emailVerified !== payload.user.emailVerified
  ) {
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
      accept((await postGraphql(REFRESH, {}, { sessionCall: true })).refreshSession);
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
  return locks ? locks.request('waardenet-session-refresh', work) : work();
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
  accept((await postGraphql(LOGIN, { input }, { sessionCall: true })).login);
}

const COMPLETE_SSO = graphql(
  `mutation CompleteSsoLogin($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { ...AuthPayloadFields } }`,
);

/** Signs in with the single-use ticket the server's single sign-on callback handed over (and the two-step code once asked for). */
export async function completeSsoLogin(ticket: string, totpCode?: string): Promise<void> {
  const input = totpCode ? { ticket, totpCode } : { ticket };
  accept((await postGraphql(COMPLETE_SSO, { input }, { sessionCall: true })).completeSsoLogin);
}

export async function register(email: string, password: string, displayName: string): Promise<void> {
  accept((await postGraphql(REGISTER, { input: { email, password, displayName } }, { sessionCall: true })).register);
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
