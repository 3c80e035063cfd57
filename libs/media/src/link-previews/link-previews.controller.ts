import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Access, RestErrorFilter, notFound } from '@waardenet/core';
import { MEDIA_CSP } from '../media.controller';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/i;

/**
 * `GET /link-previews/<id>.webp`: a preview card's image, the server's own WebP copy of the linked page's image
 * (so a reader's browser never contacts the linked site). Public to everyone: it is a copy of what the page shows
 * anyone, behind an unguessable id; cached a day (a refreshed preview changes the `?v=` of its address).
 */
@Controller('link-previews')
@UseFilters(RestErrorFilter)
export class LinkPreviewImageController {
  constructor(private readonly db: DataSource) {}

  @Access('public')
  @Get(':file')
  async image(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = FILE.exec(file)?.[1];
    if (!id) throw notFound('That image', { reason: 'PREVIEW_IMAGE_NOT_FOUND' });
    const [row]: { image: Buffer | null; fetched_at: Date }[] = await this.db.query(
      `SELECT image, fetched_at FROM link_previews WHERE id = $1 AND status = 'OK'`,
      [id],
    );
    if (!row?.image) throw notFound('That image', { reason: 'PREVIEW_IMAGE_NOT_FOUND' });
    const etag = `"${id}.${new Date(row.fetched_at).getTime()}"`;
    res.setHeader('content-security-policy', MEDIA_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('cache-control', 'public, max-age=86400');
    res.setHeader('etag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.status(200).setHeader('content-type', 'image/webp');
    res.setHeader('content-length', String(row.image.length));
    res.end(req.method === 'HEAD' ? undefined : row.image);
  }
}
