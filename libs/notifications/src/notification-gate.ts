import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RequestContext, entityLoader } from '@waardenet/core';
import { Post, ThreadsService } from '@waardenet/threads';
import { Notification } from './notification.entity';
import { EVENT_KINDS, MODERATOR_KINDS } from './notification-kind';
import { RecipientAccess } from './recipient-access';

/** Whether a notification's subject is still readable by its recipient: checked when it is shown and when it is mailed. */
@Injectable()
export class NotificationGate {
  constructor(
    private readonly access: RecipientAccess,
    private readonly threads: ThreadsService,
    private readonly db: DataSource,
  ) {}

  async visible(ctx: RequestContext, n: Notification): Promise<boolean> {
    // A moderator's alert is shown only while they still moderate the community (fail closed after a demotion).
    if (MODERATOR_KINDS.has(n.kind) && !(await this.access.canModerate(ctx, n.communityId))) return false;
    // An event's notification: only while its community's threads (and so its events) are the recipient's to read.
    if (EVENT_KINDS.has(n.kind)) return this.access.canReadCommunity(ctx, n.communityId);
    if (n.postId) {
      // A post always belongs to a thread; without one there is nothing to check against (fail closed).
      if (!n.threadId) return false;
      const [thread, post] = await Promise.all([
        this.threads.loader(ctx).load(n.threadId),
        entityLoader(ctx, this.db, Post).load(n.postId),
      ]);
      return this.access.canReadPost(ctx, thread, post);
    }
    if (n.threadId) return this.access.canReadThread(ctx, await this.threads.loader(ctx).load(n.threadId));
    if (n.communityId) return this.access.canSeeCommunity(ctx, n.communityId);
    return true;
  }

  /** The ids, of those given, whose recipient may still read what they are about. */
  async stillVisible(ids: string[]): Promise<Set<string>> {
    const notifications = await this.db.getRepository(Notification).findBy({ id: In(ids) });
    const contexts = await this.access.contexts([...new Set(notifications.map((n) => n.recipientId))]);
    // All at once, so a digest's checks share their recipient's loaders (one statement per kind of look-up, not per notification).
    const visible = await Promise.all(
      notifications.map(async (n) => {
        const ctx = contexts.get(n.recipientId);
        return !!ctx && (await this.visible(ctx, n));
      }),
    );
    return new Set(notifications.filter((_, i) => visible[i]).map((n) => n.id));
  }
}
