import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  forbidden,
  requireViewer,
} from '@waardenet/core';
import { LibrariesPolicy, LibrariesService, Library, LibraryStaff, StaffRole } from '@waardenet/libraries';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesService } from './communities.service';
import { Community } from './community.entity';
import { EmailInvitationPreview, InviteByEmailInput, InviteStaffByEmailInput } from './dto/email-invitation.inputs';
import { EmailInvitation } from './email-invitation.entity';
import { Invitation } from './invitation.entity';
import { Membership, MembershipState, effectiveMembership, isBanned } from './membership.entity';
import { MembershipsService } from './memberships.service';

const LIFETIME_DAYS = 14;
/** Invitations by email one person may send in 24 hours (all communities and libraries together): mail to strangers is not a mailing list. */
export const EMAIL_INVITATIONS_PER_DAY = 100;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const invalid = () =>
  new AppError('NOT_FOUND', 'This invitation has expired, was used already, or does not exist; ask for a new one.', {
    reason: 'EMAIL_INVITATION_INVALID',
  });

/** The mail, in Dutch with English below (the address may have no account, so no language setting to go by). */
function invitationMail(what: { nl: string; en: string }, inviter: string, link: string) {
  return {
    subject: `Uitnodiging: ${what.nl} / Invitation: ${what.en}`,
    text:
      `${inviter} nodigt je uit voor ${what.nl} op Waardenet.\n` +
      `Neem de uitnodiging aan via deze link (hij werkt één keer, ${LIFETIME_DAYS} dagen lang). Heb je nog geen account, dan maak je er onderweg een:\n${link}\n\n` +
      `Verwachtte je dit niet? Dan kun je deze mail negeren.\n\n---\n\n` +
      `${inviter} invites you to ${what.en} on Waardenet.\n` +
      `Accept with this link (it works once, for ${LIFETIME_DAYS} days). No account yet? You create one on the way:\n${link}\n\n` +
      `Did not expect this? Then ignore this mail.\n`,
  };
}

/**
 * Invitations by email address, to a community (its moderators invite) or to a library's staff (its admins invite).
 * The inviter always gets the same answer: an address with an account and one without are treated alike (a mail
 * with a link); an account also finds a community invitation on the community's page. Accepting needs the link.
 */
