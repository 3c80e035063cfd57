import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
  ValidationRule,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  Kind,
  OperationTypeNode,
} from 'graphql';
import { WebSocketServer, WebSocket } from 'ws';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AccessTokenClaims,
  AppConfig,
  AppError,
  DRAIN,
  DrainRegistry,
  Language,
  Viewer,
  formatError,
  languageOf,
  logger,
  present,
} from '@waardenet/core';
import { threadChannel, communityChannel } from '@waardenet/live/channels';
import { containsNul, nulCharacterError } from '@waardenet/core/security';
import { resolveViewer } from '@waardenet/accounts';
import { LiveHub } from './live-hub.service';
import { LiveAccessService } from './live-access.service';
import { Listener, LiveField } from './listener';
import { PushIterator } from './push-iterator';
import { ConnectionLimits, TrustProxy, clientAddressOf } from './connection-limits';
import { Sharing, sharingOf } from './viewer-dependence';
import { SessionSockets } from './session-sockets';

// graphql-ws ships its ws adapter as a subpath export, which this project's module resolution cannot type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as { useServer: UseServer };
type UseServer = (options: Record<string, unknown>, wss: WebSocketServer, keepAlive?: number) => { dispose(): Promise<void> };

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer | null;
  expiry?: NodeJS.Timeout;
  /** Counted among its address's sockets without an account (until it closes). */
  anonymous?: boolean;
  /** Replays (`after:`) in progress on this socket. */
  replays?: number;
}
interface WsContext {
  connectionParams?: Record<string, unknown>;
  subscriptions: Record<string, unknown>;
  extra: SocketExtra;
}

export const LIVE_LIMITS = {
  connectionInitWaitTimeoutMs: 3000,
  maxSubscriptionsPerSocket: 50,
  keepAliveMs: 12_000,
  maxMessageBytes: 64 * 1024,
};

const LIVE_FIELDS = new Set<LiveField>(['threadEvents', 'communityEvents']);

/**
 * A subscription field served by another domain (notificationAdded): it gets the authenticated viewer,
 * the arguments and a way to execute and send; it returns what stops it when the client goes.
 */
export interface LiveFieldRequest {
  viewer: Viewer | null;
  args: Record<string, unknown>;
  /** Executes the subscription's selection with `payload` as the field's value, as `viewer`, and sends the result. */
  deliver(payload: unknown, contextValue: unknown): Promise<void>;
  /** Ends the subscription from the server's side. */
  end(): void;
}
export type LiveFieldHandler = (request: LiveFieldRequest) => Promise<() => void>;

/** The socket's language for messages: connectionParams' acceptLanguage (the web client's), else the upgrade request's header. */
function languageOfSocket(ctx: WsContext): Language {
  const params = ctx.connectionParams ?? {};
  return languageOf(params.acceptLanguage ?? params['Accept-Language'] ?? ctx.extra.request.headers['accept-language']);
}

/** An error as a client sees it, through the one mapper HTTP uses (formatError), in the socket's language. */
function socketError(ctx: WsContext, error: unknown): GraphQLError {
  const formatted = formatError(
    error instanceof GraphQLError ? error.toJSON() : { message: String(error) },
    error,
    (e) => logger.error({ err: e }, 'live subscribe failed'),
    languageOfSocket(ctx),
  );
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}

/** graphql-ws on /graphql, on the api's own HTTP server: authentication, limits, and the hub behind it. */
@Injectable()
export class LiveServer {
  private wss?: WebSocketServer;
  private schema!: GraphQLSchema;
  private validationRules: readonly ValidationRule[] = specifiedRules;
  private server?: { dispose(): Promise<void> };
  private readonly limits: ConnectionLimits;
  /** The client address of each socket (the limit key the HTTP side uses too). */
  private readonly addresses = new WeakMap<WebSocket, string>();
  private readonly documents = new Map<string, CompiledSubscription>();
  private nextDocumentId = 1;
  private readonly extraFields = new Map<string, LiveFieldHandler>();

  constructor(
    private readonly hub: LiveHub,
    private readonly access: LiveAccessService,
    private readonly jwt: JwtService,
    private readonly db: DataSource,
    @Inject(DRAIN) drain: DrainRegistry,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessionSockets: SessionSockets,
  ) {
    drain.add(() => this.close());
    this.limits = new ConnectionLimits(config.live);
  }

  /** Lets another domain serve a subscription field over this socket (see LiveFieldRequest). */
  serveField(field: string, handler: LiveFieldHandler): void {
    this.extraFields.set(field, handler);
  }

