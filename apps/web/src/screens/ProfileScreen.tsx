import '../i18n/federation';
import { ME } from '../api/operations';
import { logOut } from '../api/session';
import { useQuery } from '../api/use-query';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading } from '../components/Status';
import { formatDate, t } from '../i18n';
import { lazyScreen } from '../lazy';
import { Link, navigate, paths } from '../router';

const ProfileExtras = lazyScreen(() => import('./ProfileExtras').then((m) => m.ProfileExtras));
const AccountSecurity = lazyScreen(() => import('./account/AccountSecurity').then((m) => m.AccountSecurity));
const TwoFactor = lazyScreen(() => import('./account/TwoFactor').then((m) => m.TwoFactor));
const AccountData = lazyScreen(() => import('./account/AccountData').then((m) => m.AccountData));
const ProfileSettings = lazyScreen(() => import('./account/ProfileSettings').then((m) => m.ProfileSettings));
const NotificationSettings = lazyScreen(() => import('./account/NotificationSettings').then((m) => m.NotificationSettings));

/** The signed-in user (me). */
export function ProfileScreen() {
  const { data, error, update } = useQuery(ME, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const me = data.me;
  if (!me) {
    return (
      <>
        <PageHeading title={t('profile.title')} />
        <p>
          <Link href={paths.login(paths.profile())}>{t('profile.loginFirst')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={me.displayName} />
      <dl class="profile">
        <dt>{t('auth.displayName')}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('profile.since')}</dt>
        <dd>
          <time dateTime={me.createdAt}>{formatDate(me.createdAt)}</time>
        </dd>
        {me.isPlatformAdmin ? (
          <>
            <dt>{t('profile.role')}</dt>
            <dd>{t('profile.platformAdmin')}</dd>
          </>
        ) : null}
      </dl>
      {me.suspension ? (
        <p class="error">
          {me.suspension.until ? t('profile.suspendedUntil', { date: formatDate(me.suspension.until) }) : t('profile.suspended')}{' '}
          {me.suspension.reason}
        </p>
      ) : null}
      <p>
        <Link href={paths.remote()}>{t('remote.link')}</Link>
      </p>
      <ProfileSettings renamed={(displayName: string) => update((d) => ({ me: d.me && { ...d.me, displayName } }))} />
      <ProfileExtras />
      <AccountSecurity />
      <TwoFactor email={me.email} />
      <NotificationSettings />
      <AccountData />
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          await logOut();
          navigate(paths.home());
        }}
      >
        {t('nav.logout')}
      </button>
    </>
  );
}
