import { request } from '../api/client';
import type { HomeQuery } from '../api/generated/graphql';
import { HOME, type CommunitySummary, type LibrarySummary } from '../api/operations';
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

export function HomeScreen() {
  const { data, error } = useLoader('home', loadHome);
  const national = data?.libraries.filter((l) => l.kind === 'NATIONAL') ?? [];
  const local = (data?.libraries.filter((l) => l.kind === 'LOCAL') ?? []).sort(byName);
  const nationalIds = new Set(national.map((l) => l.id));
  const communitiesOf = (libraryId: string) => data?.communities.filter((c) => c.libraryId === libraryId).sort(byName) ?? [];
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p class="lead">{t('home.intro')}</p>
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
