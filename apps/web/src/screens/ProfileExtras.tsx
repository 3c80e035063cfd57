import '../i18n/lazy';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { OWN_PROFILE, WITHDRAW_EXPERTISE, type OwnExpertise } from '../api/operations-search';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { ErrorMessage, Loading } from '../components/Status';
import { ExpertiseClaimForm } from '../components/ExpertiseClaimForm';
import { t } from '../i18n';

const STATE_NAME = {
  CLAIMED: 'expertise.CLAIMED',
  VERIFIED: 'expertise.VERIFIED',
  REJECTED: 'expertise.REJECTED',
  REVOKED: 'expertise.REVOKED',
  WITHDRAWN: 'expertise.WITHDRAWN',
} as const;

/**
 * The profile's expertise (claims, verified badges, rejections with their reason, revocations) with a form
 * to claim more; a claim or a badge can be withdrawn, after a confirmation. (The @handle: account/ProfileSettings.)
 */
export function ProfileExtras() {
  const { data, error, reload } = useQuery(OWN_PROFILE, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data?.me) return <Loading />;
  const me = data.me;
  return (
    <>
      <section aria-labelledby="expertise-heading">
        {/* Focus lands here when a withdrawn card leaves the list. */}
        <h2 id="expertise-heading" tabIndex={-1}>
          {t('profile.expertise')}
        </h2>
        {me.expertise.length ? (
          <ul class="card-list">
            {me.expertise.map((e) => (
              <li key={e.id} class="card">
                <h3 class="card-title">{e.topic}</h3>
                <p class="card-meta">
                  <span class={e.state === 'VERIFIED' ? 'badge badge-expert' : 'badge'}>{t(STATE_NAME[e.state])}</span>
                  {e.library ? t(e.state === 'CLAIMED' ? 'expertise.at' : 'expertise.by', { library: e.library.name }) : null}
                  {e.revokeReason ? ` · ${e.revokeReason}` : null}
                  {e.state === 'REJECTED' && e.rejectReason ? ` · ${t('expertise.reason', { reason: e.rejectReason })}` : null}
                </p>
                {e.state === 'CLAIMED' || e.state === 'VERIFIED' ? <Withdraw expertise={e} withdrawn={reload} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('expertise.none')}</p>
        )}
        <ExpertiseClaimForm
          id="claim"
          libraries={data.libraries.edges.map((e) => e.node)}
          submit={t('expertise.claim')}
          sent={t('expertise.claimed')}
          claimed={reload}
        />
      </section>
    </>
  );
}

/** "Withdraw", then a confirmation in place: yes (the card leaves the list) or cancel (back to the button). */
function Withdraw({ expertise, withdrawn }: { expertise: OwnExpertise; withdrawn(): void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const topic = expertise.topic;
  const ids = `withdraw-${expertise.id}`;

  // In the same commit as the swap, so the focus never falls back to the page in between.
  useLayoutEffect(() => {
    if (!moved.current) return;
    (asking ? confirm : opener).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setError(null);
    setAsking(value);
  };

  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(WITHDRAW_EXPERTISE, { expertiseId: expertise.id });
      announce(t('expertise.withdrawn', { topic }));
      document.getElementById('expertise-heading')?.focus();
      withdrawn();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };

  if (!asking) {
    return (
      <p class="actions">
        <button ref={opener} type="button" class="secondary" aria-label={t('expertise.withdrawLabel', { topic })} onClick={() => ask(true)}>
          {t('expertise.withdraw')}
        </button>
      </p>
    );
  }
  return (
    <div role="group" aria-labelledby={`${ids}-question`}>
      <p id={`${ids}-question`}>
        {t(expertise.state === 'VERIFIED' ? 'expertise.withdrawVerified' : 'expertise.withdrawClaim', { topic })}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      <p class="actions">
        <button ref={confirm} type="button" disabled={busy} onClick={withdraw}>
          {t('expertise.withdrawYes')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => ask(false)}>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
