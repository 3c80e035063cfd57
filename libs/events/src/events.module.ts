import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { NotificationsModule } from '@waardenet/notifications';
import { EventReminders } from './event-reminders';
import { CommunityEventsResolver, EventsResolver, LibraryEventsResolver, NotificationEventResolver } from './events.resolver';
import { EventsService } from './events.service';

/** Library events: planned in communities, answered (with a waiting list), reminded a day before, in calendars. */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, NotificationsModule],
  providers: [EventsService, EventReminders, EventsResolver, CommunityEventsResolver, LibraryEventsResolver, NotificationEventResolver],
  exports: [EventsService, EventReminders],
})
export class EventsModule {}
