import { ChannelHandlers, MessageHandler, PubSubEngine } from './pubsub';

/** Live events within one process: what a single api instance needs. */
export class InProcessPubSub implements PubSubEngine {
  readonly name = 'in-process' as const;
  private readonly handlers = new ChannelHandlers();

  async publish(channel: string, message: string): Promise<void> {
    // Delivered on the next tick, as a network engine would: a publisher never runs subscriber code inline.
    setImmediate(() => this.handlers.deliver(channel, message));
  }

  async subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>> {
    this.handlers.add(channel, handler);
    return async () => void this.handlers.remove(channel, handler);
  }

  healthy(): boolean {
    return true;
  }

  async close(): Promise<void> {}
}
