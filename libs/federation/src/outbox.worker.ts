import type { Context, Federation } from '@fedify/fedify';
import { Announce, Create, Delete, Like, Note, Page, PUBLIC_COLLECTION, Tombstone, Undo, Update } from '@fedify/vocab';
import type { Recipient } from '@fedify/vocab';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BACKGROUND_SQL, logger } from '@waardenet/core';
import { communityIdentifier, replyTarget, toObject, userIdentifier } from './federation.app';
import { PostForFederation, loadOpeningPostForFederation, loadPostForFederation, postFederable } from './federation.gate';

interface Change {
  id: string;
  community_id: string;
  thread_id: string;
  post_id: string | null;
  type: string;
  age_ms: number;
}

interface SentObject {
  uri: string;
  remote_actor_uri: string | null;
  remote_actor_id: string | null;
  community_id: string | null;
  sent: string;
  sent_edited_at: Date | null;
}

/**
 * Sends what changed in federated communities to their followers: each row of federation_changes
 * (written by a trigger in the writer's transaction) is looked at once. For each post concerned it
 * compares what the gate allows now with what was sent before: Create when it newly may go, Update
 * when it was edited since, Delete when it may no longer (removed, deleted, moved into a private
 * community, federation switched off). Every activity is announced by the community's Group (FEP-1b12)
 * and delivered through Fedify's queue (federation_queue: retries with back-off).
 */
export class OutboxWorker {
  constructor(
    private readonly db: DataSource,
    private readonly federation: Federation<void>,
    private readonly origin: string,
  ) {}

