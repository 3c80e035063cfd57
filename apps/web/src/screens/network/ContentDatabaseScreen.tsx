import '../../i18n/lazy';
import '../../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { ContentFilter, ContentItemsQuery } from '../../api/generated/graphql';
import { CONTENT_ITEMS, CONTENT_LIBRARY, CREATE_CONTENT_ITEM } from '../../api/operations-network-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { MoreButton } from '../../components/MoreButton';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ScreenError } from '../../components/Status';
import { t, tn } from '../../i18n';
import { Link, navigate, paths } from '../../router';
import { Refusal, unlessRefused } from '../staff/staff';
import { ContentForm, emptyContent, tagsOf, type ContentValues } from './content-form';

/** The content database seen from one library: browse and search what its staff may use, and add an item of the library's own. */
export function ContentDatabaseScreen({ slug }: { slug: string }) {
  const [filter, setFilter] = useState<ContentFilter>({});
  const key = JSON.stringify(filter);
  const { data, error, update } = useLoader(`content|${slug}|${key}`, async () => {
    const page = await request(CONTENT_LIBRARY, { slug });
    return { ...page, ...(await unlessRefused(request(CONTENT_ITEMS, { filter }))) };
  });
  if (error) return <ScreenError title={t('net.contentHeading')} error={error} />;
  if (!data) return <Loading />;
  const { library, me } = data;
  const isStaff = !!me && (me.isPlatformAdmin || library.staff.some((s) => s.userId === me.id));

  const more = async () => {
    const next = await request(CONTENT_ITEMS, { filter, after: data.data?.contentItems.pageInfo.endCursor });
    update((d) =>
      d.data
        ? {
            ...d,
            data: {
              contentItems: { edges: [...d.data.contentItems.edges, ...next.contentItems.edges], pageInfo: next.contentItems.pageInfo },
            },
          }
        : d,
    );
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('net.contentTitle', { name: library.name })} />
      {data.refused ? (
        <Refusal refused={data.refused} notAllowed={t('net.staffOnly')} />
      ) : data.data ? (
        <>
          <p class="lead">{t('net.contentIntro')}</p>
          <SearchForm library={library} filter={filter} search={setFilter} />
          <ContentList slug={library.slug} items={data.data} />
          <MoreButton hasMore={data.data.contentItems.pageInfo.hasNextPage} label={t('net.more')} load={more} />
          {isStaff ? <CreateItem library={library} /> : null}
        </>
      ) : null}
    </>
  );
}

function SearchForm({
  library,
  filter,
  search,
}: {
  library: { id: string; name: string };
  filter: ContentFilter;
  search(filter: ContentFilter): void;
}) {
  const [query, setQuery] = useState(filter.query ?? '');
  const [own, setOwn] = useState(!!filter.libraryId);
  const [archived, setArchived] = useState(!!filter.includeArchived);
  const [campaign, setCampaign] = useState(filter.campaign ?? '');
  const [tag, setTag] = useState(filter.tag ?? '');
  const [usableToday, setUsableToday] = useState(!!filter.validOn);
  const submit = (event: Event) => {
    event.preventDefault();
    search({
      ...(query.trim() ? { query: query.trim() } : {}),
      ...(own ? { libraryId: library.id } : {}),
      ...(archived ? { includeArchived: true } : {}),
      ...(campaign.trim() ? { campaign: campaign.trim() } : {}),
      ...(tag.trim() ? { tag: tag.trim() } : {}),
      // Today in the Netherlands, as YYYY-MM-DD.
      ...(usableToday ? { validOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }) } : {}),
    });
  };
  return (
    <form role="search" aria-label={t('net.contentSearch')} class="settings-form" onSubmit={submit}>
      <div class="field">
        <label for="content-query">{t('net.contentQuery')}</label>
        <input id="content-query" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="content-campaign">{t('net.campaign')}</label>
        <input id="content-campaign" value={campaign} onInput={(e) => setCampaign(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="content-tag">{t('net.tag')}</label>
        <input id="content-tag" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label class="choice">
          <input type="checkbox" checked={usableToday} onChange={(e) => setUsableToday(e.currentTarget.checked)} /> {t('net.usableToday')}
        </label>
        <label class="choice">
          <input type="checkbox" checked={own} onChange={(e) => setOwn(e.currentTarget.checked)} />{' '}
          {t('net.onlyOwn', { name: library.name })}
        </label>
        <label class="choice">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.currentTarget.checked)} /> {t('net.withArchived')}
        </label>
      </div>
      <p class="actions">
        <button type="submit">{t('net.search')}</button>
      </p>
    </form>
  );
}

function ContentList({ slug, items }: { slug: string; items: ContentItemsQuery }) {
  const rows = items.contentItems.edges.map((e) => e.node);
  if (!rows.length) return <p class="muted">{t('net.noContent')}</p>;
  return (
    <ul class="card-list" aria-label={t('net.contentList')}>
      {rows.map((item) => (
        <li key={item.id} class="card">
          <h2 class="thread-title">
            <Link href={paths.contentItem(slug, item.id)}>{item.title}</Link>
          </h2>
          <p class="card-meta">
            {item.archived ? <span class="badge">{t('net.archived')}</span> : null}
            {item.sharedNationally ? <span class="badge">{t('net.shared')}</span> : null}
            {item.ownerLibrary.name}
            {item.campaign ? ` · ${t('net.campaignIs', { campaign: item.campaign })}` : null}
            {item.tags.length ? ` · ${item.tags.join(', ')}` : null} ·{' '}
            {item.usage.total ? tn('net.usedTimes', item.usage.total) : t('net.notUsed')}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The input for createContentItem / updateContentItem from the form's values (empty optional fields left out or cleared). */
export function contentInput(v: ContentValues, clear: boolean) {
  const optional = (value: string) => (value.trim() ? value.trim() : clear ? null : undefined);
  return {
    title: v.title.trim(),
    body: v.body.trim(),
    tags: tagsOf(v.tags),
    campaign: optional(v.campaign),
    licence: optional(v.licence),
    validFrom: optional(v.validFrom),
    validUntil: optional(v.validUntil),
    sharedNationally: v.sharedNationally,
  };
}

function CreateItem({ library }: { library: { id: string; slug: string; kind: string } }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (v: ContentValues) => {
    setBusy(true);
    setError(null);
    try {
      const { createContentItem } = await request(CREATE_CONTENT_ITEM, { input: { libraryId: library.id, ...contentInput(v, false) } });
      navigate(paths.contentItem(library.slug, createContentItem.id));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="content-new-heading">
      <h2 id="content-new-heading">{t('net.newItem')}</h2>
      <ContentForm
        id="content-new"
        initial={emptyContent}
        canShare={library.kind === 'LOCAL'}
        submitLabel={t('net.createItem')}
        busy={busy}
        error={error}
        save={(v) => void save(v)}
      />
    </section>
  );
}
