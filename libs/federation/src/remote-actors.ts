import { Injectable } from '@nestjs/common';
import type { Actor } from '@fedify/vocab';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import { DataSource, EntityManager } from 'typeorm';
import { RemoteActor } from './federation.entities';

/** A host as the blocklist keeps it: lower case, with :port when there is one. */
export const hostOf = (uri: string | URL): string => new URL(uri).host.toLowerCase();

/** Remote HTML, as posts here may show it: text, paragraphs, links and simple emphasis. */
export function sanitizeRemoteHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'a', 'em', 'strong', 'i', 'b', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener ugc' }) },
  });
}

/** Remote HTML as markdown source for a post here: its text, paragraph by paragraph (mentions and links kept as text). */
export function remoteHtmlToMarkdown(html: string, max = 32_000): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|li|blockquote|pre)>/gi, '\n\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Characters markdown would read as markup are escaped: remote text stays text.
    .replace(/([\\`*_[\]#<>|])/g, '\\$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.slice(0, max) || '…';
}

/** Remote actors met over federation, and the shadow accounts remote people write as. */
@Injectable()
export class RemoteActors {
  constructor(private readonly db: DataSource) {}

  async isBlocked(uri: string | URL | null | undefined, em: DataSource | EntityManager = this.db): Promise<boolean> {
    if (!uri) return true;
    const [row] = await em.query<unknown[]>(`SELECT 1 FROM federation_blocked_instances WHERE host = $1`, [hostOf(uri)]);
    return !!row;
  }

  async upsert(actor: Actor): Promise<RemoteActor> {
    if (!actor.id || !actor.inboxId) throw new Error('a remote actor without id or inbox');
    const host = hostOf(actor.id);
    const username = actor.preferredUsername?.toString() ?? actor.id.pathname.split('/').pop() ?? 'onbekend';
    const name = (actor.name?.toString() ?? username).replace(/\s+/g, ' ').trim().slice(0, 60) || username;
    const type = actor.constructor.name;
    const [row] = await this.db.query<RemoteActor[]>(
      `INSERT INTO federation_remote_actors (uri, type, host, handle, display_name, inbox, shared_inbox) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (uri) DO UPDATE SET handle = EXCLUDED.handle, display_name = EXCLUDED.display_name, inbox = EXCLUDED.inbox, shared_inbox = EXCLUDED.shared_inbox
       RETURNING id, uri, type, host, handle, display_name AS "displayName", inbox, shared_inbox AS "sharedInbox", user_id AS "userId"`,
      [actor.id.href, type, host, `${username}@${host}`, name, actor.inboxId.href, actor.endpoints?.sharedInbox?.href ?? null],
    );
    return row;
  }

  byUri(uri: string): Promise<RemoteActor | null> {
    return this.db.getRepository(RemoteActor).findOne({ where: { uri } });
  }

  /**
   * The local account a remote person writes as: made on first use, marked remote by its actor row, with a
   * random address no one can receive mail at (nor guess), and the hash of a random password no one knows.
   */
  async shadowUser(actor: RemoteActor): Promise<string> {
    if (actor.userId) return actor.userId;
    const passwordHash = await argon2.hash(randomBytes(32).toString('base64url'), {
      type: argon2.argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    return this.db.transaction(async (em) => {
      const [locked] = await em.query<{ user_id: string | null }[]>(
        `SELECT user_id FROM federation_remote_actors WHERE id = $1 FOR UPDATE`,
        [actor.id],
      );
      if (locked?.user_id) return locked.user_id;
      const email = `remote-${randomBytes(16).toString('hex')}@remote.invalid`;
      const displayName = `${actor.displayName} (@${actor.handle})`.slice(0, 100);
      const [user] = await em.query<{ id: string }[]>(
        `INSERT INTO users (email, display_name, password_hash, email_verified_at) VALUES ($1, $2, $3, now()) RETURNING id`,
        [email, displayName, passwordHash],
      );
      await em.query(`UPDATE federation_remote_actors SET user_id = $2 WHERE id = $1`, [actor.id, user.id]);
      actor.userId = user.id;
      return user.id;
    });
  }

  /** A remote person's membership of a community they write in (active member; a ban stays a ban). */
  async ensureMember(communityId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE') ON CONFLICT (community_id, user_id) DO NOTHING`,
      [communityId, userId],
    );
  }
}
