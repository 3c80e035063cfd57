import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext, forbidden, notFound, requireViewer } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import {
  CommunitiesPolicy,
  CommunitiesService,
  Invitation,
  Membership,
  MembershipState,
  MembershipsService,
  Visibility,
} from '@waardenet/communities';

/**
 * Experts in communities: a user whose expertise a library verified joins that library's communities
 * as an EXPERT, and goes back to MEMBER when the library revokes the last expertise it verified.
 * Built on the memberships rules (bans, expired bans, invitations) of libs/communities.
 */
@Injectable()
export class ExpertMembershipsService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly memberships: MembershipsService,
    private readonly live: LiveEventsService,
  ) {}

  /**
   * ACTIVE with role EXPERT at once, in PUBLIC and RESTRICTED communities alike (the library vouched for
   * them); a PRIVATE one still needs an invitation (it is NOT_FOUND otherwise). A MEMBER becomes an EXPERT,
   * a moderator or owner keeps their role, and a ban stays in force.
   */
  async joinAsExpert(ctx: RequestContext, communityId: string): Promise<Membership> {
    const community = await this.communities.byId(ctx, communityId);
    const userId = requireViewer(ctx).id;
    if (!(await this.isVerifiedBy(this.db.manager, userId, community.libraryId))) {
      throw forbidden("Only people whose expertise this community's library verified may join as an expert; claim your expertise first.", {
        reason: 'EXPERTISE_NOT_VERIFIED',
      });
    }
    const { canModerate } = await this.policy.access(ctx, community);
    const membership = await this.db.transaction(async (em) => {
      const { existing, invitation } = await this.memberships.lockForJoin(em, communityId, userId);
      if (community.visibility === Visibility.PRIVATE && existing?.state !== MembershipState.ACTIVE && !invitation && !canModerate) {
        throw notFound('That community', { reason: 'COMMUNITY_NOT_FOUND' });
      }
      if (invitation) await em.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      // ON CONFLICT: a join racing this one ends in one membership, upgraded the same way.
      await em.query(
        `INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'EXPERT', 'ACTIVE')
           ON CONFLICT (community_id, user_id) DO UPDATE SET
             role = CASE WHEN memberships.role = 'MEMBER' THEN 'EXPERT' ELSE memberships.role END,
             state = CASE WHEN memberships.state = 'PENDING' THEN 'ACTIVE' ELSE memberships.state END`,
        [communityId, userId],
      );
      return em.findOneByOrFail(Membership, { communityId, userId });
    });
    this.memberships.joined(ctx, communityId, membership);
    await this.live.accessChanged(communityId, userId);
    return membership;
  }

  /**
   * Inside a revocation's transaction: when the user has no expertise left that this library verified,
   * their EXPERT memberships in its communities become MEMBER. Returns the communities changed.
   */
  async demoteIfNoLongerExpert(em: EntityManager, userId: string, libraryId: string): Promise<string[]> {
    if (await this.isVerifiedBy(em, userId, libraryId)) return [];
    const [rows] = await em.query<[{ community_id: string }[], number]>(
      `UPDATE memberships m SET role = 'MEMBER' FROM communities c
        WHERE c.id = m.community_id AND c.library_id = $2 AND m.user_id = $1 AND m.role = 'EXPERT' RETURNING m.community_id`,
      [userId, libraryId],
    );
    return rows.map((r) => r.community_id);
  }

  /** After the commit: open subscriptions re-check the user's rights, and this request forgets what it cached. */
  async afterRoleChange(ctx: RequestContext, userId: string, communityIds: string[]): Promise<void> {
    for (const communityId of communityIds) {
      if (ctx.viewer?.id === userId) this.policy.forget(ctx, communityId);
      await this.live.accessChanged(communityId, userId);
    }
  }

  private async isVerifiedBy(em: EntityManager, userId: string, libraryId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `SELECT 1 FROM expertise WHERE user_id = $1 AND library_id = $2 AND state = 'VERIFIED' LIMIT 1`,
      [userId, libraryId],
    );
    return rows.length > 0;
  }
}
