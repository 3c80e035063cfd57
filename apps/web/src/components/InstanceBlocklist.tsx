import '../i18n/federation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { BLOCK_INSTANCE, BLOCKED_INSTANCES, FEDERATION_VIEWER, UNBLOCK_INSTANCE } from '../api/operations-federation';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { formatDateTime, t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage, Loading } from './Status';
import { TextField } from './TextField';

/** The instance blocklist, on the federation screen, for platform admins only (the server refuses everyone else). */
export function InstanceBlocklist() {
  const { data } = useQuery(FEDERATION_VIEWER);
  return data?.me?.isPlatformAdmin ? <Blocklist /> : null;
}

function Blocklist() {
  const { data, error, update } = useQuery(BLOCKED_INSTANCES);
  const [host, setHost] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const block = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const { blockInstance } = await request(BLOCK_INSTANCE, { input: { host: host.trim().toLowerCase(), reason: reason.trim() } });
      update((d) => ({ blockedInstances: [...d.blockedInstances.filter((b) => b.host !== blockInstance.host), blockInstance] }));
      setHost('');
      setReason('');
      announce(t('block.blocked', { host: blockInstance.host }));
    });
  };
  const unblock = (blocked: string) =>
    void run(async () => {
      await request(UNBLOCK_INSTANCE, { host: blocked });
      update((d) => ({ blockedInstances: d.blockedInstances.filter((b) => b.host !== blocked) }));
      announce(t('block.unblocked', { host: blocked }));
    });
  const fieldErrors: Record<string, string[] | undefined> = failure?.fields ?? {};
  return (
    <section class="instance-blocklist" aria-labelledby="blocklist-heading">
      <h2 id="blocklist-heading">{t('block.heading')}</h2>
      <p class="hint">{t('block.intro')}</p>
      {data.blockedInstances.length ? (
        <ul class="plain-list">
          {data.blockedInstances.map((b) => (
            <li key={b.id}>
              <strong>{b.host}</strong> — {b.reason} <span class="meta">({t('block.since', { date: formatDateTime(b.createdAt) })})</span>{' '}
              <button type="button" class="secondary" disabled={busy} onClick={() => unblock(b.host)}>
                {t('block.unblock')}
                <span class="visually-hidden"> {b.host}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('block.none')}</p>
      )}
      <form onSubmit={block}>
        <TextField
          id="block-host"
          label={t('block.host')}
          hint={t('block.hostHint')}
          value={host}
          onInput={setHost}
          error={fieldErrors.host?.join(' ') ?? null}
        />
        <TextField
          id="block-reason"
          label={t('block.reason')}
          hint={t('block.reasonHint')}
          value={reason}
          onInput={setReason}
          error={fieldErrors.reason?.join(' ') ?? null}
        />
        {failure && !Object.keys(fieldErrors).length ? <ErrorMessage error={failure} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy || !host.trim() || !reason.trim()}>
            {t('block.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
