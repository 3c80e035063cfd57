import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, badInput, conflict, requireViewer } from '@waardenet/core';
import { EventBatch, LiveEventsService, communityChannel, threadChannel } from '@waardenet/live/channels';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { Thread } from '@waardenet/threads';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';

type Flag = 'locked' | 'pinned';

const FLAGS = {
  lock: { column: 'locked', value: true, action: ModAction.LOCK_THREAD, event: 'THREAD_LOCKED', refusal: 'This thread is already locked.' },
  unlock: {
    column: 'locked',
    value: false,
    action: ModAction.UNLOCK_THREAD,
    event: 'THREAD_UPDATED',
    refusal: 'This thread is not locked.',
  },
  pin: { column: 'pinned', value: true, action: ModAction.PIN_THREAD, event: 'THREAD_UPDATED', refusal: 'This thread is already pinned.' },
  unpin: { column: 'pinned', value: false, action: ModAction.UNPIN_THREAD, event: 'THREAD_UPDATED', refusal: 'This thread is not pinned.' },
} satisfies Record<string, { column: Flag; value: boolean; action: ModAction; event: string; refusal: string }>;

export type ThreadFlagAction = keyof typeof FLAGS;

/** lockThread, unlockThread, pinThread, unpinThread and moveThread. */
@Injectable()
export class ThreadActionsService {
  constructor(
    private readonly mods: ModerationAccess,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async setFlag(ctx: RequestContext, name: ThreadFlagAction, threadId: string, reason: string | null): Promise<Thread> {
    const { community } = await this.mods.thread(ctx, threadId);
    const flag = FLAGS[name];
    return this.live.transaction(async (em, events) => {
      // The condition on the current value makes a repeat (or a race) a CONFLICT that changes nothing.
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE threads SET ${flag.column} = $2 WHERE id = $1 AND ${flag.column} <> $2`,
        [threadId, flag.value],
      );
      if (!affected) throw conflict(flag.refusal, { reason: 'ACTION_NOT_APPLICABLE' });
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: flag.action,
        targetType: ModTarget.THREAD,
        targetId: threadId,
        communityId: community.id,
        reason,
      });
      await events.emit(threadChannel(threadId), { type: flag.event, communityId: community.id, threadId });
      await events.emit(communityChannel(community.id), { type: 'THREAD_UPDATED', communityId: community.id, threadId });
      return em.findOneByOrFail(Thread, { id: threadId });
    });
  }

  /**
   * Moves a thread to another community of the same library; the mover must moderate both. Both
   * communities' readers get THREAD_MOVED; readers of the thread who may not read the target lose it.
   */
  async move(ctx: RequestContext, threadId: string, targetId: string): Promise<Thread> {
    const { thread, community: from } = await this.mods.thread(ctx, threadId);
    const to = await this.communities.byId(ctx, targetId);
    if (to.id === from.id)
      throw badInput('The thread is already in that community.', { fields: { communityId: ['is where the thread already is'] } });
    if (to.libraryId !== from.libraryId) {
      throw badInput('A thread can only move to another community of the same library.', {
        fields: { communityId: ['belongs to another library'] },
      });
    }
    await this.policy.requireModerator(ctx, to);
    const moved = await this.live.transaction(async (em, events) => {
      const [, affected] = await em.query<[unknown, number]>(`UPDATE threads SET community_id = $2 WHERE id = $1 AND community_id = $3`, [
        thread.id,
        to.id,
        from.id,
      ]);
      if (!affected) throw conflict('The thread was moved at the same time; reload it.', { reason: 'CONCURRENT_CHANGE' });
      await em.query(`UPDATE reports SET community_id = $2 WHERE thread_id = $1`, [thread.id, to.id]);
      await this.logMove(em, requireViewer(ctx).id, thread.id, from.id, to.id, `${from.name} → ${to.name}`);
      await events.emit(communityChannel(from.id), { type: 'THREAD_MOVED', communityId: from.id, threadId: thread.id });
      await events.emit(communityChannel(to.id), { type: 'THREAD_MOVED', communityId: to.id, threadId: thread.id });
      await this.threadUpdated(events, to.id, thread.id);
      await events.announce({
        type: 'thread.moved',
        threadId: thread.id,
        fromCommunityId: from.id,
        toCommunityId: to.id,
        byUserId: requireViewer(ctx).id,
      });
      return em.findOneByOrFail(Thread, { id: thread.id });
    });
    // The thread's open subscriptions were admitted under the old community's rules: re-check them all.
    await this.live.accessChanged(from.id, null);
    return moved;
  }

  private async logMove(
    em: EntityManager,
    actorId: string,
    threadId: string,
    fromId: string,
    toId: string,
    details: string,
  ): Promise<void> {
    for (const communityId of [fromId, toId]) {
      await this.log.append(em, {
        actorId,
        action: ModAction.MOVE_THREAD,
        targetType: ModTarget.THREAD,
        targetId: threadId,
        communityId,
        details,
      });
    }
  }

  private threadUpdated(events: EventBatch, communityId: string, threadId: string) {
    return events.emit(threadChannel(threadId), { type: 'THREAD_UPDATED', communityId, threadId });
  }
}
