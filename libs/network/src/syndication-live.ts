import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, DomainEvents, EventBatch, communityChannel } from '@waardenet/core';
import { showingIn } from './syndications.service';

/**
 * Replies land in the one thread (its channel already carries them); the national communities that
 * show it also hear THREAD_UPDATED, inside the reply's own transaction.
 */
@Injectable()
export class SyndicationLive implements OnModuleInit {
  constructor(private readonly domainEvents: DomainEvents) {}

  onModuleInit(): void {
    this.domainEvents.subscribe((event, em, batch) => this.onEvent(event, em, batch));
  }

  private async onEvent(event: DomainEvent, em: EntityManager, batch: EventBatch): Promise<void> {
    if (event.type !== 'post.created' || event.pending) return;
    for (const { to_community_id: national } of await showingIn(em, [event.threadId])) {
      await batch.emit(communityChannel(national), { type: 'THREAD_UPDATED', communityId: national, threadId: event.threadId });
    }
  }
}
