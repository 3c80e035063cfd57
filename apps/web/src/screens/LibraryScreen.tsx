import { request } from '../api/client';
import { LIBRARY, LIBRARY_COMMUNITIES, type CommunitySummary, type Connection, type LibrarySummary } from '../api/operations';
import { useLoader } from '../api/use-query';
import { CommunityList } from '../components/CommunityList';
import { PageHeading } from '../components/PageHeading';
import { Loading, ScreenError } from '../components/Status';
import { t } from '../i18n';

async function loadLibrary(slug: string) {
  const { library } = await request<{ library: LibrarySummary }>(LIBRARY, { slug });
  const { communities } = await request<{ communities: Connection<CommunitySummary> }>(LIBRARY_COMMUNITIES, { libraryId: library.id });
  return { library, communities: communities.edges.map((e) => e.node) };
}

/** A library in its house style (logo, colour, welcome text) and its communities. */
export function LibraryScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library|${slug}`, () => loadLibrary(slug));
  if (error) return <ScreenError title={t('library.title')} error={error} />;
  if (!data) return <Loading />;
  const { library } = data;
  // The colour comes through the CSSOM (allowed by the CSP), never as a style attribute.
  const brand = library.primaryColor ? { '--brand': library.primaryColor } : undefined;
  return (
    <div class="library-page" style={brand}>
      {library.logoUrl ? <img class="library-logo" src={library.logoUrl} alt={t('library.logo', { name: library.name })} /> : null}
      <PageHeading title={library.name} />
      <p class="lead">{library.kind === 'NATIONAL' ? t('library.national') : t('library.local')}</p>
      {library.welcomeText ? <p class="library-welcome">{library.welcomeText}</p> : null}
      <section aria-labelledby="library-communities">
        <h2 id="library-communities">{t('library.communities')}</h2>
        <CommunityList level={3} communities={data.communities} />
      </section>
    </div>
  );
}
