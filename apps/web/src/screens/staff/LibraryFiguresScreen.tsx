import { request } from '../../api/client';
import { LIBRARY_FIGURES } from '../../api/operations-staff';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PhaseTimeline } from '../../components/charts/PhaseTimeline';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ScreenError } from '../../components/Status';
import { t } from '../../i18n';
import { paths } from '../../router';
import { CsvLink, FiguresView, WEEKS } from '../figures/FiguresView';
import { CommunityReachTable } from '../figures/ReachView';
import { Refusal, loadForStaff } from './staff';

/** A library's figures over all its communities, for its staff, with the CSV download, and its programme phases per week (issue #18 ask 5). */
export function LibraryFiguresScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library-figures|${slug}`, () =>
    loadForStaff(slug, (library) => request(LIBRARY_FIGURES, { libraryId: library.id, weeks: WEEKS })),
  );
  if (error) return <ScreenError title={t('library.figures')} error={error} />;
  if (!data) return <Loading />;
  const { library } = data;
  const f = data.data?.libraryFigures;
  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('libraryFigures.title', { name: library.name })} />
      {data.refused ? (
        <Refusal refused={data.refused} notAllowed={t('staff.notAllowed', { library: library.name })} />
      ) : f ? (
        <>
          <p class="lead">{t('libraryFigures.intro', { weeks: WEEKS })}</p>
          <FiguresView figures={f} before={[[t('libraryFigures.communities'), f.communities]]} level={2} />
          <CommunityReachTable rows={f.communityReach} />
          <CsvLink
            path={`/api/figures/libraries/${encodeURIComponent(library.id)}.csv?weeks=${WEEKS}`}
            fileName={`figures-${library.slug}.csv`}
            label={t('figures.csv')}
          />
          <section aria-labelledby="library-phases-heading">
            <h2 id="library-phases-heading">{t('phases.libraryTitle')}</h2>
            <p>{t('phases.libraryIntro')}</p>
            <PhaseTimeline id="library-phases" title={t('phases.perLibraryTitle', { name: library.name })} history={f.phaseHistory} />
            <CsvLink
              path={`/api/academy/libraries/${encodeURIComponent(library.id)}/phases.csv?weeks=${WEEKS}`}
              fileName={`phases-${library.slug}.csv`}
              label={t('phases.csv')}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
