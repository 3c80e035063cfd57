import type { IncomingMessage } from 'node:http';
import { AppError, LiveConfig } from '@waardenet/core';
import { clientKey } from '@waardenet/core/rate-limit';

/** Express's compiled `trust proxy` (TRUST_PROXY): whether the hop at `index` may set the client address. */
export type TrustProxy = (address: string, index: number) => boolean;

/**
 * The client address of an upgrade request as the HTTP side counts it: Express's `req.ip` (the
 * proxy-addr walk over X-Forwarded-For, believing only trusted hops), as a limit key (clientKey).
 */
export function clientAddressOf(req: IncomingMessage, trust: TrustProxy): string {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const chain = [req.socket.remoteAddress ?? '', ...forwarded];
  let i = 0;
  while (i < chain.length - 1 && trust(chain[i], i)) i++;
  return clientKey(chain[i] || undefined);
}

/** Open things per key, each key at most `cap`. */
class Counter {
  private readonly open = new Map<string, number>();

  take(key: string, cap: number): boolean {
    const n = this.open.get(key) ?? 0;
    if (n >= cap) return false;
    this.open.set(key, n + 1);
    return true;
  }

  give(key: string): void {
    const n = (this.open.get(key) ?? 1) - 1;
    if (n <= 0) this.open.delete(key);
    else this.open.set(key, n);
  }
}

/**
 * What one client may hold open on the live socket (docs/limits.md, "Live updates"): sockets per
 * address, sockets without an account per address (tighter), sockets per account, and replays
 * (`after:`) in progress per socket and per address.
 */
export class ConnectionLimits {
  private readonly sockets = new Counter();
  private readonly anonymous = new Counter();
  private readonly accounts = new Counter();
  private readonly replays = new Counter();
  private readonly subscriptions = new Counter();
  private readonly anonymousSubscriptions = new Counter();
  /** Per address and channel: how many subscriptions use each distinct document. */
  private readonly documents = new Map<string, Map<string, number>>();

  constructor(private readonly config: LiveConfig) {}

  socketOpened(address: string): boolean {
    return this.sockets.take(address, this.config.socketsPerIp);
  }

  socketClosed(address: string): void {
    this.sockets.give(address);
  }

  anonymousOpened(address: string): boolean {
    return this.anonymous.take(address, this.config.anonymousSocketsPerIp);
  }

  anonymousClosed(address: string): void {
    this.anonymous.give(address);
  }

  accountOpened(userId: string): boolean {
    return this.accounts.take(userId, this.config.socketsPerUser);
  }

  accountClosed(userId: string): void {
    this.accounts.give(userId);
  }

  /**
   * Starts a replay for a socket holding `socketReplays` already; returns what ends it (call it once),
   * or throws RATE_LIMITED (reason LIVE_REPLAY_LIMIT) when the socket or its address is at its cap.
   */
  replayStarted(address: string, socketReplays: number): () => void {
    const { replaysPerSocket, replaysPerIp } = this.config;
    const refuse = (what: string) =>
      new AppError('RATE_LIMITED', `Too many catch-ups at once ${what}; try again in a moment.`, {
        reason: 'LIVE_REPLAY_LIMIT',
        retryAfter: 1,
      });
    if (socketReplays >= replaysPerSocket) throw refuse(`on this connection (at most ${replaysPerSocket})`);
    if (!this.replays.take(address, replaysPerIp)) throw refuse(`from this address (at most ${replaysPerIp})`);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.replays.give(address);
    };
  }

  /**
   * Counts a subscription of `address` to `channel` with `document` (its text): at most
   * subscriptionsPerIp over all the address's sockets (anonymousSubscriptionsPerIp of them without an
   * account) and documentsPerChannelPerIp distinct documents per channel, since every distinct document
   * is executed once more for every event of the channel. Returns what gives it back (call it once), or
   * throws RATE_LIMITED, reason LIVE_SUBSCRIPTION_LIMIT. A signed-in socket's distinct documents count
   * against its `account`, not its address: one person on a library's shared network cannot use up the
   * documents of everyone else there.
   */
  subscriptionStarted(address: string, anonymous: boolean, channel: string, document: string, account?: string): () => void {
    const { subscriptionsPerIp, anonymousSubscriptionsPerIp, documentsPerChannelPerIp } = this.config;
    // `scope` says which cap: 'channel' (distinct documents on one thread or community), 'anonymous', 'address'.
    const refuse = (what: string, scope: string, max: number) =>
      new AppError('RATE_LIMITED', `Too many live subscriptions ${what}.`, {
        reason: 'LIVE_SUBSCRIPTION_LIMIT',
        retryAfter: 60,
        scope,
        max,
      });
    const channelKey = `${account ? `account:${account}` : address}\u0000${channel}`;
    const docs = this.documents.get(channelKey) ?? new Map<string, number>();
    if (!docs.has(document) && docs.size >= documentsPerChannelPerIp) {
      throw refuse(
        `${account ? 'for this account' : 'from this address'}: at most ${documentsPerChannelPerIp} different subscriptions to one thread or community`,
        'channel',
        documentsPerChannelPerIp,
      );
    }
    if (!this.subscriptions.take(address, subscriptionsPerIp))
      throw refuse(`from this address (at most ${subscriptionsPerIp})`, 'address', subscriptionsPerIp);
    if (anonymous && !this.anonymousSubscriptions.take(address, anonymousSubscriptionsPerIp)) {
      this.subscriptions.give(address);
      throw refuse(
        `without an account from this address (at most ${anonymousSubscriptionsPerIp})`,
        'anonymous',
        anonymousSubscriptionsPerIp,
      );
    }
    docs.set(document, (docs.get(document) ?? 0) + 1);
    this.documents.set(channelKey, docs);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.subscriptions.give(address);
      if (anonymous) this.anonymousSubscriptions.give(address);
      const n = (docs.get(document) ?? 1) - 1;
      if (n > 0) docs.set(document, n);
      else docs.delete(document);
      if (!docs.size) this.documents.delete(channelKey);
    };
  }
}
