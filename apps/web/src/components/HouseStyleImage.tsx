import { useState } from 'preact/hooks';
import { ApiError, asApiError } from '../api/transport';
import { IMAGE_ACCEPT, uploadMedia } from '../api/upload';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

interface Props {
  id: string;
  label: string;
  hint: string;
  purpose: 'LIBRARY_LOGO' | 'COMMUNITY_BANNER';
  libraryId?: string;
  communityId?: string;
  /** The image now (`/media/<id>` or an https URL), shown above the picker. */
  current: string | null;
  changed: (url: string) => void;
}

/** A library's logo or a community's banner: pick a file and it is uploaded (with a progress bar) and in use at once. */
export function HouseStyleImage({ id, label, hint, purpose, libraryId, communityId, current, changed }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const media = await uploadMedia(file, { purpose, libraryId, communityId }, setProgress);
      changed(media.url);
      announce(t('image.houseStyleSaved'));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div class="field house-style-image">
      {current ? <img src={current} alt="" class="house-style-preview" /> : null}
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={IMAGE_ACCEPT}
        aria-describedby={`${id}-hint`}
        disabled={progress !== null}
        onChange={(e) => void pick(e.currentTarget)}
      />
      {progress !== null ? (
        <p>
          <label for={`${id}-progress`}>{t('image.uploading')}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
