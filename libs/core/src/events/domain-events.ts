import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EventBatch } from '../live/live-events.service';

/**
 * Things that happened which other domains react to inside the same transaction (notifications write
 * their rows and outbox mail there, so a rolled-back cause leaves nothing behind).
 */
export type DomainEvent =
  // `pending`: held for approval, so readers do not see it yet.
  | { type: 'post.created'; postId: string; threadId: string; communityId: string; authorId: string; replyToId: string | null; pending: boolean }
  | { type: 'thread.created'; threadId: string; postId: string; communityId: string; authorId: string; pending: boolean; itemIds: string[] }
  // A post held for approval (or a reply, or a thread's opening post) that a moderator approved: readers see it from now on.
  | { type: 'post.approved'; postId: string; threadId: string; communityId: string; authorId: string; replyToId: string | null; opening: boolean }
  | { type: 'answer.accepted'; postId: string; threadId: string; communityId: string; byUserId: string }
  | { type: 'membership.approved'; communityId: string; userId: string; byUserId: string }
  | { type: 'report.resolved'; reportId: string; reporterId: string; communityId: string; outcome: string }
  | { type: 'expertise.verified'; expertiseId: string; userId: string; libraryId: string; byUserId: string }
  // A thread was taken down: its opening post hidden or removed by a moderator (or hidden by the report
  // threshold: byUserId null), or deleted by its author or a moderator. Restoring it later does not undo what others did here.
  | { type: 'thread.taken_down'; threadId: string; communityId: string; how: 'HIDDEN' | 'REMOVED' | 'DELETED'; byUserId: string | null }
  | { type: 'thread.moved'; threadId: string; fromCommunityId: string; toCommunityId: string; byUserId: string };

export type DomainEventHandler = (event: DomainEvent, em: EntityManager, batch: EventBatch) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly handlers: DomainEventHandler[] = [];

  subscribe(handler: DomainEventHandler): void {
    this.handlers.push(handler);
  }

  async dispatch(event: DomainEvent, em: EntityManager, batch: EventBatch): Promise<void> {
    for (const handler of this.handlers) await handler(event, em, batch);
  }
}
