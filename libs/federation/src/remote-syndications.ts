import { Injectable } from '@nestjs/common';
import type { Context, InboxContext } from '@fedify/fedify';
import { Accept, Group, Offer, Page, PropertyValue, Reject, Undo } from '@fedify/vocab';
import type { Recipient } from '@fedify/vocab';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BACKGROUND_SQL, logger, renderMarkdown } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { setMirrorState } from '@waardenet/network';
import { Post, PostRevision, PostState, Thread, ThreadKind } from '@waardenet/threads';
import { LIBRARY_PROPERTY, communityIdentifier, parseIdentifier, toObject } from './federation.app';
import { communityFederable, loadCommunityForFederation, loadOpeningPostForFederation, postFederable } from './federation.gate';
import { RemoteActors, remoteHtmlToMarkdown } from './remote-actors';

interface UntoldRow {
  id: string;
  thread_id: string;
  from_community_id: string | null;
  to_community_id: string | null;
  target_handle: string | null;
  remote_actor_uri: string;
  offer_uri: string | null;
  state: string;
  remote_told: string | null;
  reason: string | null;
}

const OPEN = ['PROPOSED', 'ACCEPTED'];

/**
 * Syndication between two Waardenet instances over ActivityPub (issue 16 ask 5).
 *
 * Origin (the library's own Waardenet): proposeSyndication(threadId, targetHandle) writes an outgoing row;
 * the worker (sync) sends an Offer from the chapter's Group to the national community's Group, carrying the
 * thread's Page (only what the federation gate lets out). Withdrawing, or the original no longer federating
 * (hidden, removed, moved, community private or federation off), sends Undo(Offer). The national side's
 * Accept / Reject set the row ACCEPTED / DECLINED (or WITHDRAWN once accepted). While ACCEPTED, the Group
 * also announces the thread's replies, edits and deletions to the national Group.
 *
 * National: an Offer to a NATIONAL library's federated community becomes an incoming row and a mirror
 * thread in that community (REMOVED-like HIDDEN until accepted: only its moderators see it), written by the
 * original author's remote account, its opening post mapped to the original Page (so replies from either
 * side thread onto it). acceptSyndication shows it, declineSyndication / withdrawSyndication take it out;
 * the worker answers Accept or Reject. Replies written here go to the origin Group as the member's Note,
 * where that server's moderation decides; replies announced by the origin Group enter through PostsService
 * (this server's moderation). Undo(Offer) or a Delete of the Page takes the mirror out.
 */
@Injectable()
export class SyndicationFederation {
  constructor(
    private readonly db: DataSource,
    private readonly actors: RemoteActors,
    private readonly live: LiveEventsService,
  ) {}

