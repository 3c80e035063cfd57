import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { LiveModule } from '@waardenet/live';
import { ThreadsModule } from '@waardenet/threads';
import { EmailWorker } from './email/email-worker.service';
import { OutboxWriter } from './email/outbox-writer';
import { FollowsService } from './follows.service';
import { HandleSubscriber } from './handle.subscriber';
import { CommunityFollowResolver, NotificationFieldsResolver, ThreadFollowResolver } from './notification-fields.resolver';
import { NotificationGate } from './notification-gate';
import { NotificationWriter } from './notification-writer';
import { NotificationsLive } from './notifications-live';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationsSubscriptions } from './notifications.subscriptions';
import { NotifierService } from './notifier.service';
import { ModeratorAlertsService } from './moderator-alerts.service';
import { PreferencesService } from './preferences.service';
import { RecipientAccess } from './recipient-access';
import { PushQueue } from './push/push-queue';
import { PushResolver } from './push/push.resolver';
import { PushService } from './push/push.service';
import { PushWorker } from './push/push-worker.service';

/** Follows, notifications (in-app, live, email outbox and its sender). */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, ThreadsModule, LiveModule],
  providers: [
    HandleSubscriber,
    RecipientAccess,
    NotificationGate,
    NotificationWriter,
    OutboxWriter,
    NotifierService,
    ModeratorAlertsService,
    NotificationsSubscriptions,
    EmailWorker,
    FollowsService,
    NotificationsService,
    PreferencesService,
    NotificationsLive,
    NotificationsResolver,
    NotificationFieldsResolver,
    ThreadFollowResolver,
    CommunityFollowResolver,
    PushService,
    PushQueue,
    PushWorker,
    PushResolver,
  ],
  exports: [EmailWorker, NotificationsService, PushWorker, NotificationWriter, RecipientAccess],
})
export class NotificationsModule {}
