import '../../i18n/moderation';
import { REPORTS, RESOLVE_REPORT } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime, t } from '../../i18n';
import { Link, paths } from '../../router';
import { useAction } from './use-action';

const REASON = {
  ABUSE: 'report.ABUSE',
  OFF_TOPIC: 'report.OFF_TOPIC',
  OTHER: 'report.OTHER',
  PERSONAL_DATA: 'report.PERSONAL_DATA',
  SPAM: 'report.SPAM',
} as const;

/** Open reports, oldest first: dismiss, or act by hiding or removing what was reported. */
export function ReportsTab({ communityId }: { communityId: string }) {
  const { data, error, reload } = useQuery(REPORTS, { communityId });
  const action = useAction();
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const reports = data.reports.edges.map((e) => e.node);
  // Resolving one report resolves the others of the same item too: read the list again.
  const resolve = (reportId: string, outcome: 'DISMISSED' | 'ACTED', act?: 'HIDE' | 'REMOVE') =>
    action.run(reportId, RESOLVE_REPORT, { input: { reportId, outcome, action: act } }, t('manage.resolved'), reload);
  return (
    <>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {reports.length ? (
        <ul class="card-list">
          {reports.map((r) => (
            <li key={r.id} class="card">
              <h3 class="card-title">
                {r.thread ? (
                  <Link href={r.post ? paths.post(r.thread.id, r.post.seq) : paths.thread(r.thread.id)}>{r.thread.title}</Link>
                ) : (
                  t('manage.unavailable')
                )}
              </h3>
              <p class="card-meta">
                {t(REASON[r.reason])} · {r.reporter ? r.reporter.displayName : t('manage.automatic')} ·{' '}
                <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              </p>
              {r.post ? <p class="report-author">{t('reports.author', { name: r.post.author.displayName })}</p> : null}
              {r.note ? <p>{r.note}</p> : null}
              {r.post?.bodyHtml ? (
                <blockquote
                  class="post-body"
                  aria-label={t('manage.reportedText', { name: r.post.author.displayName })}
                  dangerouslySetInnerHTML={{ __html: r.post.bodyHtml }}
                />
              ) : null}
              <p class="actions">
                <button type="button" class="secondary" disabled={action.busy !== null} onClick={() => resolve(r.id, 'DISMISSED')}>
                  {t('manage.dismiss')}
                </button>{' '}
                <button type="button" disabled={action.busy !== null} onClick={() => resolve(r.id, 'ACTED', 'HIDE')}>
                  {t('manage.actHide')}
                </button>{' '}
                <button type="button" disabled={action.busy !== null} onClick={() => resolve(r.id, 'ACTED', 'REMOVE')}>
                  {t('manage.actRemove')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('manage.reportsEmpty')}</p>
      )}
    </>
  );
}