  /** Handles the changes that are due; returns how many it looked at. */
  async runOnce(limit = 50): Promise<number> {
    return this.db.transaction(async (em) => {
      const changes = await em.query<Change[]>(
        `${BACKGROUND_SQL} SELECT id, community_id, thread_id, post_id, type, (extract(epoch FROM now() - created_at) * 1000)::int AS age_ms
           FROM federation_changes WHERE created_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const change of changes) {
        let later = false;
        try {
          later = await this.handle(em, change);
        } catch (err) {
          logger.warn({ err, change: change.id }, 'federation: a change could not be sent');
        }
        if (later)
          await em.query(`UPDATE federation_changes SET created_at = now() + interval '200 milliseconds' WHERE id = $1`, [change.id]);
        else await em.query(`DELETE FROM federation_changes WHERE id = $1`, [change.id]);
      }
      return changes.length;
    });
  }

  /** True when the change should be looked at again shortly (a remote reply whose mapping is not written yet). */
  private async handle(em: EntityManager, change: Change): Promise<boolean> {
    if (change.type === 'REACTIONS_CHANGED') {
      if (change.post_id) await this.reconcileLikes(em, change.post_id);
      return false;
    }
    const postIds = new Set<string>();
    if (change.post_id) postIds.add(change.post_id);
    else {
      const opening = await loadOpeningPostForFederation(em, change.thread_id);
      if (opening) postIds.add(opening.id);
    }
    if (change.type === 'THREAD_MOVED' || (!change.post_id && change.type === 'THREAD_UPDATED')) {
      const sent = await em.query<{ post_id: string }[]>(`SELECT post_id FROM federation_objects WHERE thread_id = $1 AND sent = 'SENT'`, [
        change.thread_id,
      ]);
      if (change.type === 'THREAD_MOVED') for (const r of sent) postIds.add(r.post_id);
    }
    let later = false;
    for (const postId of postIds) later = (await this.reconcile(em, postId, change.age_ms)) || later;
    return later;
  }

  private async reconcile(em: EntityManager, postId: string, ageMs: number): Promise<boolean> {
    const post = await loadPostForFederation(em, postId);
    const [obj] = await em.query<(SentObject | undefined)[]>(
      `SELECT o.uri, a.uri AS remote_actor_uri, o.remote_actor_id, o.community_id, o.sent, o.sent_edited_at FROM federation_objects o
         LEFT JOIN federation_remote_actors a ON a.id = o.remote_actor_id WHERE o.post_id = $1 FOR UPDATE OF o`,
      [postId],
    );
    if (post && !obj) {
      const [remoteAuthor] = await em.query<unknown[]>(`SELECT 1 FROM federation_remote_actors WHERE user_id = $1`, [post.authorId]);
      // A remote person's reply: its mapping to the Note's own id is written just after the post; wait for it (a minute at most).
      if (remoteAuthor) return ageMs < 60_000;
    }
    // The opening post of a thread syndicated here from another Waardenet is that server's Page: never sent from here.
    if (post?.seq === 1 && obj?.remote_actor_uri) return false;
    const ctx = this.federation.createContext(new URL(this.origin), undefined);
    if (postFederable(post) && (post.seq === 1 || postFederable(await loadOpeningPostForFederation(em, post.threadId)))) {
      const p = post;
      const edited = p.editedAt ? new Date(p.editedAt) : null;
      if (!obj || obj.sent !== 'SENT') {
        const object = await this.objectOf(ctx, p, obj);
        const create = new Create({
          id: this.activityId(),
          actor: object.attributionId,
          object,
          to: PUBLIC_COLLECTION,
          cc: ctx.getFollowersUri(communityIdentifier(p.communityId)),
          audience: ctx.getActorUri(communityIdentifier(p.communityId)),
        });
        await this.announce(em, ctx, p.communityId, create, p.threadId);
        if (!obj?.remote_actor_uri) await this.toOrigin(em, ctx, p, create);
        await em.query(
          `INSERT INTO federation_objects (post_id, thread_id, uri, community_id, sent, sent_edited_at) VALUES ($1, $2, $3, $4, 'SENT', $5)
             ON CONFLICT (post_id) DO UPDATE SET sent = 'SENT', sent_edited_at = EXCLUDED.sent_edited_at, community_id = EXCLUDED.community_id`,
          [p.id, p.threadId, (object.id ?? new URL(obj?.uri ?? '')).href, p.communityId, edited],
        );
      } else if (edited && (!obj.sent_edited_at || edited > new Date(obj.sent_edited_at))) {
        const object = await this.objectOf(ctx, p, obj);
        const update = new Update({
          id: this.activityId(),
          actor: object.attributionId,
          object,
          to: PUBLIC_COLLECTION,
          cc: ctx.getFollowersUri(communityIdentifier(p.communityId)),
          audience: ctx.getActorUri(communityIdentifier(p.communityId)),
        });
        await this.announce(em, ctx, p.communityId, update, p.threadId);
        if (!obj.remote_actor_uri) await this.toOrigin(em, ctx, p, update);
        await em.query(`UPDATE federation_objects SET sent_edited_at = $2 WHERE post_id = $1`, [p.id, edited]);
      }
      return false;
    }
    if (obj?.sent === 'SENT') {
      // Taken back: announced by the Group whose followers got it (the thread's community when it was sent).
      const sentFrom = obj.community_id ?? post?.communityId;
      if (sentFrom) {
        const group = ctx.getActorUri(communityIdentifier(sentFrom));
        await this.announce(
          em,
          ctx,
          sentFrom,
          new Delete({
            id: this.activityId(),
            actor: obj.remote_actor_uri ? new URL(obj.remote_actor_uri) : group,
            object: new Tombstone({ id: new URL(obj.uri) }),
            to: PUBLIC_COLLECTION,
            audience: group,
          }),
          post?.threadId,
        );
      }
      if (post && !obj.remote_actor_uri) {
        const person = ctx.getActorUri(userIdentifier(post.authorId));
        await this.toOrigin(
          em,
          ctx,
          post,
          new Delete({ id: this.activityId(), actor: person, object: new Tombstone({ id: new URL(obj.uri) }), to: PUBLIC_COLLECTION }),
        );
      }
      await em.query(`UPDATE federation_objects SET sent = 'DELETED' WHERE post_id = $1`, [postId]);
    }
    return false;
  }

  /**
   * Local members' reactions to a post that went out, as Likes (one per member, whatever the kind):
   * Like for a new one, Undo when their last reaction went. Remote people's own Likes are not sent back.
   */
  private async reconcileLikes(em: EntityManager, postId: string): Promise<void> {
    const post = await loadPostForFederation(em, postId);
    const [obj] = await em.query<({ uri: string; sent: string } | undefined)[]>(
      `SELECT uri, sent FROM federation_objects WHERE post_id = $1`,
      [postId],
    );
    if (!postFederable(post) || obj?.sent !== 'SENT') return;
    const likers = await em.query<{ user_id: string }[]>(
      `SELECT DISTINCT r.user_id FROM reactions r JOIN users u ON u.id = r.user_id
        WHERE r.post_id = $1 AND u.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM federation_remote_actors a WHERE a.user_id = r.user_id)`,
      [postId],
    );
    const sent = await em.query<{ user_id: string }[]>(`SELECT user_id FROM federation_sent_likes WHERE post_id = $1 FOR UPDATE`, [postId]);
    const now = new Set(likers.map((r) => r.user_id));
    const before = new Set(sent.map((r) => r.user_id));
    const ctx = this.federation.createContext(new URL(this.origin), undefined);
    const object = new URL(obj.uri);
    for (const userId of now) {
      if (before.has(userId)) continue;
      const actor = ctx.getActorUri(userIdentifier(userId));
      await this.announce(
        em,
        ctx,
        post.communityId,
        new Like({
          id: new URL(`/ap/likes/${postId}/${userId}`, this.origin),
          actor,
          object,
          audience: ctx.getActorUri(communityIdentifier(post.communityId)),
        }),
      );
      await em.query(`INSERT INTO federation_sent_likes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [postId, userId]);
    }
    for (const userId of before) {
      if (now.has(userId)) continue;
      const actor = ctx.getActorUri(userIdentifier(userId));
      await this.announce(
        em,
        ctx,
        post.communityId,
        new Undo({
          id: this.activityId(),
          actor,
          object: new Like({ id: new URL(`/ap/likes/${postId}/${userId}`, this.origin), actor, object }),
          audience: ctx.getActorUri(communityIdentifier(post.communityId)),
        }),
      );
      await em.query(`DELETE FROM federation_sent_likes WHERE post_id = $1 AND user_id = $2`, [postId, userId]);
    }
  }

