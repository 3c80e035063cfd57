import { request } from '../../api/client';
import {
  EXPERTISE_CLAIMS,
  EXPERTISE_LOG,
  REJECT_EXPERTISE,
  REVOKE_EXPERTISE,
  VERIFY_EXPERTISE,
  type Claim,
  type ExpertiseLogEntry,
} from '../../api/operations-staff';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { formatDate, t } from '../../i18n';
import { paths } from '../../router';
import { LogTable } from '../manage/LogTable';
import { ReasonAction } from '../manage/ReasonAction';
import { useAction } from '../manage/use-action';
import { Refusal, loadForStaff, type StaffLibrary } from './staff';

type Action = ReturnType<typeof useAction>;
const ACTION_NAME = {
  VERIFIED: 'review.action.VERIFIED',
  REJECTED: 'review.action.REJECTED',
  REVOKED: 'review.action.REVOKED',
  WITHDRAWN: 'review.action.WITHDRAWN',
} as const;

async function loadReview(library: StaffLibrary) {
  const [claims, log] = await Promise.all([
    request(EXPERTISE_CLAIMS, { libraryId: library.id }),
    request(EXPERTISE_LOG, { libraryId: library.id }),
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
 * A library's review of expertise, for its staff: the open claims made at it (verify
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
            {log.length ? (
              <LogTable
                caption={t('review.log')}
                entries={log}
                what={(e) => t(ACTION_NAME[e.action])}
                extra={[
                  { title: t('review.expert'), cell: (e) => e.expert?.displayName ?? '' },
                  { title: t('review.topic'), cell: (e) => e.topic },
                ]}
              />
            ) : (
              <p class="muted">{t('review.logEmpty')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function ClaimCard({ claim, libraryId, action, done }: { claim: Claim; libraryId: string; action: Action; done(): void }) {
  const name = claim.user.displayName;
  const who = { topic: claim.topic, name };
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
          onClick={() =>
            action.run(claim.id, VERIFY_EXPERTISE, { input: { expertiseId: claim.id, libraryId } }, t('review.verified', who), done)
          }
        >
          {t('review.verify')}
        </button>
      </p>
      <ReasonAction
        id={`reject-${claim.id}`}
        label={t('review.rejectReason', who)}
        button={t('review.reject')}
        buttonLabel={t('review.rejectLabel', who)}
        maxLength={500}
        busy={action.busy !== null}
        act={(reason) =>
          action.run(claim.id, REJECT_EXPERTISE, { input: { expertiseId: claim.id, libraryId, reason } }, t('review.rejected', who), done)
        }
      />
    </li>
  );
}

function VerifiedCard({ entry, action, done }: { entry: ExpertiseLogEntry; action: Action; done(): void }) {
  const name = entry.expert?.displayName ?? '';
  const who = { topic: entry.topic, name };
  return (
    <li class="card">
      <h3 class="card-title">{entry.topic}</h3>
      <p class="card-meta">
        {name} · {t('review.verifiedOn', { date: formatDate(entry.createdAt) })}
      </p>
      <ReasonAction
        id={`revoke-${entry.expertiseId}`}
        label={t('review.revokeReason', who)}
        button={t('review.revoke')}
        buttonLabel={t('review.revokeLabel', who)}
        maxLength={500}
        busy={action.busy !== null}
        act={(reason) =>
          action.run(
            entry.expertiseId,
            REVOKE_EXPERTISE,
            { input: { expertiseId: entry.expertiseId, reason } },
            t('review.revoked', who),
            done,
          )
        }
      />
    </li>
  );
}
