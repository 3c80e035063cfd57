import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, conflict, forbidden, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { CommunitiesPolicy, MemberRole, Membership, MembershipState } from '@waardenet/communities';
import { LibrariesPolicy } from '@waardenet/libraries';
import { SetMemberRoleInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';

/**
 * Community roles: any moderator may make an active member an EXPERT or a MEMBER again; granting or
 * taking away MODERATOR takes an owner, the library's staff or a platform admin. Owners keep their role.
 */
@Injectable()
export class RolesService {
  constructor(
    private readonly db: DataSource,
    private readonly mods: ModerationAccess,
    private readonly libraries: LibrariesPolicy,
    private readonly policy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
    private readonly log: ModLogService,
  ) {}

  async setRole(ctx: RequestContext, input: SetMemberRoleInput): Promise<Membership> {
    const { community, access } = await this.mods.community(ctx, input.communityId);
    const actorId = requireViewer(ctx).id;
    if (input.userId === actorId) throw badInput('You cannot change your own role.', { fields: { userId: ['is you'] } });
    const mayGrantModerator =
      requireViewer(ctx).isPlatformAdmin ||
      access.membership?.role === MemberRole.OWNER ||
      (await this.libraries.isStaff(ctx, community.libraryId));
    const membership = await this.db.transaction(async (em) => {
      const current = await em.findOne(Membership, {
        where: { communityId: community.id, userId: input.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.state !== MembershipState.ACTIVE)
        throw notFound('An active member with that id', { reason: 'MEMBERSHIP_NOT_FOUND' });
      // A fellow owner or moderator's role is changed by the library's staff or a platform admin only.
      await this.mods.requireMayActOn(ctx, community, input.userId, em);
      if (current.role === MemberRole.OWNER) throw conflict("An owner's role is not changed this way.", { reason: 'TARGET_IS_OWNER' });
      if ((current.role === MemberRole.MODERATOR || input.role === MemberRole.MODERATOR) && !mayGrantModerator) {
        throw forbidden("Only the community's owners and the library's staff may make or unmake moderators.", {
          reason: 'OWNERS_OR_STAFF_ONLY',
        });
      }
      if (current.role === input.role) return current;
      await em.update(Membership, { id: current.id }, { role: input.role });
      await this.log.append(em, {
        actorId,
        action: ModAction.SET_MEMBER_ROLE,
        targetType: ModTarget.USER,
        targetId: input.userId,
        communityId: community.id,
        details: `${current.role} → ${input.role}`,
      });
      return em.findOneByOrFail(Membership, { id: current.id });
    });
    // A new or former moderator sees different things in open subscriptions.
    await this.live.accessChanged(community.id, input.userId);
    this.policy.forget(ctx, community.id);
    return membership;
  }
}
