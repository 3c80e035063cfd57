import '../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { PROFILE_ADMIN, SUSPEND_USER, UNSUSPEND_USER, type Suspension } from '../api/operations-moderation';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { formatDate, t } from '../i18n';
import { announce } from './Announcer';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './Status';
import { TextField } from './TextField';

/**
 * On a public profile, for platform admins only: suspend the account platform-wide (a reason, and a
 * last day or none), or lift a suspension. Anyone else sees nothing of it.
 */
export function SuspendPanel({ handle }: { handle: string }) {
  const { data, update } = useQuery(PROFILE_ADMIN, { handle });
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!data?.me?.isPlatformAdmin || !data.user || data.user.id === data.me.id) return null;
  const user = data.user;
  const set = (suspension: Suspension | null) => update((d) => ({ ...d, user: d.user && { ...d.user, suspension } }));
  const act = async (suspend: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (suspend) {
        const input = { userId: user.id, reason: reason.trim(), until: until ? new Date(`${until}T23:59:59`).toISOString() : undefined };
        const { suspendUser } = await request(SUSPEND_USER, { input });
        set(suspendUser.suspension);
        announce(t('suspend.done', { name: user.displayName }));
        setReason('');
        setUntil('');
      } else {
        const { unsuspendUser } = await request(UNSUSPEND_USER, { userId: user.id });
        set(unsuspendUser.suspension);
        announce(t('suspend.lifted', { name: user.displayName }));
      }
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="suspend-heading" class="admin-panel">
      <h2 id="suspend-heading">{t('suspend.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {user.suspension ? (
        <>
          <p>
            {user.suspension.until ? t('suspend.activeUntil', { date: formatDate(user.suspension.until) }) : t('suspend.active')}{' '}
            {user.suspension.reason}
          </p>
          <p class="actions">
            <button type="button" class="secondary" disabled={busy} onClick={() => void act(false)}>
              {t('suspend.lift', { name: user.displayName })}
            </button>
          </p>
        </>
      ) : (
        <>
          <p class="hint">{t('suspend.intro')}</p>
          <div class="field">
            <label for="suspend-reason">{t('suspend.reason')}</label>
            <input id="suspend-reason" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
          <TextField
            id="suspend-until"
            type="date"
            label={t('suspend.until')}
            hint={t('suspend.untilHint')}
            value={until}
            onInput={setUntil}
          />
          <p class="actions">
            <button type="button" class="danger" disabled={busy || !reason.trim()} onClick={() => setAsking(true)}>
              {t('suspend.submit', { name: user.displayName })}
            </button>
          </p>
          {asking ? (
            <ConfirmDialog
              title={t('suspend.confirmTitle', { name: user.displayName })}
              confirm={t('suspend.confirm')}
              close={(yes) => {
                setAsking(false);
                if (yes) void act(true);
              }}
            >
              <p>{t('suspend.confirmText')}</p>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </section>
  );
}
