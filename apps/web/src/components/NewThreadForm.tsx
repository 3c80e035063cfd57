import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CREATE_THREAD } from '../api/operations';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { navigate, paths } from '../router';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorMessage } from './Status';

/** Starts a discussion or a question in a community, then opens it. */
export function NewThreadForm({ communityId }: { communityId: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'DISCUSSION' | 'QUESTION'>('DISCUSSION');
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('newThread.open')}
        </button>
      </p>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const gaps = { title: !title.trim(), body: !body.trim() };
    setMissing(gaps);
    if (gaps.title || gaps.body) {
      document.getElementById(gaps.title ? 'thread-title' : 'thread-body')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { createThread } = await request(CREATE_THREAD, { input: { communityId, title, body, kind } });
      navigate(paths.thread(createThread.id));
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };

  return (
    <form class="new-thread" onSubmit={submit} noValidate aria-labelledby="new-thread-heading">
      <h2 id="new-thread-heading">{t('newThread.heading')}</h2>
      <div class="field">
        <label for="thread-title">{t('newThread.title')}</label>
        <input
          id="thread-title"
          name="title"
          value={title}
          maxLength={200}
          aria-invalid={missing.title ? true : undefined}
          aria-describedby={missing.title ? 'thread-title-error' : undefined}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        {missing.title ? (
          <p class="field-error" id="thread-title-error">
            {t('newThread.titleMissing')}
          </p>
        ) : null}
      </div>
      <fieldset class="field">
        <legend>{t('newThread.kind')}</legend>
        {(['DISCUSSION', 'QUESTION'] as const).map((k) => (
          <label key={k} class="choice">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t(k === 'DISCUSSION' ? 'newThread.discussion' : 'newThread.question')}
          </label>
        ))}
      </fieldset>
      <MarkdownEditor
        id="thread-body"
        label={t('newThread.body')}
        value={body}
        onInput={setBody}
        error={missing.body ? t('reply.empty') : null}
        rows={7}
        imagesFor={communityId}
      />
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" disabled={busy}>
        {t('newThread.submit')}
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
