import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { Access, Ctx, RequestContext, RestErrorFilter, SlugParam } from '@waardenet/core';
import { CatalogueImportService } from './catalogue-import.service';
import { ImportSummary } from './import/catalogue-importer';

/**
 * `POST /api/libraries/:slug/catalogue` with the file as the request body (text/csv, or
 * application/marcxml+xml / application/xml), streamed into the importer; answers the summary.
 */
@Controller('api/libraries')
@UseFilters(RestErrorFilter)
export class CatalogueImportController {
  constructor(private readonly imports: CatalogueImportService) {}

  @Access('user')
  @Post(':slug/catalogue')
  @HttpCode(200)
  importCatalogue(@SlugParam('slug') slug: string, @Req() req: Request, @Ctx() ctx: RequestContext): Promise<ImportSummary> {
    return this.imports.importUpload(ctx, slug, req);
  }
}
