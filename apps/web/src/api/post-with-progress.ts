import { locale } from '../i18n';
import { currentAccessToken } from './session';
import { ApiError } from './transport';

/**
 * POSTs a body to one of the REST endpoints with the access token and the reader's language, and reports upload
 * progress: XMLHttpRequest rather than fetch, which has no upload progress. Resolves with the JSON answer when the
 * status is `okStatus`; otherwise rejects with the server's error (code, message, reason, retryAfter) as ApiError.
 */
export async function postWithProgress<T>(
  url: string,
  body: XMLHttpRequestBodyInit,
  options: { okStatus: number; headers?: Record<string, string>; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<T> {
  const token = await currentAccessToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('accept-language', locale.get());
    xhr.upload.onprogress = (e) => e.lengthComputable && options.onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      let answer: Record<string, unknown> = {};
      try {
        answer = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status === options.okStatus) return resolve(answer as T);
      reject(
        new ApiError(
          typeof answer.code === 'string' ? answer.code : 'INTERNAL_SERVER_ERROR',
          typeof answer.message === 'string' ? answer.message : xhr.statusText,
          {},
          typeof answer.retryAfter === 'number' ? answer.retryAfter : undefined,
          typeof answer.reason === 'string' ? answer.reason : undefined,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'network'));
    xhr.onabort = () => reject(new ApiError('ABORTED', 'aborted'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
