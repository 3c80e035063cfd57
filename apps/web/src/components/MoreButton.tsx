import { useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { ErrorMessage } from './Status';

interface Props {
  /** Whether there is a next page (the button shows only then). */
  hasMore: boolean;
  label: string;
  /** Asks for the next page and adds it to the list. */
  load(): Promise<unknown>;
}

/** "More" under a paged list: busy while the next page loads, and why it failed underneath. */
export function MoreButton({ hasMore, label, load }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const more = async () => {
    setBusy(true);
    setError(null);
    try {
      await load();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {hasMore ? (
        <p>
          <button type="button" class="secondary" onClick={more} disabled={busy}>
            {busy ? t('common.loading') : label}
          </button>
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
