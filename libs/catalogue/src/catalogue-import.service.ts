import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppError, RequestContext, badInput, forbidden, unauthenticated } from '@waardenet/core';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { CatalogueImporter, ImportSummary } from './import/catalogue-importer';
import { ImportFileError, formatOf, limitBytes } from './import/import-source';

/** An upload larger than this is refused part-way (the import streams, so this bounds time, not memory). */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

/** The catalogue import for library admins through the api: the same importer and rules as the CLI. */
@Injectable()
export class CatalogueImportService {
  private readonly importer: CatalogueImporter;

  constructor(
    db: DataSource,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {
    this.importer = new CatalogueImporter(db);
  }

  async importUpload(ctx: RequestContext, slug: string, req: Request): Promise<ImportSummary> {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.suspended) throw forbidden('Your account is suspended: you can read public communities, but not write anything.');
    const library = await this.libraries.bySlug(slug);
    await this.libraryPolicy.requireLibraryAdmin(ctx, library.id).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'FORBIDDEN' ? forbidden("Only this library's admins may import its catalogue.") : e;
    });
    const format = formatOf(req.headers['content-type'] ?? '');
    if (!format) {
      throw badInput('Send the file as text/csv or application/marcxml+xml (or application/xml).', { fields: { 'content-type': ['is not CSV or MARCXML'] } });
    }
    try {
      return await this.importer.run({ libraryId: library.id, format, source: limitBytes(req, MAX_UPLOAD_BYTES) });
    } catch (e) {
      if (e instanceof ImportFileError) throw badInput(e.message);
      throw e;
    }
  }
}
