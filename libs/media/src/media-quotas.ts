import { DataSource } from 'typeorm';
import { AppConfig, AppError } from '@waardenet/core';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The media quotas of docs/limits.md: uploads and bytes per account in any 24 hours (lower for accounts younger
 * than RATE_LIMIT_NEW_USER_AGE, as for posts), and bytes stored per library. Counted in the database (media_uploads,
 * media), so they hold across instances without a shared counter, and deleting an upload gives no quota back.
 */
export class MediaQuotas {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Before the body is read: refuses an account over its daily quota (`incoming`: the bytes it says it sends). */
  async checkDaily(userId: string, incoming: number): Promise<void> {
    const [row]: ({ fresh: boolean; uploads: number; bytes: string } | undefined)[] = await this.db.query(
      `SELECT u.created_at > now() - make_interval(secs => $2::double precision / 1000) AS fresh,
              (SELECT count(*)::int FROM media_uploads m WHERE m.user_id = u.id AND m.created_at > now() - interval '1 day') AS uploads,
              (SELECT coalesce(sum(m.bytes), 0)::bigint FROM media_uploads m WHERE m.user_id = u.id AND m.created_at > now() - interval '1 day') AS bytes
         FROM users u WHERE u.id = $1`,
      [userId, this.config.rateLimits.newUserAgeMs],
    );
    const media = this.config.media;
    const fresh = !!row?.fresh;
    const [maxUploads, maxBytes] = fresh ? [media.dailyUploadsNewUser, media.dailyBytesNewUser] : [media.dailyUploads, media.dailyBytes];
    const who = fresh ? 'New accounts may upload' : 'You may upload';
    if (Number(row?.uploads ?? 0) >= maxUploads) {
      throw new AppError('RATE_LIMITED', `${who} at most ${maxUploads} files a day.`, {
        reason: 'MEDIA_QUOTA_DAY',
        limit: maxUploads,
        retryAfter: 3600,
      });
    }
    if (Number(row?.bytes ?? 0) + incoming > maxBytes) {
      throw new AppError('RATE_LIMITED', `${who} at most ${mb(maxBytes)} a day.`, {
        reason: 'MEDIA_QUOTA_DAY',
        limit: maxUploads,
        retryAfter: 3600,
      });
    }
  }

  /** Refuses when the library's stored media (all its communities and its logo) are at MEDIA_LIBRARY_BYTES. */
  async checkLibrary(libraryId: string | null, incoming: number): Promise<void> {
    if (!libraryId) return;
    const [row]: { bytes: string }[] = await this.db.query(
      `SELECT coalesce(sum(bytes), 0)::bigint AS bytes FROM media WHERE library_id = $1`,
      [libraryId],
    );
    const limit = this.config.media.libraryBytes;
    if (Number(row.bytes) + incoming > limit) {
      throw new AppError(
        'FORBIDDEN',
        `This library's storage for images is full (${mb(limit)}); its staff can remove old posts or ask the platform admins for more.`,
        {
          reason: 'MEDIA_QUOTA_LIBRARY',
          limit,
        },
      );
    }
  }
}
