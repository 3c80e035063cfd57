import { Context, Federation, createExponentialBackoffPolicy, createFederation } from '@fedify/fedify';
import { Announce, Create, Endpoints, Group, Note, Page, Person, PropertyValue, PUBLIC_COLLECTION } from '@fedify/vocab';
import { Temporal as TemporalPolyfill } from '@js-temporal/polyfill';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@waardenet/core';
import { FederationKeys } from './federation-keys';
import {
  PostForFederation,
  communityFederable,
  loadCommunityForFederation,
  loadOpeningPostForFederation,
  loadPostForFederation,
  postFederable,
} from './federation.gate';
import { PgKvStore, PgMessageQueue } from './pg-store';

export const communityIdentifier = (communityId: string) => `c-${communityId}`;
export const userIdentifier = (userId: string) => `u-${userId}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const IDENTIFIER = new RegExp(`^([cu])-(${UUID})$`);

export function parseIdentifier(identifier: string): { kind: 'community' | 'user'; id: string } | null {
  const m = IDENTIFIER.exec(identifier);
  return m ? { kind: m[1] === 'c' ? 'community' : 'user', id: m[2] } : null;
}

export const ACTOR_PATH = '/ap/actors/{identifier}';

/** The name of the Group's PropertyValue that names its library (read by another Waardenet as a syndicated thread's provenance). */
export const LIBRARY_PROPERTY = 'Bibliotheek';

/** The paths Fedify answers (everything else goes on to Nest). */
export const FEDERATION_PATHS = /^\/(\.well-known\/(webfinger|nodeinfo)|nodeinfo\/|ap\/)/;

/**
 * Whether a local user may be shown as a Person: an account (not remote, not deleted) that wrote in a
 * federated community, follows a remote one or replied to one. Anyone else answers 404.
 */
async function personVisible(db: DataSource, userId: string): Promise<{ displayName: string; handle: string | null; bio: string } | null> {
  const [row] = await db.query<{ displayName: string; handle: string | null; bio: string }[]>(
    `SELECT u.display_name AS "displayName", u.handle, u.bio FROM users u
      WHERE u.id = $1 AND u.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM federation_remote_actors a WHERE a.user_id = u.id)
        AND (EXISTS (SELECT 1 FROM federation_remote_follows rf WHERE rf.user_id = u.id)
          OR EXISTS (SELECT 1 FROM federation_remote_posts rp WHERE rp.local_author_id = u.id)
          OR EXISTS (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id
                       JOIN federated_communities f ON f.community_id = c.id AND f.enabled
                      WHERE p.author_id = u.id AND c.visibility = 'PUBLIC'))`,
    [userId],
  );
  return row ?? null;
}

export interface FederationParts {
  federation: Federation<void>;
  queue: PgMessageQueue;
  kv: PgKvStore;
  keys: FederationKeys;
  origin: string;
}

/** Builds the Fedify federation of this instance: actors, WebFinger, NodeInfo, the Page and Note documents. The inbox listeners are added by InboxService. */
export function buildFederation(db: DataSource, config: AppConfig): FederationParts {
  const origin = config.email.publicUrl;
  const kv = new PgKvStore(db);
  const queue = new PgMessageQueue(db, config.federation.pollMs);
  const keys = new FederationKeys(db);
  const federation = createFederation<void>({
    kv,
    queue,
    origin,
    manuallyStartQueue: true,
    allowPrivateAddress: config.federation.allowPrivateAddresses,
    outboxRetryPolicy: createExponentialBackoffPolicy({ maxAttempts: config.federation.deliveryAttempts, maxDelay: { hours: 12 } }),
    inboxRetryPolicy: createExponentialBackoffPolicy({ maxAttempts: 5 }),
    userAgent: { software: 'Waardenet/0.1', url: new URL(origin) },
  });

  federation
    .setActorDispatcher(ACTOR_PATH, async (ctx, identifier) => {
      const parsed = parseIdentifier(identifier);
      if (!parsed) return null;
      const pairs = await ctx.getActorKeyPairs(identifier);
      if (parsed.kind === 'community') {
        const c = await loadCommunityForFederation(db, { id: parsed.id });
        if (!c) return null;
        if (!communityFederable(c)) {
          // Federation switched off: WebFinger, outbox, followers and objects answer 404 and nothing new leaves, but
          // the Group (its key) stays readable while it still has followers, so they can check the Deletes that take
          // back what it sent.
          const [stillFollowed] = await db.query<unknown[]>(
            `SELECT 1 FROM federated_communities f WHERE f.community_id = $1 AND NOT f.enabled
                AND EXISTS (SELECT 1 FROM federation_followers ff WHERE ff.community_id = f.community_id)`,
            [c.id],
          );
          if (!stillFollowed || c.visibility !== 'PUBLIC') return null;
          return new Group({
            id: ctx.getActorUri(identifier),
            preferredUsername: c.slug,
            name: c.name,
            inbox: ctx.getInboxUri(identifier),
            publicKey: pairs[0]?.cryptographicKey,
            assertionMethods: pairs.map((p) => p.multikey),
          });
        }
        return new Group({
          id: ctx.getActorUri(identifier),
          preferredUsername: c.slug,
          name: c.name,
          summary: c.description,
          url: new URL(`/community/${encodeURIComponent(c.slug)}`, origin),
          inbox: ctx.getInboxUri(identifier),
          followers: ctx.getFollowersUri(identifier),
          outbox: ctx.getOutboxUri(identifier),
          endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
          publicKey: pairs[0]?.cryptographicKey,
          assertionMethods: pairs.map((p) => p.multikey),
          manuallyApprovesFollowers: false,
          discoverable: true,
          attachments: [new PropertyValue({ name: LIBRARY_PROPERTY, value: c.libraryName })],
        });
      }
      const user = await personVisible(db, parsed.id);
      if (!user) return null;
      return new Person({
        id: ctx.getActorUri(identifier),
        preferredUsername: user.handle ?? identifier,
        name: user.displayName,
        summary: user.bio || null,
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        publicKey: pairs[0]?.cryptographicKey,
        assertionMethods: pairs.map((p) => p.multikey),
      });
    })
    .setKeyPairsDispatcher(async (_ctx, identifier) => (parseIdentifier(identifier) ? keys.pairs(identifier) : []))
    .mapHandle(async (_ctx, username) => {
      const c = await loadCommunityForFederation(db, { slug: username.toLowerCase() });
      if (c && communityFederable(c)) return communityIdentifier(c.id);
      const [u] = await db.query<{ id: string }[]>(`SELECT id FROM users WHERE handle = $1`, [username.toLowerCase()]);
      return u && (await personVisible(db, u.id)) ? userIdentifier(u.id) : null;
    });

  federation
    .setFollowersDispatcher(`${ACTOR_PATH}/followers`, async (_ctx, identifier) => {
      const parsed = parseIdentifier(identifier);
      if (parsed?.kind !== 'community') return null;
      const c = await loadCommunityForFederation(db, { id: parsed.id });
      if (!communityFederable(c)) return null;
      // The followers' addresses stay here: the collection only says how many there are.
      return { items: [] };
    })
    .setCounter(async (_ctx, identifier) => {
      const parsed = parseIdentifier(identifier);
      if (parsed?.kind !== 'community') return null;
      const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM federation_followers WHERE community_id = $1`, [
        parsed.id,
      ]);
      return row.n;
    });

  // A Group's outbox: its latest threads (and their replies) as the Group announced them, oldest first, so a
  // new follower can fill in what came before (backfill). Only what the gate lets out.
  federation.setOutboxDispatcher(`${ACTOR_PATH}/outbox`, async (ctx, identifier) => {
    const parsed = parseIdentifier(identifier);
    if (parsed?.kind !== 'community') return null;
    if (!communityFederable(await loadCommunityForFederation(db, { id: parsed.id }))) return null;
    const rows = await db.query<{ id: string }[]>(
      `WITH recent AS (SELECT t.id FROM threads t WHERE t.community_id = $1 AND t.state = 'VISIBLE' ORDER BY t.created_at DESC LIMIT 20)
       SELECT p.id FROM posts p JOIN recent r ON r.id = p.thread_id WHERE p.state = 'VISIBLE' AND p.deleted_at IS NULL ORDER BY p.seq = 1 DESC, p.created_at LIMIT 200`,
      [parsed.id],
    );
    const items: Announce[] = [];
    const group = ctx.getActorUri(identifier);
    for (const { id } of rows) {
      const post = await loadPostForFederation(db, id);
      if (!postFederable(post)) continue;
      const [mapped] = await db.query<({ uri: string; actor: string | null } | undefined)[]>(
        `SELECT o.uri, a.uri AS actor FROM federation_objects o LEFT JOIN federation_remote_actors a ON a.id = o.remote_actor_id WHERE o.post_id = $1`,
        [id],
      );
      const object = mapped?.actor
        ? (toObject(ctx, { ...post, seq: Math.max(post.seq, 2) }, await replyTarget(db, ctx, post), new URL(mapped.actor)) as Note).clone({
            id: new URL(mapped.uri),
            url: null,
          })
        : toObject(ctx, post, post.seq === 1 ? null : await replyTarget(db, ctx, post));
      items.push(
        new Announce({
          id: new URL(`/ap/announces/${id}`, origin),
          actor: group,
          to: PUBLIC_COLLECTION,
          cc: ctx.getFollowersUri(identifier),
          object: new Create({
            id: new URL(`/ap/creates/${id}`, origin),
            actor: object.attributionId,
            object,
            to: PUBLIC_COLLECTION,
            audience: group,
          }),
        }),
      );
    }
    return { items };
  });

  federation.setObjectDispatcher(Page, '/ap/threads/{id}', async (ctx, { id }) => {
    if (!new RegExp(`^${UUID}$`).test(id)) return null;
    const post = await loadOpeningPostForFederation(db, id);
    return post && postFederable(post) ? toObject(ctx, post, null) : null;
  });
  federation.setObjectDispatcher(Note, '/ap/posts/{id}', async (ctx, { id }) => {
    if (!new RegExp(`^${UUID}$`).test(id)) return null;
    const post = await loadPostForFederation(db, id);
    if (!post || post.seq === 1 || !postFederable(post)) return null;
    const [mapped] = await db.query<unknown[]>(`SELECT 1 FROM federation_objects WHERE post_id = $1 AND remote_actor_id IS NOT NULL`, [id]);
    return mapped ? null : toObject(ctx, post, await replyTarget(db, ctx, post));
  });

  federation.setNodeInfoDispatcher('/nodeinfo/2.1', async () => {
    const [row] = await db.query<{ users: number; threads: number; replies: number }[]>(
      `SELECT (SELECT count(*)::int FROM users u WHERE u.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM federation_remote_actors a WHERE a.user_id = u.id)) AS users,
              (SELECT count(*)::int FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id
                 JOIN federated_communities f ON f.community_id = c.id AND f.enabled WHERE c.visibility = 'PUBLIC' AND p.seq = 1 AND p.state = 'VISIBLE' AND p.deleted_at IS NULL) AS threads,
              (SELECT count(*)::int FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id
                 JOIN federated_communities f ON f.community_id = c.id AND f.enabled WHERE c.visibility = 'PUBLIC' AND p.seq > 1 AND p.state = 'VISIBLE' AND p.deleted_at IS NULL) AS replies`,
    );
    return {
      software: { name: 'waardenet', version: '0.1.0', homepage: new URL(origin) },
      protocols: ['activitypub'],
      openRegistrations: true,
      usage: { users: { total: row.users }, localPosts: row.threads, localComments: row.replies },
      metadata: { nodeName: 'Waardenet' },
    };
  });

  return { federation, queue, kv, keys, origin };
}

