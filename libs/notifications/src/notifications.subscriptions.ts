import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { NotifierService } from './notifier.service';

/** Every domain event notifications react to, in one place (handled inside the cause's transaction). */
@Injectable()
export class NotificationsSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifier: NotifierService,
  ) {}

  onModuleInit(): void {
    const notify = this.notifier.handle.bind(this.notifier);
    this.events.on('thread.created', notify);
    this.events.on('post.created', notify);
    this.events.on('post.approved', notify);
    this.events.on('answer.accepted', notify);
    this.events.on('membership.approved', notify);
    this.events.on('report.resolved', notify);
    this.events.on('expertise.verified', notify);
  }
}
