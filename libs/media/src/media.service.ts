import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  badInput,
  forbidden,
  logger,
  requireViewer,
  unauthenticated,
} from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { LibrariesPolicy } from '@waardenet/libraries';
import { MEDIA_PURPOSES, Media, MediaPurpose } from './media.entity';
import { ProcessingQueue, Processed, processDocument, processImage, tooLargeRefusal } from './media-processor';
import { MediaQuotas } from './media-quotas';
import { MULTIPART_OVERHEAD, UploadFields, receiveUpload } from './media-upload';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';
import { MediaPurge } from './media-purge';

/** What `POST /api/media` answers. */
export interface UploadAnswer {
  id: string;
  url: string;
  width: number | null;
  height: number | null;
  contentType: string;
}

export const mediaUrl = (id: string) => `/media/${id}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Target {
  purpose: MediaPurpose;
  communityId: string | null;
  libraryId: string | null;
  documentsAllowed: boolean;
}

@Injectable()
export class MediaService {
  private readonly queue: ProcessingQueue;
  private readonly quotas: MediaQuotas;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly libraries: LibrariesPolicy,
    private readonly purge: MediaPurge,
  ) {
    this.queue = new ProcessingQueue(config.media.processingConcurrency);
    this.quotas = new MediaQuotas(db, config);
  }

  /** The processing queue's state (tests and the benchmark read it). */
  get load() {
    return this.queue.load;
  }

  async upload(ctx: RequestContext, req: Request): Promise<UploadAnswer> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    if (viewer.suspended)
      throw forbidden('Your account is suspended: you can read public communities, but not upload anything.', {
        reason: 'SUSPENDED_READ_ONLY',
      });
    const max = this.config.media.maxFileBytes;
    const declared = Number(req.headers['content-length'] ?? 0);
    // Refused before a byte of the body is read: a declared size past the limit, an account over its quota.
    if (declared > max + MULTIPART_OVERHEAD) throw tooLargeRefusal(`at most ${Math.round(max / 1024 / 1024)} MB a file`, max);
    await this.quotas.checkDaily(viewer.id, Math.min(declared, max));
    let target: Target | null = null;
    const received = await receiveUpload(req, max, async (fields) => {
      target = await this.authorize(ctx, fields);
      await this.quotas.checkLibrary(target.libraryId, 0);
      return target;
    });
    const t = target as unknown as Target;
    await this.quotas.checkDaily(viewer.id, received.data.length);
    const processed = await this.queue.run(() =>
      received.mime === 'application/pdf'
        ? Promise.resolve(processDocument(received.data))
        : processImage(received.data, received.mime, this.config.media),
    );
    const bytes = processed.variants.reduce((n, v) => n + v.bytes, 0);
    await this.quotas.checkLibrary(t.libraryId, bytes);
    const media = await this.store(ctx, t, processed, bytes, received.data.length);
    logger.info(
      {
        mediaId: media.id,
        purpose: t.purpose,
        type: processed.contentType,
        uploadBytes: received.data.length,
        storedBytes: bytes,
        ms: Math.round(processed.ms),
      },
      'media uploaded',
    );
    return { id: media.id, url: mediaUrl(media.id), width: media.width, height: media.height, contentType: media.contentType };
  }

  /** Who may upload for what: checked from the form fields before the file is read. */
  private async authorize(ctx: RequestContext, fields: UploadFields): Promise<Target> {
    const purpose = fields.purpose as MediaPurpose;
    if (!MEDIA_PURPOSES.includes(purpose)) {
      throw badInput(`purpose: must be one of ${MEDIA_PURPOSES.join(', ')}, sent before the file.`, {
        reason: 'INVALID_INPUT',
        fields: { purpose: [`must be one of ${MEDIA_PURPOSES.join(', ')}`] },
      });
    }
    const id = (name: 'communityId' | 'libraryId') => {
      const value = fields[name];
      if (!value || !UUID.test(value))
        throw badInput(`${name}: an id is needed for ${purpose}, sent before the file.`, {
          reason: 'INVALID_INPUT',
          fields: { [name]: ['must be an id'] },
        });
      return value;
    };
    switch (purpose) {
      case MediaPurpose.AVATAR:
        return { purpose, communityId: null, libraryId: null, documentsAllowed: false };
      case MediaPurpose.LIBRARY_LOGO: {
        const libraryId = id('libraryId');
        await this.libraries.requireLibraryAdmin(ctx, libraryId);
        return { purpose, communityId: null, libraryId, documentsAllowed: false };
      }
      case MediaPurpose.COMMUNITY_BANNER: {
        const community = await this.communities.byId(ctx, id('communityId'));
        await this.communityPolicy.requireModerator(ctx, community);
        return { purpose, communityId: community.id, libraryId: community.libraryId, documentsAllowed: false };
      }
      case MediaPurpose.POST: {
        const community = await this.communities.byId(ctx, id('communityId'));
        await this.communityPolicy.requirePoster(ctx, community);
        // PDFs (a programme, a reading list) from the library's own staff only; they are served as downloads.
        const documentsAllowed = !!ctx.viewer?.isPlatformAdmin || (await this.libraries.isStaff(ctx, community.libraryId));
        return { purpose, communityId: community.id, libraryId: community.libraryId, documentsAllowed };
      }
    }
  }

  /**
   * One transaction: the row, its renditions (PostgreSQL engine; the S3 engine writes them before the commit),
   * and for an avatar, logo or banner the one it replaces deleted (with its bytes), the logo set on the library.
   */
  private async store(ctx: RequestContext, t: Target, processed: Processed, bytes: number, uploadBytes: number): Promise<Media> {
    const ownerId = requireViewer(ctx).id;
    const used = t.purpose !== MediaPurpose.POST;
    const media = await this.db.transaction(async (em) => {
      const row = await em.save(
        em.create(Media, {
          ownerId,
          purpose: t.purpose,
          communityId: t.communityId,
          libraryId: t.libraryId,
          postId: null,
          contentType: processed.contentType,
          width: processed.width,
          height: processed.height,
          bytes,
          uploadBytes,
          storage: this.storage.engine,
          variants: processed.variants.map(({ data: _data, ...v }) => v),
        }),
      );
      for (const v of processed.variants) await this.storage.put(em, row.id, v.name, v.data, v.contentType);
      await em.query(`INSERT INTO media_uploads (user_id, bytes) VALUES ($1, $2)`, [ownerId, uploadBytes]);
      if (used) await this.replaced(em, ctx, t, row);
      return row;
    });
    if (this.storage.engine === 's3') this.purge.soon();
    return media;
  }

  private async replaced(em: EntityManager, ctx: RequestContext, t: Target, row: Media): Promise<void> {
    const actorId = requireViewer(ctx).id;
    if (t.purpose === MediaPurpose.AVATAR) {
      await em.query(`DELETE FROM media WHERE owner_id = $1 AND purpose = 'AVATAR' AND id <> $2`, [actorId, row.id]);
    } else if (t.purpose === MediaPurpose.COMMUNITY_BANNER) {
      await em.query(`DELETE FROM media WHERE community_id = $1 AND purpose = 'COMMUNITY_BANNER' AND id <> $2`, [t.communityId, row.id]);
      await appendAudit(em, {
        actorId,
        action: ModAction.UPDATE_SETTINGS,
        targetType: ModTarget.COMMUNITY,
        targetId: String(t.communityId),
        communityId: t.communityId,
        details: 'bannerUrl',
      });
    } else if (t.purpose === MediaPurpose.LIBRARY_LOGO) {
      await em.query(`DELETE FROM media WHERE library_id = $1 AND purpose = 'LIBRARY_LOGO' AND id <> $2`, [t.libraryId, row.id]);
      await em.query(`UPDATE libraries SET logo_url = $2 WHERE id = $1`, [t.libraryId, mediaUrl(row.id)]);
      await appendAudit(em, {
        actorId,
        action: ModAction.UPDATE_LIBRARY_STYLE,
        targetType: ModTarget.LIBRARY,
        targetId: String(t.libraryId),
        communityId: null,
        libraryId: t.libraryId,
        details: 'logoUrl',
      });
    }
  }
}
