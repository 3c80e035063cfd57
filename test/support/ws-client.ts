import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvents<T> {
  /** Every payload received so far. */
  received: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `n` payloads have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  /** Resolves when the server completes the subscription. */
  waitForCompletion(ms?: number): Promise<void>;
  /** Resolves with the first error. */
  waitForError(ms?: number): Promise<unknown>;
  unsubscribe(): void;
}

export interface WsClient {
  client: Client;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveEvents<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

function until(check: () => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

/** A graphql-ws client against a test app's /graphql, as a browser would connect. */
export function connectWs(httpUrl: string, token?: string, options: { retryAttempts?: number; lazy?: boolean } = {}): WsClient {
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: options.lazy ?? true,
    shouldRetry: () => (options.retryAttempts ?? 0) > 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 200)),
  });
  return {
    client,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): LiveEvents<T> {
      const events: LiveEvents<T> = {
        received: [],
        errors: [],
        completed: false,
        waitFor: async (n, ms = 10_000) => {
          await until(() => events.received.length >= n || events.errors.length > 0, ms, `${n} events (got ${events.received.length})`);
          if (events.errors.length) throw new Error(`subscription failed: ${JSON.stringify(events.errors)}`);
          return events.received;
        },
        waitForCompletion: (ms = 10_000) => until(() => events.completed, ms, 'completion'),
        waitForError: async (ms = 10_000) => {
          await until(() => events.errors.length > 0, ms, 'an error');
          return events.errors[0];
        },
        unsubscribe: () => dispose(),
      };
      const dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            if (value.errors?.length) events.errors.push(value.errors);
            else events.received.push(value.data as T);
          },
          error: (err) => events.errors.push(err),
          complete: () => (events.completed = true),
        },
      );
      return events;
    },
    close: () => client.dispose() as Promise<void>,
  };
}
