import '../i18n/people';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import type { CommunityPageData } from '../api/operations';
import { JOIN_AS_EXPERT, MY_EXPERTISE } from '../api/operations-people';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

type Community = CommunityPageData['community'];

/** "Join as an expert", for a signed-in viewer whose expertise the community's library verified (and who is not an expert here yet). */
export function JoinAsExpert({ community, changed }: { community: Community; changed(): void }) {
  const { data } = useQuery(MY_EXPERTISE, {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const membership = community.viewerMembership;
  const verified =
    !!community.library && (data?.me?.expertise ?? []).some((e) => e.state === 'VERIFIED' && e.libraryId === community.library?.id);
  const already = membership?.state === 'ACTIVE' && membership.role !== 'MEMBER';
  if (!verified || already || membership?.state === 'BANNED') return null;
  if (community.visibility === 'PRIVATE' && !membership) return null;
  const join = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(JOIN_AS_EXPERT, { communityId: community.id });
      announce(t('expertAt.joined'));
      changed();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="membership">
      <p>
        <span>{t('expertAt.joinHint', { library: community.library?.name ?? '' })}</span>{' '}
        <button type="button" disabled={busy} onClick={() => void join()}>
          {t('expertAt.join')}
        </button>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
