import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { pipeline } from 'node:stream/promises';
import { Access, Ctx, RequestContext, RequireVerifiedEmail, RestErrorFilter, logger, notFound } from '@waardenet/core';
import { MediaAccess } from './media-access';
import { MediaService, UploadAnswer } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';
import { PostgresMediaStorage } from './storage/postgres-storage';

/** Uploads never run scripts, load anything or get framed, whatever a browser makes of them. */
export const MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";
const YEAR_SECONDS = 365 * 24 * 3600;

/** `POST /api/media`: multipart, field `file` with `purpose` (and `communityId` or `libraryId`) before it; bearer token as the other REST endpoints. */
@Controller('api/media')
@UseFilters(RestErrorFilter)
export class MediaUploadController {
  constructor(private readonly media: MediaService) {}

  @Access('user')
  @RequireVerifiedEmail()
  @Post()
  @HttpCode(201)
  upload(@Ctx() ctx: RequestContext, @Req() req: Request): Promise<UploadAnswer> {
    return this.media.upload(ctx, req);
  }
}

/**
 * `GET /media/<id>` (the default rendition) and `GET /media/<id>/<variant>` (`640.webp`, `640.jpg`…): the
 * stored bytes with their content type, nosniff and a CSP that allows nothing; public media with a year's
 * Cache-Control and an ETag (renditions never change: a new upload is a new id), others `private` and only
 * for those who may read them (MediaAccess: everyone else gets 404). A PDF is always a download.
 */
@Controller('media')
@UseFilters(RestErrorFilter)
export class MediaServeController {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly db: DataSource,
  ) {}

  /** Where an upload's bytes are: uploads kept in PostgreSQL stay readable after a switch to MEDIA_STORAGE=s3. */
  private storageOf(engine: string): MediaStorage | null {
    if (engine === this.storage.engine) return this.storage;
    return engine === 'postgres' ? new PostgresMediaStorage(this.db) : null;
  }

  @Access('public')
  @Get(':id')
  serveDefault(@Ctx() ctx: RequestContext, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.serve(ctx, id, null, req, res);
  }

  @Access('public')
  @Get(':id/:variant')
  serveVariant(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Param('variant') variant: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(ctx, id, variant, req, res);
  }

  private async serve(ctx: RequestContext, id: string, variantName: string | null, req: Request, res: Response): Promise<void> {
    const { media, public: isPublic } = await this.access.readable(ctx, id);
    const name = variantName ?? (media.variants.some((v) => v.name === 'full') ? 'full' : 'file');
    const variant = media.variants.find((v) => v.name === name);
    if (!variant) throw notFound('That size', { reason: 'MEDIA_SIZE_NOT_FOUND' });
    const etag = `"${media.id}.${variant.name}"`;
    res.setHeader('content-security-policy', MEDIA_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('etag', etag);
    res.setHeader('cache-control', isPublic ? `public, max-age=${YEAR_SECONDS}, immutable` : 'private, max-age=300');
    if (!isPublic) res.setHeader('vary', 'Authorization');
    if (variant.contentType === 'application/pdf')
      res.setHeader('content-disposition', `attachment; filename="waardenet-${media.id.slice(0, 8)}.pdf"`);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const stored = await this.storageOf(media.storage)?.get(media.id, variant.name);
    if (!stored) throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    res.status(200);
    res.setHeader('content-type', variant.contentType);
    res.setHeader('content-length', String(stored.length));
    if (req.method === 'HEAD') {
      stored.stream.destroy();
      res.end();
      return;
    }
    try {
      await pipeline(stored.stream, res);
    } catch (err) {
      if (!res.destroyed) logger.warn({ err: (err as Error).message, mediaId: media.id }, 'media answer cut off');
    }
  }
}
