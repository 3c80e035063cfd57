import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { AppError, ModAction, ModTarget, RequestContext, appendAudit, badInput, forbidden, requireViewer } from '@waardenet/core';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesService } from './communities.service';
import { Community } from './community.entity';
import { CreateInviteLinkInput } from './dto/invite-link.inputs';
import { Invitation } from './invitation.entity';
import { InviteLink } from './invite-link.entity';
import { Membership, MembershipState, effectiveMembership, isBanned } from './membership.entity';
import { MembershipsService } from './memberships.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The open links a community keeps at once (the list is not paginated). */
export const MAX_OPEN_INVITE_LINKS = 20;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const invalid = () =>
  new AppError('NOT_FOUND', 'This invitation link does not work: it was revoked or does not exist.', { reason: 'INVITE_LINK_INVALID' });

/** What a link's follower sees before joining: the community's name, whether the link still works. */
export interface InviteLinkView {
  link: InviteLink;
  community: Community;
}

/**
 * Invitation links: a moderator makes one (a token shown once; only its hash is kept), shares it, and
 * whoever follows it while it works joins as if invited (ACTIVE at once, even a PRIVATE community). A
 * ban in force still refuses; a member already active uses nothing up. Made and revoked links are logged.
 */
@Injectable()
export class InviteLinksService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  async create(ctx: RequestContext, input: CreateInviteLinkInput): Promise<{ link: InviteLink; token: string }> {
    const community = await this.communities.byId(ctx, input.communityId);
    await this.policy.requireModerator(ctx, community);
    const token = randomBytes(24).toString('base64url');
    const days = input.days ?? 7;
    const link = await this.db.transaction(async (em) => {
      const open = await em
        .createQueryBuilder(InviteLink, 'l')
        .where('l.community_id = :id AND l.revoked_at IS NULL AND l.expires_at > now()', { id: community.id })
        .getCount();
      if (open >= MAX_OPEN_INVITE_LINKS) {
        throw badInput(`A community keeps at most ${MAX_OPEN_INVITE_LINKS} open invitation links; revoke one first.`, {
          fields: { communityId: [`has ${MAX_OPEN_INVITE_LINKS} open links already`] },
        });
      }
      const made = await em.save(
        em.create(InviteLink, {
          communityId: community.id,
          tokenHash: hashOf(token),
          createdById: requireViewer(ctx).id,
          expiresAt: new Date(Date.now() + days * DAY_MS),
          maxUses: input.maxUses ?? null,
        }),
      );
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.CREATE_INVITE_LINK,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
        details: `${days} days, ${input.maxUses ? `at most ${input.maxUses} uses` : 'no use limit'}`,
        expiresAt: made.expiresAt,
      });
      return made;
    });
    return { link, token };
  }

  /** The links of a community that still work, newest first: its moderators only. */
  async open(ctx: RequestContext, communityId: string): Promise<InviteLink[]> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireModerator(ctx, community);
    return this.db
      .getRepository(InviteLink)
      .createQueryBuilder('l')
      .where('l.community_id = :id AND l.revoked_at IS NULL AND l.expires_at > now()', { id: community.id })
      .andWhere('(l.max_uses IS NULL OR l.uses < l.max_uses)')
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(MAX_OPEN_INVITE_LINKS)
      .getMany();
  }

  async revoke(ctx: RequestContext, id: string): Promise<boolean> {
    const link = await this.db.getRepository(InviteLink).findOneBy({ id });
    if (!link) throw invalid();
    const community = await this.communities.byId(ctx, link.communityId).catch(() => {
      throw invalid();
    });
    await this.policy.requireModerator(ctx, community);
    await this.db.transaction(async (em) => {
      await em.update(InviteLink, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.REVOKE_INVITE_LINK,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
      });
    });
    return true;
  }

  /** The community a link leads to, and whether it still works; null for a token that was never made or was revoked. */
  async preview(token: string): Promise<InviteLinkView | null> {
    const link = await this.db.getRepository(InviteLink).findOneBy({ tokenHash: hashOf(token) });
    if (!link || link.revokedAt) return null;
    const community = await this.db.getRepository(Community).findOneByOrFail({ id: link.communityId });
    return { link, community };
  }

  /** Joins the link's community as if invited; refuses an expired or used-up link, and a banned member. */
  async accept(ctx: RequestContext, token: string): Promise<Membership> {
    const userId = requireViewer(ctx).id;
    const communityId = await this.db.transaction(async (em) => {
      const link = await em.findOne(InviteLink, { where: { tokenHash: hashOf(token) }, lock: { mode: 'pessimistic_write' } });
      if (!link || link.revokedAt) throw invalid();
      if (link.expiresAt.getTime() <= Date.now())
        throw forbidden('This invitation link has expired; ask a moderator for a new one.', { reason: 'INVITE_LINK_EXPIRED' });
      const member = await em.findOne(Membership, { where: { communityId: link.communityId, userId } });
      if (isBanned(member)) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
      // Already in: nothing is used up.
      if (effectiveMembership(member)?.state === MembershipState.ACTIVE) return link.communityId;
      if (link.maxUses !== null && link.uses >= link.maxUses) {
        throw forbidden('As many people as allowed have joined with this invitation link; ask a moderator for a new one.', {
          reason: 'INVITE_LINK_USED_UP',
        });
      }
      await em.increment(InviteLink, { id: link.id }, 'uses', 1);
      await em
        .createQueryBuilder()
        .insert()
        .into(Invitation)
        .values({ communityId: link.communityId, userId, invitedById: link.createdById, acceptedAt: null })
        .orUpdate(['invited_by_id', 'accepted_at'], ['community_id', 'user_id'])
        .execute();
      return link.communityId;
    });
    // The invitation is now there: joining takes it (ACTIVE at once), as after inviteToCommunity.
    this.policy.forget(ctx, communityId);
    return this.memberships.join(ctx, communityId);
  }
}
