import { locale } from '../i18n';
import { currentAccessToken } from './session';
import { ApiError } from './transport';

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
  const token = await currentAccessToken();
  return new Promise<CatalogueImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/libraries/${encodeURIComponent(slug)}/catalogue`);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('accept-language', locale.get());
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status === 200) return resolve(body as unknown as CatalogueImportReport);
      reject(
        new ApiError(
          typeof body.code === 'string' ? body.code : 'INTERNAL_SERVER_ERROR',
          typeof body.message === 'string' ? body.message : xhr.statusText,
          {},
          typeof body.retryAfter === 'number' ? body.retryAfter : undefined,
          typeof body.reason === 'string' ? body.reason : undefined,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'network'));
    xhr.onabort = () => reject(new ApiError('ABORTED', 'aborted'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
