import { Module } from '@nestjs/common';

/** Follows, notifications (in-app, live, email outbox and its sender). */
@Module({
  providers: [],
})
export class NotificationsModule {}
