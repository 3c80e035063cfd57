import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { FOLLOW, UNFOLLOW } from '../api/operations';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

const TEXT = {
  thread: {
    follow: 'follow.thread',
    stop: 'follow.threadStop',
    on: 'follow.threadOn',
    off: 'follow.threadOff',
    following: 'follow.threadFollowing',
  },
  community: {
    follow: 'follow.community',
    stop: 'follow.communityStop',
    on: 'follow.communityOn',
    off: 'follow.communityOff',
    following: 'follow.communityFollowing',
  },
} as const;

interface Props {
  kind: 'thread' | 'community';
  id: string;
  following: boolean;
}

/** Follow a thread (a notification per new reply) or a community (one per new thread), or stop. */
export function FollowButton({ kind, id, following }: Props) {
  const [follows, setFollows] = useState(following);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setFollows(following), [following]);
  const text = TEXT[kind];

  const toggle = async () => {
    setBusy(true);
    setError(null);
    const input = kind === 'thread' ? { threadId: id } : { communityId: id };
    try {
      await (follows ? request(UNFOLLOW, { input }) : request(FOLLOW, { input }));
      announce(t(follows ? text.off : text.on));
      setFollows(!follows);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="follow">
      <p>
        {follows ? <span>{t(text.following)} </span> : null}
        <button type="button" class="secondary" disabled={busy} onClick={toggle}>
          {t(follows ? text.stop : text.follow)}
        </button>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
