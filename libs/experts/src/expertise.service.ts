import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import {
  Page,
  RequestContext,
  badInput,
  conflict,
  cursorCodec,
  cursorPart,
  entityLoader,
  forbidden,
  hydrate,
  notFound,
  pageSize,
  requireViewer,
} from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { LibrariesService } from '@waardenet/libraries';
import { ClaimExpertiseInput, RejectExpertiseInput, RevokeExpertiseInput, VerifyExpertiseInput } from './dto/experts.inputs';
import { ExpertMembershipsService } from './expert-memberships.service';
import { ExpertiseAction } from './expertise-log-entry.entity';
import { ExpertiseLogService } from './expertise-log.service';
import { Expertise, ExpertiseState, MAX_OPEN_CLAIMS, RECLAIM_AFTER_REJECTION_DAYS, topicKey } from './expertise.entity';
import { ExpertsPolicy } from './experts.policy';

const CLAIMS_CURSOR = cursorCodec<[Date, string]>('expertiseClaims', [cursorPart.time, cursorPart.uuid]);

/** Claiming, verifying, rejecting, revoking and withdrawing expertise, and the lists and loaders that show it. */
@Injectable()
export class ExpertiseService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: ExpertsPolicy,
    private readonly libraries: LibrariesService,
    private readonly live: LiveEventsService,
    private readonly log: ExpertiseLogService,
    private readonly memberships: ExpertMembershipsService,
  ) {}

  async claim(ctx: RequestContext, input: ClaimExpertiseInput): Promise<Expertise> {
    const userId = requireViewer(ctx).id;
    const key = topicKey(input.topic);
    // The claimant picks the library that reviews it; only that library's staff (and platform admins) will see it.
    await this.libraries.byId(ctx, input.libraryId);
    return this.db.transaction(async (em) => {
      // One user's claims serialise on their row, so two racing claims cannot both pass the limit.
      await em.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const open = await em.count(Expertise, { where: { userId, state: ExpertiseState.CLAIMED } });
      if (open >= MAX_OPEN_CLAIMS)
        throw conflict(`You have ${MAX_OPEN_CLAIMS} claims awaiting review; wait until a library has looked at them.`, {
          reason: 'TOO_MANY_OPEN_CLAIMS',
        });
      const [same] = await em.query<{ state: ExpertiseState }[]>(
        `SELECT state FROM expertise WHERE user_id = $1 AND topic_key = $2 AND state IN ('CLAIMED', 'VERIFIED')`,
        [userId, key],
      );
      if (same)
        throw conflict(
          `You already ${same.state === ExpertiseState.VERIFIED ? 'have verified' : 'claimed'} expertise on "${input.topic}".`,
          { reason: 'EXPERTISE_ALREADY_CLAIMED' },
        );
      // A rejected topic may be claimed again, for a fresh review, once RECLAIM_AFTER_REJECTION_DAYS have passed.
      const [rejected]: { again: Date }[] = await em.query(
        `SELECT max(rejected_at) + make_interval(days => $3) AS again FROM expertise
          WHERE user_id = $1 AND topic_key = $2 AND state = 'REJECTED' HAVING max(rejected_at) + make_interval(days => $3) > now()`,
        [userId, key, RECLAIM_AFTER_REJECTION_DAYS],
      );
      if (rejected) {
        throw conflict(
          `A library rejected your claim on "${input.topic}" less than ${RECLAIM_AFTER_REJECTION_DAYS} days ago; you may claim it again from ${new Date(rejected.again).toISOString().slice(0, 10)}.`,
          { reason: 'RECLAIM_TOO_SOON' },
        );
      }
      return em.save(
        em.create(Expertise, {
          userId,
          topic: input.topic.replace(/\s+/g, ' '),
          topicKey: key,
          evidence: input.evidence,
          state: ExpertiseState.CLAIMED,
          libraryId: input.libraryId,
        }),
      );
    });
  }

  async verify(ctx: RequestContext, input: VerifyExpertiseInput): Promise<Expertise> {
    const libraryId = await this.decidingLibrary(ctx, input, 'verify the expertise claimed at it');
    const actorId = requireViewer(ctx).id;
    const verified = await this.live.transaction(async (em, events) => {
      const e = await this.locked(em, input.expertiseId);
      if (e.libraryId && e.libraryId !== libraryId)
        throw conflict('This claim changed meanwhile; reload it.', { reason: 'CONCURRENT_CHANGE' });
      // A badge is the library vouching for someone: staff do not vouch for themselves.
      if (e.userId === actorId) throw forbidden('You cannot verify your own expertise; ask a colleague.', { reason: 'OWN_EXPERTISE' });
      if (e.state === ExpertiseState.VERIFIED) throw conflict('This expertise is already verified.', { reason: 'EXPERTISE_WRONG_STATE' });
      if (e.state !== ExpertiseState.CLAIMED)
        throw conflict(`This expertise was ${e.state.toLowerCase()}; the user may claim it again.`, { reason: 'EXPERTISE_WRONG_STATE' });
      await em.update(
        Expertise,
        { id: e.id },
        { state: ExpertiseState.VERIFIED, libraryId, verifiedById: actorId, verifiedAt: () => 'now()' },
      );
      await this.log.append(em, {
        expertiseId: e.id,
        userId: e.userId,
        libraryId,
        actorId,
        action: ExpertiseAction.VERIFIED,
        topic: e.topic,
      });
      await events.announce({ type: 'expertise.verified', expertiseId: e.id, userId: e.userId, libraryId, byUserId: actorId });
      return em.findOneByOrFail(Expertise, { id: e.id });
    });
    this.forgetUser(ctx, verified.userId);
    return verified;
  }

  /**
   * Revokes a verified expertise (its library's staff, or a platform admin). When it was the user's last
   * expertise that library verified, their EXPERT memberships in its communities become MEMBER.
   */
  async revoke(ctx: RequestContext, input: RevokeExpertiseInput): Promise<Expertise> {
    const current = await this.db.getRepository(Expertise).findOneBy({ id: input.expertiseId });
    if (!current) throw notFound('That expertise', { reason: 'EXPERTISE_NOT_FOUND' });
    if (current.state !== ExpertiseState.VERIFIED || !current.libraryId) {
      await this.policy.requireReviewer(ctx);
      throw conflict('Only verified expertise can be revoked.', { reason: 'EXPERTISE_WRONG_STATE' });
    }
    const libraryId = current.libraryId;
    await this.policy.requireLibraryStaff(ctx, libraryId, 'revoke the expertise it verified');
    const actorId = requireViewer(ctx).id;
    return this.endVerified(ctx, input.expertiseId, libraryId, async (em, e) => {
      await em.update(
        Expertise,
        { id: e.id },
        { state: ExpertiseState.REVOKED, revokedById: actorId, revokedAt: () => 'now()', revokeReason: input.reason },
      );
      return { actorId, action: ExpertiseAction.REVOKED, reason: input.reason };
    });
  }

  /**
   * Rejects an open claim in the name of a library (its staff, or a platform admin), with a reason the
   * claimant sees. Logged in that library's expertise log. The topic may be claimed again after
   * RECLAIM_AFTER_REJECTION_DAYS.
   */
  async reject(ctx: RequestContext, input: RejectExpertiseInput): Promise<Expertise> {
    const libraryId = await this.decidingLibrary(ctx, input, 'reject the expertise claimed at it');
    const actorId = requireViewer(ctx).id;
    const rejected = await this.db.transaction(async (em) => {
      const e = await this.locked(em, input.expertiseId);
      if (e.libraryId && e.libraryId !== libraryId)
        throw conflict('This claim changed meanwhile; reload it.', { reason: 'CONCURRENT_CHANGE' });
      if (e.userId === actorId) throw forbidden('You cannot decide on your own claim; withdraw it instead.', { reason: 'OWN_EXPERTISE' });
      if (e.state === ExpertiseState.VERIFIED)
        throw conflict('This expertise is verified; revoke it instead.', { reason: 'EXPERTISE_WRONG_STATE' });
      if (e.state !== ExpertiseState.CLAIMED)
        throw conflict(`This claim was already ${e.state.toLowerCase()}.`, { reason: 'EXPERTISE_WRONG_STATE' });
      await em.update(
        Expertise,
        { id: e.id },
        {
          state: ExpertiseState.REJECTED,
          libraryId,
          rejectedById: actorId,
          rejectedAt: () => 'now()',
          rejectReason: input.reason,
        },
      );
      await this.log.append(em, {
        expertiseId: e.id,
        userId: e.userId,
        libraryId,
        actorId,
        action: ExpertiseAction.REJECTED,
        topic: e.topic,
        reason: input.reason,
      });
      return em.findOneByOrFail(Expertise, { id: e.id });
    });
    this.forgetUser(ctx, rejected.userId);
    return rejected;
  }

  /**
   * The claimant withdraws their own claim or verified expertise: it is no longer shown. Withdrawing
   * verified expertise is, for the library, a revocation by the expert: it lands in that library's log,
   * and when it was the last expertise the library verified for them, their EXPERT memberships in its
   * communities become MEMBER. A claim no library decided on concerns no library: nothing is logged.
   */
  async withdraw(ctx: RequestContext, expertiseId: string): Promise<Expertise> {
    const userId = requireViewer(ctx).id;
    const current = await this.db.getRepository(Expertise).findOneBy({ id: expertiseId });
    if (!current) throw notFound('That expertise', { reason: 'EXPERTISE_NOT_FOUND' });
    if (current.userId !== userId)
      throw forbidden('Only the person whose expertise this is may withdraw it; library staff reject claims or revoke expertise.', {
        reason: 'NOT_YOUR_EXPERTISE',
      });
    if (current.state === ExpertiseState.VERIFIED && current.libraryId) {
      return this.endVerified(ctx, expertiseId, current.libraryId, async (em, e) => {
        await em.update(Expertise, { id: e.id }, { state: ExpertiseState.WITHDRAWN, withdrawnAt: () => 'now()' });
        return { actorId: userId, action: ExpertiseAction.WITHDRAWN, reason: null };
      });
    }
    const withdrawn = await this.db.transaction(async (em) => {
      const e = await this.locked(em, expertiseId);
      if (e.state === ExpertiseState.VERIFIED)
        throw conflict('This claim was verified meanwhile; reload it and withdraw again.', { reason: 'CONCURRENT_CHANGE' });
      if (e.state !== ExpertiseState.CLAIMED)
        throw conflict(`This expertise was already ${e.state.toLowerCase()}.`, { reason: 'EXPERTISE_WRONG_STATE' });
      await em.update(Expertise, { id: e.id }, { state: ExpertiseState.WITHDRAWN, withdrawnAt: () => 'now()' });
      return em.findOneByOrFail(Expertise, { id: e.id });
    });
    this.forgetUser(ctx, userId);
    return withdrawn;
  }

  /**
   * Ends verified expertise (revoked by the library, or withdrawn by the expert) in one transaction:
   * `change` writes the new state, then EXPERT memberships in the library's communities become MEMBER
   * when it was the last expertise that library verified for the user, and the library's log gets its line.
   */
  private async endVerified(
    ctx: RequestContext,
    expertiseId: string,
    libraryId: string,
    change: (em: EntityManager, e: Expertise) => Promise<{ actorId: string; action: ExpertiseAction; reason: string | null }>,
  ): Promise<Expertise> {
    const { ended, demotedIn } = await this.db.transaction(async (em) => {
      const e = await this.locked(em, expertiseId);
      if (e.state !== ExpertiseState.VERIFIED || e.libraryId !== libraryId)
        throw conflict('This expertise changed meanwhile; reload it.', { reason: 'CONCURRENT_CHANGE' });
      const { actorId, action, reason } = await change(em, e);
      const demotedIn = await this.memberships.demoteIfNoLongerExpert(em, e.userId, libraryId);
      await this.log.append(em, {
        expertiseId: e.id,
        userId: e.userId,
        libraryId,
        actorId,
        action,
        topic: e.topic,
        reason,
        details: demotedIn.length ? `EXPERT → MEMBER in ${demotedIn.length} ${demotedIn.length === 1 ? 'community' : 'communities'}` : null,
      });
      return { ended: await em.findOneByOrFail(Expertise, { id: e.id }), demotedIn };
    });
    await this.memberships.afterRoleChange(ctx, ended.userId, demotedIn);
    this.forgetUser(ctx, ended.userId);
    return ended;
  }

  /**
   * The library a verification or rejection is made in the name of: the one the claim was made at, and
   * only its staff (or a platform admin) may decide it; staff of another library are FORBIDDEN. A claim
   * from before claimants chose a library names none: a platform admin decides it and names the library.
   */
  private async decidingLibrary(ctx: RequestContext, input: { expertiseId: string; libraryId?: string }, what: string): Promise<string> {
    if (input.libraryId) await this.libraries.byId(ctx, input.libraryId);
    await this.policy.requireReviewer(ctx);
    const claim = await this.db.getRepository(Expertise).findOneBy({ id: input.expertiseId });
    if (!claim) throw notFound('That expertise', { reason: 'EXPERTISE_NOT_FOUND' });
    await this.policy.requireDecider(ctx, claim, what);
    const libraryId = claim.libraryId ?? input.libraryId;
    if (!libraryId)
      throw badInput('This claim names no library; say which library vouches for it.', {
        reason: 'LIBRARY_REQUIRED',
        fields: { libraryId: ['is required for this claim'] },
      });
    if (input.libraryId && input.libraryId !== libraryId) {
      throw badInput('This claim was made at another library; it is decided in that library’s name.', {
        reason: 'CLAIM_AT_OTHER_LIBRARY',
        fields: { libraryId: ['is not the library the claim was made at'] },
      });
    }
    return libraryId;
  }

  /**
   * Open claims, oldest first, for reviewers: with a library, the claims made at it (its staff); without,
   * the claims made at any library the viewer is on the staff of (every claim for platform admins).
   */
  async claims(
    ctx: RequestContext,
    libraryId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Expertise>> {
    let libraries: string[] | 'all';
    if (libraryId) {
      await this.libraries.byId(ctx, libraryId);
      await this.policy.requireLibraryStaff(ctx, libraryId, 'review expertise claims');
      libraries = [libraryId];
    } else {
      await this.policy.requireReviewer(ctx);
      libraries = await this.policy.reviewedLibraries(ctx);
    }
    const limit = pageSize(first);
    const cursor = CLAIMS_CURSOR.decode(after);
    const params: unknown[] = [limit + 1];
    const where = [`e.state = 'CLAIMED'`];
    if (libraries !== 'all') {
      params.push(libraries);
      where.push(`e.library_id = ANY($${params.length}::uuid[])`);
    }
    if (cursor) {
      params.push(...cursor);
      where.push(`(e.created_at, e.id) > ($${params.length - 1}, $${params.length})`);
    }
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT e.* FROM expertise e WHERE ${where.join(' AND ')} ORDER BY e.created_at, e.id LIMIT $1`,
      params,
    );
    return CLAIMS_CURSOR.page(hydrate<Expertise>(this.db.getMetadata(Expertise), rows), limit, (e) => [e.createdAt, e.id]);
  }

  /** Verified expertise per user (the badges), one statement for a page of authors. */
  verifiedLoader(ctx: RequestContext): DataLoader<string, Expertise[]> {
    return ctx.cached('experts.verified', () => this.byUserLoader(`AND state = 'VERIFIED'`));
  }

  /** Every expertise per user, claims, rejections and revocations included (not what they withdrew): for the user themself and reviewers. */
  allLoader(ctx: RequestContext): DataLoader<string, Expertise[]> {
    return ctx.cached('experts.all', () => this.byUserLoader(`AND state <> 'WITHDRAWN'`));
  }

  loader(ctx: RequestContext): DataLoader<string, Expertise | null> {
    return entityLoader(ctx, this.db, Expertise);
  }

  private byUserLoader(filter: string): DataLoader<string, Expertise[]> {
    return new DataLoader<string, Expertise[]>(async (userIds) => {
      const rows = await this.db.query<Record<string, unknown>[]>(
        `SELECT * FROM expertise WHERE user_id = ANY($1) ${filter} ORDER BY (state = 'VERIFIED') DESC, topic_key, id`,
        [[...userIds]],
      );
      const byUser = new Map<string, Expertise[]>();
      for (const e of hydrate<Expertise>(this.db.getMetadata(Expertise), rows)) byUser.set(e.userId, [...(byUser.get(e.userId) ?? []), e]);
      return userIds.map((id) => byUser.get(id) ?? []);
    });
  }

  private async locked(em: EntityManager, id: string): Promise<Expertise> {
    const e = await em.findOne(Expertise, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw notFound('That expertise', { reason: 'EXPERTISE_NOT_FOUND' });
    return e;
  }

  private forgetUser(ctx: RequestContext, userId: string): void {
    this.verifiedLoader(ctx).clear(userId);
    this.allLoader(ctx).clear(userId);
  }
}
