import '../../i18n/lazy';
import '../../i18n/profile';
import { useEffect } from 'preact/hooks';
import { PUBLIC_PROFILE } from '../../api/operations-profile';
import { session } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { PageHeading } from '../../components/PageHeading';
import { SuspendPanel } from '../../components/SuspendPanel';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate, t } from '../../i18n';
import { useStore } from '../../store';
import { Link, navigate, paths } from '../../router';

/**
 * The public profile /u/<handle>: name, @handle, introduction and verified expertise, nothing private.
 * A handle the account gave up (within the redirect period) answers with its new one: the address follows.
 */
export function PublicProfileScreen({ handle }: { handle: string }) {
  const asked = handle.trim().replace(/^@/, '').toLowerCase();
  const { data, error } = useQuery(PUBLIC_PROFILE, { handle: asked });
  const viewer = useStore(session);
  const user = data?.user;
  const moved = !!user?.handle && user.handle !== handle;
  useEffect(() => {
    if (moved && user?.handle) navigate(paths.publicProfile(user.handle), { replace: true });
  }, [moved]);

  if (error) return <ErrorMessage error={error} />;
  if (!data || moved) return <Loading />;
  if (!user) {
    return (
      <>
        <PageHeading title={t('notFound.title')} />
        <p>{t('publicProfile.notFound', { handle: asked })}</p>
        <p>
          <Link href={paths.home()}>{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  const verified = user.expertise.filter((e) => e.state === 'VERIFIED');
  const own = viewer.status === 'signedIn' && viewer.user.id === user.id;
  return (
    <>
      <PageHeading title={user.displayName} />
      <p class="card-meta">
        @{user.handle} · {t('publicProfile.since', { date: formatDate(user.createdAt) })}
      </p>
      {user.bio ? <p class="bio">{user.bio}</p> : <p class="muted">{t('publicProfile.noBio')}</p>}
      <section aria-labelledby="public-expertise-heading">
        <h2 id="public-expertise-heading">{t('publicProfile.expertise')}</h2>
        {verified.length ? (
          <ul>
            {verified.map((e) => (
              <li key={e.id}>
                <span class="badge badge-expert">{e.topic}</span>
                {e.library ? <span class="card-meta">{t('expertise.by', { library: e.library.name })}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('publicProfile.noExpertise')}</p>
        )}
      </section>
      {own ? (
        <p>
          <Link href={paths.profile()}>{t('publicProfile.edit')}</Link>
        </p>
      ) : null}
      {viewer.status === 'signedIn' && !own && user.handle ? <SuspendPanel handle={user.handle} /> : null}
    </>
  );
}
