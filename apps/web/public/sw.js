/* global self, URL */
/*
 * Waardenet's service worker: browser notifications (Web Push) only. Served at /sw.js, so its scope is the
 * whole site. It caches nothing and sees no page traffic; it shows the pushes the server sends (a title and a
 * link, nothing else) and opens the link when the notification is clicked.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Only a link to this site is opened; anything else goes to the notifications page. */
function sameSite(url) {
  try {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin ? parsed.href : null;
  } catch {
    return null;
  }
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Waardenet';
  const url = (typeof data.url === 'string' && sameSite(data.url)) || new URL('/notifications', self.location.origin).href;
  event.waitUntil(
    self.registration.showNotification(title, {
      tag: typeof data.tag === 'string' ? data.tag : undefined,
      icon: '/favicon.svg',
      data: { url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && sameSite(event.notification.data.url)) || new URL('/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === url && 'focus' in client) return client.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
