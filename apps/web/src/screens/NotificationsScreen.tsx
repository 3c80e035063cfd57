import '../i18n/lazy';
import '../i18n/moderation';
import '../i18n/events';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { arrived, unreadCount } from '../api/notifications';
import { MARK_READ, NOTIFICATIONS, type NotificationData } from '../api/operations-search';
import { session } from '../api/session';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading } from '../components/Status';
import { formatDateTime, t } from '../i18n';
import { Link, paths } from '../router';
import { useStore } from '../store';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';
import { BrowserNotifications } from '../components/BrowserNotifications';

const KIND_TEXT = {
  MENTION: 'notifications.kind.MENTION',
  REPLY_TO_POST: 'notifications.kind.REPLY_TO_POST',
  REPLY_IN_FOLLOWED_THREAD: 'notifications.kind.REPLY_IN_FOLLOWED_THREAD',
  THREAD_IN_FOLLOWED_COMMUNITY: 'notifications.kind.THREAD_IN_FOLLOWED_COMMUNITY',
  ANSWER_ACCEPTED: 'notifications.kind.ANSWER_ACCEPTED',
  MEMBERSHIP_APPROVED: 'notifications.kind.MEMBERSHIP_APPROVED',
  REPORT_RESOLVED: 'notifications.kind.REPORT_RESOLVED',
  EXPERTISE_VERIFIED: 'notifications.kind.EXPERTISE_VERIFIED',
  REPORT_FILED: 'notifications.kind.REPORT_FILED',
  JOIN_REQUESTED: 'notifications.kind.JOIN_REQUESTED',
  POST_QUEUED: 'notifications.kind.POST_QUEUED',
  EVENT_REMINDER: 'notifications.kind.EVENT_REMINDER',
  EVENT_CANCELLED: 'notifications.kind.EVENT_CANCELLED',
} as const;

/** A moderator's alert leads to where it is handled: the community's manage section. */
const MANAGE_TAB: Partial<Record<NotificationData['kind'], string>> = {
  REPORT_FILED: 'reports',
  JOIN_REQUESTED: 'members',
  POST_QUEUED: 'queue',
};

function target(n: NotificationData): { href: string; label: string } | null {
  if (n.event) return { href: paths.event(n.event.id), label: n.event.title };
  if (n.thread && n.post) return { href: paths.post(n.thread.id, n.post.seq), label: n.thread.title };
  if (n.thread) return { href: paths.thread(n.thread.id), label: n.thread.title };
  if (n.community) return { href: paths.community(n.community.slug), label: n.community.name };
  if (n.kind === 'EXPERTISE_VERIFIED') return { href: paths.profile(), label: t('profile.expertise') };
  return null;
}

function Item({ n }: { n: NotificationData }) {
  const link = target(n);
  const tab = MANAGE_TAB[n.kind];
  return (
    <li class={n.read ? 'notification' : 'notification unread'}>
      <p>
        {n.read ? null : <span class="badge">{t('notifications.new')}</span>}
        {t(KIND_TEXT[n.kind], { name: n.actor?.displayName ?? t('notifications.someone') })}
        {n.kind === 'REPORT_RESOLVED' && (n.detail === 'ACTED' || n.detail === 'DISMISSED')
          ? `: ${t(`notifications.outcome.${n.detail}`)}`
          : null}
        {link ? (
          <>
            {': '}
            <Link href={link.href}>{link.label}</Link>
          </>
        ) : null}
        {tab && n.community ? (
          <>
            {' · '}
            <Link href={paths.manage(n.community.slug, tab)}>{t('notifications.handle')}</Link>
          </>
        ) : null}
      </p>
      <p class="thread-meta">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
      </p>
    </li>
  );
}

/** The signed-in user's notifications (new ones arrive live), "mark all read", and the preferences. */
export function NotificationsScreen() {
  const state = useStore(session);
  if (state.status === 'restoring') return <Loading />;
  if (state.status !== 'signedIn') {
    return (
      <>
        <PageHeading title={t('notifications.title')} />
        <p>
          <Link href={paths.login(paths.notifications())}>{t('notifications.loginFirst')}</Link>
        </p>
      </>
    );
  }
  return <SignedIn />;
}

function SignedIn() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, update, reload } = useQuery(NOTIFICATIONS, { unreadOnly });
  const fresh = useStore(arrived);
  const count = useStore(unreadCount);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!fresh) return;
    update((d) =>
      d.notifications.edges.some((e) => e.node.id === fresh.id)
        ? d
        : { notifications: { ...d.notifications, edges: [{ cursor: '', node: fresh }, ...d.notifications.edges] } },
    );
  }, [fresh]);

  const markAll = async () => {
    setBusy(true);
    setActionError(null);
    try {
      await request(MARK_READ, { input: { all: true } });
      unreadCount.set(0);
      update((d) => ({
        notifications: { ...d.notifications, edges: d.notifications.edges.map((e) => ({ ...e, node: { ...e.node, read: true } })) },
      }));
      announce(t('notifications.allRead'));
    } catch (e) {
      setActionError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const more = async () => {
    if (!data) return;
    try {
      const next = await request(NOTIFICATIONS, { unreadOnly, after: data.notifications.pageInfo.endCursor });
      update((d) => ({
        notifications: { edges: [...d.notifications.edges, ...next.notifications.edges], pageInfo: next.notifications.pageInfo },
      }));
    } catch (e) {
      setActionError(asApiError(e));
    }
  };

  return (
    <>
      <PageHeading title={t('notifications.title')} />
      <p class="toolbar">
        <button type="button" onClick={markAll} disabled={busy || count === 0}>
          {t('notifications.markAll')}
        </button>{' '}
        <label class="choice">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.currentTarget.checked)} />{' '}
          {t('notifications.unreadOnly')}
        </label>{' '}
        <button type="button" class="secondary" onClick={reload}>
          {t('common.reload')}
        </button>
      </p>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="notifications-list">
          <h2 id="notifications-list">{t('notifications.list')}</h2>
          {data.notifications.edges.length ? (
            <ul class="notification-list">
              {data.notifications.edges.map((e) => (
                <Item key={e.node.id} n={e.node} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('notifications.none')}</p>
          )}
          {data.notifications.pageInfo.hasNextPage ? (
            <p>
              <button type="button" class="secondary" onClick={more}>
                {t('notifications.more')}
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
      <NotificationPreferencesForm />
      <BrowserNotifications />
    </>
  );
}
