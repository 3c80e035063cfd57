import { Injectable } from '@nestjs/common';
import type { Context, Federation, InboxContext } from '@fedify/fedify';
import { Accept, Announce, Create, Delete, Follow, Like, Note, Offer, Page, Reject, Undo, Update } from '@fedify/vocab';
import type { Object as ApObject } from '@fedify/vocab';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError, RequestContext, logger, viewerOf } from '@waardenet/core';
import { LiveEventsService, threadChannel } from '@waardenet/live/channels';
import { PostsService } from '@waardenet/threads';
import { ACTOR_PATH, parseIdentifier } from './federation.app';
import {
  communityFederable,
  loadCommunityForFederation,
  loadOpeningPostForFederation,
  loadPostForFederation,
  postFederable,
} from './federation.gate';
import { RemoteActors, hostOf, remoteHtmlToMarkdown, sanitizeRemoteHtml } from './remote-actors';
import { SyndicationFederation } from './remote-syndications';

/** Where a remote object points at here: a thread (its Page) and, for a reply, the post it answers. */
interface LocalTarget {
  threadId: string;
  postId: string;
}

/**
 * What remote servers send (the inboxes). As a community's Group: Follow and Undo, and replies (Create,
 * Update, Delete of Notes) and Likes from remote people, who write through the same PostsService, and
 * so the same moderation, as members here. As the home of members who follow remote communities:
 * Accept of their Follow, and the Group's Announces of threads and replies, edits and deletions.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly db: DataSource,
    private readonly actors: RemoteActors,
    private readonly posts: PostsService,
    private readonly live: LiveEventsService,
    private readonly syndications: SyndicationFederation,
  ) {}

  register(federation: Federation<void>): void {
    federation
      .setInboxListeners(`${ACTOR_PATH}/inbox`, '/ap/inbox')
      .on(Follow, (ctx, a) => this.guard(a.actorId, () => this.onFollow(ctx, a)))
      .on(Undo, (ctx, a) => this.guard(a.actorId, () => this.onUndo(ctx, a)))
      .on(Accept, (ctx, a) => this.guard(a.actorId, () => this.onAccept(a)))
      .on(Offer, (ctx, a) => this.guard(a.actorId, () => this.syndications.onOffer(ctx, a)))
      .on(Reject, (ctx, a) => this.guard(a.actorId, () => this.syndications.onReject(a)))
      .on(Create, (ctx, a) => this.guard(a.actorId, () => this.onCreate(ctx, a)))
      .on(Update, (ctx, a) => this.guard(a.actorId, () => this.onUpdate(ctx, a)))
      .on(Delete, (ctx, a) => this.guard(a.actorId, () => this.onDelete(ctx, a)))
      .on(Like, (ctx, a) => this.guard(a.actorId, () => this.onLike(ctx, a, true)))
      .on(Announce, (ctx, a) => this.guard(a.actorId, () => this.onAnnounce(ctx, a)))
      .onError((_ctx, err) => logger.warn({ err }, 'federation inbox: an activity failed'));
  }

  /** Nothing from a blocked server; refusals of the rules here (a ban, a locked thread, a blocked word) drop the activity instead of retrying it. */
  private async guard(actorId: URL | null, work: () => Promise<void>): Promise<void> {
    if (await this.actors.isBlocked(actorId)) return;
    try {
      await work();
    } catch (err) {
      if (err instanceof AppError) {
        logger.info({ actor: actorId?.href, reason: err.extensions?.reason ?? err.code }, 'federation inbox: refused by the rules here');
        return;
      }
      throw err;
    }
  }

  private async onFollow(ctx: InboxContext<void>, follow: Follow): Promise<void> {
    const target = follow.objectId ? ctx.parseUri(follow.objectId) : null;
    if (target?.type !== 'actor') return;
    const parsed = parseIdentifier(target.identifier);
    if (parsed?.kind !== 'community') return;
    if (!communityFederable(await loadCommunityForFederation(this.db, { id: parsed.id }))) return;
    const actor = await follow.getActor(ctx);
    if (!actor?.id || actor.id.href !== follow.actorId?.href) return;
    const remote = await this.actors.upsert(actor);
    await this.db.query(
      `INSERT INTO federation_followers (community_id, actor_id, follow_uri) VALUES ($1, $2, $3)
         ON CONFLICT (community_id, actor_id) DO UPDATE SET follow_uri = EXCLUDED.follow_uri`,
      [parsed.id, remote.id, follow.id?.href ?? ''],
    );
    await ctx.sendActivity(
      { identifier: target.identifier },
      actor,
      new Accept({ id: new URL(`/ap/activities/${randomUUID()}`, ctx.origin), actor: ctx.getActorUri(target.identifier), object: follow }),
    );
  }

  private async onUndo(ctx: InboxContext<void>, undo: Undo): Promise<void> {
    const inner = await undo.getObject(ctx).catch(() => null);
    if (inner instanceof Follow) {
      const target = inner.objectId ? ctx.parseUri(inner.objectId) : null;
      const parsed = target?.type === 'actor' ? parseIdentifier(target.identifier) : null;
      if (parsed?.kind !== 'community' || !undo.actorId || inner.actorId?.href !== undo.actorId.href) return;
      await this.db.query(
        `DELETE FROM federation_followers f USING federation_remote_actors a WHERE f.actor_id = a.id AND a.uri = $1 AND f.community_id = $2`,
        [undo.actorId.href, parsed.id],
      );
    } else if (inner instanceof Like) {
      if (inner.actorId?.href !== undo.actorId?.href) return;
      await this.onLike(ctx, inner, false);
    } else if (inner instanceof Offer || (!inner && undo.objectId)) {
      // A syndication withdrawn on its own server (the Offer may come as its id only).
      const offerUri = inner?.id ?? undo.objectId;
      if (!undo.actorId || !offerUri || offerUri.origin !== undo.actorId.origin) return;
      await this.syndications.retract(undo.actorId, { offerUri: offerUri.href }, 'Withdrawn on its own server.');
    }
  }

  /** Our member's Follow of a remote Group was accepted. */
  private async onAccept(accept: Accept): Promise<void> {
    if (!accept.actorId) return;
    // The national editors elsewhere accepted one of our syndications.
    if (await this.syndications.onAccept(accept)) return;
    await this.db.query(
      `UPDATE federation_remote_communities c SET accepted = true FROM federation_remote_actors a WHERE c.actor_id = a.id AND a.uri = $1`,
      [accept.actorId.href],
    );
  }

  /** The thread (and the post replied to) a remote object's inReplyTo names, when it is ours. */
  private async localTarget(ctx: Context<void>, uri: URL | null): Promise<LocalTarget | null> {
    if (!uri) return null;
    const parsed = ctx.parseUri(uri);
    if (parsed?.type === 'object' && parsed.class === Page) {
      const opening = await loadOpeningPostForFederation(this.db, parsed.values.id);
      return opening ? { threadId: opening.threadId, postId: opening.id } : null;
    }
    if (parsed?.type === 'object' && parsed.class === Note) {
      const post = await loadPostForFederation(this.db, parsed.values.id);
      return post ? { threadId: post.threadId, postId: post.id } : null;
    }
    const [row] = await this.db.query<(LocalTarget | undefined)[]>(
      `SELECT post_id AS "postId", thread_id AS "threadId" FROM federation_objects WHERE uri = $1`,
      [uri.href],
    );
    return row ?? null;
  }

  /** A remote person's reply to a thread here: it enters through PostsService, so the community's moderation decides. */
  private async onCreate(ctx: InboxContext<void>, create: Create): Promise<void> {
    const object = await create.getObject(ctx);
    if (!(object instanceof Note) || !object.id || !create.actorId) return;
    if (object.attributionId?.href !== create.actorId.href || object.id.origin !== create.actorId.origin) return;
    const target = await this.localTarget(ctx, object.replyTargetId);
    if (!target) return;
    const [known] = await this.db.query<unknown[]>(`SELECT 1 FROM federation_objects WHERE uri = $1`, [object.id.href]);
    if (known) return;
    // The thread must be one that federates: a reply never enters a private, restricted or non-federated community, nor a thread that is not visible.
    const opening = await loadOpeningPostForFederation(this.db, target.threadId);
    if (!postFederable(opening)) return;
    const actor = await create.getActor(ctx);
    if (!actor?.id || actor.id.href !== create.actorId.href) return;
    const remote = await this.actors.upsert(actor);
    const userId = await this.actors.shadowUser(remote);
    await this.actors.ensureMember(opening.communityId, userId);
    const rctx = await this.asRemote(userId);
    const body = remoteHtmlToMarkdown(object.content?.toString() ?? '');
    const post = await this.posts.create(rctx, {
      threadId: target.threadId,
      body,
      replyToId: target.postId === opening.id ? undefined : target.postId,
    });
    await this.db.query(
      `INSERT INTO federation_objects (post_id, thread_id, uri, remote_actor_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [post.id, target.threadId, object.id.href, remote.id],
    );
  }

  private async remotePost(uri: URL | null, actorUri: URL | null): Promise<{ postId: string; userId: string } | null> {
    if (!uri || !actorUri) return null;
    const [row] = await this.db.query<({ postId: string; userId: string } | undefined)[]>(
      `SELECT o.post_id AS "postId", a.user_id AS "userId" FROM federation_objects o JOIN federation_remote_actors a ON a.id = o.remote_actor_id
        WHERE o.uri = $1 AND a.uri = $2`,
      [uri.href, actorUri.href],
    );
    return row ?? null;
  }

  private async onUpdate(ctx: InboxContext<void>, update: Update): Promise<void> {
    const object = await update.getObject(ctx);
    // A Page only ever maps to a post here as the opening post of a thread syndicated from its server (an edit of the original).
    if (!(object instanceof Note || object instanceof Page)) return;
    const mine = await this.remotePost(object.id, update.actorId);
    if (!mine) return;
    await this.posts.edit(await this.asRemote(mine.userId), {
      postId: mine.postId,
      body: remoteHtmlToMarkdown(object.content?.toString() ?? ''),
    });
  }

  private async onDelete(_ctx: InboxContext<void>, del: Delete): Promise<void> {
    const mine = await this.remotePost(del.objectId, del.actorId);
    if (!mine) return;
    await this.posts.delete(await this.asRemote(mine.userId), mine.postId);
  }

  /** A remote person's Like of a post here (a LIKE reaction of their shadow account), or its Undo. */
  private async onLike(ctx: Context<void>, like: Like, add: boolean): Promise<void> {
    const target = await this.localTarget(ctx, like.objectId);
    if (!target || !like.actorId) return;
    const post = await loadPostForFederation(this.db, target.postId);
    if (!postFederable(post)) return;
    const actor = add ? await like.getActor(ctx) : null;
    const remote = actor ? await this.actors.upsert(actor) : await this.actors.byUri(like.actorId.href);
    if (!remote || remote.uri !== like.actorId.href) return;
    const userId = await this.actors.shadowUser(remote);
    if (userId === post.authorId) return;
    const [banned] = await this.db.query<unknown[]>(
      `SELECT 1 FROM memberships WHERE community_id = $1 AND user_id = $2 AND state = 'BANNED'`,
      [post.communityId, userId],
    );
    if (banned) return;
    await this.live.transaction(async (em, events) => {
      const sql = add
        ? `INSERT INTO reactions (post_id, user_id, kind) VALUES ($1, $2, 'LIKE') ON CONFLICT DO NOTHING RETURNING kind`
        : `DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = 'LIKE' RETURNING kind`;
      const result = await em.query<unknown[]>(sql, [post.id, userId]);
      const rows = Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
      if (rows.length)
        await events.emit(threadChannel(post.threadId), {
          type: 'REACTIONS_CHANGED',
          communityId: post.communityId,
          threadId: post.threadId,
          postId: post.id,
        });
    });
  }

  /** As a remote person's shadow account (never an admin; suspended when an admin suspended it). */
  private async asRemote(userId: string): Promise<RequestContext> {
    const [u] = await this.db.query<{ suspended: boolean }[]>(
      `SELECT suspended_at IS NOT NULL AND (suspended_until IS NULL OR suspended_until > now()) AS suspended FROM users WHERE id = $1`,
      [userId],
    );
    const ctx = RequestContext.system();
    ctx.viewer = viewerOf({ id: userId, sessionId: 'federation', isPlatformAdmin: false, suspended: !!u?.suspended, emailVerified: true });
    return ctx;
  }

  /** A Group a member here follows announces a thread, a reply, an edit or a deletion. */
  private async onAnnounce(ctx: InboxContext<void>, announce: Announce): Promise<void> {
    if (!announce.actorId) return;
    const [community] = await this.db.query<({ id: string } | undefined)[]>(
      `SELECT c.id FROM federation_remote_communities c JOIN federation_remote_actors a ON a.id = c.actor_id WHERE a.uri = $1`,
      [announce.actorId.href],
    );
    if (!community) {
      if (await this.syndications.isAcceptedOrigin(announce.actorId)) await this.onOriginAnnounce(ctx, announce);
      return;
    }
    const inner = await announce.getObject(ctx);
    if (inner instanceof Create || inner instanceof Update) {
      // Our own members' replies come back announced: they are here already.
      if (inner.objectId && inner.objectId.origin === ctx.origin) return;
      const object = await inner.getObject(ctx);
      if (object instanceof Page || object instanceof Note) await this.storeRemote(ctx, community.id, object);
    } else if (inner instanceof Delete) {
      if (inner.objectId) {
        await this.db.query(
          `UPDATE federation_remote_posts SET deleted_at = now(), content_html = '', title = CASE WHEN title IS NULL THEN NULL ELSE '' END
            WHERE uri = $1 AND remote_community_id = $2 AND deleted_at IS NULL`,
          [inner.objectId.href, community.id],
        );
      }
    } else if (inner instanceof Like || inner instanceof Undo) {
      await this.remoteLike(ctx, community.id, inner);
    } else if (inner instanceof Page || inner instanceof Note) {
      await this.storeRemote(ctx, community.id, inner);
    }
  }

  /**
   * The origin Group of a thread syndicated here (issue 16 ask 5) announces what happens in it: replies
   * (and their edits and deletions) enter the mirror thread through PostsService, so this server's
   * moderation decides; a Delete of the original Page takes the mirror out.
   */
  private async onOriginAnnounce(ctx: InboxContext<void>, announce: Announce): Promise<void> {
    const origin = announce.actorId;
    if (!origin) return;
    const inner = await announce.getObject(ctx);
    if (!(inner instanceof Create || inner instanceof Update || inner instanceof Delete)) return;
    if (!inner.actorId || inner.actorId.origin !== origin.origin) return;
    if (inner instanceof Create) {
      // Replies written here come back announced: they are here already.
      if (!inner.objectId || inner.objectId.origin === ctx.origin) return;
      await this.onCreate(ctx, inner);
    } else if (inner instanceof Update) {
      await this.onUpdate(ctx, inner);
    } else if (inner instanceof Delete && inner.objectId && inner.objectId.origin === origin.origin) {
      if (await this.syndications.retract(origin, { pageUri: inner.objectId.href }, 'Removed on its own server.')) return;
      // A reply deleted or removed there: whoever wrote it, it came from that server.
      const [mine] = await this.db.query<({ postId: string; userId: string } | undefined)[]>(
        `SELECT o.post_id AS "postId", a.user_id AS "userId" FROM federation_objects o JOIN federation_remote_actors a ON a.id = o.remote_actor_id
          WHERE o.uri = $1 AND a.host = $2`,
        [inner.objectId.href, hostOf(origin)],
      );
      if (mine) await this.posts.delete(await this.asRemote(mine.userId), mine.postId);
    }
  }

  /** A Like (or its Undo) of a remote post, announced by its Group: counted on the post here. */
  private async remoteLike(ctx: Context<void>, remoteCommunityId: string, activity: Like | Undo): Promise<void> {
    const like = activity instanceof Like ? activity : await activity.getObject(ctx).catch(() => null);
    if (!(like instanceof Like) || !like.objectId || !like.actorId || like.actorId.href !== activity.actorId?.href) return;
    const [post] = await this.db.query<({ id: string } | undefined)[]>(
      `SELECT id FROM federation_remote_posts WHERE uri = $1 AND remote_community_id = $2`,
      [like.objectId.href, remoteCommunityId],
    );
    if (!post) return;
    if (activity instanceof Like) {
      await this.db.query(`INSERT INTO federation_remote_likes (remote_post_id, actor_uri) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        post.id,
        like.actorId.href,
      ]);
    } else {
      await this.db.query(`DELETE FROM federation_remote_likes WHERE remote_post_id = $1 AND actor_uri = $2`, [post.id, like.actorId.href]);
    }
  }

  async storeRemote(ctx: Context<void>, remoteCommunityId: string, object: ApObject): Promise<void> {
    if (!object.id) return;
    let threadUri = object.id.href;
    let inReplyTo: string | null = null;
    if (object instanceof Note) {
      inReplyTo = object.replyTargetId?.href ?? null;
      if (!inReplyTo) return;
      const [parent] = await this.db.query<({ thread_uri: string } | undefined)[]>(
        `SELECT thread_uri FROM federation_remote_posts WHERE uri = $1 AND remote_community_id = $2`,
        [inReplyTo, remoteCommunityId],
      );
      if (!parent) return;
      threadUri = parent.thread_uri;
    }
    const author = await object
      .getAttribution({ documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader, suppressError: true })
      .catch(() => null);
    const authorName = author ? (author.name?.toString() ?? author.preferredUsername?.toString() ?? '') : '';
    const published = object.published ? new Date(object.published.epochMilliseconds) : new Date();
    await this.db.query(
      `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, in_reply_to, title, content_html, author_name, author_uri, published)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (uri) DO UPDATE SET title = EXCLUDED.title, content_html = EXCLUDED.content_html, edited_at = now()
         WHERE federation_remote_posts.deleted_at IS NULL AND federation_remote_posts.remote_community_id = EXCLUDED.remote_community_id`,
      [
        remoteCommunityId,
        object.id.href,
        threadUri,
        inReplyTo,
        object instanceof Page ? (object.name?.toString() ?? '') : null,
        sanitizeRemoteHtml(object.content?.toString() ?? ''),
        authorName.slice(0, 100) || (object.attributionId ? object.attributionId.host : '?'),
        object.attributionId?.href ?? '',
        published,
      ],
    );
  }
}
