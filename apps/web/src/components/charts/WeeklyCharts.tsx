/**
 * A community's or a library's weeks as charts (issue #18 ask 8): activity (new threads, replies) and the median
 * time to a first reply, each with its table under "Toon als tabel". The weekly table below them stays as it is.
 */
import '../../i18n/academy';
import { useRef } from 'preact/hooks';
import { locale, t } from '../../i18n';
import { LineChart } from './LineChart';

interface Week {
  weekStart: string;
  newThreads: number;
  newPosts: number;
  medianFirstReplySeconds?: number | null;
}

const weekOf = (iso: string) => new Intl.DateTimeFormat(locale.get(), { day: 'numeric', month: 'short' }).format(new Date(iso));
const minutes = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? null : Math.round(seconds / 6) / 10);

let made = 0;

export function WeeklyCharts({ weeks }: { weeks: Week[] }) {
  // Unique on the page, however many figures it shows.
  const id = useRef(`weekly-${++made}`).current;
  if (!weeks.length) return null;
  const labels = weeks.map((w) => weekOf(w.weekStart));
  const last = weeks[weeks.length - 1];
  const latestReply = minutes(last.medianFirstReplySeconds);
  return (
    <div class="chart-pair">
      <LineChart
        id={`${id}-activity`}
        title={t('figures.chartActivity')}
        summary={t('figures.chartActivitySummary', { n: weeks.length, threads: last.newThreads, posts: last.newPosts })}
        labelHeading={t('chart.week')}
        labels={labels}
        series={[
          { name: t('figures.chartThreads'), values: weeks.map((w) => w.newThreads) },
          { name: t('figures.chartPosts'), values: weeks.map((w) => w.newPosts) },
        ]}
      />
      <LineChart
        id={`${id}-reply`}
        title={t('figures.chartReply')}
        summary={t('figures.chartReplySummary', { latest: latestReply === null ? '–' : latestReply })}
        labelHeading={t('chart.week')}
        labels={labels}
        series={[{ name: t('figures.chartReplySeries'), values: weeks.map((w) => minutes(w.medianFirstReplySeconds)) }]}
      />
    </div>
  );
}
