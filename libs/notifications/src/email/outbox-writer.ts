import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { EmailDelivery, Locale } from '../notification-kind';
import { Notification } from '../notification.entity';
import { composeMail } from './mail-composer';

/** The next digest time after `now`: today at the digest hour (UTC) if that is still ahead, else tomorrow. */
export function nextDigestAt(now: Date, hour: number): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** Queues a notification's mail in the transaction that made the notification. */
@Injectable()
export class OutboxWriter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async queue(em: EntityManager, n: Notification, now = new Date()): Promise<void> {
    const [user]: { email: string; delivery: EmailDelivery; locale: Locale }[] = await em.query(
      `SELECT u.email, coalesce(s.email_delivery, 'IMMEDIATE') AS delivery, coalesce(s.locale, 'nl') AS locale FROM users u
         LEFT JOIN notification_settings s ON s.user_id = u.id WHERE u.id = $1`,
      [n.recipientId],
    );
    if (!user) return;
    const mail = await composeMail(em, n, this.config.email.publicUrl, user.locale);
    const digestAt = user.delivery === EmailDelivery.DAILY ? nextDigestAt(now, this.config.email.digestHour) : null;
    await em.query(
      `INSERT INTO email_outbox (recipient_id, to_address, subject, text, notification_id, digest_day, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (notification_id) DO NOTHING`,
      [n.recipientId, user.email, mail.subject, mail.text, n.id, digestAt?.toISOString().slice(0, 10) ?? null, digestAt ?? now],
    );
  }
}
