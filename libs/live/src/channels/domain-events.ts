import { Injectable } from '@nestjs/common';
import { DomainEventBus } from '@waardenet/core';
import type { EventBatch } from './live-events.service';

/**
 * The application's domain event bus (the typed bus of @waardenet/core, its handlers given the
 * transaction's live event batch). Events are announced with `EventBatch.announce` inside a
 * `LiveEventsService.transaction`; each domain subscribes in its `<domain>.subscriptions.ts`.
 */
@Injectable()
export class DomainEvents extends DomainEventBus<EventBatch> {}
