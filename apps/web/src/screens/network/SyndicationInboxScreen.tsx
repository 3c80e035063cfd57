import '../../i18n/lazy';
import '../../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { SyndicationState } from '../../api/generated/graphql';
import {
  ACCEPT_SYNDICATION,
  DECLINE_SYNDICATION,
  SYNDICATION_COMMUNITY,
  SYNDICATION_INBOX,
  WITHDRAW_SYNDICATION,
  type InboxEntry,
} from '../../api/operations-network-admin';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { MoreButton } from '../../components/MoreButton';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { syndicationState } from '../../components/SyndicationPanel';
import { formatDate, t } from '../../i18n';
import { Link, paths } from '../../router';
import { ReasonAction } from '../manage/ReasonAction';
import { useAction } from '../manage/use-action';
import { Refusal, unlessRefused } from '../staff/staff';

const STATES: SyndicationState[] = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];

/** A national community's editors' inbox: chapter threads proposed to it, to accept or decline (with a reason); accepted ones to withdraw. */
export function SyndicationInboxScreen({ slug }: { slug: string }) {
  const [state, setState] = useState<SyndicationState>('PROPOSED');
  const { data, error, reload, update } = useLoader(`syndication-inbox|${slug}|${state}`, async () => {
    const { community } = await request(SYNDICATION_COMMUNITY, { slug });
    const inbox = community.isNational
      ? await unlessRefused(request(SYNDICATION_INBOX, { communityId: community.id, state }))
      : { data: null, refused: null };
    return { community, ...inbox };
  });
  const action = useAction();
  if (error) return <ScreenError title={t('net.inboxHeading')} error={error} />;
  if (!data) return <Loading />;
  const { community } = data;

  const more = async () => {
    const after = data.data?.syndicationProposals.pageInfo.endCursor;
    const next = await request(SYNDICATION_INBOX, { communityId: community.id, state, after });
    update((d) =>
      d.data
        ? {
            ...d,
            data: {
              syndicationProposals: {
                edges: [...d.data.syndicationProposals.edges, ...next.syndicationProposals.edges],
                pageInfo: next.syndicationProposals.pageInfo,
              },
            },
          }
        : d,
    );
  };

  const entries = data.data?.syndicationProposals.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Breadcrumb parents={[{ href: paths.community(community.slug), label: community.name }]} />
      <PageHeading title={t('net.inboxTitle', { name: community.name })} />
      {!community.isNational ? (
        <p class="error">{t('net.notNational')}</p>
      ) : data.refused ? (
        <Refusal refused={data.refused} notAllowed={t('net.editorsOnly', { name: community.name })} />
      ) : (
        <>
          <p class="lead">{t('net.inboxIntro')}</p>
          <div class="field">
            <label for="inbox-state">{t('net.show')}</label>
            <select id="inbox-state" value={state} onChange={(e) => setState(e.currentTarget.value as SyndicationState)}>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {syndicationState(s)}
                </option>
              ))}
            </select>
          </div>
          {action.error ? <ErrorMessage error={action.error} /> : null}
          {entries.length ? (
            <ul class="card-list" aria-label={syndicationState(state)}>
              {entries.map((s) => (
                <InboxCard key={s.id} s={s} busy={action.busy === s.id} run={action.run} done={reload} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('net.inboxEmpty')}</p>
          )}
          <MoreButton hasMore={!!data.data?.syndicationProposals.pageInfo.hasNextPage} label={t('net.more')} load={more} />
        </>
      )}
    </>
  );
}

function InboxCard({ s, busy, run, done }: { s: InboxEntry; busy: boolean; run: ReturnType<typeof useAction>['run']; done(): void }) {
  const title = s.thread?.title ?? t('net.unreadableThread');
  return (
    <li class="card">
      <h2 class="thread-title">{s.thread ? <Link href={paths.thread(s.thread.id)}>{s.thread.title}</Link> : title}</h2>
      <p class="card-meta">
        {s.fromLibrary ? t('net.fromLibrary', { library: s.fromLibrary.name }) : null}
        {/* From a chapter on another Waardenet: as that server names it, with a link to the original. */}
        {s.origin ? (
          <>
            {t('net.fromRemote', { library: s.origin.libraryName ?? s.origin.instance, instance: s.origin.instance })}
            {s.origin.communityName ? ` (${s.origin.communityName})` : null}
            {s.origin.url ? (
              <>
                {' · '}
                <a href={s.origin.url} rel="noopener">
                  {t('net.original')}
                </a>
              </>
            ) : null}
          </>
        ) : null}
        {s.fromCommunity ? (
          <>
            {' '}
            (<Link href={paths.community(s.fromCommunity.slug)}>{s.fromCommunity.name}</Link>)
          </>
        ) : null}{' '}
        · {t('net.proposedOn', { date: formatDate(s.proposedAt), name: s.proposedBy.displayName })}
        {s.decidedAt && s.decidedBy ? ` · ${t('net.decidedOn', { date: formatDate(s.decidedAt), name: s.decidedBy.displayName })}` : null}
      </p>
      {s.reason ? <p class="card-text">{t('net.reasonWas', { reason: s.reason })}</p> : null}
      {s.state === 'PROPOSED' ? (
        <>
          <p class="actions">
            <button
              type="button"
              disabled={busy}
              aria-label={t('net.acceptOf', { title })}
              onClick={() => void run(s.id, ACCEPT_SYNDICATION, { id: s.id }, t('net.accepted', { title }), done)}
            >
              {t('net.accept')}
            </button>
          </p>
          <ReasonAction
            id={`decline-${s.id}`}
            label={t('net.declineReason')}
            button={t('net.decline')}
            buttonLabel={t('net.declineOf', { title })}
            maxLength={500}
            busy={busy}
            act={(reason) => void run(s.id, DECLINE_SYNDICATION, { id: s.id, reason }, t('net.declined', { title }), done)}
          />
        </>
      ) : s.state === 'ACCEPTED' ? (
        <ReasonAction
          id={`withdraw-${s.id}`}
          label={t('net.withdrawReason')}
          button={t('net.withdraw')}
          buttonLabel={t('net.withdrawOf', { title })}
          maxLength={500}
          busy={busy}
          act={(reason) => void run(s.id, WITHDRAW_SYNDICATION, { id: s.id, reason }, t('net.withdrawnNational', { title }), done)}
        />
      ) : null}
    </li>
  );
}
