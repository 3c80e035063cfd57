import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ModAction, ModTarget, RequestContext, appendAudit, badInput, logger, unauthenticated } from '@waardenet/core';
import { ALL_TAG, ContentChanges } from '@waardenet/core/read-cache';
import { LoginThrottle } from '../login-throttle';
import { verifyPassword } from '../password';
import { TokensService } from '../tokens.service';
import { User } from '../user.entity';

/** What a deleted author is called wherever their name would show (Dutch first; the row keeps no other name). */
export const DELETED_ACCOUNT_NAME = 'verwijderd account';

/** The title left on a thread whose opener erased their content and that nobody visibly replied to. */
export const ERASED_THREAD_TITLE = '[verwijderd]';

/**
 * Rows whose foreign key to users cascades but that are kept when an account is deleted: the content
 * (threads and posts stay under "verwijderd account", or are erased below) and invitations the account
 * sent to others (theirs to accept). Every other table with a cascading key to users belongs to the account
 * and loses its rows: sessions (and their refresh tokens), reset and email links, TOTP, memberships, staff
 * roles, reactions, follows, notifications and their settings, expertise claims, queued and sent mail,
 * handle redirects, and whatever table is added later with such a key.
 */
const KEPT = new Set(['threads.author_id', 'posts.author_id', 'invitations.invited_by_id']);

