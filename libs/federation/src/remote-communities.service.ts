import { Inject, Injectable } from '@nestjs/common';
import { Announce, Create, Delete, Follow, Group, Like, Note, Page, PUBLIC_COLLECTION, Tombstone, Undo, Update } from '@fedify/vocab';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  RequestContext,
  badInput,
  forbidden,
  logger,
  notFound,
  renderMarkdown,
  requireViewer,
} from '@waardenet/core';
import { instant, userIdentifier } from './federation.app';
import { RemoteCommunity, RemotePost } from './federation.entities';
import { FederationRuntime } from './federation.runtime';
import { InboxService } from './inbox.service';
import { RemoteActors } from './remote-actors';

const HANDLE = /^@?([a-z0-9][a-z0-9_.-]{0,99})@([a-z0-9.-]{1,253}(:\d{1,5})?)$/i;

/**
 * Remote communities as members here see them: following one (WebFinger, then a Follow of its Group
 * from the member's own Person), reading what its Group announced, and replying from home (a Note sent
 * to the Group, which puts it through its own moderation).
 */
@Injectable()
export class RemoteCommunitiesService {
  constructor(
    private readonly db: DataSource,
    private readonly runtime: FederationRuntime,
    private readonly actors: RemoteActors,
    private readonly inbox: InboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The remote communities the viewer follows. */
  followed(ctx: RequestContext): Promise<RemoteCommunity[]> {
    return this.db
      .getRepository(RemoteCommunity)
      .createQueryBuilder('c')
      .innerJoin('federation_remote_follows', 'f', 'f.remote_community_id = c.id AND f.user_id = :userId', {
        userId: requireViewer(ctx).id,
      })
      .orderBy('c.name', 'ASC')
      .getMany();
  }

  async byId(id: string): Promise<RemoteCommunity> {
    const c = await this.db.getRepository(RemoteCommunity).findOne({ where: { id } });
    if (!c) throw notFound('That remote community', { reason: 'REMOTE_COMMUNITY_UNKNOWN' });
    return c;
  }

  /** A remote community's threads (their opening Page), newest first. */
  threads(community: RemoteCommunity, first: number): Promise<RemotePost[]> {
    return this.db
      .getRepository(RemotePost)
      .createQueryBuilder('p')
      .where('p.remote_community_id = :id AND p.in_reply_to IS NULL AND p.deleted_at IS NULL', { id: community.id })
      .orderBy('p.published', 'DESC')
      .limit(Math.min(Math.max(first, 1), 50))
      .getMany();
  }

  async post(id: string): Promise<RemotePost> {
    const p = await this.db.getRepository(RemotePost).findOne({ where: { id } });
    if (!p) throw notFound('That remote post', { reason: 'REMOTE_POST_NOT_FOUND' });
    return p;
  }

  /** A remote thread's replies in the order they were written (deleted ones stay as an empty place). */
  replies(thread: RemotePost): Promise<RemotePost[]> {
    return this.db
      .getRepository(RemotePost)
      .createQueryBuilder('p')
      .where('p.remote_community_id = :c AND p.thread_uri = :t AND p.in_reply_to IS NOT NULL', {
        c: thread.remoteCommunityId,
        t: thread.threadUri,
      })
      .orderBy('p.published', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(500)
      .getMany();
  }

  private async groupOf(remoteCommunityId: string): Promise<OwnReply['group']> {
    const [group] = await this.db.query<{ uri: string; inbox: string }[]>(
      `SELECT a.uri, a.inbox FROM federation_remote_communities c JOIN federation_remote_actors a ON a.id = c.actor_id WHERE c.id = $1`,
      [remoteCommunityId],
    );
    if (await this.actors.isBlocked(group.uri))
      throw forbidden('This server does not federate with that one.', { reason: 'INSTANCE_BLOCKED' });
    return { id: new URL(group.uri), inboxId: new URL(group.inbox), endpoints: null };
  }

  private async ownReply(ctx: RequestContext, remotePostId: string): Promise<OwnReply> {
    const viewer = requireViewer(ctx);
    const post = await this.post(remotePostId);
    if (post.deletedAt) throw notFound('That remote post', { reason: 'REMOTE_POST_NOT_FOUND' });
    if (post.localAuthorId !== viewer.id) throw forbidden('Only its author can change this reply.', { reason: 'NOT_THE_AUTHOR' });
    return { post, group: await this.groupOf(post.remoteCommunityId) };
  }

  /** A member edits their reply to a remote thread: kept here, and sent to the Group as an Update. */
  async editReply(ctx: RequestContext, remotePostId: string, body: string): Promise<RemotePost> {
    const { post, group } = await this.ownReply(ctx, remotePostId);
    const html = renderMarkdown(body);
    await this.db.query(`UPDATE federation_remote_posts SET content_html = $2, edited_at = now() WHERE id = $1`, [post.id, html]);
    const fctx = this.runtime.context();
    const person = fctx.getActorUri(userIdentifier(requireViewer(ctx).id));
    const note = new Note({
      id: new URL(post.uri),
      attribution: person,
      content: html,
      mediaType: 'text/html',
      replyTarget: post.inReplyTo ? new URL(post.inReplyTo) : null,
      published: instant(post.published),
      updated: instant(new Date()),
      to: PUBLIC_COLLECTION,
      ccs: [group.id],
      audience: group.id,
    });
    await fctx.sendActivity(
      { identifier: userIdentifier(requireViewer(ctx).id) },
      group,
      new Update({
        id: new URL(`/ap/activities/${randomUUID()}`, fctx.origin),
        actor: person,
        object: note,
        to: PUBLIC_COLLECTION,
        ccs: [group.id],
        audience: group.id,
      }),
    );
    return this.post(post.id);
  }

  /** A member deletes their reply to a remote thread: emptied here, and a Delete sent to the Group. */
  async deleteReply(ctx: RequestContext, remotePostId: string): Promise<boolean> {
    const { post, group } = await this.ownReply(ctx, remotePostId);
    await this.db.query(`UPDATE federation_remote_posts SET content_html = '', deleted_at = now() WHERE id = $1`, [post.id]);
    const fctx = this.runtime.context();
    const identifier = userIdentifier(requireViewer(ctx).id);
    const person = fctx.getActorUri(identifier);
    await fctx.sendActivity(
      { identifier },
      group,
      new Delete({
        id: new URL(`/ap/activities/${randomUUID()}`, fctx.origin),
        actor: person,
        object: new Tombstone({ id: new URL(post.uri) }),
        to: PUBLIC_COLLECTION,
        audience: group.id,
      }),
    );
    return true;
  }

  /** A member likes (or stops liking) a remote thread or reply: counted here, and a Like (or its Undo) sent to the Group. */
  async setLike(ctx: RequestContext, remotePostId: string, liked: boolean): Promise<RemotePost> {
    const viewer = requireViewer(ctx);
    const post = await this.post(remotePostId);
    if (post.deletedAt) throw notFound('That remote post', { reason: 'REMOTE_POST_NOT_FOUND' });
    const [follows] = await this.db.query<unknown[]>(
      `SELECT 1 FROM federation_remote_follows WHERE remote_community_id = $1 AND user_id = $2`,
      [post.remoteCommunityId, viewer.id],
    );
    if (!follows) throw forbidden('Follow this community first to react to it.', { reason: 'REMOTE_NOT_FOLLOWING' });
    const group = await this.groupOf(post.remoteCommunityId);
    const fctx = this.runtime.context();
    const identifier = userIdentifier(viewer.id);
    const person = fctx.getActorUri(identifier);
    const like = new Like({
      id: new URL(`/ap/likes/remote/${post.id}/${viewer.id}`, fctx.origin),
      actor: person,
      object: new URL(post.uri),
      audience: group.id,
    });
    if (liked) {
      const rows = await this.db.query<unknown[]>(
        `INSERT INTO federation_remote_likes (remote_post_id, actor_uri) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING actor_uri`,
        [post.id, person.href],
      );
      if (rows.length) await fctx.sendActivity({ identifier }, group, like);
    } else {
      const [rows] = await this.db.query<[unknown[], number]>(
        `DELETE FROM federation_remote_likes WHERE remote_post_id = $1 AND actor_uri = $2 RETURNING actor_uri`,
        [post.id, person.href],
      );
      if (rows.length)
        await fctx.sendActivity(
          { identifier },
          group,
          new Undo({ id: new URL(`/ap/activities/${randomUUID()}`, fctx.origin), actor: person, object: like }),
        );
    }
    return post;
  }

  /** Which of these remote posts the member likes (one statement for a page of them). */
  async likedBy(userId: string, remotePostIds: readonly string[]): Promise<boolean[]> {
    const person = this.runtime.context().getActorUri(userIdentifier(userId)).href;
    const rows = await this.db.query<{ remote_post_id: string }[]>(
      `SELECT remote_post_id FROM federation_remote_likes WHERE actor_uri = $1 AND remote_post_id = ANY($2)`,
      [person, [...remotePostIds]],
    );
    const liked = new Set(rows.map((r) => r.remote_post_id));
    return remotePostIds.map((id) => liked.has(id));
  }

  async likeCount(post: RemotePost): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM federation_remote_likes WHERE remote_post_id = $1`, [
      post.id,
    ]);
    return row.n;
  }

  private async webfinger(slug: string, host: string): Promise<URL | null> {
    const resource = `acct:${slug}@${host}`;
    const ctx = this.runtime.context();
    let links: { rel?: string; type?: string; href?: string }[] | undefined;
    if (this.config.federation.allowPrivateAddresses) {
      // Test and development setting: plain HTTP to any address (Fedify's lookup asks https for acct: handles).
      const res = await fetch(`http://${host}/.well-known/webfinger?resource=${encodeURIComponent(resource)}`, {
        headers: { accept: 'application/jrd+json' },
        signal: AbortSignal.timeout(10_000),
      }).catch(() => null);
      links = res?.ok ? ((await res.json()) as { links?: typeof links }).links : undefined;
    } else {
      links = (await ctx.lookupWebFinger(resource).catch(() => null))?.links as typeof links;
    }
    const self = links?.find((l) => l.rel === 'self' && /activity\+json|ld\+json/.test(l.type ?? '') && l.href);
    return self?.href ? new URL(self.href) : null;
  }

  /**
   * A community on another server by its handle (slug@host): WebFinger, then its Group. Refuses a malformed
   * handle, this server's own host, a blocked server, and anything that is no Group on that host.
   */
  async resolveGroup(handle: string): Promise<{ group: Group & { id: URL }; slug: string; host: string }> {
    const m = HANDLE.exec(handle.trim().replace(/^acct:/i, ''));
    if (!m)
      throw badInput('Give a handle such as boeken@bibliotheek.example.org.', {
        reason: 'REMOTE_HANDLE_INVALID',
        fields: { handle: ['must be name@host'] },
      });
    const slug = m[1].toLowerCase();
    const host = m[2].toLowerCase();
    if (host === new URL(this.runtime.parts.origin).host.toLowerCase()) {
      throw badInput('That community is on this server: join it here.', {
        reason: 'REMOTE_HANDLE_LOCAL',
        fields: { handle: ['names this server'] },
      });
    }
    if (await this.actors.isBlocked(`https://${host}`))
      throw forbidden('This server does not federate with that one.', { reason: 'INSTANCE_BLOCKED' });
    const actorUrl = await this.webfinger(slug, host);
    const fctx = this.runtime.context();
    const group = actorUrl
      ? await fctx.lookupObject(actorUrl).catch((err) => (logger.info({ err }, 'federation: lookup failed'), null))
      : null;
    if (!(group instanceof Group) || !group.id || group.id.host.toLowerCase() !== host) {
      throw new AppError('NOT_FOUND', 'No community was found under that handle.', { reason: 'REMOTE_COMMUNITY_NOT_FOUND' });
    }
    return { group: group as Group & { id: URL }, slug, host };
  }

  async follow(ctx: RequestContext, handle: string): Promise<RemoteCommunity> {
    const viewer = requireViewer(ctx);
    const { group, slug, host } = await this.resolveGroup(handle);
    const fctx = this.runtime.context();
    const groupId = group.id;
    const actor = await this.actors.upsert(group);
    const community = await this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO federation_remote_communities (actor_id, handle, name, summary, url) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (actor_id) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary, url = EXCLUDED.url`,
        [
          actor.id,
          `${slug}@${host}`,
          (group.name?.toString() ?? slug).slice(0, 200),
          stripTags(group.summary?.toString() ?? '').slice(0, 2000),
          (group.url instanceof URL ? group.url : groupId).href,
        ],
      );
      const c = await em.findOneByOrFail(RemoteCommunity, { actorId: actor.id });
      const inserted = await em.query<{ user_id: string }[]>(
        `INSERT INTO federation_remote_follows (remote_community_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [c.id, viewer.id],
      );
      const ins = inserted[0];
      if (ins) await em.query(`UPDATE federation_remote_communities SET follower_count = follower_count + 1 WHERE id = $1`, [c.id]);
      return em.findOneByOrFail(RemoteCommunity, { id: c.id });
    });
    const identifier = userIdentifier(viewer.id);
    await fctx.sendActivity(
      { identifier },
      group,
      new Follow({
        id: new URL(`/ap/follows/${community.id}/${viewer.id}`, fctx.origin),
        actor: fctx.getActorUri(identifier),
        object: group.id,
      }),
    );
    await this.backfill(community.id, group);
    return community;
  }

  /** What the Group announced before we followed (its outbox: latest threads and their replies); best effort. */
  private async backfill(remoteCommunityId: string, group: Group): Promise<void> {
    const fctx = this.runtime.context();
    try {
      const outbox = await group.getOutbox(fctx);
      if (!outbox) return;
      let n = 0;
      for await (const item of fctx.traverseCollection(outbox)) {
        if (++n > 200) break;
        if (!(item instanceof Announce) || item.actorId?.href !== group.id?.href) continue;
        const create = await item.getObject(fctx);
        if (!(create instanceof Create)) continue;
        const object = await create.getObject(fctx);
        if (object instanceof Page || object instanceof Note) await this.inbox.storeRemote(fctx, remoteCommunityId, object);
      }
    } catch (err) {
      logger.info({ err }, 'federation: backfill of a followed community failed');
    }
  }

  async unfollow(ctx: RequestContext, id: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const community = await this.byId(id);
    const [rows] = await this.db.query<[unknown[], number]>(
      `DELETE FROM federation_remote_follows WHERE remote_community_id = $1 AND user_id = $2 RETURNING user_id`,
      [id, viewer.id],
    );
    if (!rows.length) throw notFound('Your follow of that community', { reason: 'REMOTE_FOLLOW_NOT_FOUND' });
    await this.db.query(`UPDATE federation_remote_communities SET follower_count = greatest(follower_count - 1, 0) WHERE id = $1`, [id]);
    const actor = await this.db.query<{ uri: string; inbox: string }[]>(`SELECT uri, inbox FROM federation_remote_actors WHERE id = $1`, [
      community.actorId,
    ]);
    const fctx = this.runtime.context();
    const identifier = userIdentifier(viewer.id);
    const followId = new URL(`/ap/follows/${community.id}/${viewer.id}`, fctx.origin);
    await fctx.sendActivity(
      { identifier },
      { id: new URL(actor[0].uri), inboxId: new URL(actor[0].inbox), endpoints: null },
      new Undo({
        id: new URL(`/ap/activities/${randomUUID()}`, fctx.origin),
        actor: fctx.getActorUri(identifier),
        object: new Follow({ id: followId, actor: fctx.getActorUri(identifier), object: new URL(actor[0].uri) }),
      }),
    );
    return true;
  }

  /** A member's reply to a remote thread or reply: kept here, and sent to the community's Group as a Note. */
  async reply(ctx: RequestContext, remotePostId: string, body: string): Promise<RemotePost> {
    const viewer = requireViewer(ctx);
    const target = await this.post(remotePostId);
    if (target.deletedAt) throw notFound('That remote post', { reason: 'REMOTE_POST_NOT_FOUND' });
    const [follows] = await this.db.query<unknown[]>(
      `SELECT 1 FROM federation_remote_follows WHERE remote_community_id = $1 AND user_id = $2`,
      [target.remoteCommunityId, viewer.id],
    );
    if (!follows) throw forbidden('Follow this community first to reply to it.', { reason: 'REMOTE_NOT_FOLLOWING' });
    const community = await this.byId(target.remoteCommunityId);
    const [group] = await this.db.query<{ uri: string; inbox: string }[]>(`SELECT uri, inbox FROM federation_remote_actors WHERE id = $1`, [
      community.actorId,
    ]);
    if (await this.actors.isBlocked(group.uri))
      throw forbidden('This server does not federate with that one.', { reason: 'INSTANCE_BLOCKED' });
    const html = renderMarkdown(body);
    const id = randomUUID();
    const fctx = this.runtime.context();
    const uri = new URL(`/ap/replies/${id}`, fctx.origin);
    const [me] = await this.db.query<{ display_name: string }[]>(`SELECT display_name FROM users WHERE id = $1`, [viewer.id]);
    const saved = await this.db.getRepository(RemotePost).save(
      this.db.getRepository(RemotePost).create({
        id,
        remoteCommunityId: community.id,
        uri: uri.href,
        threadUri: target.threadUri,
        inReplyTo: target.uri,
        title: null,
        contentHtml: html,
        authorName: me.display_name,
        authorUri: '',
        published: new Date(),
        localAuthorId: viewer.id,
      }),
    );
    const identifier = userIdentifier(viewer.id);
    const person = fctx.getActorUri(identifier);
    await this.db.query(`UPDATE federation_remote_posts SET author_uri = $2 WHERE id = $1`, [id, person.href]);
    const note = new Note({
      id: uri,
      attribution: person,
      content: html,
      mediaType: 'text/html',
      replyTarget: new URL(target.uri),
      contexts: [new URL(target.threadUri)],
      published: instant(saved.published),
      to: PUBLIC_COLLECTION,
      ccs: [new URL(group.uri)],
      audience: new URL(group.uri),
    });
    await fctx.sendActivity(
      { identifier },
      { id: new URL(group.uri), inboxId: new URL(group.inbox), endpoints: null },
      new Create({
        id: new URL(`${uri.href}#create`),
        actor: person,
        object: note,
        to: PUBLIC_COLLECTION,
        ccs: [new URL(group.uri)],
        audience: new URL(group.uri),
      }),
    );
    return { ...saved, authorUri: person.href };
  }
}

/** A member's own reply to a remote thread, and the Group it went to. */
interface OwnReply {
  post: RemotePost;
  group: { id: URL; inboxId: URL; endpoints: null };
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
