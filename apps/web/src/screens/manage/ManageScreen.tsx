import '../../i18n/lazy';
import '../../i18n/moderation';
import type { ManageCommunityQuery } from '../../api/generated/graphql';
import { MANAGE_COMMUNITY } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
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

const TABS = ['queue', 'reports', 'members', 'invite', 'settings', 'log', 'figures'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAME = { queue: 'manage.queue', reports: 'manage.reports', log: 'manage.log', members: 'manage.members', invite: 'manage.invite', settings: 'manage.settings', figures: 'manage.figures' } as const;

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

function Sections({ community, current }: { community: ManageCommunityQuery['community']; current: Tab }) {
  return (
    <>
      <nav aria-label={t('manage.sections')} class="tabs">
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link href={paths.manage(community.slug, name)} aria-current={name === current ? 'page' : undefined}>
                {t(TAB_NAME[name])}
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
