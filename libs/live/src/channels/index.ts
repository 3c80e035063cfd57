/**
 * @waardenet/live/channels: the transport under live updates, below every domain (core ← live/channels ←
 * accounts ← …): the PubSub port and its engines, the per-channel event log and its writers
 * (LiveEventsService, EventBatch), channel names, and the domain event bus. The rest of libs/live (the
 * graphql-ws server, the hub, the resolvers: @waardenet/live) is a feature above threads.
 */
export * from './pubsub';
export * from './in-process-pubsub';
export * from './redis-pubsub';
export * from './live-event.entity';
export * from './live-events.service';
export * from './live-events-retention';
export * from './live-events.module';
export * from './domain-events';
