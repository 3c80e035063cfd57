import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { PREVIEW_MARKDOWN } from '../api/operations';
import { ApiError } from '../api/transport';
import { t } from '../i18n';
import { errorText } from './Status';

/** A preview is asked a second after typing stops: at most 60 a minute, RATE_LIMIT_PREVIEW's default. */
const PREVIEW_DELAY_MS = 1000;

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  error?: string | null;
  rows?: number;
}

type Preview = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; html: string; source: string } | { status: 'failed'; message: string };

/** A markdown textarea with a preview the server renders (previewMarkdown), the same way it renders posts. */
export function MarkdownEditor({ id, label, value, onInput, error, rows = 5 }: Props) {
  const [showPreview, setShowPreview] = useState(false);
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });

  useEffect(() => {
    if (!showPreview) return;
    if (!value.trim()) return setPreview({ status: 'ready', html: '', source: value });
    if (preview.status === 'ready' && preview.source === value) return;
    let current = true;
    const timer = setTimeout(
      () => {
        setPreview((p) => (p.status === 'ready' ? p : { status: 'loading' }));
        request(PREVIEW_MARKDOWN, { body: value }).then(
          (data) => current && setPreview({ status: 'ready', html: data.previewMarkdown, source: value }),
          (e: unknown) => current && setPreview({ status: 'failed', message: e instanceof ApiError ? errorText(e) : t('errors.unexpected') }),
        );
      },
      preview.status === 'idle' ? 0 : PREVIEW_DELAY_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [showPreview, value]);

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('editor.hint')}
      </p>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <p>
        <button type="button" class="secondary" aria-expanded={showPreview} aria-controls={`${id}-preview`} onClick={() => setShowPreview(!showPreview)}>
          {showPreview ? t('editor.hidePreview') : t('editor.showPreview')}
        </button>
      </p>
      <section id={`${id}-preview`} class="preview" aria-label={t('editor.preview')} hidden={!showPreview}>
        {preview.status === 'loading' ? <p class="muted">{t('common.loading')}</p> : null}
        {preview.status === 'failed' ? <p class="error">{preview.message}</p> : null}
        {preview.status === 'ready' ? (
          preview.html ? (
            <div class="post-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p class="muted">{t('editor.emptyPreview')}</p>
          )
        ) : null}
      </section>
    </div>
  );
}