  private activityId(): URL {
    return new URL(`/ap/activities/${randomUUID()}`, this.origin);
  }

  private async objectOf(ctx: Context<void>, p: PostForFederation, obj: SentObject | undefined): Promise<Page | Note> {
    if (obj?.remote_actor_uri) {
      // A remote person's reply, announced under its own id and author.
      const inReplyTo = await replyTarget(this.db, ctx, p);
      const note = toObject(ctx, { ...p, seq: Math.max(p.seq, 2) }, inReplyTo, new URL(obj.remote_actor_uri)) as Note;
      return note.clone({ id: new URL(obj.uri), url: null });
    }
    return toObject(ctx, p, p.seq === 1 ? null : await replyTarget(this.db, ctx, p));
  }

  /**
   * A local member's reply (its edit, its deletion) in a thread syndicated here from another Waardenet goes
   * to the original's Group too, as the member's own activity: that server's moderation decides on it.
   */
  private async toOrigin(
    em: EntityManager,
    ctx: Context<void>,
    post: PostForFederation,
    activity: Create | Update | Delete,
  ): Promise<void> {
    if (post.seq === 1) return;
    const [origin] = await em.query<({ uri: string; inbox: string } | undefined)[]>(
      `SELECT a.uri, a.inbox FROM syndications s JOIN federation_remote_actors a ON a.uri = s.remote_actor_uri
        WHERE s.thread_id = $1 AND s.from_community_id IS NULL AND s.state = 'ACCEPTED'
          AND NOT EXISTS (SELECT 1 FROM federation_blocked_instances b WHERE b.host = a.host)
          AND NOT EXISTS (SELECT 1 FROM federation_remote_actors r WHERE r.user_id = $2)`,
      [post.threadId, post.authorId],
    );
    if (!origin) return;
    await ctx.sendActivity(
      { identifier: userIdentifier(post.authorId) },
      { id: new URL(origin.uri), inboxId: new URL(origin.inbox), endpoints: null },
      activity,
    );
  }

  /**
   * The Group announces the activity to its followers' (shared) inboxes, except blocked servers; for a
   * thread syndicated to a national community on another Waardenet and accepted there, to that Group too.
   */
  private async announce(
    em: EntityManager,
    ctx: Context<void>,
    communityId: string,
    activity: Create | Update | Delete | Like | Undo,
    threadId?: string,
  ): Promise<void> {
    const followers = await em.query<{ uri: string; inbox: string; shared_inbox: string | null }[]>(
      `SELECT a.uri, a.inbox, a.shared_inbox FROM federation_followers f JOIN federation_remote_actors a ON a.id = f.actor_id
        WHERE f.community_id = $1 AND NOT EXISTS (SELECT 1 FROM federation_blocked_instances b WHERE b.host = a.host)
       UNION
       SELECT a.uri, a.inbox, a.shared_inbox FROM syndications s JOIN federation_remote_actors a ON a.uri = s.remote_actor_uri
        WHERE s.thread_id = $2 AND s.from_community_id = $1 AND s.target_handle IS NOT NULL AND s.state = 'ACCEPTED'
          AND NOT EXISTS (SELECT 1 FROM federation_blocked_instances b WHERE b.host = a.host)`,
      [communityId, threadId ?? null],
    );
    if (!followers.length) return;
    const recipients: Recipient[] = followers.map((f) => ({
      id: new URL(f.uri),
      inboxId: new URL(f.inbox),
      endpoints: f.shared_inbox ? { sharedInbox: new URL(f.shared_inbox) } : null,
    }));
    const identifier = communityIdentifier(communityId);
    const group = ctx.getActorUri(identifier);
    const announce = new Announce({
      id: this.activityId(),
      actor: group,
      object: activity,
      to: PUBLIC_COLLECTION,
      cc: ctx.getFollowersUri(identifier),
    });
    await ctx.sendActivity({ identifier }, recipients, announce, { preferSharedInbox: true });
  }
}
