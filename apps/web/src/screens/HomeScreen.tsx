import { request } from '../api/client';
import type { HomeQuery, MyCommunitiesQuery } from '../api/generated/graphql';
import { HOME, type CommunitySummary, type LibrarySummary } from '../api/operations';
import { MY_COMMUNITIES } from '../api/operations-home';
import { session } from '../api/session';
import { useStore } from '../store';
import { useLoader } from '../api/use-query';
import { CommunityList } from '../components/CommunityList';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading } from '../components/Status';
import { t } from '../i18n';
import { Link, paths } from '../router';

/** At most this many pages of 100 communities on the home page. */
const MAX_PAGES = 5;

async function loadHome(): Promise<{ libraries: LibrarySummary[]; communities: CommunitySummary[] }> {
  let after: string | null = null;
  let libraries: LibrarySummary[] = [];
  const communities: CommunitySummary[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: HomeQuery = await request(HOME, { after });
    libraries = data.libraries.edges.map((e) => e.node);
    communities.push(...data.communities.edges.map((e) => e.node));
    if (!data.communities.pageInfo.hasNextPage) break;
    after = data.communities.pageInfo.endCursor;
  }
  return { libraries, communities };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The signed-in member's communities (at most MAX_PAGES pages): "your communities", first on the home page. */
async function loadMine(): Promise<{ community: CommunitySummary; pending: boolean }[]> {
  let after: string | null = null;
  const mine: { community: CommunitySummary; pending: boolean }[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: MyCommunitiesQuery = await request(MY_COMMUNITIES, { after });
    for (const { node } of data.myCommunities.edges) mine.push({ community: node, pending: node.viewerMembership?.state === 'PENDING' });
    if (!data.myCommunities.pageInfo.hasNextPage) break;
    after = data.myCommunities.pageInfo.endCursor;
  }
  return mine;
}

function MyCommunities({ userId }: { userId: string }) {
  const { data, error } = useLoader(`home-mine|${userId}`, loadMine);
  const pending = new Set(data?.filter((m) => m.pending).map((m) => m.community.id));
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t('home.mine')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <CommunityList
          level={3}
          communities={data.map((m) => m.community)}
          note={(c) => (pending.has(c.id) ? t('home.minePending') : null)}
          empty={t('home.mineNone')}
        />
      ) : null}
    </section>
  );
}

export function HomeScreen() {
  const { data, error } = useLoader('home', loadHome);
  const viewer = useStore(session);
  const national = data?.libraries.filter((l) => l.kind === 'NATIONAL') ?? [];
  const local = (data?.libraries.filter((l) => l.kind === 'LOCAL') ?? []).sort(byName);
  const nationalIds = new Set(national.map((l) => l.id));
  const communitiesOf = (libraryId: string) => data?.communities.filter((c) => c.libraryId === libraryId).sort(byName) ?? [];
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p class="lead">{t('home.intro')}</p>
      {viewer.status === 'signedIn' ? <MyCommunities userId={viewer.user.id} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="national-heading">
            <h2 id="national-heading">{t('home.national')}</h2>
            <CommunityList level={3} communities={data.communities.filter((c) => nationalIds.has(c.libraryId)).sort(byName)} />
          </section>
          <section aria-labelledby="libraries-heading">
            <h2 id="libraries-heading">{t('home.libraries')}</h2>
            {local.length ? (
              <ul class="library-list">
                {local.map((library) => (
                  <li key={library.id}>
                    <h3>
                      <Link href={paths.library(library.slug)}>{library.name}</Link>
                    </h3>
                    <CommunityList level={4} communities={communitiesOf(library.id)} />
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('home.noLibraries')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
