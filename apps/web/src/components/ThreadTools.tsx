import '../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import {
  LOCK_THREAD,
  MOVE_TARGETS,
  MOVE_THREAD,
  PIN_THREAD,
  THREAD_LIBRARY,
  UNLOCK_THREAD,
  UNPIN_THREAD,
  type ThreadStateData,
} from '../api/operations-moderation';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

interface Props {
  threadId: string;
  pinned: boolean;
  locked: boolean;
  communityId: string;
  changed(state: ThreadStateData, moved: boolean): void;
}

/** A thread's moderation for its community's moderators: lock or unlock, pin or unpin, move to another community of the library. */
export function ThreadTools({ threadId, pinned, locked, communityId, changed }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [targets, setTargets] = useState<{ id: string; name: string }[] | null>(null);
  const [target, setTarget] = useState('');
  const [lockReason, setLockReason] = useState('');

  /** Runs one action (`act` sends it and picks the thread's new state from the answer). */
  const run = async (act: () => Promise<ThreadStateData>, notice: string, moved = false) => {
    setBusy(true);
    setError(null);
    try {
      changed(await act(), moved);
      announce(notice);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const loadTargets = async () => {
    setError(null);
    try {
      const { thread } = await request(THREAD_LIBRARY, { id: threadId });
      const { communities } = await request(MOVE_TARGETS, { libraryId: thread.community.libraryId });
      setTargets(communities.edges.map((e) => e.node).filter((c) => c.viewerCanModerate && c.id !== communityId));
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <section class="thread-tools" aria-label={t('mod.threadTools')}>
      <details
        onToggle={(e) => {
          if (e.currentTarget.open && targets === null) void loadTargets();
        }}
      >
        <summary>{t('mod.threadTools')}</summary>
        {error ? <ErrorMessage error={error} /> : null}
        <p class="actions">
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() =>
              void run(
                async () =>
                  pinned ? (await request(UNPIN_THREAD, { threadId })).unpinThread : (await request(PIN_THREAD, { threadId })).pinThread,
                pinned ? t('mod.unpinned') : t('mod.pinned'),
              )
            }
          >
            {pinned ? t('mod.unpin') : t('mod.pin')}
          </button>
          {locked ? (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => void run(async () => (await request(UNLOCK_THREAD, { threadId })).unlockThread, t('mod.unlocked'))}
            >
              {t('mod.unlock')}
            </button>
          ) : null}
        </p>
        {!locked ? (
          <div class="inline-form">
            <div class="field">
              <label for={`lock-reason-${threadId}`}>{t('mod.lockReason')}</label>
              <input
                id={`lock-reason-${threadId}`}
                maxLength={500}
                value={lockReason}
                onInput={(e) => setLockReason(e.currentTarget.value)}
              />
            </div>
            <p class="actions">
              <button
                type="button"
                class="secondary"
                disabled={busy}
                onClick={() =>
                  void run(
                    async () => (await request(LOCK_THREAD, { threadId, reason: lockReason.trim() || undefined })).lockThread,
                    t('mod.locked'),
                  )
                }
              >
                {t('mod.lock')}
              </button>
            </p>
          </div>
        ) : null}
        {targets && targets.length ? (
          <div class="inline-form">
            <div class="field">
              <label for={`move-${threadId}`}>{t('mod.moveTo')}</label>
              <select id={`move-${threadId}`} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                <option value="">{t('mod.chooseCommunity')}</option>
                {targets.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <p class="actions">
              <button
                type="button"
                class="secondary"
                disabled={busy || !target}
                onClick={() =>
                  void run(async () => (await request(MOVE_THREAD, { threadId, communityId: target })).moveThread, t('mod.moved'), true)
                }
              >
                {t('mod.move')}
              </button>
            </p>
          </div>
        ) : targets ? (
          <p class="muted">{t('mod.noMoveTargets')}</p>
        ) : null}
      </details>
    </section>
  );
}
