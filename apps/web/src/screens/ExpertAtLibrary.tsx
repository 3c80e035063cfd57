import '../i18n/lazy';
import '../i18n/people';
import { MY_EXPERTISE } from '../api/operations-people';
import { useQuery } from '../api/use-query';
import { ErrorMessage, Loading } from '../components/Status';
import { ExpertiseClaimForm } from '../components/ExpertiseClaimForm';
import { t } from '../i18n';
import { Link, paths } from '../router';

/**
 * On a library's page: claim expertise at this library (it is the one that verifies it), and the status of one's
 * claims here — pending, verified, declined with the library's reason. (All of one's claims: the profile.)
 */
export function ExpertAtLibrary({ library, signedIn }: { library: { id: string; slug: string; name: string }; signedIn: boolean }) {
  return (
    <section aria-labelledby="expert-at-heading" class="expert-at">
      <h2 id="expert-at-heading" tabIndex={-1}>
        {t('expertAt.heading', { library: library.name })}
      </h2>
      <p>{t('expertAt.intro', { library: library.name })}</p>
      {signedIn ? (
        <Claims library={library} />
      ) : (
        <p>
          <Link href={paths.login(paths.library(library.slug))}>{t('expertAt.loginFirst')}</Link>
        </p>
      )}
    </section>
  );
}

function Claims({ library }: { library: { id: string; name: string } }) {
  const { data, error, reload } = useQuery(MY_EXPERTISE, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const here = (data.me?.expertise ?? []).filter((e) => e.libraryId === library.id);
  return (
    <>
      {here.length ? (
        <>
          <h3 id="expert-at-yours">{t('expertAt.yours')}</h3>
          <ul class="card-list" aria-labelledby="expert-at-yours">
            {here.map((e) => (
              <li key={e.id} class="card">
                <p class="card-title">{e.topic}</p>
                <p class="card-meta">
                  <span class={e.state === 'VERIFIED' ? 'badge badge-expert' : 'badge'}>{t(`expertAt.state.${e.state}`)}</span>
                  {e.state === 'REJECTED' && e.rejectReason ? ` ${t('expertAt.reason', { reason: e.rejectReason })}` : null}
                  {e.state === 'REVOKED' && e.revokeReason ? ` ${t('expertAt.reason', { reason: e.revokeReason })}` : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ExpertiseClaimForm id="expert-at" libraryId={library.id} submit={t('expertAt.submit')} sent={t('expertAt.sent')} claimed={reload} />
    </>
  );
}
