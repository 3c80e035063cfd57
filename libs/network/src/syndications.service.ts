import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ModAction,
  ModTarget,
  Page,
  RequestContext,
  appendAudit,
  conflict,
  cursorCodec,
  cursorPart,
  entityLoader,
  forbidden,
  notFound,
  pageSize,
  requireViewer,
} from '@waardenet/core';
import { EventBatch, LiveEventsService, communityChannel } from '@waardenet/live/channels';
import { CommunitiesService, Community, Visibility } from '@waardenet/communities';
import { PostState, Thread, ThreadsService } from '@waardenet/threads';
import { ChaptersService } from './chapters.service';
import { fieldError, uniqueViolation } from './field-error';
import { NetworkPolicy } from './network.policy';
import { REMOTE_SYNDICATION, RemoteSyndicationPort, setMirrorState } from './remote-syndication.port';
import { Syndication, SyndicationState } from './syndication.entity';

const SYNDICATIONS_CURSOR = cursorCodec<[Date, string]>('syndications', [cursorPart.time, cursorPart.uuid]);

/**
 * Whether an accepted syndication shows nationally now: its thread is VISIBLE, still in the chapter
 * it came from, and that chapter is PUBLIC. Hiding, removing, deleting or moving the original, or closing
 * the chapter, also writes WITHDRAWN in its own transaction (SyndicationWithdrawals, and a trigger for the
 * chapter's visibility), so it stays out after a restore; this rule covers the moment in between and a
 * thread held for approval after an edit (back once approved). Syndications to another Waardenet (no national
 * community here) never show here. Over aliases s (syndications), t (threads), fc (communities).
 */
export const SHOWING_SQL = `s.state = 'ACCEPTED' AND s.to_community_id IS NOT NULL AND t.state = 'VISIBLE' AND t.community_id = s.from_community_id AND fc.visibility = 'PUBLIC'`;

/** The national communities that show each of these threads now (SHOWING_SQL), one statement for them all. */
export function showingIn(
  q: DataSource | EntityManager,
  threadIds: readonly string[],
): Promise<{ thread_id: string; to_community_id: string }[]> {
  return q.query(
    `SELECT s.thread_id, s.to_community_id FROM syndications s JOIN threads t ON t.id = s.thread_id JOIN communities fc ON fc.id = s.from_community_id
      WHERE s.thread_id = ANY($1) AND ${SHOWING_SQL}`,
    [[...threadIds]],
  );
}

export const isShowing = (s: Syndication, thread: Thread | null, from: Community | null) =>
  s.state === SyndicationState.ACCEPTED &&
  !!s.toCommunityId &&
  thread?.state === PostState.VISIBLE &&
  thread.communityId === s.fromCommunityId &&
  from?.visibility === Visibility.PUBLIC;

/** An audit line's details for a syndication: its thread, where it came from and where it goes. */
export const syndicationDetails = (s: Pick<Syndication, 'threadId' | 'fromCommunityId' | 'toCommunityId' | 'targetHandle'>): string =>
  `thread ${s.threadId} from ${s.fromCommunityId ? `community ${s.fromCommunityId}` : 'another Waardenet'} to ${
    s.toCommunityId ? `community ${s.toCommunityId}` : (s.targetHandle ?? 'another Waardenet')
  }`;

@Injectable()
export class SyndicationsService {
  constructor(
    private readonly db: DataSource,
    private readonly live: LiveEventsService,
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
    private readonly chapters: ChaptersService,
    private readonly policy: NetworkPolicy,
    @Optional() @Inject(REMOTE_SYNDICATION) private readonly remote: RemoteSyndicationPort | null = null,
  ) {}

