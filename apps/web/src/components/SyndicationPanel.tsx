import '../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import type { SyndicationRowFragment, SyndicationState } from '../api/generated/graphql';
import { PROPOSE_SYNDICATION, THREAD_SYNDICATIONS, WITHDRAW_SYNDICATION } from '../api/operations-network-admin';
import { asApiError, type ApiError } from '../api/transport';
import { useLoader } from '../api/use-query';
import { formatDate, t } from '../i18n';
import { Link, paths } from '../router';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

export const syndicationState = (state: SyndicationState) => t(`net.state.${state}`);

/** One syndication as a line: state, national community, when, by whom, and the editors' reason. */
export function SyndicationLine({ s }: { s: SyndicationRowFragment }) {
  return (
    <>
      <span class="badge">{syndicationState(s.state)}</span>{' '}
      {s.toCommunity ? (
        <Link href={paths.community(s.toCommunity.slug)}>{s.toCommunity.name}</Link>
      ) : s.targetHandle ? (
        // A national community on another Waardenet: its thread there once accepted.
        s.remoteUrl ? (
          <a href={s.remoteUrl} rel="noopener">
            {s.targetHandle}
          </a>
        ) : (
          s.targetHandle
        )
      ) : null}{' '}
      · {t('net.proposedOn', { date: formatDate(s.proposedAt), name: s.proposedBy.displayName })}
      {s.decidedAt && s.decidedBy ? ` · ${t('net.decidedOn', { date: formatDate(s.decidedAt), name: s.decidedBy.displayName })}` : null}
      {s.reason ? ` · ${t('net.reasonWas', { reason: s.reason })}` : null}
    </>
  );
}

/**
 * For a chapter's moderators on a thread page: propose the thread to the chapter's national community,
 * see what became of earlier proposals, withdraw one. Shows nothing for a community that is no chapter.
 */
export function SyndicationPanel({ threadId }: { threadId: string }) {
  const { data, reload } = useLoader(`syndications|${threadId}`, () => request(THREAD_SYNDICATIONS, { id: threadId }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const thread = data?.thread;
  const national = thread?.community.nationalCommunity;
  if (!thread || !national || !thread.community.viewerCanModerate) return null;
  // Proposing here concerns the national community on this server; ones to another Waardenet are apart.
  const open = thread.syndications.filter((s) => !s.targetHandle && (s.state === 'PROPOSED' || s.state === 'ACCEPTED'));

  const run = async (work: () => Promise<unknown>, text: string) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await work();
      setNotice(text);
      announce(text);
      reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="syndication-panel" aria-labelledby={`syndication-${threadId}`}>
      <h2 id={`syndication-${threadId}`}>{t('net.shareNationally')}</h2>
      {thread.syndications.length ? (
        <ul class="card-list compact">
          {thread.syndications.map((s) => (
            <li key={s.id} class="card">
              <SyndicationLine s={s} />
              {s.state === 'PROPOSED' || s.state === 'ACCEPTED' ? (
                <>
                  {' '}
                  <button
                    type="button"
                    class="secondary"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => request(WITHDRAW_SYNDICATION, { id: s.id }),
                        t('net.withdrawn', { community: s.toCommunity?.name ?? national.name }),
                      )
                    }
                  >
                    {t('net.withdraw')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {open.length ? null : thread.community.visibility === 'PUBLIC' ? (
        <>
          <p class="hint">{t('net.proposeHint', { community: national.name })}</p>
          <p class="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(() => request(PROPOSE_SYNDICATION, { threadId }), t('net.proposed', { community: national.name }))}
            >
              {t('net.propose', { community: national.name })}
            </button>
          </p>
        </>
      ) : (
        <p class="muted">{t('net.onlyPublic')}</p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <p role="status" class="notice">
        {notice}
      </p>
    </section>
  );
}
