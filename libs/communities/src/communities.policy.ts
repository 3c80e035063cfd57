import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  AppError,
  RequestContext,
  forbidden,
  notFound,
  suspendedStaffRefusal,
  totpSetupRefusal,
  unauthenticated,
  requireViewer,
} from '@waardenet/core';
import { LibrariesPolicy } from '@waardenet/libraries';
import { Community, Visibility } from './community.entity';
import { Invitation } from './invitation.entity';
import { MemberRole, Membership, MembershipState, effectiveMembership, isBanned } from './membership.entity';

export interface CommunityAccess {
  /** The community itself (name, description) may be shown. */
  canSee: boolean;
  /** Its threads and posts may be read. */
  canRead: boolean;
  /** The viewer may start threads, reply and react. */
  canPost: boolean;
  canModerate: boolean;
  /** Banned here (a ban in force): may read a public community, but not post, react, report or subscribe. */
  banned: boolean;
  /** The viewer's membership as it stands now (a ban that ran out counts as the state before it). */
  membership: Membership | null;
}

const MODERATOR_ROLES = new Set([MemberRole.OWNER, MemberRole.MODERATOR]);

/** `effectiveMembership(m).state === ACTIVE` in SQL over a memberships alias: active, or banned by a ban that ran out while active before. */
const activeSql = (m: string) =>
  `(${m}.state = 'ACTIVE' OR (${m}.state = 'BANNED' AND ${m}.banned_until <= now() AND ${m}.state_before_ban = 'ACTIVE'))`;

/**
 * The read and write rules of communities, in one place. Every domain that shows community content
 * (threads, posts, search, live events) asks here.
 */
@Injectable()
export class CommunitiesPolicy {
  constructor(
    private readonly db: DataSource,
    private readonly libraries: LibrariesPolicy,
  ) {}

  /** The viewer's rights in a community, worked out once per request (every post field asks). */
  access(ctx: RequestContext, community: Community): Promise<CommunityAccess> {
    // An anonymous read the read cache may store: its answer may show this community (stored only when all such are PUBLIC).
    ctx.readRecord?.community(community.id, community.visibility);
    const cache = ctx.cached('communities.access', () => new Map<string, Promise<CommunityAccess>>());
    const key = `${ctx.viewer?.id ?? '-'}:${community.id}`;
    let access = cache.get(key);
    if (!access) cache.set(key, (access = this.computeAccess(ctx, community)));
    return access;
  }

  /** Forgets the cached rights after the viewer's membership changed within this request. */
  forget(ctx: RequestContext, communityId: string): void {
    ctx.cached('communities.access', () => new Map<string, Promise<CommunityAccess>>()).delete(`${ctx.viewer?.id ?? '-'}:${communityId}`);
    this.membershipLoader(ctx).clear(communityId);
  }

  private async computeAccess(ctx: RequestContext, community: Community): Promise<CommunityAccess> {
    const viewer = ctx.viewer;
    // A suspended account reads what a visitor reads, and nothing more.
    if (viewer?.suspended) {
      const open = community.visibility !== Visibility.PRIVATE;
      return {
        canSee: open,
        canRead: community.visibility === Visibility.PUBLIC,
        canPost: false,
        canModerate: false,
        banned: false,
        membership: null,
      };
    }
    const membership = viewer ? effectiveMembership(await this.membershipLoader(ctx).load(community.id)) : null;
    const active = membership?.state === MembershipState.ACTIVE;
    const canModerate =
      !!viewer &&
      (viewer.isPlatformAdmin ||
        (await this.libraries.isStaff(ctx, community.libraryId)) ||
        (active && !!membership && MODERATOR_ROLES.has(membership.role)));
    const member = active || canModerate;
    let canSee = community.visibility !== Visibility.PRIVATE || member;
    if (!canSee && viewer) canSee = await this.isInvited(ctx, community.id);
    const canRead = community.visibility === Visibility.PUBLIC || member;
    return { canSee, canRead, canPost: member, canModerate, banned: isBanned(membership), membership };
  }

  /** Returns the community if the viewer may see it; PRIVATE ones answer NOT_FOUND so their existence does not leak. */
  async requireVisible(ctx: RequestContext, community: Community | null): Promise<Community> {
    if (!community || !(await this.access(ctx, community)).canSee) throw notFound('That community', { reason: 'COMMUNITY_NOT_FOUND' });
    return community;
  }

