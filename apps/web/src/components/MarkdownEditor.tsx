import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { PREVIEW_MARKDOWN } from '../api/operations';
import { ApiError } from '../api/transport';
import { t } from '../i18n';
import { errorText } from './Status';
import type { ImageAttach as ImageAttachType } from './ImageAttach';

/** The image panel loads on first use: readers never download it. */
let ImageAttach: typeof ImageAttachType | null = null;
const IMAGE_TYPES = /^image\/(jpeg|png|webp|avif|gif)$/;

/** A preview is asked a second after typing stops: at most 60 a minute, RATE_LIMIT_PREVIEW's default. */
const PREVIEW_DELAY_MS = 1000;

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  error?: string | null;
  rows?: number;
  /** The community a post goes to: then images can be pasted, dropped or picked (uploaded for it). */
  imagesFor?: string;
}

type Preview =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; html: string; source: string } | { status: 'failed'; message: string };

/** A markdown textarea with a preview the server renders (previewMarkdown), the same way it renders posts. */
export function MarkdownEditor({ id, label, value, onInput, error, rows = 5, imagesFor }: Props) {
  const [showPreview, setShowPreview] = useState(false);
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });
  const [image, setImage] = useState<{ file: File; Panel: ComponentType<Parameters<typeof ImageAttachType>[0]> } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pickRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  // An image not yet in a post is its uploader's alone: the preview fetches it with the token (and opens it larger).
  useEffect(() => {
    const el = previewRef.current;
    if (el && preview.status === 'ready' && preview.html.includes('<img'))
      void import('./post-images').then((m) => m.enhancePostImages(el));
  }, [preview]);

  const attach = (file: File | null | undefined): boolean => {
    if (!imagesFor || !file || !IMAGE_TYPES.test(file.type)) return false;
    void (ImageAttach ? Promise.resolve(ImageAttach) : import('./ImageAttach').then((m) => (ImageAttach = m.ImageAttach))).then((Panel) =>
      setImage({ file, Panel }),
    );
    return true;
  };
  const inserted = (markdown: string) => {
    const area = textRef.current;
    const at = area ? area.selectionStart : value.length;
    const before = value.slice(0, at);
    const gap = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
    onInput(`${before}${gap}${markdown}\n${value.slice(at)}`);
    setImage(null);
    area?.focus();
  };

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
          (e: unknown) =>
            current && setPreview({ status: 'failed', message: e instanceof ApiError ? errorText(e) : t('errors.unexpected') }),
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
        ref={textRef}
        onInput={(e) => onInput(e.currentTarget.value)}
        onPaste={(e) => {
          if (attach(e.clipboardData?.files[0])) e.preventDefault();
        }}
        onDragOver={(e) => {
          if (imagesFor && e.dataTransfer?.types.includes('Files')) e.preventDefault();
        }}
        onDrop={(e) => {
          if (attach(e.dataTransfer?.files[0])) e.preventDefault();
        }}
      />
      {imagesFor ? (
        <p>
          <input
            ref={pickRef}
            id={`${id}-image`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const input = e.currentTarget;
              attach(input.files?.[0]);
              input.value = '';
            }}
          />
          <button type="button" class="secondary" onClick={() => pickRef.current?.click()} aria-describedby={`${id}-image-hint`}>
            {t('image.add')}
          </button>{' '}
          <span class="hint" id={`${id}-image-hint`}>
            {t('image.addHint')}
          </span>
        </p>
      ) : null}
      {image ? (
        <image.Panel
          key={image.file}
          id={id}
          file={image.file}
          communityId={imagesFor ?? ''}
          done={inserted}
          cancel={() => setImage(null)}
        />
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <p>
        <button
          type="button"
          class="secondary"
          aria-expanded={showPreview}
          aria-controls={`${id}-preview`}
          onClick={() => setShowPreview(!showPreview)}
        >
          {showPreview ? t('editor.hidePreview') : t('editor.showPreview')}
        </button>
      </p>
      <section id={`${id}-preview`} class="preview" aria-label={t('editor.preview')} hidden={!showPreview}>
        {preview.status === 'loading' ? <p class="muted">{t('common.loading')}</p> : null}
        {preview.status === 'failed' ? <p class="error">{preview.message}</p> : null}
        {preview.status === 'ready' ? (
          preview.html ? (
            <div class="post-body" ref={previewRef} dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p class="muted">{t('editor.emptyPreview')}</p>
          )
        ) : null}
      </section>
    </div>
  );
}
