import { locale } from '../i18n';
import { currentAccessToken } from './session';
import { ApiError } from './transport';

/** What `POST /api/media` answers. */
export interface UploadedMedia {
  id: string;
  url: string;
  width: number | null;
  height: number | null;
  contentType: string;
}

export type MediaPurpose = 'POST' | 'AVATAR' | 'LIBRARY_LOGO' | 'COMMUNITY_BANNER';

/** The image types the server accepts (it checks the bytes itself; this only narrows the file picker). */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/**
 * Uploads one file to `POST /api/media` with the access token, the fields before the file (the server checks
 * them before it reads the file). XMLHttpRequest rather than fetch: it reports upload progress.
 */
export async function uploadMedia(
  file: Blob,
  fields: { purpose: MediaPurpose; communityId?: string; libraryId?: string },
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedMedia> {
  const token = await currentAccessToken();
  const form = new FormData();
  form.append('purpose', fields.purpose);
  if (fields.communityId) form.append('communityId', fields.communityId);
  if (fields.libraryId) form.append('libraryId', fields.libraryId);
  form.append('file', file, file instanceof File ? file.name : 'image');
  return new Promise<UploadedMedia>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept-language', locale.get());
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status === 201) return resolve(body as unknown as UploadedMedia);
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
    xhr.onerror = () => reject(new ApiError('NETWORK_ERROR', 'network'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
