import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Operation } from './gql';
import { waitFor } from './wait';

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
  /** `operation`: a document's text, or a generated one of the web client (then the events are typed). */
  subscribe<T = Record<string, any>>(operation: Operation<T>, variables?: Record<string, unknown>): LiveEvents<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  await waitFor(check, { timeout: ms, what });
}

/** A graphql-ws client against a test app's /graphql, as a browser would connect. */
export function connectWs(
  httpUrl: string,
  token?: string,
  options: { retryAttempts?: number; lazy?: boolean; acceptLanguage?: string | null } = {},
): WsClient {
  // English messages unless a test asks otherwise (null: no language sent, the server's Dutch default), as gql() does.
  const language = options.acceptLanguage === undefined ? 'en' : options.acceptLanguage;
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(language ? { acceptLanguage: language } : {}) },
    retryAttempts: options.retryAttempts ?? 0,
    lazy: options.lazy ?? true,
    shouldRetry: () => (options.retryAttempts ?? 0) > 0,
    // graphql-ws's pause between reconnection attempts (a client setting, not a wait in a test).
    // eslint-disable-next-line no-restricted-syntax
    retryWait: async () => new Promise((r) => setTimeout(r, 200)),
  });
  return {
    client,
    subscribe<T>(operation: Operation<T>, variables: Record<string, unknown> = {}): LiveEvents<T> {
      // graphql-ws sends only a string: a generated document (a String object) is turned into its text.
      const query = typeof operation === 'string' ? operation : operation.toString();
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

export type RawMessage = { type: string; id?: string; payload?: unknown };

/** A raw graphql-transport-ws socket, to see close codes and frames as they are (optionally with extra upgrade headers). */
export function rawSocket(httpUrl: string, headers: Record<string, string> = {}) {
  // English messages unless the test names a language, as connectWs and gql() do.
  const ws = new WebSocket(httpUrl.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
    headers: { 'accept-language': 'en', ...headers },
  });
  const messages: RawMessage[] = [];
  ws.on('message', (d) => messages.push(JSON.parse((d as Buffer).toString())));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let close: { code: number; reason: string } | undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve((close = { code, reason: String(reason) }))),
  );
  const send = (m: unknown) => ws.send(JSON.stringify(m));
  const waitFor = async (pred: (m: RawMessage) => boolean, ms = 10_000): Promise<RawMessage> => {
    await until(() => messages.some(pred) || close !== undefined, ms, 'a message');
    const found = messages.find(pred);
    if (!found) throw new Error(`closed (${JSON.stringify(close)}) without such a message; got ${JSON.stringify(messages)}`);
    return found;
  };
  /** Sends connection_init and waits for the ack. */
  const init = async (token?: string) => {
    await opened;
    send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
    await waitFor((m) => m.type === 'connection_ack');
  };
  return { ws, opened, closed, send, messages, waitFor, init, closedWith: () => close };
}
