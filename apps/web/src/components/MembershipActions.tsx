import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { JOIN, LEAVE, type CommunityPageData } from '../api/operations';
import { session } from '../api/session';
import { asApiError, type ApiError, type Document } from '../api/transport';
import { t } from '../i18n';
import { Link, paths } from '../router';
import { useStore } from '../store';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

type Community = CommunityPageData['community'];

/** Join (PUBLIC), request to join (RESTRICTED), withdraw or leave: whatever fits the viewer's membership. */
export function MembershipActions({ community, changed }: { community: Community; changed(): void }) {
  const state = useStore(session);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const membership = community.viewerMembership;

  const run = async (mutation: Document<unknown, { id: string }>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await request(mutation, { id: community.id });
      announce(done);
      changed();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  if (state.status !== 'signedIn') {
    return (
      <p class="membership">
        <Link href={paths.login(paths.community(community.slug))}>{t('membership.loginToJoin')}</Link>
      </p>
    );
  }

  let content;
  if (membership?.state === 'ACTIVE') {
    content = (
      <>
        <span>{t('membership.active')}</span>{' '}
        <button type="button" class="secondary" disabled={busy} onClick={() => run(LEAVE, t('membership.left'))}>
          {t('membership.leave')}
        </button>
      </>
    );
  } else if (membership?.state === 'PENDING') {
    content = (
      <>
        <span>{t('membership.pending')}</span>{' '}
        <button type="button" class="secondary" disabled={busy} onClick={() => run(LEAVE, t('membership.withdrawn'))}>
          {t('membership.withdraw')}
        </button>
      </>
    );
  } else if (membership?.state === 'BANNED') {
    content = <span>{t('membership.banned')}</span>;
  } else if (community.visibility === 'PUBLIC') {
    content = (
      <button type="button" disabled={busy} onClick={() => run(JOIN, t('membership.joined'))}>
        {t('membership.join')}
      </button>
    );
  } else if (community.visibility === 'RESTRICTED') {
    content = (
      <button type="button" disabled={busy} onClick={() => run(JOIN, t('membership.requested'))}>
        {t('membership.request')}
      </button>
    );
  } else {
    content = <span>{t('membership.inviteOnly')}</span>;
  }
  return (
    <div class="membership">
      <p>{content}</p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
