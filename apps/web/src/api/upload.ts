import { postWithProgress } from './post-with-progress';

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
  const form = new FormData();
  form.append('purpose', fields.purpose);
  if (fields.communityId) form.append('communityId', fields.communityId);
  if (fields.libraryId) form.append('libraryId', fields.libraryId);
  form.append('file', file, file instanceof File ? file.name : 'image');
  return postWithProgress<UploadedMedia>('/api/media', form, { okStatus: 201, onProgress, signal });
}