@Injectable()
export class EmailInvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly memberships: MembershipsService,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async inviteToCommunity(ctx: RequestContext, input: InviteByEmailInput): Promise<true> {
    const community = await this.communities.byId(ctx, input.communityId);
    await this.policy.requireModerator(ctx, community);
    const viewer = requireViewer(ctx);
    await this.requireUnderDailyCap(viewer.id);
    const token = randomBytes(32).toString('base64url');
    const mail = invitationMail(
      { nl: `de gemeenschap ${community.name}`, en: `the community ${community.name}` },
      await this.nameOf(viewer.id),
      this.link(token),
    );
    await this.db.transaction(async (em) => {
      const [account] = await em.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = $1`, [input.email]);
      const member = account ? await em.findOne(Membership, { where: { communityId: community.id, userId: account.id } }) : null;
      // A banned member is not invited, and a member needs no invitation: nothing is sent, and the inviter is told the same.
      // Everything the inviter can see afterwards reads alike too: the row counts towards the daily cap (expired at once,
      // its token never sent) and the log has its line; otherwise the cap or the log would tell a moderator which
      // addresses belong to the community's members.
      const unsent = !!account && (isBanned(member) || effectiveMembership(member)?.state === MembershipState.ACTIVE);
      await em.insert(EmailInvitation, {
        tokenHash: hashOf(token),
        email: input.email,
        communityId: community.id,
        libraryId: null,
        staffRole: null,
        invitedById: viewer.id,
        expiresAt: unsent ? new Date() : new Date(Date.now() + LIFETIME_DAYS * 86_400_000),
      });
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.INVITE_MEMBER,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
        details: 'by email',
      });
      if (unsent) return;
      if (account) {
        // The account gets the invitation itself too: the community's page lets them join.
        await em
          .createQueryBuilder()
          .insert()
          .into(Invitation)
          .values({ communityId: community.id, userId: account.id, invitedById: viewer.id, acceptedAt: null })
          .orUpdate(['invited_by_id', 'accepted_at'], ['community_id', 'user_id'])
          .execute();
      }
      await this.queueMail(em, account?.id ?? null, input.email, mail);
    });
    return true;
  }

  async inviteStaff(ctx: RequestContext, input: InviteStaffByEmailInput): Promise<true> {
    const library = await this.libraries.byId(ctx, input.libraryId);
    await this.libraryPolicy.requireLibraryAdmin(ctx, library.id);
    const viewer = requireViewer(ctx);
    await this.requireUnderDailyCap(viewer.id);
    const token = randomBytes(32).toString('base64url');
    const role = input.role === StaffRole.ADMIN ? { nl: 'beheerder', en: 'admin' } : { nl: 'gemeenschapsmanager', en: 'community manager' };
    const mail = invitationMail(
      { nl: `het team van ${library.name} (als ${role.nl})`, en: `the staff of ${library.name} (as ${role.en})` },
      await this.nameOf(viewer.id),
      this.link(token),
    );
    await this.db.transaction(async (em) => {
      const [account] = await em.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = $1`, [input.email]);
      await em.insert(EmailInvitation, {
        tokenHash: hashOf(token),
        email: input.email,
        communityId: null,
        libraryId: library.id,
        staffRole: input.role,
        invitedById: viewer.id,
        expiresAt: new Date(Date.now() + LIFETIME_DAYS * 86_400_000),
      });
      await this.queueMail(em, account?.id ?? null, input.email, mail);
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.INVITE_MEMBER,
        targetType: ModTarget.LIBRARY,
        targetId: library.id,
        communityId: null,
        libraryId: library.id,
        details: `staff by email: ${input.role}`,
      });
    });
    return true;
  }

  /** What the link is for; NOT_FOUND (EMAIL_INVITATION_INVALID) when it no longer works. */
  async preview(token: string): Promise<EmailInvitationPreview> {
    const invitation = await this.usable(this.db, token, false);
    if (invitation.communityId) {
      const community = await this.db.getRepository(Community).findOneByOrFail({ id: invitation.communityId });
      const library = await this.db.getRepository(Library).findOneByOrFail({ id: community.libraryId });
      return { communityName: community.name, communitySlug: community.slug, libraryName: library.name, librarySlug: library.slug };
    }
    const library = await this.db.getRepository(Library).findOneByOrFail({ id: invitation.libraryId ?? '' });
    return { libraryName: library.name, librarySlug: library.slug, staffRole: invitation.staffRole as StaffRole };
  }

  /** Accepts for the signed-in account: a member of the community (ACTIVE at once), or on the library's staff with the role. */
  async accept(ctx: RequestContext, token: string): Promise<EmailInvitationPreview> {
    const viewer = requireViewer(ctx);
    const preview = await this.preview(token);
    const communityId = await this.db.transaction(async (em) => {
      const invitation = await this.usable(em, token, true);
      // A staff role is not passed on with a forwarded mail: only the invited address takes it (a community link may be shared).
      if (invitation.libraryId) {
        const [me] = await em.query<{ email: string }[]>(`SELECT lower(email) AS email FROM users WHERE id = $1`, [viewer.id]);
        if (me?.email !== invitation.email.toLowerCase())
          throw forbidden("This invitation to the library's staff was sent to another email address.", {
            reason: 'EMAIL_INVITATION_OTHER_ADDRESS',
          });
      }
      await em.update(EmailInvitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedById: viewer.id });
      if (invitation.libraryId) {
        const key = { libraryId: invitation.libraryId, userId: viewer.id };
        const before = await em.findOne(LibraryStaff, { where: key, lock: { mode: 'pessimistic_write' } });
        // An admin already stays admin: an invitation never lowers a role.
        if (before?.role !== StaffRole.ADMIN && before?.role !== invitation.staffRole) {
          await em.upsert(LibraryStaff, { ...key, role: invitation.staffRole as StaffRole }, ['libraryId', 'userId']);
          await appendAudit(em, {
            actorId: invitation.invitedById,
            action: before ? ModAction.CHANGE_LIBRARY_STAFF_ROLE : ModAction.ADD_LIBRARY_STAFF,
            targetType: ModTarget.USER,
            targetId: viewer.id,
            communityId: null,
            libraryId: invitation.libraryId,
            details: `${before ? `${before.role} → ` : ''}${invitation.staffRole} (email invitation accepted)`,
          });
        }
        return null;
      }
      const communityId = invitation.communityId ?? '';
      const member = await em.findOne(Membership, { where: { communityId, userId: viewer.id } });
      if (isBanned(member)) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
      await em
        .createQueryBuilder()
        .insert()
        .into(Invitation)
        .values({ communityId, userId: viewer.id, invitedById: invitation.invitedById, acceptedAt: null })
        .orUpdate(['invited_by_id', 'accepted_at'], ['community_id', 'user_id'])
        .execute();
      return effectiveMembership(member)?.state === MembershipState.ACTIVE ? null : communityId;
    });
    if (communityId) {
      // The invitation is there now: joining takes it (ACTIVE at once), as after inviteToCommunity.
      this.policy.forget(ctx, communityId);
      await this.memberships.join(ctx, communityId);
    }
    return preview;
  }

  private async usable(em: DataSource | EntityManager, token: string, lock: boolean): Promise<EmailInvitation> {
    const invitation = await em.getRepository(EmailInvitation).findOne({
      where: { tokenHash: hashOf(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) throw invalid();
    // An invitation never outlives its inviter's right to send it (a moderator removed, an admin demoted, an account suspended).
    if (!(await this.inviterStillMay(em, invitation))) throw invalid();
    return invitation;
  }

  /**
   * Whether whoever sent the invitation may still send it: not suspended, and a moderator of the community (CommunitiesPolicy
   * moderates: its OWNER/MODERATOR members, the library's staff, platform admins) or an admin of the library (platform admins).
   */
  private async inviterStillMay(em: DataSource | EntityManager, invitation: EmailInvitation): Promise<boolean> {
    const [inviter] = await em.query<{ is_platform_admin: boolean; suspended: boolean }[]>(
      `SELECT is_platform_admin, (suspended_at IS NOT NULL AND (suspended_until IS NULL OR suspended_until > now())) AS suspended
         FROM users WHERE id = $1`,
      [invitation.invitedById],
    );
    if (!inviter || inviter.suspended) return false;
    if (invitation.communityId) {
      const community = await em.getRepository(Community).findOneBy({ id: invitation.communityId });
      return !!community && (await this.policy.moderates(em, community, invitation.invitedById));
    }
    if (inviter.is_platform_admin) return true;
    const staff = await em.getRepository(LibraryStaff).findOneBy({ libraryId: invitation.libraryId ?? '', userId: invitation.invitedById });
    return staff?.role === StaffRole.ADMIN;
  }

  /**
   * Refuses (RATE_LIMITED, EMAIL_INVITATIONS_PER_DAY) once the inviter sent EMAIL_INVITATIONS_PER_DAY in 24 hours; asked
   * before anything else, so the refusal never depends on the address. Invitations not sent (to a member) count alike.
   */
  private async requireUnderDailyCap(inviterId: string): Promise<void> {
    const [row] = await this.db.query<{ n: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM email_invitations WHERE invited_by_id = $1 AND created_at > now() - interval '1 day'`,
      [inviterId],
    );
    if (row.n < EMAIL_INVITATIONS_PER_DAY) return;
    const retryAfter = Math.max(60, Math.ceil(((row.oldest?.getTime() ?? Date.now()) + 86_400_000 - Date.now()) / 1000));
    throw new AppError('RATE_LIMITED', `You may send at most ${EMAIL_INVITATIONS_PER_DAY} invitations by email a day.`, {
      reason: 'EMAIL_INVITATIONS_PER_DAY',
      limit: EMAIL_INVITATIONS_PER_DAY,
      retryAfter,
    });
  }

  private async nameOf(userId: string): Promise<string> {
    const [row] = await this.db.query<{ display_name: string }[]>(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return row?.display_name ?? 'Waardenet';
  }

  private link(token: string): string {
    return `${this.config.email.publicUrl}/email-invite/${token}`;
  }

  private async queueMail(
    em: EntityManager,
    recipientId: string | null,
    to: string,
    mail: { subject: string; text: string },
  ): Promise<void> {
    await em.query(`INSERT INTO email_outbox (recipient_id, to_address, subject, text, next_attempt_at) VALUES ($1, $2, $3, $4, now())`, [
      recipientId,
      to,
      mail.subject,
      mail.text,
    ]);
  }
}
