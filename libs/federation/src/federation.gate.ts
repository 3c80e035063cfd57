import { DataSource, EntityManager } from 'typeorm';

/** A post with what decides whether it may leave the server. */
export interface PostForFederation {
  id: string;
  seq: number;
  threadId: string;
  authorId: string;
  replyToId: string | null;
  body: string;
  bodyHtml: string;
  state: string;
  deletedAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  title: string;
  threadState: string;
  communityId: string;
  slug: string;
  visibility: string;
  /** federated_communities.enabled (false when the row is missing). */
  federationEnabled: boolean;
}

export interface CommunityForFederation {
  visibility: string;
  federationEnabled: boolean;
}

/**
 * THE rule of what may leave this server, in one place (every outbound path asks here: the Group
 * actor, the Page and Note documents, the delivery worker). It fails closed: only a PUBLIC community
 * whose staff or moderators switched federation on.
 */
export function communityFederable(c: CommunityForFederation | null | undefined): boolean {
  return !!c && c.federationEnabled === true && c.visibility === 'PUBLIC';
}

/** …and of its content, only VISIBLE, undeleted posts of VISIBLE threads (never pending, hidden or removed). */
export function postFederable(p: PostForFederation | null | undefined): p is PostForFederation {
  return !!p && communityFederable(p) && p.state === 'VISIBLE' && p.threadState === 'VISIBLE' && !p.deletedAt;
}

const POST_SQL = `SELECT p.id, p.seq, p.thread_id AS "threadId", p.author_id AS "authorId", p.reply_to_id AS "replyToId", p.body, p.body_html AS "bodyHtml",
       p.state, p.deleted_at AS "deletedAt", p.edited_at AS "editedAt", p.created_at AS "createdAt", t.title, t.state AS "threadState",
       t.community_id AS "communityId", c.slug, c.visibility, coalesce(f.enabled, false) AS "federationEnabled"
  FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id
  LEFT JOIN federated_communities f ON f.community_id = c.id`;

/** A post as the gate sees it (null when it does not exist). */
export async function loadPostForFederation(db: DataSource | EntityManager, postId: string): Promise<PostForFederation | null> {
  const [row] = await db.query<PostForFederation[]>(`${POST_SQL} WHERE p.id = $1`, [postId]);
  return row ?? null;
}

/** A thread's opening post as the gate sees it. */
export async function loadOpeningPostForFederation(db: DataSource | EntityManager, threadId: string): Promise<PostForFederation | null> {
  const [row] = await db.query<PostForFederation[]>(`${POST_SQL} WHERE p.thread_id = $1 AND p.seq = 1`, [threadId]);
  return row ?? null;
}

export interface FederatedCommunityRow extends CommunityForFederation {
  id: string;
  slug: string;
  name: string;
  description: string;
  libraryId: string;
  /** Its library's name: the Group says it as a PropertyValue "Bibliotheek" (provenance of syndicated threads, issue 16 ask 5). */
  libraryName: string;
}

export async function loadCommunityForFederation(
  db: DataSource | EntityManager,
  where: { id?: string; slug?: string },
): Promise<FederatedCommunityRow | null> {
  const byId = !!where.id;
  const [row] = await db.query<FederatedCommunityRow[]>(
    `SELECT c.id, c.slug, c.name, c.description, c.library_id AS "libraryId", l.name AS "libraryName", c.visibility,
            coalesce(f.enabled, false) AS "federationEnabled"
       FROM communities c JOIN libraries l ON l.id = c.library_id LEFT JOIN federated_communities f ON f.community_id = c.id WHERE ${byId ? 'c.id = $1' : 'c.slug = $1'}`,
    [byId ? where.id : where.slug],
  );
  return row ?? null;
}
