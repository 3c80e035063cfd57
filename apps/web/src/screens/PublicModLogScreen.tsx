import '../i18n/lazy';
import '../i18n/moderation';
import { request } from '../api/client';
import { PUBLIC_LOG_COMMUNITY, PUBLIC_MOD_LOG, type PublicLogEntry } from '../api/operations-moderation';
import { useLoader } from '../api/use-query';
import { Breadcrumb } from '../components/Breadcrumb';
import { MoreButton } from '../components/MoreButton';
import { PageHeading } from '../components/PageHeading';
import { Loading, ScreenError } from '../components/Status';
import { formatDate, formatDateTime, t } from '../i18n';
import { paths } from '../router';
import { actionText } from './manage/action-text';

async function load(slug: string) {
  const { community } = await request(PUBLIC_LOG_COMMUNITY, { slug });
  if (!community.publicModLog) return { community, log: null };
  const { publicModLog } = await request(PUBLIC_MOD_LOG, { communityId: community.id });
  return { community, log: publicModLog };
}

/**
 * A community's public moderation log in plain words: when, what a moderator did (never who), why and
 * until when. Shown when the community made its log public.
 */
export function PublicModLogScreen({ slug }: { slug: string }) {
  const { data, error, update } = useLoader(`public-log|${slug}`, () => load(slug));
  if (error) return <ScreenError title={t('publicLog.title')} error={error} />;
  if (!data) return <Loading />;
  const { community, log } = data;
  const more = async () => {
    if (!log) return;
    const { publicModLog } = await request(PUBLIC_MOD_LOG, { communityId: community.id, after: log.pageInfo.endCursor });
    update((d) => ({ ...d, log: d.log && { edges: [...d.log.edges, ...publicModLog.edges], pageInfo: publicModLog.pageInfo } }));
  };
  return (
    <>
      <Breadcrumb
        parents={[
          { href: paths.library(community.library.slug), label: community.library.name },
          { href: paths.community(community.slug), label: community.name },
        ]}
      />
      <PageHeading title={t('publicLog.titleOf', { name: community.name })} />
      <p class="lead">{t('publicLog.intro')}</p>
      {!log ? (
        <p class="muted">{t('publicLog.private')}</p>
      ) : log.edges.length ? (
        <>
          <ol class="log-list">
            {log.edges.map(({ node }) => (
              <Entry key={node.id} entry={node} />
            ))}
          </ol>
          <MoreButton hasMore={log.pageInfo.hasNextPage} label={t('publicLog.more')} load={more} />
        </>
      ) : (
        <p class="muted">{t('publicLog.empty')}</p>
      )}
    </>
  );
}

function Entry({ entry }: { entry: PublicLogEntry }) {
  return (
    <li class="log-entry">
      <p>
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>: <strong>{actionText(entry.action)}</strong>
      </p>
      {entry.reason ? <p>{t('publicLog.reason', { reason: entry.reason })}</p> : null}
      {entry.expiresAt ? <p>{t('publicLog.until', { date: formatDate(entry.expiresAt) })}</p> : null}
    </li>
  );
}