/**
 * deleteAccount (issue #15 ask 9). The users row stays, emptied, so that posts, reports and the
 * append-only audit logs, which point at it by id, keep their meaning with the person anonymized:
 * no audit line is rewritten (the tables' triggers forbid it), yet every one now names "verwijderd account".
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly changes: ContentChanges,
  ) {}

  async delete(ctx: RequestContext, password: string, removeContent: boolean): Promise<true> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    // As for changePassword: a stolen access token must not become a way to guess the password.
    const release = await this.throttle.attempt(ctx.ip, user.email);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw badInput('password: is not your password', { reason: 'WRONG_PASSWORD', fields: { password: ['is not your password'] } });
    }
    await release();
    const ended = await this.db.transaction(async (em) => {
      // Locked first: a second deleteAccount of the same account waits, then finds nothing left to end.
      await em.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      const sessions = await this.tokens.endSessions(user.id, { all: true }, em);
      if (removeContent) await this.eraseContent(em, user.id);
      await this.handOverOwnership(em, user.id);
      await this.eraseAccount(em, user.id);
      return sessions;
    });
    // Open sockets of those sessions close on every instance; their access tokens are refused already (no session row).
    await this.tokens.announceEnded(ended);
    // The name (and with removeContent the texts) were rewritten in SQL, which no cache watcher sees: every shared cache forgets all.
    this.changes.changed([ALL_TAG]);
    logger.info({ userId: user.id, removeContent }, 'account deleted by its owner');
    return true;
  }

  /**
   * A community whose only active owner is the account passes to its library's staff: every ADMIN of the
   * library (or, when it has none, every staff member) becomes an active OWNER there, so the community is
   * never left without one. Refusing the deletion instead would leave the member no way out (no mutation
   * makes someone else owner), and the library answers for its communities anyway. Each hand-over is an
   * audit line by the system (actor null), OWNERSHIP_TRANSFERRED, naming the heirs in its details. A library
   * without any staff leaves the community to the platform admins (logged as a warning).
   */
  private async handOverOwnership(em: EntityManager, userId: string): Promise<void> {
    const orphaned: { community_id: string; library_id: string }[] = await em.query(
      `SELECT m.community_id, c.library_id FROM memberships m JOIN communities c ON c.id = m.community_id
        WHERE m.user_id = $1 AND m.role = 'OWNER' AND m.state = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.community_id = m.community_id AND o.user_id <> $1 AND o.role = 'OWNER' AND o.state = 'ACTIVE')
        ORDER BY m.community_id FOR UPDATE OF m`,
      [userId],
    );
    for (const { community_id: communityId, library_id: libraryId } of orphaned) {
      // Staff who are banned from the community do not become its owners; admins first, else any staff.
      const heirs: { user_id: string }[] = await em.query(
        `WITH staff AS (
           SELECT s.user_id, s.role FROM library_staff s JOIN users u ON u.id = s.user_id
            WHERE s.library_id = $1 AND s.user_id <> $2 AND u.deleted_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM memberships b WHERE b.community_id = $3 AND b.user_id = s.user_id AND b.state = 'BANNED'))
         SELECT user_id FROM staff WHERE role = 'ADMIN' OR NOT EXISTS (SELECT 1 FROM staff WHERE role = 'ADMIN') ORDER BY user_id`,
        [libraryId, userId, communityId],
      );
      if (!heirs.length) {
        logger.warn(
          { communityId, libraryId },
          'the last owner of a community deleted their account and its library has no staff to take it over',
        );
        continue;
      }
      await em.query(
        `INSERT INTO memberships (community_id, user_id, role, state) SELECT $1, unnest($2::uuid[]), 'OWNER', 'ACTIVE'
         ON CONFLICT (community_id, user_id) DO UPDATE SET role = 'OWNER', state = 'ACTIVE'`,
        [communityId, heirs.map((h) => h.user_id)],
      );
      await appendAudit(em, {
        actorId: null,
        action: ModAction.OWNERSHIP_TRANSFERRED,
        targetType: ModTarget.COMMUNITY,
        targetId: communityId,
        communityId,
        details: `the only owner deleted their account; now owned by the library's staff (${heirs.length})`,
      });
    }
  }

  /** Empties the account's row and deletes every row that belongs to the account alone (see KEPT). */
  private async eraseAccount(em: EntityManager, userId: string): Promise<void> {
    // A placeholder address that can never be registered or receive mail (.invalid, RFC 2606): the real one is free again.
    await em.query(
      `UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', display_name = $2, handle = NULL, bio = '', password_hash = '',
              is_platform_admin = false, suspended_at = NULL, suspended_until = NULL, suspension_reason = NULL, deleted_at = now()
        WHERE id = $1`,
      [userId, DELETED_ACCOUNT_NAME],
    );
    const owned: { tbl: string; col: string }[] = await em.query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND c.confdeltype = 'c' AND cardinality(c.conkey) = 1
        ORDER BY 1, 2`,
    );
    for (const { tbl, col } of owned) {
      if (KEPT.has(`${tbl}.${col}`)) continue;
      // Names from the catalogue (regclass text is quoted where needed); the id is a parameter.
      await em.query(`DELETE FROM ${tbl} WHERE "${col}" = $1`, [userId]);
    }
    // Reports the account filed stay for the moderators (the reporter now anonymized); the free-text note goes.
    await em.query(`UPDATE reports SET note = NULL WHERE reporter_id = $1 AND note IS NOT NULL`, [userId]);
  }

  /**
   * removeContent: threads only the account wrote in go entirely; elsewhere its posts become deleted posts
   * without text (a thread's opening post too, so replies by others keep their place) and lose their
   * revisions and search rows. Posts are never deleted: replies to them would go with them (reply_to_id cascades).
   */
  private async eraseContent(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `DELETE FROM threads t WHERE t.author_id = $1 AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.author_id <> $1)`,
      [userId],
    );
    // A thread of theirs that stays only because of others' posts nobody can read as replies (removed, hidden,
    // pending or deleted ones) was not answered: its title, their words too, is blanked (and leaves search).
    // A thread others visibly replied to keeps its title, the heading of their replies.
    await em.query(
      `UPDATE threads t SET title = $2 WHERE t.author_id = $1 AND NOT EXISTS (
         SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.author_id <> $1 AND p.seq > 1 AND p.state = 'VISIBLE' AND p.deleted_at IS NULL)`,
      [userId, ERASED_THREAD_TITLE],
    );
    await em.query(`DELETE FROM search_threads s USING threads t WHERE s.thread_id = t.id AND t.author_id = $1 AND t.title = $2`, [
      userId,
      ERASED_THREAD_TITLE,
    ]);
    // Visible replies that were counted stop counting, as when their author deletes them one by one.
    await em.query(
      `UPDATE threads t SET reply_count = greatest(0, t.reply_count - c.n)
         FROM (SELECT thread_id, count(*)::int AS n FROM posts WHERE author_id = $1 AND seq > 1 AND deleted_at IS NULL AND state = 'VISIBLE' GROUP BY thread_id) c
        WHERE t.id = c.thread_id`,
      [userId],
    );
    await em.query(
      `UPDATE posts SET body = '', body_html = '', deleted_at = coalesce(deleted_at, now()), deleted_by_id = coalesce(deleted_by_id, author_id)
        WHERE author_id = $1`,
      [userId],
    );
    await em.query(`DELETE FROM post_revisions r USING posts p WHERE r.post_id = p.id AND p.author_id = $1`, [userId]);
    // The update above rewrote the search rows with empty text; they go altogether.
    await em.query(`DELETE FROM search_posts s USING posts p WHERE s.post_id = p.id AND p.author_id = $1`, [userId]);
  }
}