  async requireReadable(ctx: RequestContext, community: Community): Promise<CommunityAccess> {
    const access = await this.access(ctx, community);
    if (!access.canSee) throw notFound('That community', { reason: 'COMMUNITY_NOT_FOUND' });
    if (!access.canRead)
      throw forbidden('Only members of this community can read its threads; ask to join first.', { reason: 'MEMBERS_ONLY' });
    return access;
  }

  async requirePoster(ctx: RequestContext, community: Community): Promise<CommunityAccess> {
    if (!ctx.viewer) throw unauthenticated();
    const access = await this.requireReadable(ctx, community);
    if (access.banned && !access.canPost) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (!access.canPost) throw forbidden('Only active members of this community can post here; join it first.', { reason: 'NOT_A_MEMBER' });
    return access;
  }

  async requireModerator(ctx: RequestContext, community: Community): Promise<CommunityAccess> {
    if (!ctx.viewer) throw unauthenticated();
    const access = await this.access(ctx, community);
    if (!access.canSee) throw notFound('That community', { reason: 'COMMUNITY_NOT_FOUND' });
    // computeAccess gives a suspended account no moderator right; say why, so they know it comes back.
    if (ctx.viewer.suspended) throw suspendedStaffRefusal();
    // Staff rights paused until two-step verification is on; a community's own moderators who are not staff need none.
    if (!access.canModerate && ctx.viewer.totpSetupRequired) throw totpSetupRefusal();
    if (!access.canModerate) throw forbidden("Only this community's moderators may do this.", { reason: 'ONLY_MODERATORS' });
    return access;
  }

  /**
   * Moderators do not act on each other: a community's OWNER and MODERATOR members may not ban, remove,
   * change the role of, take down, delete, edit or redact the posts of anyone who moderates the same
   * community (its owners and moderators, the library's staff, platform admins). Only the library's staff
   * and platform admins may. Acting on oneself is the author's own business, not moderation.
   * `targetUserId` null (the system) is never protected. Throws FORBIDDEN with reason TARGET_IS_MODERATOR.
   */
  async requireMayActOn(
    ctx: RequestContext,
    community: Community,
    targetUserId: string | null,
    em: DataSource | EntityManager = this.db,
  ): Promise<void> {
    const viewer = ctx.viewer;
    if (!viewer || !targetUserId || targetUserId === viewer.id) return;
    if (await this.moderates(em, community, targetUserId)) await this.requireAboveModerators(ctx, community);
  }

  /** Passes the library's staff and platform admins; refuses anyone else with TARGET_IS_MODERATOR (see requireMayActOn). */
  async requireAboveModerators(ctx: RequestContext, community: Community): Promise<void> {
    if (ctx.viewer?.isPlatformAdmin || (await this.libraries.isStaff(ctx, community.libraryId))) return;
    if (ctx.viewer?.totpSetupRequired) throw totpSetupRefusal();
    throw new AppError(
      'FORBIDDEN',
      "Moderators cannot act on a fellow moderator of this community (or their posts); ask the library's staff.",
      { reason: 'TARGET_IS_MODERATOR' },
    );
  }

  /** Whether the user holds a moderating role in the community: an active OWNER or MODERATOR member, the library's staff or a platform admin (a suspension pauses the right, not the role). */
  async moderates(em: DataSource | EntityManager, community: Community, userId: string): Promise<boolean> {
    const [row] = await em.query<{ moderates: boolean }[]>(
      `SELECT u.is_platform_admin
           OR EXISTS (SELECT 1 FROM library_staff s WHERE s.library_id = $2 AND s.user_id = u.id)
           OR EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = $3 AND m.user_id = u.id AND m.role IN ('OWNER', 'MODERATOR') AND ${activeSql('m')}) AS moderates
         FROM users u WHERE u.id = $1`,
      [userId, community.libraryId, community.id],
    );
    return !!row?.moderates;
  }

