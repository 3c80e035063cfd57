/**
 * Work to do first when the api stops, before Apollo's HTTP drain ends every idle socket (upgraded
 * WebSockets included): closing live sockets with a proper "going away" frame.
 */
export class DrainRegistry {
  private readonly handlers: (() => Promise<void>)[] = [];

  add(handler: () => Promise<void>): void {
    this.handlers.push(handler);
  }

  async drain(): Promise<void> {
    await Promise.all(this.handlers.map((h) => h()));
  }

  /** An Apollo Server plugin that runs the handlers as the server starts to drain. */
  apolloPlugin() {
    return { serverWillStart: async () => ({ drainServer: () => this.drain() }) };
  }
}

export const DRAIN = Symbol('DRAIN');
