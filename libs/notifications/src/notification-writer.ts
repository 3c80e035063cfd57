import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { EventBatch, LiveEvent } from '@waardenet/live/channels';
import { OutboxWriter } from './email/outbox-writer';
import { Notification } from './notification.entity';
import { DEFAULT_CHANNEL, NotificationChannel, NotificationKind } from './notification-kind';
import { PushQueue } from './push/push-queue';

export type NotificationDraft = Pick<
  Notification,
  'recipientId' | 'kind' | 'actorId' | 'communityId' | 'threadId' | 'postId' | 'subjectId' | 'detail' | 'dedupeKey'
>;

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
    private readonly push: PushQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(em: EntityManager, batch: EventBatch, drafts: NotificationDraft[]): Promise<Notification[]> {
    if (!drafts.length) return [];
    const channels = await this.channels(em, drafts);
    const channelOf = (d: NotificationDraft) => channels.get(`${d.recipientId}:${d.kind}`) ?? DEFAULT_CHANNEL[d.kind];
    const wanted = drafts.filter((d) => channelOf(d) !== NotificationChannel.OFF);
    if (!wanted.length) return [];
    // One statement for all of them; a draft whose cause already notified its recipient writes nothing.
    const rows: { id: string; created_at: Date; recipient_id: string; kind: NotificationKind; dedupe_key: string | null }[] =
      await em.query(
        `INSERT INTO notifications (recipient_id, kind, actor_id, community_id, thread_id, post_id, subject_id, detail, dedupe_key)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(recipient_id uuid, kind text, actor_id uuid, community_id uuid, thread_id uuid,
                                                          post_id uuid, subject_id uuid, detail text, dedupe_key text)
         ON CONFLICT DO NOTHING RETURNING id, created_at, recipient_id, kind, dedupe_key`,
        [
          JSON.stringify(
            wanted.map((d) => ({
              recipient_id: d.recipientId,
              kind: d.kind,
              actor_id: d.actorId,
              community_id: d.communityId,
              thread_id: d.threadId,
              post_id: d.postId,
              subject_id: d.subjectId,
              detail: d.detail,
              dedupe_key: d.dedupeKey,
            })),
          ),
        ],
      );
    const keyOf = (recipientId: string, kind: string, dedupeKey: string | null) => `${recipientId}:${kind}:${dedupeKey ?? ''}`;
    const inserted = new Map<string, { id: string; created_at: Date }[]>();
    for (const row of rows) {
      const key = keyOf(row.recipient_id, row.kind, row.dedupe_key);
      inserted.set(key, [...(inserted.get(key) ?? []), row]);
    }
    const written: Notification[] = [];
    // In the drafts' order: the live events, then the mail.
    for (const draft of wanted) {
      const row = inserted.get(keyOf(draft.recipientId, draft.kind, draft.dedupeKey))?.shift();
      if (!row) continue;
      const notification = Object.assign(new Notification(), draft, { id: row.id, createdAt: row.created_at, readAt: null });
      written.push(notification);
      const event: NotificationPublished = {
        channel: userChannel(draft.recipientId),
        seq: 0,
        type: 'NOTIFICATION_ADDED',
        communityId: draft.communityId ?? '',
        threadId: draft.threadId,
        postId: draft.postId,
        userId: draft.recipientId,
        notificationId: notification.id,
      };
      // Published with the batch's other events, after the commit (never for a rolled-back cause).
      batch.events.push(event);
    }
    if (this.config.email.smtpUrl) {
      for (const n of written) if (channelOf(n) === NotificationChannel.EMAIL) await this.outbox.queue(em, n);
    }
    // Browser notifications for replies and mentions, sent after the commit (PushWorker).
    await this.push.queue(em, batch, written);
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
