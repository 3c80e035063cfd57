import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { AccountsService, User } from '@waardenet/accounts';
import { SuspendUserInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { requireFuture } from './bans.service';

/**
 * Platform-wide suspensions (platform admins only, by the operation's access level). A suspended
 * account may only read public content: the access guard refuses its mutations, CommunitiesPolicy
 * treats it as a visitor, and the suspension ends by itself at `until` (checked when the token is read).
 */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async suspend(ctx: RequestContext, input: SuspendUserInput): Promise<User> {
    if (input.userId === requireViewer(ctx).id) throw badInput('You cannot suspend yourself.', { fields: { userId: ['is you'] } });
    const until = requireFuture(input.until);
    const user = await this.accounts.byId(ctx, input.userId);
    await this.db.transaction(async (em) => {
      await em.update(User, { id: user.id }, { suspendedAt: new Date(), suspendedUntil: until, suspensionReason: input.reason });
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.SUSPEND_USER,
        targetType: ModTarget.USER,
        targetId: user.id,
        communityId: null,
        reason: input.reason,
        expiresAt: until,
      });
    });
    // Ends the user's subscriptions to what a suspended account may not read, wherever they listen (USER_ACCESS_CHANNEL).
    await this.live.userAccessChanged(user.id);
    return this.reload(ctx, user.id);
  }

  async unsuspend(ctx: RequestContext, userId: string): Promise<User> {
    const user = await this.accounts.byId(ctx, userId);
    if (!user.isSuspended()) throw notFound('A suspension of that user', { reason: 'SUSPENSION_NOT_FOUND' });
    await this.db.transaction(async (em) => {
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE users SET suspended_at = NULL, suspended_until = NULL, suspension_reason = NULL WHERE id = $1 AND suspended_at IS NOT NULL`,
        [user.id],
      );
      if (!affected) throw notFound('A suspension of that user', { reason: 'SUSPENSION_NOT_FOUND' });
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.UNSUSPEND_USER,
        targetType: ModTarget.USER,
        targetId: user.id,
        communityId: null,
      });
    });
    // Open subscriptions get the account's rights back (a moderator is a moderator again).
    await this.live.userAccessChanged(user.id);
    return this.reload(ctx, user.id);
  }

  private async reload(ctx: RequestContext, id: string): Promise<User> {
    this.accounts.loader(ctx).clear(id);
    return this.accounts.byId(ctx, id);
  }
}
