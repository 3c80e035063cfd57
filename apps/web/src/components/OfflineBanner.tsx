import { liveStatus } from '../api/live';
import { t } from '../i18n';
import { useStore } from '../store';

/** Shown while the live connection is down and being re-established; the status role announces it. */
export function OfflineBanner() {
  const status = useStore(liveStatus);
  return (
    <div role="status" class="offline-banner-region" data-live={status}>
      {status === 'offline' ? <p class="offline-banner">{t('live.offline')}</p> : null}
    </div>
  );
}
