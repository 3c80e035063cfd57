import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RequestContext, badInput, forbidden, pushEndpointAllowed, requireViewer } from '@waardenet/core';
import { NotificationKind } from '../notification-kind';
import { SubscribePushInput } from './push.inputs';

/** The kinds a member may have pushed to their browser: what is addressed to them and brings them back to a conversation. */
export const PUSH_KINDS = [NotificationKind.MENTION, NotificationKind.REPLY_TO_POST, NotificationKind.REPLY_IN_FOLLOWED_THREAD];

/** How many browsers one account may have subscribed; a new one past it replaces the oldest. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

/** Web Push subscriptions of the viewer's browsers, and which kinds are pushed (see PushWorker for the sending). */
@Injectable()
export class PushService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get publicKey(): string | null {
    return this.config.webPush.enabled ? this.config.webPush.publicKey : null;
  }

  async subscribe(ctx: RequestContext, input: SubscribePushInput): Promise<boolean> {
    if (!this.config.webPush.enabled) {
      throw forbidden('This server sends no browser notifications (no VAPID keys are set).', { reason: 'PUSH_UNAVAILABLE' });
    }
    if (!pushEndpointAllowed(this.config.webPush, input.endpoint)) {
      throw badInput('endpoint: is not the https URL of a known push service.', {
        reason: 'PUSH_ENDPOINT_NOT_ALLOWED',
        fields: { endpoint: ['not a known push service'] },
      });
    }
    const p256dh = input.keys.p256dh.replace(/=+$/, '');
    const auth = input.keys.auth.replace(/=+$/, '');
    if (Buffer.from(p256dh, 'base64url').length !== 65 || Buffer.from(auth, 'base64url').length !== 16) {
      throw badInput('keys: are not the keys of a push subscription.', { fields: { keys: ['p256dh must be 65 bytes and auth 16 bytes'] } });
    }
    const userId = requireViewer(ctx).id;
    await this.db.transaction(async (em) => {
      // One row per endpoint (one browser): signed in as someone else now, the browser's pushes follow the new account.
      await em.query(
        `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
           ON CONFLICT (endpoint) DO UPDATE SET user_id = $1, p256dh = $3, auth = $4, created_at = now()`,
        [userId, input.endpoint, p256dh, auth],
      );
      // Pushes queued for the endpoint's earlier owner stay theirs: none go to this browser any more.
      await em.query(
        `DELETE FROM push_outbox o USING push_subscriptions s, notifications n
          WHERE o.subscription_id = s.id AND s.endpoint = $1 AND n.id = o.notification_id AND n.recipient_id <> $2`,
        [input.endpoint, userId],
      );
      await em.query(
        `DELETE FROM push_subscriptions WHERE id IN (
           SELECT id FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at DESC, id OFFSET $2)`,
        [userId, MAX_PUSH_SUBSCRIPTIONS],
      );
    });
    return true;
  }

  /** Removes the viewer's subscription with this endpoint, or all of theirs with null; returns how many there were. */
  async unsubscribe(ctx: RequestContext, endpoint: string | null): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `DELETE FROM push_subscriptions WHERE user_id = $1 AND ($2::text IS NULL OR endpoint = $2)`,
      [requireViewer(ctx).id, endpoint],
    );
    return count;
  }

  async setKinds(ctx: RequestContext, kinds: NotificationKind[]): Promise<void> {
    const wrong = kinds.find((k) => !PUSH_KINDS.includes(k));
    if (wrong)
      throw badInput(`kinds: ${wrong} is not pushed; choose from ${PUSH_KINDS.join(', ')}.`, {
        reason: 'PUSH_KIND_NOT_ALLOWED',
        fields: { kinds: ['not a kind that is pushed'] },
      });
    await this.db.query(
      `INSERT INTO notification_settings (user_id, push_kinds) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET push_kinds = $2`,
      [requireViewer(ctx).id, [...new Set(kinds)]],
    );
  }
}
