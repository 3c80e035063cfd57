import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import {
  AppError,
  AuditLine,
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  badInput,
  forbidden,
  unauthenticated,
} from '@waardenet/core';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { CatalogueImporter, ImportSummary } from './import/catalogue-importer';
import { ImportFileError, formatOf, limitBytes } from './import/import-source';

/** Control characters, dropped from a file name a client sends. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** An upload larger than this is refused part-way (the import streams, so this bounds time, not memory). */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

/** The catalogue import for library admins through the api: the same importer and rules as the CLI. */
@Injectable()
export class CatalogueImportService {
  private readonly importer: CatalogueImporter;

  constructor(
    private readonly db: DataSource,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {
    this.importer = new CatalogueImporter(db);
  }

  async importUpload(ctx: RequestContext, slug: string, req: Request): Promise<ImportSummary> {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.suspended)
      throw forbidden('Your account is suspended: you can read public communities, but not write anything.', {
        reason: 'SUSPENDED_READ_ONLY',
      });
    const library = await this.libraries.bySlug(slug);
    await this.libraryPolicy.requireLibraryAdmin(ctx, library.id).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'FORBIDDEN' && !e.extensions.reason
        ? forbidden("Only this library's admins may import its catalogue.", { reason: 'STAFF_ONLY' })
        : e;
    });
    const format = formatOf(req.headers['content-type'] ?? '');
    if (!format) {
      throw badInput('Send the file as text/csv or application/marcxml+xml (or application/xml).', {
        fields: { 'content-type': ['is not CSV or MARCXML'] },
      });
    }
    let summary: ImportSummary;
    try {
      summary = await this.importer.run({ libraryId: library.id, format, source: limitBytes(req, MAX_UPLOAD_BYTES) });
    } catch (e) {
      if (e instanceof ImportFileError) throw badInput(e.message, { reason: 'IMPORT_FILE_INVALID' });
      throw e;
    }
    // The import commits in batches, so its audit line follows it: who imported which file into which library, with the counts.
    await appendAudit(this.db.manager, importAuditLine(ctx.viewer.id, library.id, fileName(req.headers['content-disposition']), summary));
    return summary;
  }
}

/** The file's name from `Content-Disposition: attachment; filename="…"`, if the client sent one (at most 200 characters). */
export function fileName(disposition: string | undefined): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!match) return null;
  let name = match[1];
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep it as sent.
  }
  return name.replace(CONTROL_CHARACTERS, '').trim().slice(0, 200) || null;
}

/** The audit line of a finished import (libraryAuditLog): who (null: the command line), which file, which library, the counts. */
export function importAuditLine(actorId: string | null, libraryId: string, name: string | null, s: ImportSummary): AuditLine {
  return {
    actorId,
    action: ModAction.IMPORT_CATALOGUE,
    targetType: ModTarget.LIBRARY,
    targetId: libraryId,
    communityId: null,
    libraryId,
    details: `${name ? `"${name}"` : 'an unnamed upload'} (${s.format}): ${s.records} records, ${s.created} created, ${s.updated} updated, ${s.skipped} skipped`,
  };
}
