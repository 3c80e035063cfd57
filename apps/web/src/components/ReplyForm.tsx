import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CREATE_POST, type PostData } from '../api/operations';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorMessage } from './Status';

/** Writes a reply; the new post is handed to the thread at once (the live event for it is then a duplicate). */
export function ReplyForm({ threadId, communityId, posted }: { threadId: string; communityId: string; posted(post: PostData): void }) {
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  // A new editor after each reply: empty, with its preview closed.
  const [round, setRound] = useState(0);

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice('');
    if (!body.trim()) {
      setMissing(true);
      document.getElementById('reply-body')?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const { createPost } = await request(CREATE_POST, { input: { threadId, body } });
      setBody('');
      setRound((r) => r + 1);
      posted(createPost);
      const text = createPost.state === 'PENDING' ? t('reply.pending') : t('reply.posted');
      setNotice(text);
      announce(text);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="reply-form" onSubmit={submit} noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('reply.heading')}</h2>
      <MarkdownEditor
        key={round}
        id="reply-body"
        label={t('reply.label')}
        value={body}
        onInput={setBody}
        error={missing ? t('reply.empty') : null}
        imagesFor={communityId}
      />
      {error ? <ErrorMessage error={error} /> : null}
      {notice ? <p class="notice">{notice}</p> : null}
      <button type="submit" disabled={busy}>
        {busy ? t('reply.sending') : t('reply.submit')}
      </button>
    </form>
  );
}
