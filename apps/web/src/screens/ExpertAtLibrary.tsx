import '../i18n/lazy';
import '../i18n/people';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { MY_EXPERTISE } from '../api/operations-people';
import { CLAIM_EXPERTISE } from '../api/operations-search';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { ErrorMessage, Loading } from '../components/Status';
import { TextField } from '../components/TextField';
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
      <ClaimHere libraryId={library.id} claimed={reload} />
    </>
  );
}

function ClaimHere({ libraryId, claimed }: { libraryId: string; claimed(): void }) {
  const [topic, setTopic] = useState('');
  const [evidence, setEvidence] = useState('');
  const [missing, setMissing] = useState<{ topic?: boolean; evidence?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const gaps = { topic: !topic.trim(), evidence: !evidence.trim() };
    setMissing(gaps);
    setSent(false);
    if (gaps.topic || gaps.evidence) {
      document.getElementById(gaps.topic ? 'expert-at-topic' : 'expert-at-evidence')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(CLAIM_EXPERTISE, { input: { topic: topic.trim(), evidence: evidence.trim(), libraryId } });
      setTopic('');
      setEvidence('');
      setSent(true);
      announce(t('expertAt.sent'));
      claimed();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="expert-at-claim" class="settings-form">
      <h3 id="expert-at-claim">{t('expertise.claimHeading')}</h3>
      <TextField
        id="expert-at-topic"
        label={t('expertise.topic')}
        hint={t('expertise.topicHint')}
        value={topic}
        onInput={setTopic}
        error={missing.topic ? t('expertise.topicMissing') : null}
      />
      <TextField
        id="expert-at-evidence"
        label={t('expertise.evidence')}
        hint={t('expertise.evidenceHint')}
        value={evidence}
        onInput={setEvidence}
        error={missing.evidence ? t('expertise.evidenceMissing') : null}
      />
      {error ? <ErrorMessage error={error} /> : null}
      {sent ? <p class="notice">{t('expertAt.sent')}</p> : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('expertAt.submit')}
        </button>
      </p>
    </form>
  );
}
