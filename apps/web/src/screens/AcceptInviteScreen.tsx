import '../i18n/lazy';
import '../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { ACCEPT_INVITE_LINK, INVITE_LINK_PREVIEW } from '../api/operations-community-admin';
import { session } from '../api/session';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../components/Status';
import { formatDate, t } from '../i18n';
import { Link, navigate, paths } from '../router';
import { useStore } from '../store';

/** /invite/<token>: where an invitation link leads, and joining with it (after logging in, if need be). */
export function AcceptInviteScreen({ token }: { token: string }) {
  const { data, error } = useQuery(INVITE_LINK_PREVIEW, { token });
  const me = useStore(session);
  const [busy, setBusy] = useState(false);
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  if (error) return <ScreenError title={t('acceptInvite.title')} error={error} />;
  if (!data || me.status === 'restoring') return <Loading />;
  const preview = data.inviteLinkPreview;
  if (!preview) {
    return (
      <>
        <PageHeading title={t('acceptInvite.title')} />
        <p class="error">{t('acceptInvite.invalid')}</p>
        <p>
          <Link href={paths.home()}>{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  const accept = async () => {
    setBusy(true);
    setJoinError(null);
    try {
      await request(ACCEPT_INVITE_LINK, { token });
      announce(t('acceptInvite.joined', { name: preview.communityName }));
      navigate(paths.community(preview.communitySlug));
    } catch (e) {
      setJoinError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeading title={t('acceptInvite.titleOf', { name: preview.communityName })} />
      {preview.usable ? (
        <>
          <p>{t('acceptInvite.intro', { name: preview.communityName, date: formatDate(preview.expiresAt) })}</p>
          {me.status === 'signedIn' ? (
            <p class="actions">
              <button type="button" disabled={busy} onClick={() => void accept()}>
                {t('acceptInvite.join', { name: preview.communityName })}
              </button>
            </p>
          ) : (
            <p>
              <Link href={paths.login(paths.invite(token))}>{t('acceptInvite.loginFirst')}</Link>{' '}
              <Link href={paths.register(paths.invite(token))}>{t('acceptInvite.registerFirst')}</Link>
            </p>
          )}
          {joinError ? <ErrorMessage error={joinError} /> : null}
        </>
      ) : (
        <p class="error">{t('acceptInvite.expired')}</p>
      )}
    </>
  );
}
