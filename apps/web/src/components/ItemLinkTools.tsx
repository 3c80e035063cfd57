import '../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { ITEM_SEARCH, LINK_ITEM, UNLINK_ITEM, type FoundItem } from '../api/operations-network-admin';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

interface Props {
  threadId: string;
  items: { id: string; title: string }[];
  /** After a link or unlink: the thread's items are read again. */
  changed(): void;
}

/** For a thread's author and its moderators: take a catalogue item off the thread, or find one and link it. */
export function ItemLinkTools({ threadId, items, changed }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FoundItem[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const linked = new Set(items.map((i) => i.id));

  const search = async (event: Event) => {
    event.preventDefault();
    const words = query.trim();
    if (!words) return;
    setBusy('search');
    setError(null);
    try {
      const { items: result } = await request(ITEM_SEARCH, { query: words });
      const list = result.edges.map((e) => e.node);
      setFound(list);
      announce(list.length ? t('net.itemsFound', { count: list.length }) : t('net.noItemsFound'));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(null);
    }
  };

  const act = async (itemId: string, title: string, link: boolean) => {
    setBusy(itemId);
    setError(null);
    setNotice('');
    try {
      if (link) await request(LINK_ITEM, { input: { threadId, itemId } });
      else await request(UNLINK_ITEM, { input: { threadId, itemId } });
      const text = link ? t('net.linked', { title }) : t('net.unlinked', { title });
      setNotice(text);
      changed();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details class="item-link-tools">
      <summary>{t('net.itemTools')}</summary>
      {items.length ? (
        <ul class="card-list compact">
          {items.map((item) => (
            <li key={item.id} class="card">
              {item.title}{' '}
              <button
                type="button"
                class="secondary"
                disabled={busy !== null}
                aria-label={t('net.unlinkOf', { title: item.title })}
                onClick={() => void act(item.id, item.title, false)}
              >
                {t('net.unlink')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('net.noLinkedItems')}</p>
      )}
      <form role="search" aria-label={t('net.itemSearchForm')} onSubmit={(e) => void search(e)}>
        <div class="field">
          <label for={`item-search-${threadId}`}>{t('net.itemSearch')}</label>
          <input id={`item-search-${threadId}`} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <p class="actions">
          <button type="submit" class="secondary" disabled={busy !== null}>
            {t('net.search')}
          </button>
        </p>
      </form>
      {found?.length ? (
        <ul class="card-list compact" aria-label={t('net.searchResults')}>
          {found.map((item) => (
            <li key={item.id} class="card">
              {item.title}
              {item.creators.length ? ` · ${item.creators.join(', ')}` : null}
              {item.year ? ` (${item.year})` : null}{' '}
              {linked.has(item.id) ? (
                <span class="muted">{t('net.alreadyLinked')}</span>
              ) : (
                <button
                  type="button"
                  disabled={busy !== null}
                  aria-label={t('net.linkOf', { title: item.title })}
                  onClick={() => void act(item.id, item.title, true)}
                >
                  {t('net.link')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <p role="status" class="notice">
        {notice}
      </p>
    </details>
  );
}