/**
 * What a reply answers: the post it replies to (its own or the remote Note's id), else the thread's Page
 * (for a thread syndicated here from another Waardenet, the original's Page there).
 */
export async function replyTarget(db: DataSource | EntityManager, ctx: Context<void>, post: PostForFederation): Promise<URL> {
  if (!post.replyToId) {
    const [origin] = await db.query<{ uri: string }[]>(
      `SELECT o.uri FROM federation_objects o JOIN posts p ON p.id = o.post_id WHERE p.thread_id = $1 AND p.seq = 1 AND o.remote_actor_id IS NOT NULL`,
      [post.threadId],
    );
    if (origin) return new URL(origin.uri);
  }
  if (post.replyToId) {
    const [row] = await db.query<{ uri: string }[]>(`SELECT uri FROM federation_objects WHERE post_id = $1`, [post.replyToId]);
    if (row) return new URL(row.uri);
    const [parent] = await db.query<{ seq: number }[]>(`SELECT seq FROM posts WHERE id = $1`, [post.replyToId]);
    if (parent && parent.seq > 1) return ctx.getObjectUri(Note, { id: post.replyToId });
  }
  return ctx.getObjectUri(Page, { id: post.threadId });
}

/** A local post as ActivityPub: the opening post is the thread's Page, a reply a Note (FEP-1b12: audience is the Group). */
/** A time as Fedify's vocabulary takes it (the polyfill's Instant: Node 24 has no Temporal yet). */
export const instant = (at: Date | string | number): Temporal.Instant =>
  TemporalPolyfill.Instant.fromEpochMilliseconds(new Date(at).getTime()) as unknown as Temporal.Instant;

export function toObject(ctx: Context<void>, post: PostForFederation, inReplyTo: URL | null, author?: URL): Page | Note {
  const group = ctx.getActorUri(communityIdentifier(post.communityId));
  const common = {
    attribution: author ?? ctx.getActorUri(userIdentifier(post.authorId)),
    content: post.bodyHtml,
    mediaType: 'text/html',
    published: instant(post.createdAt),
    updated: post.editedAt ? instant(post.editedAt) : null,
    to: PUBLIC_COLLECTION,
    cc: ctx.getFollowersUri(communityIdentifier(post.communityId)),
    audience: group,
  };
  if (post.seq === 1) {
    return new Page({
      ...common,
      id: ctx.getObjectUri(Page, { id: post.threadId }),
      name: post.title,
      url: new URL(`/thread/${post.threadId}`, ctx.origin),
    });
  }
  return new Note({
    ...common,
    id: ctx.getObjectUri(Note, { id: post.id }),
    replyTarget: inReplyTo,
    contexts: [ctx.getObjectUri(Page, { id: post.threadId })],
    url: new URL(`/thread/${post.threadId}#post-${post.seq}`, ctx.origin),
  });
}
