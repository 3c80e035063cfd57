import '../i18n/federation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { COMMUNITY_FEDERATION, SET_COMMUNITY_FEDERATION } from '../api/operations-federation';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { t, tn } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage, Loading } from './Status';

/** A community's federation switch, for its moderators (PUBLIC communities only): on, its handle and remote followers. */
export function FederationPanel({ communityId, isPublic }: { communityId: string; isPublic: boolean }) {
  const { data, error, update } = useQuery(COMMUNITY_FEDERATION, { communityId });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const state = data.communityFederation;
  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const { setCommunityFederation } = await request(SET_COMMUNITY_FEDERATION, { input: { communityId, enabled } });
      update(() => ({ communityFederation: setCommunityFederation }));
      announce(t(setCommunityFederation.enabled ? 'federation.on' : 'federation.off'));
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="federation" aria-labelledby="federation-heading">
      <h2 id="federation-heading">{t('federation.heading')}</h2>
      <p class="hint" id="federation-hint">
        {t('federation.intro')}
      </p>
      {isPublic ? (
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={state.enabled}
              disabled={busy}
              aria-describedby="federation-hint"
              onChange={(e) => void toggle(e.currentTarget.checked)}
            />{' '}
            {t('federation.toggle')}
          </label>
        </div>
      ) : (
        <p>{t('federation.publicOnly')}</p>
      )}
      {state.enabled && state.handle ? (
        <p>
          {t('federation.handle', { handle: state.handle })} · {tn('federation.followers', state.remoteFollowers)}
        </p>
      ) : null}
      {failure ? <ErrorMessage error={failure} /> : null}
    </section>
  );
}
