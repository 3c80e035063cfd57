import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { ACCEPT_ANSWER, UNACCEPT_ANSWER } from '../api/operations-thread';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

interface Props {
  threadId: string;
  postId: string;
  accepted: boolean;
  /** The accepted answer now (null: none). */
  changed(acceptedId: string | null): void;
}

/** "Accept as answer" on a reply of a question, or take it back: for the asker and moderators. */
export function AcceptAnswer({ threadId, postId, accepted, changed }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const thread = accepted
        ? (await request(UNACCEPT_ANSWER, { threadId })).unacceptAnswer
        : (await request(ACCEPT_ANSWER, { postId })).acceptAnswer;
      changed(thread.acceptedAnswer?.id ?? null);
      announce(accepted ? t('answer.unacceptedNotice') : t('answer.acceptedNotice'));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="accept-answer">
      <button type="button" class={accepted ? 'secondary' : undefined} disabled={busy} onClick={run}>
        {accepted ? t('answer.unaccept') : t('answer.accept')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
