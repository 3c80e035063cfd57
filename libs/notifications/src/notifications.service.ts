import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, RequestContext, badInput, cursorCodec, cursorPart, pageSize, requireViewer } from '@waardenet/core';
import { MarkNotificationsReadInput } from './dto/notifications.inputs';
import { Notification } from './notification.entity';

const NOTIFICATIONS_CURSOR = cursorCodec<[Date, string]>('notifications', [cursorPart.time, cursorPart.uuid]);

/** The viewer's own notifications: newest first, read state. Nobody reaches another person's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DataSource) {}

  async page(ctx: RequestContext, first?: number | null, after?: string | null, unreadOnly = false): Promise<Page<Notification>> {
    const limit = pageSize(first);
    const cursor = NOTIFICATIONS_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.recipient_id = :me', { me: requireViewer(ctx).id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (cursor) qb.andWhere('(n.created_at, n.id) < (:at, :nid)', { at: cursor[0], nid: cursor[1] });
    return NOTIFICATIONS_CURSOR.page(await qb.getMany(), limit, (n) => [n.createdAt, n.id]);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  /** Marks some (or all) of the viewer's notifications read; ids of others' notifications are ignored. Returns how many changed. */
  async markRead(ctx: RequestContext, input: MarkNotificationsReadInput): Promise<number> {
    if (!!input.all === !!input.ids?.length) {
      throw badInput('Give either ids or all: true.', { fields: { ids: ['give either ids or all: true'] } });
    }
    const params: unknown[] = [requireViewer(ctx).id];
    let where = 'recipient_id = $1 AND read_at IS NULL';
    if (!input.all) {
      params.push(input.ids);
      where += ' AND id = ANY($2)';
    }
    const [, count] = await this.db.query<[unknown, number]>(`UPDATE notifications SET read_at = now() WHERE ${where}`, params);
    return count;
  }
}