  /**
   * A chapter's moderators propose one of its PUBLIC, VISIBLE threads to the national community, or (with
   * `targetHandle`) to a national community on another Waardenet: then the thread's community must also
   * federate, and the federation worker sends the proposal (an ActivityPub Offer) to that community's server.
   */
  async propose(ctx: RequestContext, threadId: string, targetHandle?: string | null): Promise<Syndication> {
    if (targetHandle?.trim()) return this.proposeRemote(ctx, threadId, targetHandle.trim());
    const thread = await this.threads.byId(ctx, threadId);
    const chapterCommunity = await this.communities.requireExists(ctx, thread.communityId);
    await this.policy.requireChapterSide(ctx, chapterCommunity);
    const chapter = await this.chapters.chapterLoader(ctx).load(chapterCommunity.id);
    if (!chapter) throw fieldError('threadId', 'is not in a chapter of a national community; only chapters syndicate threads');
    if (chapterCommunity.visibility !== Visibility.PUBLIC)
      throw fieldError('threadId', 'is in a community that is not PUBLIC; only public threads can be syndicated');
    if (thread.state !== PostState.VISIBLE)
      throw fieldError('threadId', 'is not visible (pending, hidden or removed); only visible threads can be syndicated');
    const repo = this.db.getRepository(Syndication);
    const open = {
      threadId: thread.id,
      toCommunityId: chapter.nationalCommunityId,
      state: In([SyndicationState.PROPOSED, SyndicationState.ACCEPTED]),
    };
    const already = () =>
      conflict('This thread is already proposed to, or shown in, the national community.', { reason: 'ALREADY_SYNDICATED' });
    if (await repo.exists({ where: open })) throw already();
    const actorId = requireViewer(ctx).id;
    try {
      return await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(Syndication, {
            threadId: thread.id,
            fromCommunityId: chapterCommunity.id,
            toCommunityId: chapter.nationalCommunityId,
            state: SyndicationState.PROPOSED,
            proposedById: actorId,
          }),
        );
        await this.audit(em, actorId, ModAction.PROPOSE_SYNDICATION, saved, chapterCommunity.id, null);
        return saved;
      });
    } catch (e) {
      if (uniqueViolation(e) === 'syndications_open_key') throw already();
      throw e;
    }
  }

  /** The outgoing side of a syndication to another Waardenet (see propose). */
  private async proposeRemote(ctx: RequestContext, threadId: string, handle: string): Promise<Syndication> {
    const thread = await this.threads.byId(ctx, threadId);
    const community = await this.communities.requireExists(ctx, thread.communityId);
    await this.policy.requireChapterSide(ctx, community);
    if (!this.remote) throw forbidden('This server does not federate.', { reason: 'FEDERATION_UNAVAILABLE' });
    if (community.visibility !== Visibility.PUBLIC)
      throw forbidden('Only threads of a PUBLIC community can go to another server.', { reason: 'SYNDICATION_NOT_PUBLIC' });
    if (!(await this.remote.communityFederates(community.id)))
      throw forbidden("Switch federation on for this community first: only a federated community's threads go to another server.", {
        reason: 'SYNDICATION_NOT_FEDERATED',
      });
    if (thread.state !== PostState.VISIBLE)
      throw forbidden('Only a visible thread (not pending, hidden or removed) can be syndicated.', { reason: 'SYNDICATION_NOT_VISIBLE' });
    const target = await this.remote.resolveTarget(handle);
    const repo = this.db.getRepository(Syndication);
    const already = () =>
      conflict('This thread is already proposed to, or shown in, that national community.', { reason: 'ALREADY_SYNDICATED' });
    const open = { threadId: thread.id, targetHandle: target.handle, state: In([SyndicationState.PROPOSED, SyndicationState.ACCEPTED]) };
    if (await repo.exists({ where: open })) throw already();
    const actorId = requireViewer(ctx).id;
    try {
      return await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(Syndication, {
            threadId: thread.id,
            fromCommunityId: community.id,
            toCommunityId: null,
            targetHandle: target.handle,
            remoteActorUri: target.actorUri,
            state: SyndicationState.PROPOSED,
            proposedById: actorId,
          }),
        );
        await this.audit(em, actorId, ModAction.PROPOSE_SYNDICATION, saved, community.id, null);
        return saved;
      });
    } catch (e) {
      if (uniqueViolation(e) === 'syndications_open_remote_key') throw already();
      throw e;
    }
  }

  /** A national editor accepts (the thread joins the national feed, live) or declines a proposal. */
  async decide(ctx: RequestContext, id: string, accept: boolean, reason: string | null): Promise<Syndication> {
    const s = await this.find(id);
    if (!s.toCommunityId)
      throw forbidden('The national editors of the other server decide on this proposal.', { reason: 'SYNDICATION_DECIDED_ELSEWHERE' });
    const toCommunityId = s.toCommunityId;
    const national = await this.communities.byId(ctx, toCommunityId);
    await this.policy.requireNationalEditor(ctx, national, accept ? 'accept syndicated threads' : 'decline syndicated threads');
    if (s.state !== SyndicationState.PROPOSED)
      throw conflict(`This proposal was already ${s.state.toLowerCase()}.`, { reason: 'SYNDICATION_WRONG_STATE' });
    const incoming = !s.fromCommunityId;
    if (accept && !incoming) await this.requireStillSyndicatable(ctx, s);
    const state = accept ? SyndicationState.ACCEPTED : SyndicationState.DECLINED;
    return this.live.transaction(async (em, events) => {
      const actorId = requireViewer(ctx).id;
      const changed = await this.move(em, s, [SyndicationState.PROPOSED], state, actorId, reason);
      const action = accept ? ModAction.ACCEPT_SYNDICATION : ModAction.DECLINE_SYNDICATION;
      await this.audit(em, actorId, action, s, toCommunityId, reason);
      // From another Waardenet: the mirror thread shows now (or stays out); the worker tells the origin.
      if (incoming) await setMirrorState(em, events, s.threadId, toCommunityId, accept ? 'VISIBLE' : 'REMOVED');
      else if (accept)
        await events.emit(communityChannel(toCommunityId), { type: 'THREAD_ADDED', communityId: toCommunityId, threadId: s.threadId });
      return changed;
    });
  }

  /** Either side withdraws a proposal or an accepted thread; an accepted one leaves the national feed. */
  async withdraw(ctx: RequestContext, id: string, reason: string | null): Promise<Syndication> {
    const s = await this.find(id);
    const national = s.toCommunityId ? await this.communities.loader(ctx).load(s.toCommunityId) : null;
    const editor = !!national && (await this.policy.isNationalEditor(ctx, national.libraryId));
    if (!editor) {
      if (!s.fromCommunityId) {
        throw forbidden('Only the national editors of this community may withdraw it.', { reason: 'NOT_NATIONAL_EDITOR' });
      }
      await this.policy.requireChapterSide(ctx, await this.communities.requireExists(ctx, s.fromCommunityId));
    }
    if (s.state !== SyndicationState.PROPOSED && s.state !== SyndicationState.ACCEPTED)
      throw conflict(`This syndication was already ${s.state.toLowerCase()}.`, { reason: 'SYNDICATION_WRONG_STATE' });
    return this.live.transaction(async (em, events) => {
      const actorId = requireViewer(ctx).id;
      const changed = await this.move(
        em,
        s,
        [SyndicationState.PROPOSED, SyndicationState.ACCEPTED],
        SyndicationState.WITHDRAWN,
        actorId,
        reason,
      );
      // On the side that acted: the national community for its editors, else the chapter.
      const side = editor ? s.toCommunityId : s.fromCommunityId;
      await this.audit(em, actorId, ModAction.WITHDRAW_SYNDICATION, s, side, reason);
      if (!s.fromCommunityId && s.toCommunityId) await setMirrorState(em, events, s.threadId, s.toCommunityId, 'REMOVED');
      else if (s.state === SyndicationState.ACCEPTED) await this.announceGone(events, s);
      return changed;
    });
  }

  /** Proposals (or decided ones, by state) for a national community's editors, newest first. */
  async proposals(
    ctx: RequestContext,
    communityId: string,
    state: SyndicationState,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Syndication>> {
    const national = await this.communities.byId(ctx, communityId);
    await this.policy.requireNationalEditor(ctx, national, 'review syndication proposals');
    const limit = pageSize(first);
    const cursor = SYNDICATIONS_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Syndication)
      .createQueryBuilder('s')
      .where('s.to_community_id = :id AND s.state = :state', { id: national.id, state })
      .orderBy('s.proposed_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit + 1);
    if (cursor) qb.andWhere('(s.proposed_at, s.id) < (:at::timestamptz, :sid::uuid)', { at: cursor[0], sid: cursor[1] });
    return SYNDICATIONS_CURSOR.page(await qb.getMany(), limit, (s) => [s.proposedAt, s.id]);
  }

  /** Every syndication of each thread, oldest first, batched per request. */
  byThreadLoader(ctx: RequestContext): DataLoader<string, Syndication[]> {
    return ctx.cached(
      'network.syndicationsByThread',
      () =>
        new DataLoader<string, Syndication[]>(async (ids) => {
          const rows = await this.db.getRepository(Syndication).find({ where: { threadId: In([...ids]) }, order: { proposedAt: 'ASC' } });
          return ids.map((id) => rows.filter((r) => r.threadId === id));
        }),
    );
  }

  loader(ctx: RequestContext): DataLoader<string, Syndication | null> {
    return entityLoader(ctx, this.db, Syndication);
  }

  /** Tells the national community's listeners that a thread left (or changed in) its feed. */
  async announceGone(events: EventBatch, s: Syndication): Promise<void> {
    if (!s.toCommunityId) return;
    await events.emit(communityChannel(s.toCommunityId), { type: 'THREAD_UPDATED', communityId: s.toCommunityId, threadId: s.threadId });
  }

  /** The audit line of a syndication's step, in the step's transaction; details name the thread and the other side (not public). */
  private audit(
    em: EntityManager,
    actorId: string,
    action: ModAction,
    s: Syndication,
    communityId: string | null,
    reason: string | null,
  ): Promise<void> {
    return appendAudit(em, {
      actorId,
      action,
      targetType: ModTarget.SYNDICATION,
      targetId: s.id,
      communityId,
      reason,
      details: syndicationDetails(s),
    });
  }

  private async find(id: string): Promise<Syndication> {
    const s = await this.db.getRepository(Syndication).findOneBy({ id });
    if (!s) throw notFound('That syndication', { reason: 'SYNDICATION_NOT_FOUND' });
    return s;
  }

  private async requireStillSyndicatable(ctx: RequestContext, s: Syndication): Promise<void> {
    const thread = await this.threads.loader(ctx).load(s.threadId);
    const from = s.fromCommunityId ? await this.communities.loader(ctx).load(s.fromCommunityId) : null;
    if (!isShowing({ ...s, state: SyndicationState.ACCEPTED }, thread, from)) {
      throw conflict('The original thread is no longer public and visible in its chapter, so it cannot be accepted.', {
        reason: 'ORIGINAL_NOT_PUBLIC',
      });
    }
  }

  /** A state change guarded by the state it starts from, so two editors deciding at once cannot both win. */
  private async move(
    em: EntityManager,
    s: Syndication,
    from: SyndicationState[],
    to: SyndicationState,
    by: string,
    reason: string | null,
  ): Promise<Syndication> {
    // An UPDATE … RETURNING answers [rows, count].
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE syndications SET state = $2, decided_by_id = $3, decided_at = now(), reason = $4,
         accepted_at = CASE WHEN $2 = 'ACCEPTED' THEN now() ELSE accepted_at END
       WHERE id = $1 AND state = ANY($5) RETURNING id`,
      [s.id, to, by, reason, from],
    );
    if (!rows.length)
      throw conflict('This syndication was changed at the same time; reload and try again.', { reason: 'CONCURRENT_CHANGE' });
    return em.findOneByOrFail(Syndication, { id: s.id });
  }
}
