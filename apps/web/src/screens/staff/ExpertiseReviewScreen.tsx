import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import {
  EXPERTISE_CLAIMS, EXPERTISE_LOG, REJECT_EXPERTISE, REVOKE_EXPERTISE, VERIFY_EXPERTISE,
  type Claim, type ExpertiseClaimsData, type ExpertiseLogData, type ExpertiseLogEntry,
} from '../../api/operations-staff';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { formatDate, formatDateTime, t } from '../../i18n';
import { paths } from '../../router';
import { useAction } from '../manage/use-action';
import { Refusal, loadForStaff, type StaffLibrary } from './staff';

type Action = ReturnType<typeof useAction>;
const ACTION_NAME = {
  VERIFIED: 'review.action.VERIFIED', REJECTED: 'review.action.REJECTED', REVOKED: 'review.action.REVOKED', WITHDRAWN: 'review.action.WITHDRAWN',
} as const;

async function loadReview(library: StaffLibrary) {
  const [claims, log] = await Promise.all([
    request<ExpertiseClaimsData>(EXPERTISE_CLAIMS, { libraryId: library.id }),
    request<ExpertiseLogData>(EXPERTISE_LOG, { libraryId: library.id }),
  ]);
  return { claims: claims.expertiseClaims, log: log.expertiseLog };
}

/** The verifications of this library that still stand, newest first, read from its log and the experts' expertise now. */
function standing(log: ExpertiseLogEntry[], libraryId: string): ExpertiseLogEntry[] {
  const seen = new Set<string>();
  return log.filter((e) => {
    if (e.action !== 'VERIFIED' || seen.has(e.expertiseId)) return false;
    seen.add(e.expertiseId);
    const now = e.expert?.expertise.find((x) => x.id === e.expertiseId);
    return now?.state === 'VERIFIED' && now.libraryId === libraryId;
  });
}

/**
 * A library's review of expertise, for its staff: the open claims of people in its communities (verify
 * or reject, with a reason, in its name), the expertise it verified (revoke, with a reason), and its log.
 */
export function ExpertiseReviewScreen({ slug }: { slug: string }) {
  const { data, error, reload } = useLoader(`expertise-review|${slug}`, () => loadForStaff(slug, loadReview));
  const action = useAction();
  if (error) return <ScreenError title={t('library.expertise')} error={error} />;
  if (!data) return <Loading />;
  const { library } = data;
  const review = data.data;
  const log = review?.log.edges.map((e) => e.node) ?? [];
  const current = standing(log, library.id);
  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('review.title', { name: library.name })} />
      {data.refused ? <Refusal refused={data.refused} notAllowed={t('staff.notAllowed', { library: library.name })} /> : null}
      {review ? (
        <>
          {action.error ? <ErrorMessage error={action.error} /> : null}
          <section aria-labelledby="review-claims">
            <h2 id="review-claims">{t('review.claims')}</h2>
            <p class="muted">{t('review.claimsIntro')}</p>
            {review.claims.edges.length ? (
              <ul class="card-list">
                {review.claims.edges.map(({ node }) => (
                  <ClaimCard key={node.id} claim={node} libraryId={library.id} action={action} done={reload} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('review.noClaims')}</p>
            )}
          </section>
          <section aria-labelledby="review-current">
            <h2 id="review-current">{t('review.current')}</h2>
            {current.length ? (
              <ul class="card-list">
                {current.map((e) => (
                  <VerifiedCard key={e.expertiseId} entry={e} action={action} done={reload} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('review.noCurrent')}</p>
            )}
          </section>
          <section aria-labelledby="review-log">
            <h2 id="review-log">{t('review.log')}</h2>
            {log.length ? <LogTable entries={log} /> : <p class="muted">{t('review.logEmpty')}</p>}
          </section>
        </>
      ) : null}
    </>
  );
}

function ClaimCard({ claim, libraryId, action, done }: { claim: Claim; libraryId: string; action: Action; done(): void }) {
  const [reason, setReason] = useState('');
  const name = claim.user.displayName;
  const who = { topic: claim.topic, name };
  const field = `reject-${claim.id}`;
  return (
    <li class="card">
      <h3 class="card-title">{claim.topic}</h3>
      <p class="card-meta">
        {name} · <time dateTime={claim.createdAt}>{formatDate(claim.createdAt)}</time>
      </p>
      {claim.evidence ? (
        <p class="card-text">
          <strong>{t('review.evidence')}:</strong> {claim.evidence}
        </p>
      ) : null}
      <p class="actions">
        <button
          type="button"
          aria-label={t('review.verifyLabel', who)}
          disabled={action.busy !== null}
          onClick={() => action.run(claim.id, VERIFY_EXPERTISE, { input: { expertiseId: claim.id, libraryId } }, t('review.verified', who), done)}
        >
          {t('review.verify')}
        </button>
      </p>
      <div class="field">
        <label for={field}>{t('review.rejectReason', who)}</label>
        <input id={field} maxLength={500} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          aria-label={t('review.rejectLabel', who)}
          disabled={action.busy !== null || !reason.trim()}
          onClick={() => action.run(claim.id, REJECT_EXPERTISE, { input: { expertiseId: claim.id, libraryId, reason: reason.trim() } }, t('review.rejected', who), done)}
        >
          {t('review.reject')}
        </button>
      </p>
    </li>
  );
}

function VerifiedCard({ entry, action, done }: { entry: ExpertiseLogEntry; action: Action; done(): void }) {
  const [reason, setReason] = useState('');
  const name = entry.expert?.displayName ?? '';
  const who = { topic: entry.topic, name };
  const field = `revoke-${entry.expertiseId}`;
  return (
    <li class="card">
      <h3 class="card-title">{entry.topic}</h3>
      <p class="card-meta">
        {name} · {t('review.verifiedOn', { date: formatDate(entry.createdAt) })}
      </p>
      <div class="field">
        <label for={field}>{t('review.revokeReason', who)}</label>
        <input id={field} maxLength={500} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          aria-label={t('review.revokeLabel', who)}
          disabled={action.busy !== null || !reason.trim()}
          onClick={() => action.run(entry.expertiseId, REVOKE_EXPERTISE, { input: { expertiseId: entry.expertiseId, reason: reason.trim() } }, t('review.revoked', who), done)}
        >
          {t('review.revoke')}
        </button>
      </p>
    </li>
  );
}

function LogTable({ entries }: { entries: ExpertiseLogEntry[] }) {
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t('review.log')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('manage.when')}</th>
          <th scope="col">{t('manage.who')}</th>
          <th scope="col">{t('manage.what')}</th>
          <th scope="col">{t('review.expert')}</th>
          <th scope="col">{t('review.topic')}</th>
          <th scope="col">{t('manage.why')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
            </td>
            <td>{e.actor?.displayName ?? t('manage.system')}</td>
            <td>
              {t(ACTION_NAME[e.action])}
              {e.details ? <span class="muted"> ({e.details})</span> : null}
            </td>
            <td>{e.expert?.displayName ?? ''}</td>
            <td>{e.topic}</td>
            <td>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
