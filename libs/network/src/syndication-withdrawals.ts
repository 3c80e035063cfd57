import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventOf, ModAction, ModTarget, appendAudit } from '@waardenet/core';
import { EventBatch, communityChannel } from '@waardenet/live/channels';
import { syndicationDetails } from './syndications.service';

const REASONS = {
  HIDDEN: 'The original thread was hidden by a moderator of its chapter.',
  REMOVED: 'The original thread was removed by a moderator of its chapter.',
  DELETED: 'The original thread was deleted.',
  MOVED: 'The original thread was moved out of its chapter.',
} as const;

/**
 * Taking the original down withdraws it nationally, for good: when a chapter's thread is hidden,
 * removed, deleted or moved out of the chapter, its open (PROPOSED or ACCEPTED) syndications become
 * WITHDRAWN in that same transaction (each with a WITHDRAW_SYNDICATION audit line by whoever took it down, and why),
 * and the national communities that showed it hear THREAD_UPDATED.
 * A moderator restoring the thread later does not put it back in a national feed: the chapter proposes
 * it again and an editor decides again. (A chapter that stops being PUBLIC withdraws its syndications
 * too, by a trigger: see the SyndicationWithdrawals migration.)
 */
@Injectable()
export class SyndicationWithdrawals {
  /** Subscribed in network.subscriptions.ts. */
  async onThreadTakenDown(event: DomainEventOf<'thread.taken_down'>, em: EntityManager, batch: EventBatch): Promise<void> {
    await this.withdraw(em, batch, event.threadId, null, event.byUserId, REASONS[event.how]);
  }

  /** Subscribed in network.subscriptions.ts. */
  async onThreadMoved(event: DomainEventOf<'thread.moved'>, em: EntityManager, batch: EventBatch): Promise<void> {
    await this.withdraw(em, batch, event.threadId, event.fromCommunityId, event.byUserId, REASONS.MOVED);
  }

  /** Withdraws the thread's open syndications (those from `fromCommunityId` only, when given); guarded by state, like SyndicationsService.move. */
  private async withdraw(
    em: EntityManager,
    batch: EventBatch,
    threadId: string,
    fromCommunityId: string | null,
    byUserId: string | null,
    reason: string,
  ): Promise<void> {
    // An UPDATE … RETURNING answers [rows, count]; `was` is the state before, read under the row lock.
    type Row = { id: string; from_community_id: string | null; to_community_id: string | null; target_handle: string | null; was: string };
    const [rows]: [Row[], number] = await em.query(
      `WITH targets AS (
         SELECT id, state FROM syndications
          WHERE thread_id = $1 AND ($2::uuid IS NULL OR from_community_id = $2) AND state IN ('PROPOSED', 'ACCEPTED') FOR UPDATE)
       UPDATE syndications s SET state = 'WITHDRAWN', decided_by_id = $3, decided_at = now(), reason = $4
         FROM targets WHERE s.id = targets.id
       RETURNING s.id, s.from_community_id, s.to_community_id, s.target_handle, targets.state AS was`,
      [threadId, fromCommunityId, byUserId, reason],
    );
    for (const row of rows) {
      // Audited on the community whose thread was taken down (the chapter; a mirror's national community), with why.
      await appendAudit(em, {
        actorId: byUserId,
        action: ModAction.WITHDRAW_SYNDICATION,
        targetType: ModTarget.SYNDICATION,
        targetId: row.id,
        communityId: row.from_community_id ?? row.to_community_id,
        reason,
        details: syndicationDetails({
          threadId,
          fromCommunityId: row.from_community_id,
          toCommunityId: row.to_community_id,
          targetHandle: row.target_handle,
        }),
      });
      // Outgoing to another Waardenet (no community here): the federation worker tells that server.
      if (row.was !== 'ACCEPTED' || !row.to_community_id) continue;
      await batch.emit(communityChannel(row.to_community_id), { type: 'THREAD_UPDATED', communityId: row.to_community_id, threadId });
    }
  }
}
