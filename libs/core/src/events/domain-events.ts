import type { EntityManager } from 'typeorm';

/**
 * The registry of domain events: things that happened which other domains react to inside the same
 * transaction (notifications write their rows and outbox mail there, so a rolled-back cause leaves
 * nothing behind). Core knows none of them: each domain declares its own in a `<domain>.events.ts` and
 * adds them here by declaration merging, keyed by the event's `type`:
 *
 *   declare module '@waardenet/core/events/domain-events' {
 *     interface DomainEventMap { 'post.created': PostCreated }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the domains (declaration merging)
export interface DomainEventMap {}

export type DomainEventType = keyof DomainEventMap;
/** Any registered domain event. */
export type DomainEvent = DomainEventMap[DomainEventType];
/** The event of one type. */
export type DomainEventOf<K extends DomainEventType> = DomainEventMap[K];

/**
 * A handler runs in the transaction of the event's cause (`em`); `tx` is what the transaction carries
 * besides (the live event batch: see `DomainEvents` in @waardenet/live/channels). A handler that throws
 * rolls the cause back.
 */
export type DomainEventHandler<E, Tx> = (event: E, em: EntityManager, tx: Tx) => Promise<void>;

/**
 * A small typed bus: handlers per event type (or for every event), called one after another in the
 * order they subscribed. Subscribe in one place per domain: its `<domain>.subscriptions.ts`, a provider
 * of its module.
 */
export class DomainEventBus<Tx> {
  private readonly handlers: { type: DomainEventType | '*'; handler: DomainEventHandler<never, Tx> }[] = [];

  /** Calls `handler` for every event of `type`. */
  on<K extends DomainEventType>(type: K, handler: DomainEventHandler<DomainEventOf<K>, Tx>): void {
    this.handlers.push({ type, handler });
  }

  /** Calls `handler` for every event (a cache that forgets on any change). */
  onAny(handler: DomainEventHandler<DomainEvent, Tx>): void {
    this.handlers.push({ type: '*', handler });
  }

  async dispatch(event: DomainEvent, em: EntityManager, tx: Tx): Promise<void> {
    const type = (event as { type: DomainEventType }).type;
    for (const { type: wanted, handler } of this.handlers) {
      if (wanted === '*' || wanted === type) await (handler as DomainEventHandler<DomainEvent, Tx>)(event, em, tx);
    }
  }
}
