import '../../i18n/lazy';
import '../../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { ContentItemFieldsFragment } from '../../api/generated/graphql';
import {
  ARCHIVE_CONTENT_ITEM,
  CONTENT_ITEM_PAGE,
  PUBLISH_CONTENT,
  PUBLISH_TARGETS,
  UPDATE_CONTENT_ITEM,
} from '../../api/operations-network-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { formatDate, t, tn } from '../../i18n';
import { Link, paths } from '../../router';
import { Refusal, unlessRefused } from '../staff/staff';
import { contentInput } from './ContentDatabaseScreen';
import { ContentForm, type ContentValues } from './content-form';

type Item = ContentItemFieldsFragment;

/** One content item, seen from a library: read it, publish it into one of the library's communities; its keepers change or archive it. */
export function ContentItemScreen({ slug, id }: { slug: string; id: string }) {
  const { data, error, update } = useLoader(`content-item|${slug}|${id}`, () => unlessRefused(request(CONTENT_ITEM_PAGE, { id, slug })));
  if (error) return <ScreenError title={t('net.contentHeading')} error={error} />;
  if (!data) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageHeading title={t('net.contentHeading')} />
        <Refusal refused={data.refused ?? 'FORBIDDEN'} notAllowed={t('net.staffOnly')} />
      </>
    );
  }
  const { contentItem: item, library, me } = data.data;
  const staffHere = !!me && library.staff.some((s) => s.userId === me.id);
  // Items are kept by their own library's staff (and platform admins); the server checks again.
  const keeper = !!me && (me.isPlatformAdmin || (staffHere && item.ownerLibrary.id === library.id));
  const changed = (fresh: Item) => update((d) => (d.data ? { ...d, data: { ...d.data, contentItem: fresh } } : d));

  return (
    <>
      <Breadcrumb
        parents={[
          { href: paths.library(library.slug), label: library.name },
          { href: paths.contentDatabase(library.slug), label: t('net.contentHeading') },
        ]}
      />
      <PageHeading title={item.title} />
      <p class="card-meta">
        {item.archived ? <span class="badge">{t('net.archived')}</span> : null}
        {item.sharedNationally ? <span class="badge">{t('net.shared')}</span> : null}
        {t('net.keptBy', { library: item.ownerLibrary.name })}
      </p>
      <div class="post-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
      <dl class="item-record">
        {item.tags.length ? (
          <>
            <dt>{t('net.tags')}</dt>
            <dd>{item.tags.join(', ')}</dd>
          </>
        ) : null}
        {item.campaign ? (
          <>
            <dt>{t('net.campaign')}</dt>
            <dd>{item.campaign}</dd>
          </>
        ) : null}
        {item.licence ? (
          <>
            <dt>{t('net.licence')}</dt>
            <dd>{item.licence}</dd>
          </>
        ) : null}
        {item.validFrom || item.validUntil ? (
          <>
            <dt>{t('net.validity')}</dt>
            <dd>
              {item.validFrom ? formatDate(item.validFrom) : '…'} – {item.validUntil ? formatDate(item.validUntil) : '…'}
            </dd>
          </>
        ) : null}
        <dt>{t('net.usage')}</dt>
        <dd>
          {item.usage.total ? tn('net.usedTimes', item.usage.total) : t('net.notUsed')}
          {item.usage.libraries.length ? ` (${item.usage.libraries.map((u) => `${u.library.name}: ${u.count}`).join(', ')})` : null}
        </dd>
      </dl>
      {!item.archived && (staffHere || me?.isPlatformAdmin) ? <Publish item={item} libraryId={library.id} /> : null}
      {keeper ? <Keep item={item} changed={changed} /> : null}
    </>
  );
}

function Publish({ item, libraryId }: { item: Item; libraryId: string }) {
  const { data, error: loadError } = useLoader(`publish-targets|${libraryId}`, () => request(PUBLISH_TARGETS, { libraryId }));
  const [communityId, setCommunityId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [published, setPublished] = useState<{ id: string; title: string; community: string } | null>(null);
  const targets =
    data?.communities.edges.map((e) => e.node).filter((c) => c.viewerCanModerate || c.viewerMembership?.state === 'ACTIVE') ?? null;

  const publish = async (event: Event) => {
    event.preventDefault();
    const chosen = communityId || targets?.[0]?.id;
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const { publishContent } = await request(PUBLISH_CONTENT, { input: { contentItemId: item.id, communityId: chosen } });
      const community = targets?.find((c) => c.id === chosen)?.name ?? '';
      setPublished({ ...publishContent, community });
      announce(t('net.published', { community }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="content-publish">
      <h2 id="content-publish">{t('net.publishTitle')}</h2>
      {loadError ? <ErrorMessage error={loadError} /> : null}
      {targets && !targets.length ? <p class="muted">{t('net.noTargets')}</p> : null}
      {targets?.length ? (
        <form class="settings-form" aria-labelledby="content-publish" onSubmit={(e) => void publish(e)}>
          <p class="hint">{t('net.publishHint')}</p>
          <div class="field">
            <label for="publish-community">{t('net.inCommunity')}</label>
            <select id="publish-community" value={communityId || targets[0]?.id} onChange={(e) => setCommunityId(e.currentTarget.value)}>
              {targets.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {error ? <ErrorMessage error={error} /> : null}
          <p class="actions">
            <button type="submit" disabled={busy}>
              {t('net.publish')}
            </button>
          </p>
        </form>
      ) : null}
      <p role="status" class="notice">
        {published ? (
          <>
            {t('net.published', { community: published.community })}{' '}
            <Link href={paths.thread(published.id)}>{t('net.openThread', { title: published.title })}</Link>
          </>
        ) : null}
      </p>
    </section>
  );
}

const valuesOf = (item: Item): ContentValues => ({
  title: item.title,
  body: item.body,
  tags: item.tags.join(', '),
  campaign: item.campaign ?? '',
  licence: item.licence ?? '',
  validFrom: item.validFrom ?? '',
  validUntil: item.validUntil ?? '',
  sharedNationally: item.sharedNationally,
});

function Keep({ item, changed }: { item: Item; changed(item: Item): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);

  const save = async (v: ContentValues) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const { updateContentItem } = await request(UPDATE_CONTENT_ITEM, { input: { id: item.id, ...contentInput(v, true) } });
      changed(updateContentItem);
      setNotice(t('net.saved'));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const archive = async (confirmed: boolean) => {
    if (!confirmed) {
      setConfirming(false);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { archiveContentItem } = await request(ARCHIVE_CONTENT_ITEM, { id: item.id });
      changed(archiveContentItem);
      setNotice(t('net.archivedNotice', { title: item.title }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
      setConfirming(false);
      document.getElementById('content-edit-heading')?.focus();
    }
  };

  return (
    <section aria-labelledby="content-edit-heading">
      <h2 id="content-edit-heading" tabIndex={-1}>
        {t('net.editItem')}
      </h2>
      <p role="status" class="notice">
        {notice}
      </p>
      {item.archived ? (
        <p class="muted">{t('net.isArchived')}</p>
      ) : (
        <>
          <ContentForm
            key={item.updatedAt}
            id="content-edit"
            initial={valuesOf(item)}
            canShare={item.ownerLibrary.kind === 'LOCAL'}
            submitLabel={t('net.saveItem')}
            busy={busy}
            error={error}
            save={(v) => void save(v)}
          />
          <p class="actions">
            <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('net.archive')}
            </button>
          </p>
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('net.archiveTitle', { title: item.title })}
          confirm={t('net.archive')}
          busy={busy}
          close={(ok) => void archive(ok)}
        >
          <p>{t('net.archiveBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
