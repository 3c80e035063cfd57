import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, conflict, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { AccountsService } from '@waardenet/accounts';
import { MemberRole, Membership, MembershipState, MembershipsService, isBanned } from '@waardenet/communities';
import { BanMemberInput, UnbanMemberInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';

/** Checks an optional end of a ban or suspension: it must lie in the future. */
export function requireFuture(until: Date | undefined | null, field = 'until'): Date | null {
  if (!until) return null;
  if (until.getTime() <= Date.now()) throw badInput(`${field}: must be in the future`, { fields: { [field]: ['must be in the future'] } });
  return until;
}

/**
 * Community bans. A ban makes the membership BANNED (a user who was no member gets a BANNED row, so
 * they cannot join); it ends by itself at `until` (CommunitiesPolicy reads the expiry) or by unbanMember.
 */
@Injectable()
export class BansService {
  constructor(
    private readonly db: DataSource,
    private readonly mods: ModerationAccess,
    private readonly accounts: AccountsService,
    private readonly memberships: MembershipsService,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async ban(ctx: RequestContext, input: BanMemberInput): Promise<Membership> {
    const { community } = await this.mods.community(ctx, input.communityId);
    const actorId = requireViewer(ctx).id;
    if (input.userId === actorId) throw badInput('You cannot ban yourself.', { fields: { userId: ['is you'] } });
    const until = requireFuture(input.until);
    const target = await this.accounts.byId(ctx, input.userId);
    const staff = await this.db.query<unknown[]>(`SELECT 1 FROM library_staff WHERE library_id = $1 AND user_id = $2`, [
      community.libraryId,
      target.id,
    ]);
    if (target.isPlatformAdmin || staff.length)
      throw conflict('Library staff and platform admins moderate this community; they cannot be banned from it.', {
        reason: 'TARGET_IS_STAFF',
      });
    const membership = await this.db.transaction(async (em) => {
      const locked = await em.findOne(Membership, {
        where: { communityId: community.id, userId: target.id },
        lock: { mode: 'pessimistic_write' },
      });
      // The community's owners and moderators do not ban each other; the library's staff and platform admins may.
      await this.mods.requireMayActOn(ctx, community, target.id, em);
      const current = isBanned(locked) ? locked : await this.memberships.settleExpiredBan(em, locked);
      if (current?.role === MemberRole.OWNER)
        throw conflict('An owner cannot be banned; make them a member first.', { reason: 'TARGET_IS_OWNER' });
      const ban = { state: MembershipState.BANNED, banReason: input.reason, bannedUntil: until };
      if (current) {
        // Banning again changes the reason and the end, but keeps what the member returns to.
        const stateBeforeBan = current.state === MembershipState.BANNED ? current.stateBeforeBan : current.state;
        await em.update(Membership, { id: current.id }, { ...ban, stateBeforeBan });
      } else {
        await em.insert(Membership, {
          communityId: community.id,
          userId: target.id,
          role: MemberRole.MEMBER,
          ...ban,
          stateBeforeBan: null,
        });
      }
      await this.log.append(em, {
        actorId,
        action: ModAction.BAN_MEMBER,
        targetType: ModTarget.USER,
        targetId: target.id,
        communityId: community.id,
        reason: input.reason,
        expiresAt: until,
      });
      return em.findOneByOrFail(Membership, { communityId: community.id, userId: target.id });
    });
    // Open subscriptions of the banned user in this community end before any later event reaches them.
    await this.live.accessChanged(community.id, target.id);
    return membership;
  }

  async unban(ctx: RequestContext, input: UnbanMemberInput): Promise<boolean> {
    const { community } = await this.mods.community(ctx, input.communityId);
    await this.db.transaction(async (em) => {
      const m = await em.findOne(Membership, {
        where: { communityId: community.id, userId: input.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!m || !isBanned(m)) throw notFound('A ban of that user in this community', { reason: 'BAN_NOT_FOUND' });
      // A banned owner or moderator returns to that role: only the library's staff (who may ban them) lift it.
      if (m.role === MemberRole.OWNER || m.role === MemberRole.MODERATOR) await this.mods.requireAboveModerators(ctx, community);
      if (m.stateBeforeBan) {
        await em.update(Membership, { id: m.id }, { state: m.stateBeforeBan, banReason: null, bannedUntil: null, stateBeforeBan: null });
      } else {
        await em.delete(Membership, { id: m.id });
      }
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.UNBAN_MEMBER,
        targetType: ModTarget.USER,
        targetId: input.userId,
        communityId: community.id,
      });
    });
    return true;
  }
}
