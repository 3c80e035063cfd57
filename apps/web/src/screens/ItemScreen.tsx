import '../i18n/lazy';
import { request } from '../api/client';
import { ITEM, ITEM_THREADS } from '../api/operations-catalogue';
import { useQuery } from '../api/use-query';
import { PageHeading } from '../components/PageHeading';
import { MoreButton } from '../components/MoreButton';
import { Loading, ScreenError } from '../components/Status';
import { formatDateTime, t, tn } from '../i18n';
import { Link, paths } from '../router';
import { session } from '../api/session';
import { useStore } from '../store';
import { ItemConversation } from './network/ItemConversation';

/** A catalogue item: its record, the libraries that hold it, the conversations about it the viewer may read, and their experts. */
export function ItemScreen({ id }: { id: string }) {
  const { data, error, update, reload } = useQuery(ITEM, { id });
  const signedIn = useStore(session).status === 'signedIn';
  if (error) return <ScreenError title={t('item.title')} error={error} />;
  if (!data) return <Loading />;
  const item = data.item;

  const more = async () => {
    const next = await request(ITEM_THREADS, { id, after: item.threads.pageInfo.endCursor });
    update((d) => ({
      item: { ...d.item, threads: { edges: [...d.item.threads.edges, ...next.item.threads.edges], pageInfo: next.item.threads.pageInfo } },
    }));
  };

  return (
    <>
      <PageHeading title={item.title} />
      <dl class="item-record">
        {item.creators.length ? (
          <>
            <dt>{t('item.creators')}</dt>
            <dd>{item.creators.join('; ')}</dd>
          </>
        ) : null}
        {item.year ? (
          <>
            <dt>{t('item.year')}</dt>
            <dd>{item.year}</dd>
          </>
        ) : null}
        {item.publisher ? (
          <>
            <dt>{t('item.publisher')}</dt>
            <dd>{item.publisher}</dd>
          </>
        ) : null}
        {item.isbn13 ? (
          <>
            <dt>{t('item.isbn')}</dt>
            <dd>{item.isbn13}</dd>
          </>
        ) : null}
        {item.subjects.length ? (
          <>
            <dt>{t('item.subjects')}</dt>
            <dd>{item.subjects.join(', ')}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="item-holdings">
        <h2 id="item-holdings">{t('item.holdings')}</h2>
        {item.holdings.length ? (
          <ul>
            {item.holdings.map((h) => (
              <li key={h.id}>
                <Link href={paths.library(h.library.slug)}>{h.library.name}</Link>
                {h.catalogueUrl ? (
                  <>
                    {' · '}
                    <a href={h.catalogueUrl} rel="noopener noreferrer">
                      {t('item.inCatalogue', { library: h.library.name })}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('item.noHoldings')}</p>
        )}
      </section>

      <section aria-labelledby="item-threads">
        <h2 id="item-threads">{t('item.threads')}</h2>
        {item.threads.edges.length ? (
          <ul class="thread-list">
            {item.threads.edges.map(({ node: thread }) => (
              <li key={thread.id} class="thread">
                <h3 class="thread-title">
                  <Link href={paths.thread(thread.id)}>{thread.title}</Link>
                </h3>
                <p class="thread-meta">
                  {thread.kind === 'QUESTION' ? <span class="badge">{t('thread.question')}</span> : null}
                  <Link href={paths.community(thread.community.slug)}>{thread.community.name}</Link> ·{' '}
                  {tn('thread.replies', thread.replyCount)} · {t('community.lastActivity')}{' '}
                  <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('item.noThreads')}</p>
        )}
        <MoreButton hasMore={item.threads.pageInfo.hasNextPage} label={t('community.moreThreads')} load={more} />
      </section>

      {signedIn ? <ItemConversation itemId={item.id} itemTitle={item.title} linked={reload} /> : null}

      <section aria-labelledby="item-experts">
        <h2 id="item-experts">{t('item.experts')}</h2>
        {item.experts.length ? (
          <ul>
            {item.experts.map((u) => (
              <li key={u.id}>{u.displayName}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('item.noExperts')}</p>
        )}
      </section>
    </>
  );
}