  /** Whether an actor is the origin Group of a thread accepted here (its Announces are read). */
  async isAcceptedOrigin(actorUri: URL): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM syndications WHERE remote_actor_uri = $1 AND from_community_id IS NULL AND state = 'ACCEPTED' LIMIT 1`,
      [actorUri.href],
    );
    return rows.length > 0;
  }

  /** National side: a proposal from another Waardenet. */
  async onOffer(ctx: InboxContext<void>, offer: Offer): Promise<void> {
    if (!offer.id || !offer.actorId || offer.id.origin !== offer.actorId.origin) return;
    const target = offer.targetId ? ctx.parseUri(offer.targetId) : null;
    const parsed = target?.type === 'actor' ? parseIdentifier(target.identifier) : null;
    if (parsed?.kind !== 'community') return;
    const known = await this.db.query<unknown[]>(`SELECT 1 FROM syndications WHERE offer_uri = $1`, [offer.id.href]);
    if (known.length) return;
    const national = await loadCommunityForFederation(this.db, { id: parsed.id });
    if (!national || !communityFederable(national)) return;
    const origin = await offer.getActor(ctx);
    if (!(origin instanceof Group) || !origin.id || origin.id.href !== offer.actorId.href) return;
    const page = await offer.getObject(ctx);
    if (!(page instanceof Page) || !page.id || page.id.origin !== origin.id.origin) return;
    const author = await page.getAttribution(ctx);
    if (!author?.id || author.id.origin !== page.id.origin) return;
    const originActor = await this.actors.upsert(origin);
    const [library] = await this.db.query<{ kind: string }[]>(`SELECT kind FROM libraries WHERE id = $1`, [national.libraryId]);
    if (library?.kind !== 'NATIONAL') {
      await ctx.sendActivity(
        { identifier: communityIdentifier(national.id) },
        { id: origin.id, inboxId: origin.inboxId, endpoints: null },
        new Reject({
          id: new URL(`/ap/activities/${randomUUID()}`, ctx.origin),
          actor: ctx.getActorUri(communityIdentifier(national.id)),
          object: offer.id,
          summary: 'This community is not a national community: it takes no syndicated threads.',
        }),
      );
      return;
    }
    const authorActor = await this.actors.upsert(author);
    const userId = await this.actors.shadowUser(authorActor);
    await this.actors.ensureMember(national.id, userId);
    const libraryName = await libraryOf(ctx, origin);
    const title = (page.name?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || '…';
    const body = remoteHtmlToMarkdown(page.content?.toString() ?? '');
    const bodyHtml = renderMarkdown(body);
    const originUrl = page.url instanceof URL ? page.url.href : page.id.href;
    await this.live.transaction(async (em) => {
      // The mirror waits, hidden (its moderators, the national editors, see it), for their decision.
      const thread = await em.save(
        em.create(Thread, {
          communityId: national.id,
          authorId: userId,
          title,
          kind: ThreadKind.DISCUSSION,
          postSeq: 1,
          replyCount: 0,
          state: PostState.HIDDEN,
        }),
      );
      const post = await em.save(
        em.create(Post, { threadId: thread.id, authorId: userId, seq: 1, replyToId: null, body, bodyHtml, state: PostState.HIDDEN }),
      );
      await em.insert(PostRevision, { postId: post.id, version: 1, body, editorId: userId });
      await em.query(
        `INSERT INTO federation_objects (post_id, thread_id, uri, community_id, remote_actor_id, sent) VALUES ($1, $2, $3, $4, $5, 'NONE')`,
        [post.id, thread.id, page.id?.href, national.id, authorActor.id],
      );
      await em.query(
        `INSERT INTO syndications (thread_id, from_community_id, to_community_id, state, proposed_by_id, remote_actor_uri, offer_uri, remote_url,
                                   origin_library_name, origin_community_name, remote_told)
         VALUES ($1, NULL, $2, 'PROPOSED', $3, $4, $5, $6, $7, $8, 'PROPOSED')`,
        [
          thread.id,
          national.id,
          userId,
          originActor.uri,
          offer.id?.href,
          originUrl,
          libraryName,
          (origin.name?.toString() ?? originActor.handle).slice(0, 200),
        ],
      );
    });
  }

  /** Origin side: the national editors accepted; true when the Accept was about one of our Offers. */
  async onAccept(accept: Accept): Promise<boolean> {
    if (!accept.objectId || !accept.actorId) return false;
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE syndications SET state = CASE WHEN state = 'PROPOSED' THEN 'ACCEPTED' ELSE state END,
              remote_told = CASE WHEN state = 'PROPOSED' THEN 'ACCEPTED' ELSE remote_told END,
              accepted_at = CASE WHEN state = 'PROPOSED' THEN now() ELSE accepted_at END,
              decided_at = CASE WHEN state = 'PROPOSED' THEN now() ELSE decided_at END,
              remote_url = coalesce($3, remote_url)
        WHERE offer_uri = $1 AND remote_actor_uri = $2 AND target_handle IS NOT NULL RETURNING id`,
      [accept.objectId.href, accept.actorId.href, accept.resultId?.origin === accept.actorId.origin ? accept.resultId.href : null],
    );
    return rows.length > 0;
  }

  /** Origin side: declined (or, once accepted, taken out by the national editors). */
  async onReject(reject: Reject): Promise<void> {
    if (!reject.objectId || !reject.actorId) return;
    const why = reject.summary?.toString().slice(0, 500) || `Declined by the national editors on ${reject.actorId.host}.`;
    await this.db.query(
      `UPDATE syndications SET state = CASE WHEN state = 'PROPOSED' THEN 'DECLINED' ELSE 'WITHDRAWN' END,
              remote_told = CASE WHEN state = 'PROPOSED' THEN 'DECLINED' ELSE 'WITHDRAWN' END,
              decided_at = now(), decided_by_id = NULL, reason = $3
        WHERE offer_uri = $1 AND remote_actor_uri = $2 AND target_handle IS NOT NULL AND state IN ('PROPOSED', 'ACCEPTED')`,
      [reject.objectId.href, reject.actorId.href, why],
    );
  }

  /** National side: the origin withdrew (Undo of its Offer) or deleted the Page: the mirror goes. */
  async retract(originActor: URL, where: { offerUri?: string; pageUri?: string }, reason: string): Promise<boolean> {
    const [row] = await this.db.query<({ id: string; thread_id: string; to_community_id: string } | undefined)[]>(
      `SELECT s.id, s.thread_id, s.to_community_id FROM syndications s
        WHERE s.remote_actor_uri = $1 AND s.from_community_id IS NULL AND s.state IN ('PROPOSED', 'ACCEPTED')
          AND (s.offer_uri = $2 OR EXISTS (SELECT 1 FROM federation_objects o JOIN posts p ON p.id = o.post_id
                                            WHERE o.uri = $3 AND p.thread_id = s.thread_id AND p.seq = 1))`,
      [originActor.href, where.offerUri ?? null, where.pageUri ?? null],
    );
    if (!row) return false;
    await this.live.transaction(async (em, events) => {
      const [changed] = await em.query<[unknown[], number]>(
        `UPDATE syndications SET state = 'WITHDRAWN', remote_told = 'WITHDRAWN', decided_at = now(), decided_by_id = NULL, reason = $2
          WHERE id = $1 AND state IN ('PROPOSED', 'ACCEPTED') RETURNING id`,
        [row.id, reason],
      );
      if (changed.length) await setMirrorState(em, events, row.thread_id, row.to_community_id, 'REMOVED');
    });
    return true;
  }

  /**
   * The worker's round: outgoing syndications whose original no longer federates are withdrawn, then
   * every row whose state the other server has not heard yet is told (Offer, Undo, Accept, Reject).
   */
  async sync(ctx: Context<void>): Promise<number> {
    await this.db.query(
      `${BACKGROUND_SQL} UPDATE syndications s SET state = 'WITHDRAWN', decided_at = now(), decided_by_id = NULL,
              reason = 'The original is no longer public and federated on its server.'
         FROM threads t JOIN communities c ON c.id = t.community_id LEFT JOIN federated_communities f ON f.community_id = c.id
        WHERE s.thread_id = t.id AND s.target_handle IS NOT NULL AND s.state IN ('PROPOSED', 'ACCEPTED')
          AND NOT (t.state = 'VISIBLE' AND t.community_id = s.from_community_id AND c.visibility = 'PUBLIC' AND coalesce(f.enabled, false))`,
    );
    return this.db.transaction(async (em) => {
      const rows = await em.query<UntoldRow[]>(
        `${BACKGROUND_SQL} SELECT id, thread_id, from_community_id, to_community_id, target_handle, remote_actor_uri, offer_uri, state, remote_told, reason
           FROM syndications WHERE remote_actor_uri IS NOT NULL AND remote_told IS DISTINCT FROM state
          ORDER BY proposed_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
      for (const row of rows) {
        try {
          await this.tell(em, ctx, row);
        } catch (err) {
          logger.warn({ err, syndication: row.id }, 'federation: a syndication could not be told to the other server');
        }
        await em.query(`UPDATE syndications SET remote_told = state WHERE id = $1`, [row.id]);
      }
      return rows.length;
    });
  }

  private async tell(em: EntityManager, ctx: Context<void>, row: UntoldRow): Promise<void> {
    const [actor] = await em.query<{ uri: string; inbox: string; host: string }[]>(
      `SELECT uri, inbox, host FROM federation_remote_actors WHERE uri = $1`,
      [row.remote_actor_uri],
    );
    if (!actor || (await this.actors.isBlocked(actor.uri, em))) return;
    const recipient: Recipient = { id: new URL(actor.uri), inboxId: new URL(actor.inbox), endpoints: null };
    const told = row.remote_told;
    const activityId = () => new URL(`/ap/activities/${randomUUID()}`, ctx.origin);
    if (row.target_handle && row.from_community_id) {
      const identifier = communityIdentifier(row.from_community_id);
      const group = ctx.getActorUri(identifier);
      const offerId = new URL(`/ap/syndications/${row.id}`, ctx.origin);
      if (row.state === 'PROPOSED' && told === null) {
        const opening = await loadOpeningPostForFederation(em, row.thread_id);
        if (!postFederable(opening)) return;
        await em.query(`UPDATE syndications SET offer_uri = $2 WHERE id = $1`, [row.id, offerId.href]);
        await ctx.sendActivity(
          { identifier },
          recipient,
          new Offer({ id: offerId, actor: group, object: toObject(ctx, opening, null), target: recipient.id, to: recipient.id }),
        );
      } else if (row.state === 'WITHDRAWN' && told && OPEN.includes(told)) {
        await ctx.sendActivity(
          { identifier },
          recipient,
          new Undo({
            id: activityId(),
            actor: group,
            object: new Offer({ id: offerId, actor: group, target: recipient.id }),
            to: recipient.id,
            summary: row.reason,
          }),
        );
      }
      return;
    }
    if (!row.from_community_id && row.to_community_id && row.offer_uri) {
      const identifier = communityIdentifier(row.to_community_id);
      const group = ctx.getActorUri(identifier);
      if (row.state === 'ACCEPTED') {
        await ctx.sendActivity(
          { identifier },
          recipient,
          new Accept({
            id: activityId(),
            actor: group,
            object: new URL(row.offer_uri),
            result: new URL(`/thread/${row.thread_id}`, ctx.origin),
            to: recipient.id,
          }),
        );
      } else if ((row.state === 'DECLINED' || row.state === 'WITHDRAWN') && told && OPEN.includes(told)) {
        await ctx.sendActivity(
          { identifier },
          recipient,
          new Reject({ id: activityId(), actor: group, object: new URL(row.offer_uri), summary: row.reason, to: recipient.id }),
        );
      }
    }
  }
}

/** The origin Group's library, from its PropertyValue "Bibliotheek" (null when it names none). */
async function libraryOf(ctx: Context<void>, group: Group): Promise<string | null> {
  try {
    for await (const a of group.getAttachments({ documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader })) {
      if (a instanceof PropertyValue && a.name?.toString() === LIBRARY_PROPERTY) {
        return (
          a.value
            ?.toString()
            .replace(/<[^>]*>/g, '')
            .trim()
            .slice(0, 200) || null
        );
      }
    }
  } catch (err) {
    logger.info({ err }, 'federation: the origin Group names no library');
  }
  return null;
}
