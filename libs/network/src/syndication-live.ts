import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventOf } from '@waardenet/core';
import { EventBatch, communityChannel } from '@waardenet/live/channels';
import { showingIn } from './syndications.service';

/**
 * Replies land in the one thread (its channel already carries them); the national communities that
 * show it also hear THREAD_UPDATED, inside the reply's own transaction.
 */
@Injectable()
export class SyndicationLive {
  /** Subscribed in network.subscriptions.ts. */
  async onPostCreated(event: DomainEventOf<'post.created'>, em: EntityManager, batch: EventBatch): Promise<void> {
    if (event.pending) return;
    for (const { to_community_id: national } of await showingIn(em, [event.threadId])) {
      await batch.emit(communityChannel(national), { type: 'THREAD_UPDATED', communityId: national, threadId: event.threadId });
    }
  }
}
