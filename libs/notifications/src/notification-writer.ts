import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, EventBatch, LiveEvent } from '@waardenet/core';
import { OutboxWriter } from './email/outbox-writer';
import { Notification } from './notification.entity';
import { DEFAULT_CHANNEL, NotificationChannel, NotificationKind } from './notification-kind';

export type NotificationDraft = Pick<Notification, 'recipientId' | 'kind' | 'actorId' | 'communityId' | 'threadId' | 'postId' | 'subjectId' | 'detail' | 'dedupeKey'>;

/** The per-user channel notificationAdded listens on (not logged: the notifications table is the record). */
export const userChannel = (userId: string) => `user:${userId}`;

/** What is published on a user's channel after the commit. */
export type NotificationPublished = LiveEvent & { notificationId: string };

/**
 * Writes notifications inside the transaction of their cause: applies each recipient's preference
 * (OFF writes nothing), skips a second notification for the same cause, queues mail for EMAIL, and
 * adds a live event that is published after the commit.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(em: EntityManager, batch: EventBatch, drafts: NotificationDraft[]): Promise<Notification[]> {
    if (!drafts.length) return [];
    const channels = await this.channels(em, drafts);
    const written: Notification[] = [];
    for (const draft of drafts) {
      const channel = channels.get(`${draft.recipientId}:${draft.kind}`) ?? DEFAULT_CHANNEL[draft.kind];
      if (channel === NotificationChannel.OFF) continue;
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO notifications (recipient_id, kind, actor_id, community_id, thread_id, post_id, subject_id, detail, dedupe_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id, created_at`,
        [draft.recipientId, draft.kind, draft.actorId, draft.communityId, draft.threadId, draft.postId, draft.subjectId, draft.detail, draft.dedupeKey],
      );
      if (!rows.length) continue;
      const notification = Object.assign(new Notification(), draft, { id: rows[0].id as string, createdAt: rows[0].created_at as Date, readAt: null });
      written.push(notification);
      const event: NotificationPublished = {
        channel: userChannel(draft.recipientId), seq: 0, type: 'NOTIFICATION_ADDED', communityId: draft.communityId ?? '',
        threadId: draft.threadId, postId: draft.postId, userId: draft.recipientId, notificationId: notification.id,
      };
      // Published with the batch's other events, after the commit (never for a rolled-back cause).
      batch.events.push(event);
      if (channel === NotificationChannel.EMAIL && this.config.email.smtpUrl) await this.outbox.queue(em, notification);
    }
    return written;
  }

  private async channels(em: EntityManager, drafts: NotificationDraft[]): Promise<Map<string, NotificationChannel>> {
    const rows: { user_id: string; kind: NotificationKind; channel: NotificationChannel }[] = await em.query(
      `SELECT user_id, kind, channel FROM notification_preferences WHERE user_id = ANY($1)`,
      [[...new Set(drafts.map((d) => d.recipientId))]],
    );
    return new Map(rows.map((r) => [`${r.user_id}:${r.kind}`, r.channel]));
  }
}
