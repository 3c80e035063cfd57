import '../i18n/federation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { PROPOSE_REMOTE_SYNDICATION, REMOTE_SYNDICATION, WITHDRAW_REMOTE_SYNDICATION } from '../api/operations-federation';
import type { ThreadExtrasData } from '../api/operations-thread';
import { useQuery } from '../api/use-query';
import { useSending } from '../api/use-sending';
import { t, type MessageKey } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';
import { TextField } from './TextField';

type Origin = NonNullable<ThreadExtrasData['thread']['remoteProvenance']>;

/**
 * Syndication between two Waardenet instances (issue 16 ask 5), on a thread page. For every reader of a
 * thread syndicated here from another Waardenet: where it comes from, with the link back (`origin`, from the
 * thread's extras: no request of its own, so a visitor's thread page stays in the anonymous read cache). For the
 * thread's moderators (the server decides; `canModerate` only spares everyone else the request): propose it to a
 * national community elsewhere by its address (slug@host), see what became of it, withdraw it. The national editors
 * there accept or decline it on their own proposals screen.
 */
export function RemoteSyndicationPanel({
  threadId,
  origin,
  canModerate,
}: {
  threadId: string;
  origin: Origin | null;
  canModerate: boolean;
}) {
  if (origin) {
    return (
      <p class="provenance remote-provenance">
        {origin.libraryName
          ? t('rsyn.from', { community: origin.communityName ?? '', library: origin.libraryName, instance: origin.instance })
          : t('rsyn.fromNoLibrary', { community: origin.communityName ?? '', instance: origin.instance })}{' '}
        {origin.url ? (
          <a href={origin.url} rel="noopener">
            {t('rsyn.original')}
          </a>
        ) : null}
      </p>
    );
  }
  return canModerate ? <RemoteSyndicationTools threadId={threadId} /> : null;
}

/** The moderators' part: the thread's proposals to other Waardenets, with a form for a new one. */
function RemoteSyndicationTools({ threadId }: { threadId: string }) {
  const { data, update } = useQuery(REMOTE_SYNDICATION, { id: threadId });
  const [handle, setHandle] = useState('');
  const { busy, failure, send: run } = useSending();
  const thread = data?.thread;
  if (!thread) return null;
  const outgoing = thread.syndications.filter((s) => !!s.targetHandle);
  const mayPropose = thread.state === 'VISIBLE' && thread.community.visibility === 'PUBLIC';
  const propose = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const { proposeSyndication } = await request(PROPOSE_REMOTE_SYNDICATION, { threadId, targetHandle: handle.trim() });
      update((d) => ({ thread: { ...d.thread, syndications: [...d.thread.syndications, proposeSyndication] } }));
      setHandle('');
      announce(t('rsyn.proposed', { handle: proposeSyndication.targetHandle ?? '' }));
    });
  };
  const withdraw = (id: string) =>
    void run(async () => {
      const { withdrawSyndication } = await request(WITHDRAW_REMOTE_SYNDICATION, { id });
      update((d) => ({
        thread: { ...d.thread, syndications: d.thread.syndications.map((s) => (s.id === id ? withdrawSyndication : s)) },
      }));
      announce(t('rsyn.withdrawn', { handle: withdrawSyndication.targetHandle ?? '' }));
    });
  return (
    <section class="remote-syndication" aria-labelledby="rsyn-heading">
      <h2 id="rsyn-heading">{t('rsyn.heading')}</h2>
      {outgoing.length ? (
        <ul class="plain-list">
          {outgoing.map((s) => (
            <li key={s.id}>
              <strong>{s.targetHandle}</strong>: {t(`rsyn.state.${s.state}` as MessageKey)}
              {s.reason ? ` — ${s.reason}` : ''}{' '}
              {s.state === 'ACCEPTED' && s.remoteUrl ? (
                <a href={s.remoteUrl} rel="noopener">
                  {t('rsyn.view')}
                </a>
              ) : null}{' '}
              {s.state === 'PROPOSED' || s.state === 'ACCEPTED' ? (
                <button type="button" class="secondary" disabled={busy} onClick={() => withdraw(s.id)}>
                  {t('rsyn.withdraw')}
                  <span class="visually-hidden"> ({s.targetHandle})</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mayPropose ? (
        <form onSubmit={propose}>
          <p class="hint">{t('rsyn.intro')}</p>
          <TextField id="rsyn-handle" label={t('rsyn.handle')} hint={t('rsyn.handleHint')} value={handle} onInput={setHandle} />
          <button type="submit" disabled={busy || !handle.trim()}>
            {t('rsyn.propose')}
          </button>
        </form>
      ) : (
        <p class="hint">{t('rsyn.needsFederation')}</p>
      )}
      {failure ? <ErrorMessage error={failure} /> : null}
    </section>
  );
}
