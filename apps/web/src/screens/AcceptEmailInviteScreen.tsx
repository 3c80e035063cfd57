import '../i18n/lazy';
import '../i18n/library-admin';
import '../i18n/people';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { ACCEPT_EMAIL_INVITATION, EMAIL_INVITATION } from '../api/operations-people';
import { session } from '../api/session';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading } from '../components/Status';
import { t } from '../i18n';
import { Link, navigate, paths } from '../router';
import { useStore } from '../store';

/**
 * /email-invite/<token>: where an invitation by email leads. Signed in: accept (to the community, or the library's
 * page as new staff). Not signed in: log in or create an account, which brings one back here to accept at once.
 */
export function AcceptEmailInviteScreen({ token }: { token: string }) {
  const { data, error } = useQuery(EMAIL_INVITATION, { token });
  const me = useStore(session);
  const [busy, setBusy] = useState(false);
  const [acceptError, setAcceptError] = useState<ApiError | null>(null);
  const tried = useRef(false);
  const back = `${paths.emailInvite(token)}?accept=1`;

  const accept = async () => {
    setBusy(true);
    setAcceptError(null);
    try {
      const { acceptEmailInvitation: done } = await request(ACCEPT_EMAIL_INVITATION, { token });
      if (done.communitySlug) {
        announce(t('acceptEmail.done'));
        navigate(paths.community(done.communitySlug));
      } else {
        announce(t('acceptEmail.doneStaff'));
        navigate(paths.library(done.librarySlug));
      }
    } catch (e) {
      setAcceptError(asApiError(e));
      setBusy(false);
    }
  };
  // Back from logging in or signing up: accepted at once, as the link promised.
  useEffect(() => {
    if (tried.current || !data || me.status !== 'signedIn' || !new URLSearchParams(location.search).has('accept')) return;
    tried.current = true;
    void accept();
  });

  if (error) {
    return (
      <>
        <PageHeading title={t('acceptEmail.title')} />
        <p class="error">{error.reason === 'EMAIL_INVITATION_INVALID' ? t('acceptEmail.invalid') : error.message}</p>
        <p>
          <Link href={paths.home()}>{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  if (!data || me.status === 'restoring') return <Loading />;
  const invitation = data.emailInvitation;
  const what = invitation.communityName
    ? t('acceptEmail.community', { name: invitation.communityName })
    : t('acceptEmail.staff', { role: t(`libAdmin.role.${invitation.staffRole ?? 'COMMUNITY_MANAGER'}`), name: invitation.libraryName });
  return (
    <>
      <PageHeading title={invitation.communityName ?? invitation.libraryName} />
      <p>{what}</p>
      {me.status === 'signedIn' ? (
        <p class="actions">
          <button type="button" disabled={busy} onClick={() => void accept()}>
            {t('acceptEmail.accept')}
          </button>
        </p>
      ) : (
        <>
          <p>{t('acceptEmail.loginOrRegister')}</p>
          <p class="actions">
            <Link href={paths.register(back)}>{t('acceptEmail.register')}</Link>{' '}
            <Link href={paths.login(back)}>{t('acceptEmail.login')}</Link>
          </p>
        </>
      )}
      {acceptError ? <ErrorMessage error={acceptError} /> : null}
    </>
  );
}
