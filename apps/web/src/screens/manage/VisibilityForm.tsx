import '../../i18n/people';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { Visibility } from '../../api/generated/graphql';
import { SET_VISIBILITY } from '../../api/operations-people';
import { asApiError, type ApiError } from '../../api/transport';
import { ErrorMessage } from '../../components/Status';
import { t } from '../../i18n';

const CHOICES: Visibility[] = ['PUBLIC', 'RESTRICTED', 'PRIVATE'];

/**
 * Who can see the community, changed after creation: its owners and the library's staff (the server refuses other
 * moderators, and says so). Going PRIVATE is explained first: visitors, search engines and other servers lose it.
 */
export function VisibilityForm({
  communityId,
  visibility,
  changed,
}: {
  communityId: string;
  visibility: Visibility;
  changed(v: Visibility): void;
}) {
  const [choice, setChoice] = useState<Visibility>(visibility);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (choice === visibility) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const { setCommunityVisibility } = await request(SET_VISIBILITY, {
        input: { communityId, visibility: choice, reason: reason.trim() || undefined },
      });
      setReason('');
      changed(setCommunityVisibility.visibility);
      setSaved(t('visibility.saved', { value: t(`visibility.${setCommunityVisibility.visibility}`) }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="settings-form" onSubmit={(e) => void submit(e)} aria-labelledby="visibility-heading">
      <h3 id="visibility-heading">{t('visibility.heading')}</h3>
      <fieldset class="field">
        <legend>{t('visibility.heading')}</legend>
        {CHOICES.map((v) => (
          <label key={v} class="choice">
            <input type="radio" name="visibility" value={v} checked={choice === v} onChange={() => setChoice(v)} />{' '}
            {t(`visibilityForm.${v}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'PRIVATE' && visibility !== 'PRIVATE' ? (
        <p class="notice" id="visibility-private-hint">
          {t('visibility.confirmPrivate')}
        </p>
      ) : null}
      {choice !== visibility ? (
        <div class="field">
          <label for="visibility-reason">{t('visibility.reason')}</label>
          <input id="visibility-reason" type="text" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <p role="status" class="notice">
        {saved}
      </p>
      <p class="actions">
        <button type="submit" disabled={busy || choice === visibility}>
          {t('visibility.save')}
        </button>
      </p>
    </form>
  );
}
