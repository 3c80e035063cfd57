import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  ModAction,
  ModTarget,
  Page,
  RequestContext,
  appendAudit,
  conflict,
  cursorCodec,
  cursorPart,
  forbidden,
  notFound,
  pageSize,
  requireViewer,
} from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { AccountsService } from '@waardenet/accounts';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesService } from './communities.service';
import { Community, Visibility } from './community.entity';
import { Invitation } from './invitation.entity';
import { MemberRole, Membership, MembershipState, effectiveMembership, isBanned } from './membership.entity';

const MEMBERSHIPS_CURSOR = cursorCodec<[Date, string]>('memberships', [cursorPart.time, cursorPart.uuid]);

/** Joining, leaving, approval and invitations. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesService,
    private readonly accounts: AccountsService,
    private readonly live: LiveEventsService,
  ) {}

  async join(ctx: RequestContext, communityId: string): Promise<Membership> {
    const community = await this.communities.byId(ctx, communityId);
    const userId = requireViewer(ctx).id;
    // Moderators (the library's staff, platform admins) may join a private community without an invitation.
    const { canModerate } = await this.policy.access(ctx, community);
    const membership = await this.live.transaction(async (em, events) => {
      const { existing, invitation } = await this.lockForJoin(em, communityId, userId);
      // An invitation made while a request was pending lets that request through.
      if (existing && !(existing.state === MembershipState.PENDING && invitation)) return existing;
      if (community.visibility === Visibility.PRIVATE && !invitation && !canModerate) {
        throw forbidden('This community is private; you need an invitation to join.', { reason: 'INVITATION_REQUIRED' });
      }
      const open = community.visibility === Visibility.PUBLIC || !!invitation || canModerate;
      if (invitation) await em.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      if (existing) {
        await em.update(Membership, { id: existing.id }, { state: MembershipState.ACTIVE });
      } else {
        // ON CONFLICT makes two simultaneous joins by one user end in one membership, not an error.
        await em
          .createQueryBuilder()
          .insert()
          .into(Membership)
          .values({ communityId, userId, role: MemberRole.MEMBER, state: open ? MembershipState.ACTIVE : MembershipState.PENDING })
          .orIgnore()
          .execute();
      }
      const now = await em.findOneByOrFail(Membership, { communityId, userId });
      // A new request waits for a moderator: the community's moderators are alerted.
      if (!existing && now.state === MembershipState.PENDING) await events.announce({ type: 'membership.requested', communityId, userId });
      return now;
    });
    this.joined(ctx, communityId, membership);
    return membership;
  }

  /**
   * The first steps of every join, in its transaction: the membership's row is locked, a ban in force
   * refuses, a ban that ran out is settled, and the viewer's open invitation (if any) is found.
   * Also used by joining as an expert (libs/experts).
   */
  async lockForJoin(
    em: EntityManager,
    communityId: string,
    userId: string,
  ): Promise<{ existing: Membership | null; invitation: Invitation | null }> {
    const locked = await em.findOne(Membership, { where: { communityId, userId }, lock: { mode: 'pessimistic_write' } });
    if (isBanned(locked)) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    const existing = await this.settleExpiredBan(em, locked);
    const invitation = await em.findOne(Invitation, { where: { communityId, userId, acceptedAt: IsNull() } });
    return { existing, invitation };
  }

  /** After a join committed: the request's cached view of the viewer's membership was read before it; the answer must show the new one. */
  joined(ctx: RequestContext, communityId: string, membership: Membership): void {
    this.policy.forget(ctx, communityId);
    this.policy.membershipLoader(ctx).prime(communityId, membership);
  }

  async leave(ctx: RequestContext, communityId: string): Promise<boolean> {
    await this.communities.byId(ctx, communityId);
    const userId = requireViewer(ctx).id;
    const left = await this.db.transaction(async (em) => {
      const locked = await em.findOne(Membership, { where: { communityId, userId }, lock: { mode: 'pessimistic_write' } });
      // A ban stays on record, or leaving and re-joining would lift it.
      if (isBanned(locked)) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
      const membership = await this.settleExpiredBan(em, locked);
      if (!membership) throw notFound('Your membership of this community', { reason: 'MEMBERSHIP_NOT_FOUND' });
      if (membership.role === MemberRole.OWNER && (await this.otherOwners(em, communityId, userId)) === 0) {
        throw conflict('You are the only owner of this community; make someone else owner before you leave.', { reason: 'LAST_OWNER' });
      }
      await em.delete(Membership, { id: membership.id });
      return true;
    });
    this.policy.forget(ctx, communityId);
    this.policy.membershipLoader(ctx).prime(communityId, null);
    // Open subscriptions of this user in the community are re-checked (and ended) before any later event.
    await this.live.accessChanged(communityId, userId);
    return left;
  }

  /**
   * A moderator removes a member (not an owner); they may ask to join again, unlike after a ban. A fellow
   * moderator is removed only by the library's staff or a platform admin (TARGET_IS_MODERATOR). Logged.
   */
  async remove(ctx: RequestContext, communityId: string, userId: string, reason: string | null = null): Promise<boolean> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireModerator(ctx, community);
    await this.db.transaction(async (em) => {
      const membership = await em.findOne(Membership, { where: { communityId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!membership || membership.state === MembershipState.BANNED)
        throw notFound('A membership of that user', { reason: 'MEMBERSHIP_NOT_FOUND' });
      if (membership.role === MemberRole.OWNER)
        throw conflict('An owner cannot be removed; make them a member first.', { reason: 'TARGET_IS_OWNER' });
      await this.policy.requireMayActOn(ctx, community, userId, em);
      await em.delete(Membership, { id: membership.id });
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.REMOVE_MEMBER,
        targetType: ModTarget.USER,
        targetId: userId,
        communityId,
        reason,
        details: `${membership.state} ${membership.role}`,
      });
    });
    await this.live.accessChanged(communityId, userId);
    return true;
  }

  async decide(
    ctx: RequestContext,
    communityId: string,
    userId: string,
    approve: boolean,
    reason: string | null = null,
  ): Promise<Membership | null> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireModerator(ctx, community);
    return this.live.transaction(async (em, events) => {
      const membership = await em.findOne(Membership, { where: { communityId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!membership || membership.state !== MembershipState.PENDING)
        throw notFound('A pending request to join from that user', { reason: 'JOIN_REQUEST_NOT_FOUND' });
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: approve ? ModAction.APPROVE_MEMBER : ModAction.REJECT_MEMBER,
        targetType: ModTarget.USER,
        targetId: userId,
        communityId,
        reason,
      });
      if (!approve) {
        await em.delete(Membership, { id: membership.id });
        return null;
      }
      await em.update(Membership, { id: membership.id }, { state: MembershipState.ACTIVE });
      await events.announce({ type: 'membership.approved', communityId, userId, byUserId: requireViewer(ctx).id });
      return em.findOneByOrFail(Membership, { id: membership.id });
    });
  }

  async invite(ctx: RequestContext, communityId: string, userId: string): Promise<boolean> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireModerator(ctx, community);
    await this.accounts.byId(ctx, userId);
    const member = await this.db.getRepository(Membership).findOne({ where: { communityId, userId } });
    if (effectiveMembership(member)?.state === MembershipState.ACTIVE)
      throw conflict('That user is already a member.', { reason: 'ALREADY_MEMBER' });
    if (isBanned(member)) throw conflict('That user is banned from this community; lift the ban first.', { reason: 'TARGET_BANNED' });
    await this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(Invitation)
        .values({ communityId, userId, invitedById: requireViewer(ctx).id, acceptedAt: null })
        .orUpdate(['invited_by_id', 'accepted_at'], ['community_id', 'user_id'])
        .execute();
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.INVITE_MEMBER,
        targetType: ModTarget.USER,
        targetId: userId,
        communityId,
      });
    });
    return true;
  }

  async members(
    ctx: RequestContext,
    community: Community,
    state: MembershipState,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Membership>> {
    const access = await this.policy.access(ctx, community);
    if (state !== MembershipState.ACTIVE && !access.canModerate)
      throw forbidden('Only moderators can see pending and banned members.', { reason: 'ONLY_MODERATORS' });
    if (!access.canRead) throw forbidden('Only members can see who belongs to this community.', { reason: 'MEMBERS_ONLY' });
    const limit = pageSize(first);
    const cursor = MEMBERSHIPS_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.community_id = :id AND m.state = :state', { id: community.id, state })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (cursor) qb.andWhere('(m.created_at, m.id) > (:at, :mid)', { at: cursor[0], mid: cursor[1] });
    // A ban that ran out is no longer listed as one.
    if (state === MembershipState.BANNED) qb.andWhere('(m.banned_until IS NULL OR m.banned_until > now())');
    return MEMBERSHIPS_CURSOR.page(await qb.getMany(), limit, (m) => [m.createdAt, m.id]);
  }

  /**
   * Writes down that a ban ran out (a locked row): the membership returns to its state before the ban,
   * or goes when the user was not a member. Returns the membership as it now is.
   */
  async settleExpiredBan(em: EntityManager, m: Membership | null): Promise<Membership | null> {
    if (!m || m.state !== MembershipState.BANNED || isBanned(m)) return m;
    if (!m.stateBeforeBan) {
      await em.delete(Membership, { id: m.id });
      return null;
    }
    await em.update(Membership, { id: m.id }, { state: m.stateBeforeBan, banReason: null, bannedUntil: null, stateBeforeBan: null });
    return em.findOneByOrFail(Membership, { id: m.id });
  }

  /** Active member counts, batched for a page of communities. */
  countLoader(ctx: RequestContext): DataLoader<string, number> {
    return ctx.cached(
      'communities.memberCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows: { community_id: string; n: string }[] = await this.db.query(
            `SELECT community_id, count(*) AS n FROM memberships WHERE community_id = ANY($1) AND state = 'ACTIVE' GROUP BY community_id`,
            [[...ids]],
          );
          const byId = new Map(rows.map((r) => [r.community_id, Number(r.n)]));
          return ids.map((id) => byId.get(id) ?? 0);
        }),
    );
  }

  private otherOwners(em: EntityManager, communityId: string, userId: string): Promise<number> {
    return em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.community_id = :communityId AND m.user_id <> :userId AND m.role = :role AND m.state = :state', {
        communityId,
        userId,
        role: MemberRole.OWNER,
        state: MembershipState.ACTIVE,
      })
      .getCount();
  }
}
