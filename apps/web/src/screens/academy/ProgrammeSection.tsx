import '../../i18n/academy';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ACADEMY_ACCESS, NATIONAL_PROGRAMME, SET_PROGRAMME_TARGETS, type NationalProgramme } from '../../api/operations-academy';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { LineChart } from '../../components/charts/LineChart';
import { PhaseStrip, phaseSummary } from '../../components/charts/PhaseTimeline';
import { TargetBars } from '../../components/charts/TargetBars';
import { ErrorMessage, FormFailure, Loading } from '../../components/Status';
import { locale, t } from '../../i18n';
import { Link, paths } from '../../router';
import { CsvLink, WEEKS } from '../figures/FiguresView';
import { unlessRefused } from '../staff/staff';
import { shortDate } from './AcademyScreen';

const weekOf = (iso: string) => new Intl.DateTimeFormat(locale.get(), { day: 'numeric', month: 'short' }).format(new Date(iso));

async function loadProgramme() {
  const programme = await unlessRefused(request(NATIONAL_PROGRAMME, { weeks: WEEKS }).then((d) => d.nationalDashboard));
  const { academyAccess } = await request(ACADEMY_ACCESS);
  return { programme: programme.data, canEditTargets: academyAccess.canEditTargets };
}

/**
 * The national programme on the national dashboard (issue #18 asks 5 and 8): trained, present and facilitating
 * libraries against their targets (bars), the same per week (a line chart with a table), per library with each one's
 * phases over the weeks (a strip of blocks beside the same in words: when it became and stopped being each), the CSV,
 * and for national admins a form to change the targets.
 */
export function ProgrammeSection() {
  const { data, error, update } = useLoader('national-programme', loadProgramme);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const p = data.programme;
  if (!p) return null;
  const history = p.phaseHistory;
  const last = history[history.length - 1];
  return (
    <section aria-labelledby="programme-heading" class="programme">
      <h2 id="programme-heading">{t('programme.title')}</h2>
      <p>{t('programme.intro')}</p>
      <h3 id="programme-targets">{t('programme.againstTargets')}</h3>
      <TargetBars
        labelledBy="programme-targets"
        rows={[
          { label: t('programme.trained'), value: p.librariesTrained, target: p.targets.trained },
          { label: t('programme.present'), value: p.librariesPresent, target: p.targets.present },
          { label: t('programme.facilitating'), value: p.librariesFacilitating, target: p.targets.facilitating },
        ]}
      />
      <LineChart
        id="programme-chart"
        title={t('programme.overTime')}
        summary={t('programme.chartSummary', {
          trained: last?.trained ?? 0,
          trainedTarget: p.targets.trained,
          present: last?.present ?? 0,
          presentTarget: p.targets.present,
          facilitating: last?.facilitating ?? 0,
          facilitatingTarget: p.targets.facilitating,
        })}
        labelHeading={t('chart.week')}
        labels={history.map((w) => weekOf(w.weekStart))}
        series={[
          { name: t('programme.trained'), values: history.map((w) => w.trained) },
          { name: t('programme.present'), values: history.map((w) => w.present) },
          { name: t('programme.facilitating'), values: history.map((w) => w.facilitating) },
        ]}
      />
      <h3 id="programme-per-library">{t('programme.perLibrary')}</h3>
      <table class="data-table" aria-labelledby="programme-per-library">
        <thead>
          <tr>
            <th scope="col">{t('national.library')}</th>
            <th scope="col">{t('programme.trained')}</th>
            <th scope="col">{t('programme.present')}</th>
            <th scope="col">{t('programme.facilitating')}</th>
            <th scope="col">{t('phases.overTime')}</th>
          </tr>
        </thead>
        <tbody>
          {p.perLibrary.map((l) => (
            <tr key={l.library.id}>
              <th scope="row">
                <Link href={paths.library(l.library.slug)}>{l.library.name}</Link>
              </th>
              <td data-label={t('programme.trained')}>
                {l.trained && l.trainedAt ? t('programme.trainedSince', { date: shortDate(l.trainedAt) }) : t('programme.no')}
              </td>
              <td data-label={t('programme.present')}>{l.present ? t('programme.yes') : t('programme.no')}</td>
              <td data-label={t('programme.facilitating')}>{l.facilitatesValueNetwork ? t('programme.yes') : t('programme.no')}</td>
              <td data-label={t('phases.overTime')} class="phase-cell">
                <PhaseStrip history={l.phaseHistory} />
                <ul class="phase-summary">
                  {phaseSummary(l.phaseHistory).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvLink path={`/api/academy/programme.csv?weeks=${WEEKS}`} fileName="national-programme.csv" label={t('programme.csv')} />
      {data.canEditTargets ? (
        <TargetsForm
          targets={p.targets}
          saved={(targets) => update((d) => (d.programme ? { ...d, programme: { ...d.programme, targets } } : d))}
        />
      ) : null}
    </section>
  );
}

function TargetsForm({ targets, saved }: { targets: NationalProgramme['targets']; saved: (t: NationalProgramme['targets']) => void }) {
  const [values, setValues] = useState({
    trained: String(targets.trained),
    present: String(targets.present),
    facilitating: String(targets.facilitating),
  });
  const [failure, setFailure] = useState<string | ApiError | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    setDone(false);
    try {
      const input = { trained: Number(values.trained), present: Number(values.present), facilitating: Number(values.facilitating) };
      const { setProgrammeTargets } = await request(SET_PROGRAMME_TARGETS, { input });
      saved(setProgrammeTargets);
      setDone(true);
      announce(t('programme.targetsSaved'));
    } catch (err) {
      setFailure(asApiError(err));
    }
  };
  const field = (key: keyof typeof values, label: string) => (
    <div class="field">
      <label for={`target-${key}`}>{label}</label>
      <input
        id={`target-${key}`}
        type="number"
        inputMode="numeric"
        min={0}
        max={10000}
        value={values[key]}
        onInput={(e) => setValues((v) => ({ ...v, [key]: e.currentTarget.value }))}
      />
    </div>
  );
  return (
    <form onSubmit={submit} aria-labelledby="programme-targets-form" class="card">
      <h3 id="programme-targets-form">{t('programme.targets')}</h3>
      <p class="hint">{t('programme.targetsHint')}</p>
      {field('trained', t('programme.trained'))}
      {field('present', t('programme.present'))}
      {field('facilitating', t('programme.facilitating'))}
      <FormFailure failure={failure} />
      {done ? <p class="notice">{t('programme.targetsSaved')}</p> : null}
      <button type="submit">{t('programme.saveTargets')}</button>
    </form>
  );
}
