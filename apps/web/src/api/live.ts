/**
 * One graphql-ws client for the whole page. It reconnects with backoff, refreshes the access token
 * when the server closes with 4403, reconnects as the new user when one logs in or out, and resends
 * every subscription with `after:` the last cursor it saw, so the server replays what was missed.
 */
import { createClient, type Client } from 'graphql-ws/client';
import { locale } from '../i18n';
import { createStore } from '../store';
import { currentAccessToken, peekAccessToken, refreshSession, session } from './session';
import { ApiError, type Document } from './transport';

/** idle: no socket needed; online: connected; offline: the socket dropped and we are reconnecting. */
export type LiveStatus = 'idle' | 'online' | 'offline';
export const liveStatus = createStore<LiveStatus>('idle');

const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;
const MAX_RETRY_WAIT_MS = 15_000;
/** After a close the client treats as final (e.g. too many sockets), try again this much later. */
const FATAL_RETRY_MS = 10_000;

let client: Client | null = null;
let socket: WebSocket | null = null;
let socketToken: string | null = null;
let mustRefresh = false;
let restarting = false;
let pongTimer: ReturnType<typeof setTimeout> | undefined;

/** Waits before reconnect attempt `retries` (0, 1, …), or until the browser says it is back online. */
function retryWait(retries: number): Promise<void> {
  const ms = retries === 0 ? 300 : Math.min(1000 * 2 ** (retries - 1), MAX_RETRY_WAIT_MS) * (0.75 + Math.random() * 0.5);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

function liveClient(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    lazyCloseTimeout: 2_000,
    keepAlive: KEEP_ALIVE_MS,
    connectionAckWaitTimeout: 10_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
    connectionParams: async () => {
      if (mustRefresh) {
        mustRefresh = false;
        await refreshSession();
      }
      socketToken = await currentAccessToken();
      // Refusals over the socket in the UI's language, as over HTTP (docs/errors.md).
      return { ...(socketToken ? { authorization: `Bearer ${socketToken}` } : {}), acceptLanguage: locale.get() };
    },
    on: {
      connected: (s) => {
        socket = s as WebSocket;
        restarting = false;
        liveStatus.set('online');
      },
      // Our own pings: a socket that stops answering is dead even if it never said so.
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => socket?.readyState === WebSocket.OPEN && socket.close(4408, 'Pong timeout'), PONG_TIMEOUT_MS);
      },
      pong: (received) => received && clearTimeout(pongTimer),
      closed: (event) => {
        socket = null;
        clearTimeout(pongTimer);
        const code = (event as CloseEvent | undefined)?.code;
        if (code === 1000) return liveStatus.set('idle');
        // 4403: the token expired or was refused. Refresh (unless a newer token is already here), reconnect.
        if (code === 4403) {
          if (socketToken && socketToken === peekAccessToken()) mustRefresh = true;
          return;
        }
        if (code === 4499 && restarting) return;
        liveStatus.set('offline');
      },
    },
  });
  return client;
}

// A login or logout changes who the socket speaks for: reconnect as the new user.
let knownUser: string | null | undefined;
session.subscribe((state) => {
  if (state.status === 'restoring') return;
  const user = state.status === 'signedIn' ? state.user.id : null;
  const changed = knownUser !== undefined && knownUser !== user;
  knownUser = user;
  if (changed && client && socket) {
    restarting = true;
    client.terminate();
  }
});

export interface LiveOptions<T> {
  /** The cursor to resume after, from an event. */
  cursorOf(data: T): string | undefined;
  next(data: T): void;
  /** The server refused the subscription (e.g. NOT_FOUND, FORBIDDEN). */
  error?(error: ApiError): void;
  /** The socket came back; `resumed` is false when no cursor was seen yet, so nothing is replayed. */
  reconnected?(resumed: boolean): void;
}

/** Subscribes until the returned function is called. */
export function subscribeLive<T, V>(document: Document<T, V>, variables: V, options: LiveOptions<T>): () => void {
  // graphql-ws resends this very object on every reconnect: keeping `after` current in it is what resumes.
  const payload: { query: string; variables: Record<string, unknown> } = {
    query: document.toString(),
    variables: { ...(variables as Record<string, unknown>) },
  };
  let stopped = false;
  let dispose = () => {};
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const live = liveClient();
  const stopListening = live.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry && !stopped) options.reconnected?.(payload.variables.after !== undefined);
  });
  const start = () => {
    dispose = live.subscribe<T>(payload, {
      next(result) {
        if (stopped) return;
        const [first] = result.errors ?? [];
        if (first)
          options.error?.(
            new ApiError(typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR', first.message),
          );
        if (!result.data) return;
        const cursor = options.cursorOf(result.data);
        if (cursor) Object.assign(payload.variables, { after: cursor });
        options.next(result.data);
      },
      error(err) {
        if (stopped) return;
        if (Array.isArray(err)) {
          const [first] = err as { message: string; extensions?: { code?: string; reason?: string; retryAfter?: number } }[];
          const reason = first?.extensions?.reason;
          // Too far behind to replay (docs/limits.md): start from now, and let the screen reload what it missed.
          if (reason === 'CURSOR_EXPIRED') {
            delete (payload.variables as { after?: string }).after;
            options.reconnected?.(false);
            return start();
          }
          // Too many catch-ups at once from this address: try again shortly, from the same cursor.
          if (reason === 'LIVE_REPLAY_LIMIT') {
            retryTimer = setTimeout(start, (first.extensions?.retryAfter ?? 1) * 1000 * (1 + Math.random()));
            return;
          }
          options.error?.(
            new ApiError(
              first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
              first?.message ?? '',
              {},
              first?.extensions?.retryAfter,
              reason,
            ),
          );
          return;
        }
        // A close graphql-ws gives up on: show it, and start over a little later.
        liveStatus.set('offline');
        retryTimer = setTimeout(start, FATAL_RETRY_MS);
      },
      complete() {},
    });
  };
  start();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    stopListening();
    dispose();
  };
}
