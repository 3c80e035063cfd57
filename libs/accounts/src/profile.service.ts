import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppError, RequestContext, badInput, notFound, requireViewer } from '@waardenet/core';
import { assertDisplayNameCharacters, assertNotImpersonatingStaff, assertNotReservedName } from './display-name';
import { UpdateProfileInput } from './dto/profile.inputs';
import {
  BIO_MAX,
  HANDLE,
  HANDLE_CHANGE_INTERVAL_SECONDS,
  bioHasForbiddenCharacters,
  isReservedHandle,
  normalizeHandle,
} from './handle-rules';
import { User } from './user.entity';

const handleTaken = (handle: string) =>
  new AppError('CONFLICT', `The handle @${handle} is taken; choose another.`, { reason: 'HANDLE_TAKEN', fields: { handle: ['is taken'] } });

/** A member's own profile: display name, bio, preferred language and @handle; and the public lookup by handle. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async update(ctx: RequestContext, input: UpdateProfileInput): Promise<User> {
    const userId = requireViewer(ctx).id;
    const { displayName, bio, locale } = input;
    if (displayName === undefined && bio === undefined && !locale) {
      throw badInput('Give a display name, a bio or a language to change.', {
        reason: 'NOTHING_TO_CHANGE',
        fields: { displayName: ['give something to change'] },
      });
    }
    if (displayName !== undefined) assertDisplayNameCharacters(displayName);
    if (displayName !== undefined) assertNotReservedName(displayName);
    // Counted in characters as a reader sees them (code points): an emoji is one, not two UTF-16 units.
    if (bio !== undefined && [...bio].length > BIO_MAX) {
      const message = `bio: must be at most ${BIO_MAX} characters long`;
      throw badInput(message, { reason: 'BIO_TOO_LONG', fields: { bio: [`must be at most ${BIO_MAX} characters long`] } });
    }
    if (bio !== undefined && bioHasForbiddenCharacters(bio)) {
      const message = 'bio: holds a control or text-direction character; write plain text.';
      throw badInput(message, { reason: 'BIO_INVALID_CHARACTERS', fields: { bio: [message] } });
    }
    await this.db.transaction(async (em) => {
      if (displayName !== undefined) await assertNotImpersonatingStaff(em, displayName, userId);
      const change: Partial<User> = {};
      if (displayName !== undefined) change.displayName = displayName;
      if (bio !== undefined) change.bio = bio;
      if (Object.keys(change).length) await em.update(User, { id: userId }, change);
      // The preferred language is the one notification_settings keeps for mail (libs/notifications reads it;
      // passwords.service does too): one language per account, not a second copy to keep in step.
      if (locale) {
        await em.query(
          `INSERT INTO notification_settings (user_id, locale) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale`,
          [userId, locale],
        );
      }
    });
    return this.fresh(userId);
  }

  /**
   * Changes the viewer's handle. The old one leads to the account for HANDLE_REDIRECT_DAYS and stays
   * reserved for it (taking it back is allowed); a handle someone else holds or reserved is refused.
   * One change a day (HANDLE_CHANGE_TOO_SOON); the handle given at registration counts as no change.
   */
  async setHandle(ctx: RequestContext, handle: string): Promise<User> {
    const userId = requireViewer(ctx).id;
    if (isReservedHandle(handle)) {
      throw badInput(`handle: @${handle} is kept for deleted accounts; choose another.`, {
        reason: 'HANDLE_RESERVED',
        fields: { handle: ['is reserved'] },
      });
    }
    try {
      await this.db.transaction(async (em) => {
        const [me]: { handle: string | null; wait: number | null }[] = await em.query(
          `SELECT handle, ceil(extract(epoch FROM handle_changed_at + make_interval(secs => $2) - now()))::int AS wait
             FROM users WHERE id = $1 FOR UPDATE`,
          [userId, HANDLE_CHANGE_INTERVAL_SECONDS],
        );
        if (!me) throw notFound('Your account', { reason: 'USER_NOT_FOUND' });
        if (me.handle === handle) return;
        if (me.wait !== null && me.wait > 0) {
          throw new AppError(
            'RATE_LIMITED',
            `You changed your handle less than a day ago; you can change it again in ${Math.ceil(me.wait / 3600)} hours.`,
            {
              reason: 'HANDLE_CHANGE_TOO_SOON',
              retryAfter: me.wait,
            },
          );
        }
        await lockHandles(em, [handle, me.handle]);
        const [taken] = await em.query<unknown[]>(
          `SELECT 1 FROM users WHERE handle = $1 AND id <> $2
           UNION ALL SELECT 1 FROM handle_redirects WHERE handle = $1 AND user_id <> $2 AND expires_at > now()`,
          [handle, userId],
        );
        if (taken) throw handleTaken(handle);
        // An expired reservation of someone else, or this account's own old handle taken back.
        await em.query(`DELETE FROM handle_redirects WHERE handle = $1`, [handle]);
        if (me.handle && this.config.handleRedirectDays > 0) {
          await em.query(
            `INSERT INTO handle_redirects (handle, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))
               ON CONFLICT (handle) DO UPDATE SET user_id = excluded.user_id, expires_at = excluded.expires_at, created_at = now()`,
            [me.handle, userId, this.config.handleRedirectDays],
          );
        }
        await em.query(`UPDATE users SET handle = $1, handle_changed_at = now() WHERE id = $2`, [handle, userId]);
      });
    } catch (e) {
      // Two accounts choosing the same free handle at once: the unique index decides.
      if ((e as { code?: string }).code === '23505') throw handleTaken(handle);
      throw e;
    }
    return this.fresh(userId);
  }

  /** The account a handle names: its current one, or one it gave up within the redirect period. Null otherwise. */
  async byHandle(value: string): Promise<User | null> {
    const handle = normalizeHandle(value);
    if (!HANDLE.test(handle)) return null;
    const users = this.db.getRepository(User);
    const current = await users.findOneBy({ handle });
    if (current) return current;
    const [redirect]: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM handle_redirects WHERE handle = $1 AND expires_at > now()`,
      [handle],
    );
    return redirect ? users.findOneBy({ id: redirect.user_id }) : null;
  }

  private async fresh(userId: string): Promise<User> {
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound('Your account', { reason: 'USER_NOT_FOUND' });
    return user;
  }
}

/**
 * Serialises changes that touch the same names (the key registration's handle picking uses too), in one
 * order so two swaps cannot deadlock: a change away from a name and someone taking it cannot both pass.
 */
async function lockHandles(em: EntityManager, names: (string | null)[]): Promise<void> {
  for (const name of [...new Set(names.filter((n): n is string => !!n))].sort()) {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`handle:${name}`]);
  }
}