  /** `validationRules` replace graphql-js's standard set: the api passes them plus its query limits (liveValidationRules). */
  attach(http: HttpServer, schema: GraphQLSchema, validationRules: readonly ValidationRule[] = specifiedRules): void {
    this.schema = schema;
    this.validationRules = validationRules;
    this.hub.useSchema(schema);
    const wss = (this.wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_LIMITS.maxMessageBytes }));
    // The address Express gives req.ip (TRUST_PROXY); without Express, no proxy is believed.
    const express = this.adapterHost.httpAdapter?.getInstance?.<{ get?: (setting: string) => unknown } | undefined>();
    const trust = (express?.get?.('trust proxy fn') as TrustProxy | undefined) ?? (() => false);
    http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/graphql') return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => this.connected(ws, req, clientAddressOf(req, trust)));
    });
    this.server = useServer(
      {
        schema,
        connectionInitWaitTimeout: LIVE_LIMITS.connectionInitWaitTimeoutMs,
        onConnect: (ctx: WsContext) => this.onConnect(ctx),
        onDisconnect: (ctx: WsContext) => this.onDisconnect(ctx),
        onClose: (ctx: WsContext) => this.onDisconnect(ctx),
        onSubscribe: (
          ctx: WsContext,
          id: string,
          payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
        ) => this.onSubscribe(ctx, id, payload),
        subscribe: (args: ExecutionArgs) => (args.contextValue as { iterator: PushIterator<unknown> }).iterator,
      },
      this.wss,
      LIVE_LIMITS.keepAliveMs,
    );
  }

  async close(): Promise<void> {
    // Closes every socket with 1001 "Going away": clients reconnect (elsewhere) and resume with their cursor.
    const closing = [...(this.wss?.clients ?? [])].map((ws) => new Promise((resolve) => ws.once('close', resolve)));
    await this.server?.dispose();
    // Give clients a moment to answer the close handshake before the HTTP server goes.
    await Promise.race([Promise.all(closing), new Promise((resolve) => setTimeout(resolve, 1000))]);
  }

  /** A socket past its address's cap is closed with 4429 before graphql-ws sees it. */
  private connected(ws: WebSocket, req: IncomingMessage, address: string): void {
    if (!this.limits.socketOpened(address)) {
      ws.close(4429, 'Too many open connections from this address');
      return;
    }
    ws.once('close', () => this.limits.socketClosed(address));
    this.addresses.set(ws, address);
    present(this.wss, 'the WebSocket server').emit('connection', ws, req);
  }

  private addressOf(ctx: WsContext): string {
    return this.addresses.get(ctx.extra.socket) ?? 'unknown';
  }

  private async onConnect(ctx: WsContext): Promise<boolean> {
    const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
    ctx.extra.viewer = null;
    if (raw === undefined || raw === null || raw === '') {
      // Sockets without an account cost as much and prove nothing: their own, tighter cap per address.
      if (!this.limits.anonymousOpened(this.addressOf(ctx))) {
        ctx.extra.socket.close(4429, 'Too many open connections without an account from this address');
        return false;
      }
      ctx.extra.anonymous = true;
      return true;
    }
    // Anything but text is no token (and fails verification below like a wrong one).
    const token = (typeof raw === 'string' ? raw : '').replace(/^Bearer\s+/i, '');
    let claims: AccessTokenClaims & { exp: number };
    try {
      claims = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      return false;
    }
    const viewer = await resolveViewer(this.db, claims);
    if (!viewer) return false;
    if (!this.limits.accountOpened(viewer.id)) {
      ctx.extra.socket.close(4429, 'Too many open connections for this account');
      return false;
    }
    ctx.extra.viewer = viewer;
    // Closed with 4403 when its session ends (revokeSession, logoutEverywhere, a password change).
    this.sessionSockets.track(viewer.sessionId, ctx.extra.socket);
    // 4403, not 4401: clients treat 4401 as final, while 4403 tells them to log in again (refresh) and reconnect.
    const msLeft = claims.exp * 1000 - Date.now();
    ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(4403, 'Token expired'), Math.max(msLeft, 0));
    return true;
  }

  /** graphql-ws calls it twice for an acknowledged socket (onDisconnect, then onClose): each count is given back once. */
  private onDisconnect(ctx: WsContext): void {
    if (ctx.extra.expiry) clearTimeout(ctx.extra.expiry);
    if (ctx.extra.anonymous) {
      ctx.extra.anonymous = false;
      this.limits.anonymousClosed(this.addressOf(ctx));
    }
    const viewer = ctx.extra.viewer;
    if (!viewer) return;
    ctx.extra.viewer = undefined;
    this.limits.accountClosed(viewer.id);
  }

  private async onSubscribe(
    ctx: WsContext,
    id: string,
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    // graphql-ws has already reserved this id in ctx.subscriptions.
    if (Object.keys(ctx.subscriptions).length > LIVE_LIMITS.maxSubscriptionsPerSocket) {
      const max = LIVE_LIMITS.maxSubscriptionsPerSocket;
      return [
        socketError(
          ctx,
          new AppError('RATE_LIMITED', `At most ${max} subscriptions per connection.`, { reason: 'TOO_MANY_SUBSCRIPTIONS', max }),
        ),
      ];
    }
    const prepared = this.compile(payload.query, payload.operationName);
    if ('errors' in prepared) return prepared.errors.map((e) => socketError(ctx, e));
    const { document, operation } = prepared;
    const schema = this.schema;
    const variables = payload.variables ?? {};
    if (containsNul(variables)) return [socketError(ctx, nulCharacterError())];
    const args = this.argumentsOf(operation, variables);
    let release: (() => void) | undefined;
    try {
      release = this.subscriptionTaken(ctx, prepared, args);
      const listener = await this.prepare(ctx, id, prepared, args, variables, payload.operationName);
      listener.iterator.finally(release);
      return { schema, document, variableValues: variables, operationName: payload.operationName ?? undefined, contextValue: listener };
    } catch (e) {
      release?.();
      return [socketError(ctx, e)];
    }
  }

  /** Counts the subscription against its address's caps (ConnectionLimits.subscriptionStarted), before any database work. */
  private subscriptionTaken(ctx: WsContext, compiled: CompiledSubscription, args: Record<string, unknown>): () => void {
    const target =
      compiled.field === 'threadEvents'
        ? `thread:${String(args.threadId)}`
        : compiled.field === 'communityEvents'
          ? `community:${String(args.communityId)}`
          : compiled.field;
    return this.limits.subscriptionStarted(this.addressOf(ctx), !!ctx.extra.anonymous, target, compiled.key, ctx.extra.viewer?.id);
  }

  private rootField(operation: OperationDefinitionNode | null | undefined): LiveField | null {
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION || operation.selectionSet.selections.length !== 1) return null;
    const sel = operation.selectionSet.selections[0];
    if (sel.kind !== Kind.FIELD) return null;
    return LIVE_FIELDS.has(sel.name.value as LiveField) || this.extraFields.has(sel.name.value) ? (sel.name.value as LiveField) : null;
  }

  private argumentsOf(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
    const sel = operation.selectionSet.selections[0];
    const out: Record<string, unknown> = {};
    if (sel.kind !== Kind.FIELD) return out;
    for (const arg of sel.arguments ?? []) {
      const v = arg.value;
      if (v.kind === Kind.VARIABLE) out[arg.name.value] = variables[v.name.value];
      else if (v.kind === Kind.STRING || v.kind === Kind.INT) out[arg.name.value] = v.value;
      else if (v.kind === Kind.NULL) out[arg.name.value] = null;
    }
    return out;
  }

  /**
   * Parses and validates a subscription document once per distinct text: thousands of readers of one
   * thread send the same query, and keeping one parsed copy is most of a socket's memory.
   */
  private compile(query: string, operationName: string | null | undefined): CompiledSubscription | { errors: readonly GraphQLError[] } {
    const key = `${operationName ?? ''}\u0000${query}`;
    const cached = this.documents.get(key);
    if (cached) return cached;
    let result: CompiledSubscription | { errors: readonly GraphQLError[] };
    try {
      const document = parse(query, { maxTokens: 2000 });
      const invalid = validate(this.schema, document, this.validationRules);
      const operation = getOperationAST(document, operationName);
      const field = this.rootField(operation);
      // A refusal with its own code and reason (SUBSCRIPTION_TOO_COSTLY) keeps them.
      if (invalid.length)
        result = {
          errors: invalid.map(
            (e) =>
              new GraphQLError(e.message, {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions },
                originalError: e.originalError,
              }),
          ),
        };
      else if (!operation || !field) {
        result = {
          errors: [
            new GraphQLError(
              `Over this socket send one subscription with one field: ${[...LIVE_FIELDS, ...this.extraFields.keys()].join(', ')}. Queries and mutations go over HTTP.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          ],
        };
      } else
        result = {
          id: this.nextDocumentId++,
          key,
          document,
          operation,
          field,
          sharing: sharingOf(this.schema, document, operationName || query.slice(0, 80)),
        };
    } catch (e) {
      result = { errors: [new GraphQLError((e as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
    }
    // Only good documents are kept, and only a few hundred: a client cannot fill memory with junk queries.
    if ('errors' in result) return result;
    const oldest = this.documents.size >= 200 ? this.documents.keys().next() : null;
    if (oldest && !oldest.done) this.documents.delete(oldest.value);
    this.documents.set(key, result);
    return result;
  }

  private async prepare(
    ctx: WsContext,
    id: string,
    compiled: CompiledSubscription,
    args: Record<string, unknown>,
    variables: Record<string, unknown>,
    operationName: string | null | undefined,
  ): Promise<{ iterator: PushIterator<ExecutionResult> }> {
    const viewer = ctx.extra.viewer ?? null;
    const extra = this.extraFields.get(compiled.field);
    if (extra) return this.prepareExtra(ctx, id, compiled, extra, args, variables, operationName);
    const afterSeq = this.hub.parseAfter(args.after);
    const target =
      compiled.field === 'threadEvents'
        ? await this.access.forThread(viewer, String(args.threadId))
        : await this.access.forCommunity(viewer, String(args.communityId));
    const channel = target.threadId ? threadChannel(target.threadId) : communityChannel(target.communityId);
    const shared = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== args.after));
    const started: { listener?: Listener } = {};
    const iterator = new PushIterator<ExecutionResult>(() => started.listener && this.hub.stop(started.listener));
    const socket = ctx.extra.socket;
    const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    const replayEnded = afterSeq === null ? undefined : this.replayStarted(ctx);
    try {
      started.listener = await this.hub.start(
        {
          field: compiled.field,
          channel,
          communityId: target.communityId,
          threadId: target.threadId,
          // The account as it is now, not as the socket authenticated (a suspension since then counts).
          viewer: target.viewer,
          readerClass: target.readerClass,
          selectionKey: `${compiled.id}|${JSON.stringify(shared)}`,
          sharing: compiled.sharing,
          document: compiled.document,
          variableValues: variables,
          operationName,
          afterSeq,
          iterator,
          // Written straight to the socket: graphql-ws would serialize the whole message again for every socket.
          send: (resultJson) => {
            if (socket.readyState === WebSocket.OPEN && !iterator.ended) socket.send(prefix + resultJson + '}');
          },
        },
        { onCaughtUp: replayEnded },
      );
    } catch (e) {
      replayEnded?.();
      throw e;
    }
    return { iterator };
  }

  /** Counts a replay against the socket's and its address's caps until it has caught up (or ends). */
  private replayStarted(ctx: WsContext): () => void {
    const release = this.limits.replayStarted(this.addressOf(ctx), ctx.extra.replays ?? 0);
    ctx.extra.replays = (ctx.extra.replays ?? 0) + 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      ctx.extra.replays = (ctx.extra.replays ?? 1) - 1;
      release();
    };
  }

  /** A subscription field of another domain: it pushes values, this server executes and writes them to the socket. */
  private async prepareExtra(
    ctx: WsContext,
    id: string,
    compiled: CompiledSubscription,
    handler: LiveFieldHandler,
    args: Record<string, unknown>,
    variables: Record<string, unknown>,
    operationName: string | null | undefined,
  ): Promise<{ iterator: PushIterator<ExecutionResult> }> {
    const stopped: { stop?: () => void } = {};
    const iterator = new PushIterator<ExecutionResult>(() => stopped.stop?.());
    const socket = ctx.extra.socket;
    const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    stopped.stop = await handler({
      viewer: ctx.extra.viewer ?? null,
      args,
      end: () => iterator.end(),
      deliver: async (payload, contextValue) => {
        if (socket.readyState !== WebSocket.OPEN || iterator.ended) return;
        const result = await execute({
          schema: this.schema,
          document: compiled.document,
          variableValues: variables,
          operationName: operationName ?? undefined,
          rootValue: { [compiled.field]: payload },
          contextValue,
        });
        if (socket.readyState === WebSocket.OPEN && !iterator.ended) socket.send(prefix + JSON.stringify(result) + '}');
      },
    });
    return { iterator };
  }
}

interface CompiledSubscription {
  id: number;
  /** The document's text (with its operation name): what the caps count as one distinct document. */
  key: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  field: LiveField;
  /** Declared viewer-dependent fields make it per viewer from the start; a shared execution that reads the viewer, from then on. */
  sharing: Sharing;
}
