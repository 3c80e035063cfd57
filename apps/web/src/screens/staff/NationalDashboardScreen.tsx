import '../../i18n/lazy';
import { NATIONAL_DASHBOARD } from '../../api/operations-staff';
import { request } from '../../api/client';
import { useLoader } from '../../api/use-query';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ScreenError } from '../../components/Status';
import { locale, t } from '../../i18n';
import { Link, paths } from '../../router';
import { CsvLink, FigureList, WEEKS, duration } from '../figures/FiguresView';
import { ReachView } from '../figures/ReachView';
import { TemplateAdoptionTable } from '../onboarding/TemplateAdoptionTable';
import { ProgrammeSection } from '../academy/ProgrammeSection';
import { Refusal, unlessRefused } from './staff';

const loadDashboard = () => unlessRefused(request(NATIONAL_DASHBOARD, { weeks: WEEKS }).then((d) => d.nationalDashboard));

/** A week's first day, short ("5 okt."): the weekly table has a column per week. */
const weekOf = (iso: string) => new Intl.DateTimeFormat(locale.get(), { day: 'numeric', month: 'short' }).format(new Date(iso));

const yesNo = (value: boolean) => (value ? t('national.yes') : t('national.no'));

/** The national foundation's dashboard: every local library against the strategy's targets, with the CSV download. */
export function NationalDashboardScreen() {
  const { data, error } = useLoader('national-dashboard', loadDashboard);
  if (error) return <ScreenError title={t('national.title')} error={error} />;
  if (!data) return <Loading />;
  const d = data.data;
  const weeks = d?.perLibrary[0]?.trend.map((w) => w.weekStart) ?? [];
  return (
    <>
      <PageHeading title={t('national.title')} />
      {data.refused ? (
        <Refusal refused={data.refused} notAllowed={t('national.notAllowed')} />
      ) : d ? (
        <>
          <p class="lead">{t('national.intro')}</p>
          <ProgrammeSection />
          <FigureList
            rows={[
              [t('national.libraries'), d.libraries],
              [t('national.present'), d.librariesPresent],
              [t('national.facilitating'), d.librariesFacilitating],
              [t('national.median'), duration(d.medianFirstReplySeconds)],
            ]}
          />
          <h2 id="national-per-library">{t('national.perLibrary')}</h2>
          {d.perLibrary.length ? (
            <table class="data-table" aria-labelledby="national-per-library">
              <thead>
                <tr>
                  <th scope="col">{t('national.library')}</th>
                  <th scope="col">{t('national.presentCol')}</th>
                  <th scope="col">{t('national.facilitatingCol')}</th>
                  <th scope="col">{t('national.medianCol')}</th>
                  <th scope="col">{t('reach.pageViews')}</th>
                  <th scope="col">{t('reach.followers')}</th>
                  <th scope="col">{t('reach.clicks')}</th>
                </tr>
              </thead>
              <tbody>
                {d.perLibrary.map((l) => (
                  <tr key={l.library.id}>
                    <th scope="row">
                      <Link href={paths.library(l.library.slug)}>{l.library.name}</Link>
                    </th>
                    <td data-label={t('national.presentCol')}>{yesNo(l.present)}</td>
                    <td data-label={t('national.facilitatingCol')}>{yesNo(l.facilitatesValueNetwork)}</td>
                    <td data-label={t('national.medianCol')}>{duration(l.medianFirstReplySeconds)}</td>
                    <td data-label={t('reach.pageViews')}>{l.pageViews}</td>
                    <td data-label={t('reach.followers')}>{l.followers}</td>
                    <td data-label={t('reach.clicks')}>{l.catalogueClicks}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p class="muted">{t('national.none')}</p>
          )}
          {d.perLibrary.length ? (
            <>
              <h2 id="national-trend">{t('national.trend')}</h2>
              {/* Wide: it scrolls sideways on its own, and takes the focus so the keyboard can scroll it. */}
              <div class="table-scroll" role="region" aria-labelledby="national-trend" tabIndex={0}>
                <table class="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('national.library')}</th>
                      {weeks.map((w) => (
                        <th key={w} scope="col">
                          <time dateTime={w}>{weekOf(w)}</time>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {d.perLibrary.map((l) => (
                      <tr key={l.library.id}>
                        <th scope="row">{l.library.name}</th>
                        {l.trend.map((w) => (
                          <td key={w.weekStart} data-label={weekOf(w.weekStart)}>
                            {duration(w.medianFirstReplySeconds)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <ReachView reach={d.reach} level={2} />
          <TemplateAdoptionTable />
          <p>
            <Link href={paths.nationalTemplates()}>{t('tpl.link')}</Link>
          </p>
          <CsvLink path={`/api/figures/national.csv?weeks=${WEEKS}`} fileName="national-dashboard.csv" label={t('national.csv')} />
        </>
      ) : null}
    </>
  );
}
