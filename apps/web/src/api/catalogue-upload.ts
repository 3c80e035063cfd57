import { postWithProgress } from './post-with-progress';

export type CatalogueSkipReason = 'BAD_ENCODING' | 'MALFORMED' | 'BAD_ISBN' | 'MISSING_TITLE' | 'NO_KEY' | 'TOO_LONG' | 'DUPLICATE';

/** What `POST /api/libraries/:slug/catalogue` answers: the import's report. */
export interface CatalogueImportReport {
  format: 'csv' | 'marcxml';
  records: number;
  created: number;
  updated: number;
  skipped: number;
  skippedByReason: Partial<Record<CatalogueSkipReason, number>>;
  /** The first skipped records (at most 100), with their place in the file. */
  skips: { position: number; line: number; reason: CatalogueSkipReason; message: string }[];
  seconds: number;
}

/** The content type the endpoint reads, from the file's name (browsers often leave `type` empty for .xml/.mrc). */
export function catalogueContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'text/csv';
  if (name.endsWith('.xml') || name.endsWith('.marcxml') || /xml/.test(file.type)) return 'application/marcxml+xml';
  return null;
}

/**
 * Sends the file as the request body to the import endpoint with the access token. XMLHttpRequest rather than
 * fetch: it reports upload progress, and the server reads the body as it imports, so the bar follows the import.
 */
export async function uploadCatalogue(
  slug: string,
  file: File,
  contentType: string,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<CatalogueImportReport> {
  return postWithProgress<CatalogueImportReport>(`/api/libraries/${encodeURIComponent(slug)}/catalogue`, file, {
    okStatus: 200,
    headers: { 'content-type': contentType, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` },
    onProgress,
    signal,
  });
}
