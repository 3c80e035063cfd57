/** A message handler on one channel; messages are JSON strings. */
export type MessageHandler = (message: string) => void;

/**
 * The one PubSub port. Two engines implement it: in-process (one api instance) and Redis (any number).
 * Publishing never throws: while the engine is down, live delivery pauses and the catch-up cursor closes the gap.
 */
export interface PubSubEngine {
  readonly name: 'in-process' | 'redis';
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the engine listens on the channel; the returned function stops this handler. */
  subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>>;
  /** Whether live delivery works right now. */
  healthy(): boolean;
  close(): Promise<void>;
}

export const PUBSUB = Symbol('PUBSUB');

/** Handlers per channel; engines use it to listen once per channel however many subscribers there are. */
export class ChannelHandlers {
  private readonly byChannel = new Map<string, Set<MessageHandler>>();

  /** Adds a handler; returns true when it is the channel's first. */
  add(channel: string, handler: MessageHandler): boolean {
    let set = this.byChannel.get(channel);
    const first = !set;
    if (!set) this.byChannel.set(channel, (set = new Set()));
    set.add(handler);
    return first;
  }

  /** Removes a handler; returns true when the channel has no handler left. */
  remove(channel: string, handler: MessageHandler): boolean {
    const set = this.byChannel.get(channel);
    if (!set) return false;
    set.delete(handler);
    if (set.size) return false;
    this.byChannel.delete(channel);
    return true;
  }

  deliver(channel: string, message: string): void {
    for (const handler of this.byChannel.get(channel) ?? []) handler(message);
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }
}
