import { useState } from 'preact/hooks';
import { FIGURES, type FiguresData } from '../../api/operations-manage';
import { currentAccessToken } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate, t, tn } from '../../i18n';

const WEEKS = 8;

/** Seconds as the largest sensible unit ("3 h 20 min"); a dash when there is nothing to measure. */
function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('figures.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('figures.hoursMinutes', { h: hours, m: minutes % 60 });
  return t('figures.days', { n: Math.round(hours / 24) });
}
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** The CSV comes from a plain GET that needs the bearer token: fetched here, then saved from a blob. */
async function downloadCsv(communityId: string): Promise<void> {
  const token = await currentAccessToken();
  const res = await fetch(`/api/figures/communities/${encodeURIComponent(communityId)}.csv?weeks=${WEEKS}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `figures-${communityId}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function FiguresTab({ communityId }: { communityId: string }) {
  const { data, error } = useQuery<FiguresData>(FIGURES, { communityId, weeks: WEEKS });
  const [csvFailed, setCsvFailed] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const f = data.communityFigures;
  const rows: [string, string | number][] = [
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
      <dl class="figures">
        {rows.map(([label, value]) => (
          <div key={label} class="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('figures.weekly')}</h3>
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
              <td>{w.newThreads}</td>
              <td>{w.newPosts}</td>
              <td>{duration(w.medianFirstReplySeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('figures.top')}</h3>
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
      <p>
        <a
          href={`/api/figures/communities/${encodeURIComponent(communityId)}.csv`}
          onClick={(e) => {
            e.preventDefault();
            setCsvFailed(false);
            downloadCsv(communityId).catch(() => setCsvFailed(true));
          }}
        >
          {t('figures.csv')}
        </a>
      </p>
      {csvFailed ? (
        <p class="error" role="alert">
          {t('figures.csvFailed')}
        </p>
      ) : null}
    </>
  );
}
