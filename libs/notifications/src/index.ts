import { EmailOutbox } from './email/email-outbox.entity';
import { Follow } from './follow.entity';
import { NotificationPreference, NotificationSettings } from './notification-preference.entity';
import { Notification } from './notification.entity';
import { PushOutbox } from './push/push-outbox.entity';
import { PushSubscription } from './push/push-subscription.entity';

export * from './notifications.module';
export * from './notification.entity';
export * from './notification-kind';
export * from './follow.entity';
export * from './notification-preference.entity';
export * from './email/email-outbox.entity';
export * from './email/email-worker.service';
export * from './email/outbox-writer';
export * from './mentions';
export * from './handle';
export * from './push/push-subscription.entity';
export * from './push/push-outbox.entity';
export * from './push/push-worker.service';
export * from './push/push.service';
export { NotificationWriter } from './notification-writer';
export type { NotificationDraft } from './notification-writer';
export { RecipientAccess } from './recipient-access';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const NOTIFICATIONS_ENTITIES: (new () => object)[] = [
  Follow,
  Notification,
  NotificationPreference,
  NotificationSettings,
  EmailOutbox,
  PushSubscription,
  PushOutbox,
];
