import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, Viewer, logger, unauthenticated } from '@waardenet/core';
import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { LiveFieldRequest, LiveServer } from '@waardenet/live';
import { Notification } from './notification.entity';
import { NotificationPublished, userChannel } from './notification-writer';
import { NotificationsService } from './notifications.service';

/**
 * `notificationAdded` over graphql-ws: one PubSub channel per user (`user:<id>`), listened to only
 * while that user has a subscription on this instance, so it works across instances with Redis. Only
 * the recipient's own channel is ever subscribed; the notification's fields re-check their rights.
 */
@Injectable()
export class NotificationsLive implements OnModuleInit {
  constructor(
    private readonly server: LiveServer,
    private readonly notifications: NotificationsService,
    private readonly db: DataSource,
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    this.server.serveField('notificationAdded', (request) => this.start(request));
  }

  private async start(request: LiveFieldRequest): Promise<() => void> {
    const viewer = request.viewer;
    if (!viewer) throw unauthenticated('Log in to receive your notifications.');
    // Delivered one at a time, in the order published.
    let queue = Promise.resolve();
    const stop = await this.pubsub.subscribe(userChannel(viewer.id), (raw) => {
      queue = queue
        .then(() => this.deliver(request, viewer, JSON.parse(raw) as NotificationPublished))
        .catch((err) => logger.error({ err }, 'notification delivery failed'));
    });
    return () => void stop();
  }

  private async deliver(request: LiveFieldRequest, viewer: Viewer, event: NotificationPublished): Promise<void> {
    const notification = await this.db.getRepository(Notification).findOneBy({ id: event.notificationId, recipientId: viewer.id });
    if (!notification) return;
    const rc = new RequestContext();
    rc.viewer = viewer;
    const unreadCount = await this.notifications.unreadCount(viewer.id);
    await request.deliver({ notification, unreadCount }, { rc, req: undefined });
  }
}
