import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { ModeratorAlertsService } from './moderator-alerts.service';
import { NotificationKind } from './notification-kind';
import { NotifierService } from './notifier.service';

/** Every domain event notifications react to, in one place (handled inside the cause's transaction). */
@Injectable()
export class NotificationsSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifier: NotifierService,
    private readonly alerts: ModeratorAlertsService,
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
    // Moderators' alerts: work waiting in the queue, the reports and the requests to join.
    this.events.on('thread.created', (e, em, batch) =>
      e.pending
        ? this.alerts.alert(em, batch, {
            communityId: e.communityId,
            kind: NotificationKind.POST_QUEUED,
            actorId: e.authorId,
            threadId: e.threadId,
            postId: e.postId,
            dedupeKey: `queued:${e.postId}`,
          })
        : Promise.resolve(),
    );
    this.events.on('post.created', (e, em, batch) =>
      e.pending
        ? this.alerts.alert(em, batch, {
            communityId: e.communityId,
            kind: NotificationKind.POST_QUEUED,
            actorId: e.authorId,
            threadId: e.threadId,
            postId: e.postId,
            dedupeKey: `queued:${e.postId}`,
          })
        : Promise.resolve(),
    );
    this.events.on('report.filed', (e, em, batch) =>
      this.alerts.alert(em, batch, {
        communityId: e.communityId,
        kind: NotificationKind.REPORT_FILED,
        actorId: null,
        threadId: e.threadId,
        postId: e.postId,
        subjectId: e.reportId,
        dedupeKey: `report-filed:${e.reportId}`,
      }),
    );
    this.events.on('membership.requested', (e, em, batch) =>
      this.alerts.alert(em, batch, {
        communityId: e.communityId,
        kind: NotificationKind.JOIN_REQUESTED,
        actorId: e.userId,
        dedupeKey: null,
      }),
    );
  }
}
