import { request } from '../api/client';
import { LIBRARY, LIBRARY_COMMUNITIES, type CommunitySummary, type Connection, type LibrarySummary } from '../api/operations';
import { useLoader } from '../api/use-query';
import { CommunityList } from '../components/CommunityList';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading } from '../components/Status';
import { t } from '../i18n';
import { Link, paths } from '../router';

async function loadLibrary(slug: string) {
  const { library } = await request<{ library: LibrarySummary }>(LIBRARY, { slug });
  const { communities } = await request<{ communities: Connection<CommunitySummary> }>(LIBRARY_COMMUNITIES, { libraryId: library.id });
  return { library, communities: communities.edges.map((e) => e.node) };
}

/** A library and its communities (its house style comes later). */
export function LibraryScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library|${slug}`, () => loadLibrary(slug));
  if (error) {
    return (
      <>
        <PageHeading title={t('library.title')} />
        <ErrorMessage error={error} />
        <p>
          <Link href={paths.home()}>{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  if (!data) return <Loading />;
  return (
    <>
      <PageHeading title={data.library.name} />
      <p class="lead">{data.library.kind === 'NATIONAL' ? t('library.national') : t('library.local')}</p>
      <section aria-labelledby="library-communities">
        <h2 id="library-communities">{t('library.communities')}</h2>
        <CommunityList level={3} communities={data.communities} />
      </section>
    </>
  );
}