  /**
   * The same visibility rule as `access().canSee`, as SQL over a communities alias, for lists and search.
   * Returns a condition and its parameters.
   */
  visibleSql(ctx: RequestContext, alias: string): { sql: string; params: Record<string, unknown> } {
    // Rows of many communities, none of them written down: such an answer is never shared (fail closed).
    ctx.readRecord?.taint('visibleSql');
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return { sql: `${alias}.visibility <> 'PRIVATE'`, params: {} };
    if (viewer.isPlatformAdmin) return { sql: 'TRUE', params: {} };
    return {
      sql: `(${alias}.visibility <> 'PRIVATE'
        OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.community_id = ${alias}.id AND vm.user_id = :viewerId AND ${activeSql('vm')})
        OR EXISTS (SELECT 1 FROM library_staff vs WHERE vs.library_id = ${alias}.library_id AND vs.user_id = :viewerId)
        OR EXISTS (SELECT 1 FROM invitations vi WHERE vi.community_id = ${alias}.id AND vi.user_id = :viewerId AND vi.accepted_at IS NULL))`,
      params: { viewerId: viewer.id },
    };
  }

  /** The communities the signed-in viewer belongs to or asked to join (not banned), as SQL over a communities alias. */
  memberOfSql(ctx: RequestContext, alias: string): { sql: string; params: Record<string, unknown> } {
    ctx.readRecord?.taint('memberOfSql');
    return {
      sql: `EXISTS (SELECT 1 FROM memberships mo WHERE mo.community_id = ${alias}.id AND mo.user_id = :memberId AND (mo.state = 'PENDING' OR ${activeSql('mo')}))`,
      params: { memberId: requireViewer(ctx).id },
    };
  }

  /** The same rule as `access().canRead` (threads and posts may be read), as SQL over a communities alias. */
  readableSql(ctx: RequestContext, alias: string): { sql: string; params: Record<string, unknown> } {
    // Rows of many communities, none of them written down: such an answer is never shared (fail closed).
    ctx.readRecord?.taint('readableSql');
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return { sql: `${alias}.visibility = 'PUBLIC'`, params: {} };
    if (viewer.isPlatformAdmin) return { sql: 'TRUE', params: {} };
    return {
      sql: `(${alias}.visibility = 'PUBLIC'
        OR EXISTS (SELECT 1 FROM memberships rm WHERE rm.community_id = ${alias}.id AND rm.user_id = :viewerId AND ${activeSql('rm')})
        OR EXISTS (SELECT 1 FROM library_staff rs WHERE rs.library_id = ${alias}.library_id AND rs.user_id = :viewerId))`,
      params: { viewerId: viewer.id },
    };
  }

  /** The same rule as `access().canModerate`, as SQL over a communities alias. */
  moderatesSql(ctx: RequestContext, alias: string): { sql: string; params: Record<string, unknown> } {
    // Rows of many communities, none of them written down: such an answer is never shared (fail closed).
    ctx.readRecord?.taint('moderatesSql');
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return { sql: 'FALSE', params: {} };
    if (viewer.isPlatformAdmin) return { sql: 'TRUE', params: {} };
    return {
      sql: `(EXISTS (SELECT 1 FROM library_staff ms WHERE ms.library_id = ${alias}.library_id AND ms.user_id = :viewerId)
        OR EXISTS (SELECT 1 FROM memberships mm WHERE mm.community_id = ${alias}.id AND mm.user_id = :viewerId AND mm.role IN ('OWNER', 'MODERATOR')
          AND ${activeSql('mm')}))`,
      params: { viewerId: viewer.id },
    };
  }

  /** The viewer's membership per community, batched per request. */
  membershipLoader(ctx: RequestContext): DataLoader<string, Membership | null> {
    return ctx.cached(
      'communities.viewerMembership',
      () =>
        new DataLoader<string, Membership | null>(async (ids) => {
          const rows = await ctx
            .reader(this.db)
            .getRepository(Membership)
            .findBy({ userId: requireViewer(ctx).id, communityId: In([...ids]) });
          const byCommunity = new Map(rows.map((m) => [m.communityId, m]));
          return ids.map((id) => byCommunity.get(id) ?? null);
        }),
    );
  }

  private isInvited(ctx: RequestContext, communityId: string): Promise<boolean> {
    return ctx
      .reader(this.db)
      .getRepository(Invitation)
      .exists({ where: { communityId, userId: requireViewer(ctx).id, acceptedAt: IsNull() } });
  }
}
