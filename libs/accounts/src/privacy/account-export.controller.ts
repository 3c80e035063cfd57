import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Access, AllowSuspended, Ctx, RequestContext, RestErrorFilter, logger, requireViewer } from '@waardenet/core';
import { AccountExportService } from './account-export.service';

/**
 * `GET /api/me/export`: the signed-in account's data as a JSON download (bearer token, as the figures'
 * CSV downloads: the web client fetches it with its access token and saves the blob). A suspended account
 * may export too. Written as it is read, honouring backpressure, so a slow client holds no more than a page.
 */
@Controller('api/me')
@UseFilters(RestErrorFilter)
export class AccountExportController {
  constructor(private readonly exports: AccountExportService) {}

  @Access('user')
  @AllowSuspended()
  @Get('export')
  async export(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const release = this.exports.reserve(requireViewer(ctx).id);
    // Given back when the answer is done or the client went, whichever comes first.
    res.once('close', release);
    const chunks = this.exports.document(requireViewer(ctx).id);
    // The first piece is read before any header is sent, so a failure there is still an ordinary error answer.
    const first = await chunks.next().catch((err: unknown) => {
      release();
      throw err;
    });
    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="waardenet-export-${day}.json"`);
    res.setHeader('cache-control', 'no-store');
    const write = writer(res);
    try {
      if (!first.done) await write(first.value);
      for await (const chunk of chunks) {
        if (res.destroyed) break;
        await write(chunk);
      }
      res.end();
      release();
    } catch (err) {
      // Headers are gone: cut the connection, so the download fails rather than ending as truncated JSON.
      logger.error({ err }, 'account export failed midway');
      res.destroy(err as Error);
      release();
      await chunks.return(undefined);
    }
  }
}

/**
 * Writes pieces; when the buffer is full, the next write waits until it drained or the client went. One
 * 'drain' listener for the whole response: the compression middleware hands 'drain' listeners to its gzip
 * stream, where neither off() nor once() would remove them again.
 */
function writer(res: Response): (chunk: string) => Promise<void> {
  let wake: (() => void) | null = null;
  const resume = () => {
    wake?.();
    wake = null;
  };
  res.on('drain', resume);
  res.once('close', resume);
  return async (chunk) => {
    if (!res.write(chunk) && !res.destroyed) await new Promise<void>((resolve) => (wake = resolve));
  };
}
