/**
 * The signed-in user's unread count, kept live: read once per sign-in, then carried by every
 * notificationAdded event (which states the count after it, so nothing is counted twice).
 */
import { createStore } from '../store';
import { request } from './client';
import { subscribeLive } from './live';
import { NOTIFICATION_ADDED, UNREAD_COUNT, type NotificationData } from './operations-notify';
import { session } from './session';

/** null while signed out or not known yet. */
export const unreadCount = createStore<number | null>(null);
/** The newest notification that arrived live, for a notifications screen that is open. */
export const arrived = createStore<NotificationData | null>(null);

let stop: (() => void) | null = null;
let watching: string | null = null;

function refreshCount(user: string): void {
  request(UNREAD_COUNT).then(
    (data) => watching === user && unreadCount.set(data.unreadCount),
    () => undefined,
  );
}

function watch(user: string | null): void {
  if (user === watching) return;
  stop?.();
  stop = null;
  watching = user;
  unreadCount.set(null);
  if (!user) return;
  refreshCount(user);
  stop = subscribeLive(
    NOTIFICATION_ADDED,
    {},
    {
      // No cursor: after a drop the count is read again instead of replayed.
      cursorOf: () => undefined,
      next: ({ notificationAdded }) => {
        unreadCount.set(notificationAdded.unreadCount);
        arrived.set(notificationAdded.notification);
      },
      reconnected: () => refreshCount(user),
    },
  );
}

/** Starts following the count for whoever is signed in (called once, from the header). */
export function followUnreadCount(): void {
  const apply = (state: ReturnType<typeof session.get>) => {
    if (state.status !== 'restoring') watch(state.status === 'signedIn' ? state.user.id : null);
  };
  apply(session.get());
  session.subscribe(apply);
}
