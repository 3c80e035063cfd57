import '../i18n/lazy';
import { request } from '../api/client';
import { SEARCH, SEARCH_KINDS, type SearchHit, type SearchKind } from '../api/operations-search';
import { useQuery } from '../api/use-query';
import { MoreButton } from '../components/MoreButton';
import { PageHeading } from '../components/PageHeading';
import { Snippet } from '../components/Snippet';
import { ErrorMessage, Loading } from '../components/Status';
import { t, tn } from '../i18n';
import { Link, navigate, paths } from '../router';

const KIND_LABEL = {
  THREAD: 'search.kind.THREAD',
  POST: 'search.kind.POST',
  COMMUNITY: 'search.kind.COMMUNITY',
  ITEM: 'search.kind.ITEM',
} as const;

function hitLink(hit: SearchHit): { href: string; label: string } | null {
  if (hit.kind === 'ITEM' && hit.item) return { href: paths.item(hit.item.id), label: hit.item.title };
  if (hit.kind === 'COMMUNITY' && hit.community) return { href: paths.community(hit.community.slug), label: hit.community.name };
  if (hit.kind === 'POST' && hit.thread && hit.post) return { href: paths.post(hit.thread.id, hit.post.seq), label: hit.thread.title };
  if (hit.thread) return { href: paths.thread(hit.thread.id), label: hit.thread.title };
  return null;
}

function Hit({ hit }: { hit: SearchHit }) {
  const link = hitLink(hit);
  return (
    <li class="search-hit">
      <h2 class="search-hit-title">{link ? <Link href={link.href}>{link.label}</Link> : t('search.unavailable')}</h2>
      <p class="thread-meta">
        <span class="badge">{t(KIND_LABEL[hit.kind])}</span>
        {hit.kind !== 'COMMUNITY' && hit.community ? hit.community.name : null}
        {hit.kind === 'ITEM' && hit.item?.year ? hit.item.year : null}
      </p>
      <Snippet html={hit.snippet} />
    </li>
  );
}

/** Results of the query in the address (?q=…&kind=…), with a kind filter and "more". */
export function SearchScreen({ query, kind }: { query: string; kind: string }) {
  const filterKind = (SEARCH_KINDS as string[]).includes(kind) ? (kind as SearchKind) : null;
  const title = query ? t('search.titleFor', { query }) : t('search.title');
  return (
    <>
      <PageHeading title={title} />
      <p class="search-filter">
        <label for="search-kind">{t('search.filter')}</label>{' '}
        <select
          id="search-kind"
          value={filterKind ?? ''}
          onChange={(e) => navigate(paths.search(query, e.currentTarget.value || undefined), { replace: true })}
        >
          <option value="">{t('search.kind.all')}</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </p>
      {query.trim() ? (
        <Results key={`${query}|${filterKind}`} query={query.trim()} kind={filterKind} />
      ) : (
        <p class="muted">{t('search.empty')}</p>
      )}
    </>
  );
}

function Results({ query, kind }: { query: string; kind: SearchKind | null }) {
  const variables = { query, filter: kind ? { kind } : null };
  const { data, error, update } = useQuery(SEARCH, variables);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const hits = data.search;
  const more = async () => {
    const next = await request(SEARCH, { ...variables, after: hits.pageInfo.endCursor });
    update((d) => ({ search: { edges: [...d.search.edges, ...next.search.edges], pageInfo: next.search.pageInfo } }));
  };
  return (
    <section aria-label={t('search.results')}>
      <p role="status">{hits.edges.length ? tn('search.shown', hits.edges.length) : t('search.none')}</p>
      <ol class="search-results">
        {hits.edges.map((e) => (
          <Hit key={e.cursor} hit={e.node} />
        ))}
      </ol>
      <MoreButton hasMore={hits.pageInfo.hasNextPage} label={t('search.more')} load={more} />
    </section>
  );
}
