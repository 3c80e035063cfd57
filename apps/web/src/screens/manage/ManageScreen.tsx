import '../../i18n/lazy';
import '../../i18n/moderation';
import type { ManageCommunityQuery } from '../../api/generated/graphql';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { arrived } from '../../api/notifications';
import { MANAGE_COMMUNITY } from '../../api/operations-manage';
import { MANAGE_WORK } from '../../api/operations-moderation';
import { useLoader, useQuery } from '../../api/use-query';
import { useStore } from '../../store';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ScreenError } from '../../components/Status';
import { t } from '../../i18n';
import { Link, paths } from '../../router';
import { FiguresTab } from './FiguresTab';
import { InviteTab } from './InviteTab';
import { MembersTab } from './MembersTab';
import { ModLogTab } from './ModLogTab';
import { QueueTab } from './QueueTab';
import { ReportsTab } from './ReportsTab';
import { SettingsTab } from './SettingsTab';
import { workDone } from './use-action';

const TABS = ['queue', 'reports', 'members', 'invite', 'settings', 'log', 'figures'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAME = {
  queue: 'manage.queue',
  reports: 'manage.reports',
  log: 'manage.log',
  members: 'manage.members',
  invite: 'manage.invite',
  settings: 'manage.settings',
  figures: 'manage.figures',
} as const;

/** A community's management for its moderators: one section per tab, chosen in the address (?tab=…). */
export function ManageScreen({ slug, tab }: { slug: string; tab: string }) {
  const { data, error } = useQuery(MANAGE_COMMUNITY, { slug });
  if (error) return <ScreenError title={t('manage.title')} error={error} />;
  if (!data) return <Loading />;
  const community = data.community;
  const current: Tab = (TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'queue';
  const crumbs = [
    { href: paths.library(community.library.slug), label: community.library.name },
    { href: paths.community(community.slug), label: community.name },
  ];
  return (
    <>
      <Breadcrumb parents={crumbs} />
      <PageHeading title={t('manage.titleOf', { name: community.name })} />
      {community.viewerCanModerate ? <Sections community={community} current={current} /> : <p class="error">{t('manage.notAllowed')}</p>}
    </>
  );
}

type Counted = 'queue' | 'reports' | 'members';
const page = (c: { edges: unknown[]; pageInfo: { hasNextPage: boolean } }) =>
  c.pageInfo.hasNextPage ? `${c.edges.length}+` : c.edges.length;

/**
 * How much waits in the queue, the reports and the requests to join, beside those tabs: read again when
 * the moderator moves between tabs and when a moderator alert about this community arrives live.
 */
function useWork(community: ManageCommunityQuery['community'], current: Tab): Partial<Record<Counted, number | string>> {
  const [generation, setGeneration] = useState(0);
  const fresh = useStore(arrived);
  const done = useStore(workDone);
  useEffect(() => {
    if (fresh && fresh.community?.slug === community.slug && ['REPORT_FILED', 'JOIN_REQUESTED', 'POST_QUEUED'].includes(fresh.kind))
      setGeneration((g) => g + 1);
  }, [fresh]);
  const { data } = useLoader(`work|${community.id}|${current}|${generation}|${done}`, () =>
    request(MANAGE_WORK, { communityId: community.id, slug: community.slug }),
  );
  if (!data) return {};
  return { queue: page(data.moderationQueue), reports: page(data.reports), members: page(data.community.members) };
}

function Sections({ community, current }: { community: ManageCommunityQuery['community']; current: Tab }) {
  const work = useWork(community, current);
  const label = (name: Tab) => {
    const n = work[name as Counted];
    return n ? t('manage.tabCount', { name: t(TAB_NAME[name]), count: n }) : t(TAB_NAME[name]);
  };
  return (
    <>
      <nav aria-label={t('manage.sections')} class="tabs">
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link href={paths.manage(community.slug, name)} aria-current={name === current ? 'page' : undefined}>
                {label(name)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="manage-section" class="manage-section">
        <h2 id="manage-section">{t(TAB_NAME[current])}</h2>
        {current === 'queue' ? <QueueTab communityId={community.id} /> : null}
        {current === 'reports' ? <ReportsTab communityId={community.id} /> : null}
        {current === 'log' ? <ModLogTab communityId={community.id} /> : null}
        {current === 'members' ? <MembersTab slug={community.slug} communityId={community.id} /> : null}
        {current === 'invite' ? <InviteTab communityId={community.id} /> : null}
        {current === 'settings' ? <SettingsTab slug={community.slug} communityId={community.id} /> : null}
        {current === 'figures' ? <FiguresTab communityId={community.id} /> : null}
      </section>
    </>
  );
}
