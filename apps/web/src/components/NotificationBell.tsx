import { useEffect } from 'preact/hooks';
import { followUnreadCount, unreadCount } from '../api/notifications';
import { t, tn } from '../i18n';
import { Link, paths, useRoute } from '../router';
import { useStore } from '../store';

let started = false;

/** The header's link to the notifications, with the live unread count (its name says the count too). */
export function NotificationBell() {
  const count = useStore(unreadCount);
  const { route } = useRoute();
  useEffect(() => {
    if (!started) followUnreadCount();
    started = true;
  }, []);
  const n = count ?? 0;
  return (
    <Link href={paths.notifications()} class="bell" aria-current={route.name === 'notifications' ? 'page' : undefined}>
      {/* Drawn, not an emoji: not every system has an emoji font. */}
      <svg class="bell-icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>{' '}
      {t('notifications.nav')}
      {n > 0 ? (
        <>
          {' '}
          <span class="bell-count" aria-hidden="true" data-testid="unread-count">
            {n}
          </span>
          <span class="visually-hidden">{tn('notifications.unread', n)}</span>
        </>
      ) : null}
    </Link>
  );
}
