import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, asApiError } from '../api/transport';
import { uploadMedia } from '../api/upload';
import { t } from '../i18n';
import { ErrorMessage } from './Status';

interface Props {
  /** The editor's id: the panel's own ids derive from it. */
  id: string;
  file: File;
  communityId: string;
  /** Called with `![alt](/media/<id>)` once the upload is done and the alt text is written. */
  done: (markdown: string) => void;
  cancel: () => void;
}

/** `]` and a line break would end the alt text early in markdown. */
const altText = (text: string) =>
  text
    .replace(/[[\]\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * An image on its way into a post: it uploads at once (with a progress bar) while the writer describes it; the
 * description (alt text) is required, as the server requires it (MEDIA_ALT_REQUIRED). Loaded on first use.
 */
export function ImageAttach({ id, file, communityId, done, cancel }: Props) {
  const [progress, setProgress] = useState(0);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [alt, setAlt] = useState('');
  const [altMissing, setAltMissing] = useState(false);
  const [preview] = useState(() => URL.createObjectURL(file));
  const altRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    altRef.current?.focus();
    const abort = new AbortController();
    uploadMedia(file, { purpose: 'POST', communityId }, setProgress, abort.signal).then(
      (media) => setUploaded(media.url),
      (e: unknown) => !abort.signal.aborted && setError(asApiError(e)),
    );
    return () => {
      abort.abort();
      URL.revokeObjectURL(preview);
    };
  }, []);

  const insert = () => {
    const text = altText(alt);
    if (!text) {
      setAltMissing(true);
      altRef.current?.focus();
      return;
    }
    if (uploaded) done(`![${text}](${uploaded})`);
  };

  const altId = `${id}-alt`;
  return (
    <div class="image-attach" role="group" aria-labelledby={`${id}-attach-heading`}>
      <p id={`${id}-attach-heading`} class="image-attach-title">
        {t('image.attachHeading')}
      </p>
      <img src={preview} alt="" class="image-attach-preview" />
      <div class="field">
        <label for={altId}>{t('image.alt')}</label>
        <p class="hint" id={`${altId}-hint`}>
          {t('image.altHint')}
        </p>
        <input
          id={altId}
          ref={altRef}
          type="text"
          required
          maxLength={300}
          value={alt}
          aria-invalid={altMissing ? true : undefined}
          aria-describedby={`${altId}-hint${altMissing ? ` ${altId}-error` : ''}`}
          onInput={(e) => {
            setAlt(e.currentTarget.value);
            setAltMissing(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              insert();
            }
          }}
        />
        {altMissing ? (
          <p class="field-error" id={`${altId}-error`}>
            {t('image.altRequired')}
          </p>
        ) : null}
      </div>
      {error ? (
        <ErrorMessage error={error} />
      ) : (
        <p>
          <label for={`${id}-progress`}>{uploaded ? t('image.uploaded') : t('image.uploading')}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={uploaded ? 1 : progress}>
            {Math.round((uploaded ? 1 : progress) * 100)}%
          </progress>
        </p>
      )}
      <p>
        <button type="button" onClick={insert} disabled={!uploaded} aria-describedby={uploaded ? undefined : `${id}-progress`}>
          {t('image.insert')}
        </button>{' '}
        <button type="button" class="secondary" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
