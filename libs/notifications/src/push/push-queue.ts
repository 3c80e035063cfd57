import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { EventBatch, LiveEvent } from '@waardenet/live/channels';
import { Notification } from '../notification.entity';
import { PUSH_CHANNEL } from './push-worker.service';
import { PUSH_KINDS } from './push.service';

/**
 * Queues the pushes of new notifications in the transaction that made them: one row per subscribed
 * browser of each recipient who wants that kind pushed (`notification_settings.push_kinds`, all of
 * PUSH_KINDS when unset). The worker is woken after the commit (an event on PUSH_CHANNEL in the batch).
 */
@Injectable()
export class PushQueue {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async queue(em: EntityManager, batch: EventBatch, written: Notification[]): Promise<void> {
    if (!this.config.webPush.enabled) return;
    const pushed = written.filter((n) => PUSH_KINDS.includes(n.kind) && n.threadId);
    if (!pushed.length) return;
    const rows: unknown[] = await em.query(
      `INSERT INTO push_outbox (subscription_id, notification_id)
         SELECT s.id, n.id FROM jsonb_to_recordset($1::jsonb) AS n(id uuid, recipient_id uuid, kind text)
           JOIN push_subscriptions s ON s.user_id = n.recipient_id
           LEFT JOIN notification_settings ns ON ns.user_id = n.recipient_id
          WHERE n.kind = ANY(coalesce(ns.push_kinds, $2::text[]))
         ON CONFLICT DO NOTHING RETURNING id`,
      [JSON.stringify(pushed.map((n) => ({ id: n.id, recipient_id: n.recipientId, kind: n.kind }))), PUSH_KINDS],
    );
    if (!rows.length || batch.events.some((e) => e.channel === PUSH_CHANNEL)) return;
    const wake: LiveEvent = {
      channel: PUSH_CHANNEL,
      seq: 0,
      type: 'PUSH_QUEUED',
      communityId: '',
      threadId: null,
      postId: null,
      userId: null,
    };
    batch.events.push(wake);
  }
}
