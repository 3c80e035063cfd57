import { useState } from 'preact/hooks';
import type { Figures } from '../../api/operations-figures';
import { currentAccessToken } from '../../api/session';
import { formatDate, t, tn } from '../../i18n';
import { ReachView } from './ReachView';
import { WeeklyCharts } from '../../components/charts/WeeklyCharts';

/** How many calendar weeks the figures screens ask for (and their CSV downloads). */
export const WEEKS = 8;

/** Seconds as the largest sensible unit ("3 h 20 min"); a dash when there is nothing to measure. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('figures.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('figures.hoursMinutes', { h: hours, m: minutes % 60 });
  return t('figures.days', { n: Math.round(hours / 24) });
}
export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** The CSV comes from a plain GET that needs the bearer token: fetched here, then saved from a blob. */
export async function downloadCsv(path: string, fileName: string): Promise<void> {
  const token = await currentAccessToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A link to a CSV download (/api/figures/…): followed with the access token, saved as `fileName`. */
export function CsvLink({ path, fileName, label }: { path: string; fileName: string; label: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <p>
        <a
          href={path}
          onClick={(e) => {
            e.preventDefault();
            setFailed(false);
            downloadCsv(path, fileName).catch(() => setFailed(true));
          }}
        >
          {label}
        </a>
      </p>
      {failed ? (
        <p class="error" role="alert">
          {t('figures.csvFailed')}
        </p>
      ) : null}
    </>
  );
}

/** Label and value pairs as a grid of figures. */
export function FigureList({ rows }: { rows: [string, string | number][] }) {
  return (
    <dl class="figures">
      {rows.map(([label, value]) => (
        <div key={label} class="figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A community's or a library's figures: the totals, the weeks, the most active; `level` is the level of its subheadings. */
export function FiguresView({
  figures: f,
  before = [],
  level = 3,
}: {
  figures: Figures;
  before?: [string, string | number][];
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const rows: [string, string | number][] = [
    ...before,
    [t('figures.members'), f.members],
    [t('figures.active7'), f.activeMembers7d],
    [t('figures.active30'), f.activeMembers30d],
    [t('figures.medianFirstReply'), duration(f.medianFirstReplySeconds)],
    [t('figures.questions'), f.questions],
    [t('figures.answered'), f.answeredQuestions],
    [t('figures.accepted'), f.acceptedQuestions],
    [t('figures.unanswered'), f.unansweredQuestions],
    [t('figures.expertShare'), percent(f.expertAnswerShare)],
  ];
  return (
    <>
      <FigureList rows={rows} />
      <Heading>{t('figures.weekly')}</Heading>
      <WeeklyCharts weeks={f.weeks} />
      <table class="data-table">
        <caption class="visually-hidden">{t('figures.weekly')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.week')}</th>
            <th scope="col">{t('figures.newThreads')}</th>
            <th scope="col">{t('figures.newPosts')}</th>
            <th scope="col">{t('figures.medianFirstReply')}</th>
          </tr>
        </thead>
        <tbody>
          {f.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatDate(w.weekStart)}</th>
              <td data-label={t('figures.newThreads')}>{w.newThreads}</td>
              <td data-label={t('figures.newPosts')}>{w.newPosts}</td>
              <td data-label={t('figures.medianFirstReply')}>{duration(w.medianFirstReplySeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Heading>{t('figures.top')}</Heading>
      {f.topContributors.length ? (
        <ol>
          {f.topContributors.map((c) => (
            <li key={c.user.id}>
              {c.user.displayName}: {tn('figures.posts', c.posts)}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('figures.noContributors')}</p>
      )}
      <ReachView reach={f.reach} level={level} />
    </>
  );
}
