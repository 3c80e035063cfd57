import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { subscribeLive } from '../api/live';
import {
  COMMUNITY, COMMUNITY_EVENTS, COMMUNITY_THREADS, type CommunityEventData, type CommunityPageData, type Connection, type ThreadSummary,
} from '../api/operations';
import { ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { MembershipActions } from '../components/MembershipActions';
import { NewThreadForm } from '../components/NewThreadForm';
import { Breadcrumb } from '../components/Breadcrumb';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../components/Status';
import { VisibilityBadge } from '../components/VisibilityBadge';
import { formatDateTime, t, tn } from '../i18n';
import { Link, paths } from '../router';

function ThreadList({ threads }: { threads: ThreadSummary[] }) {
  if (!threads.length) return <p class="muted">{t('community.noThreads')}</p>;
  return (
    <ul class="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} class={thread.pinned ? 'thread pinned' : 'thread'}>
          <h3 class="thread-title">
            <Link href={paths.thread(thread.id)}>{thread.title}</Link>
          </h3>
          <p class="thread-meta">
            {thread.pinned ? <span class="badge">{t('thread.pinned')}</span> : null}
            {thread.locked ? <span class="badge">{t('thread.locked')}</span> : null}
            {thread.kind === 'QUESTION' ? <span class="badge">{t('thread.question')}</span> : null}
            {thread.author.displayName} · {tn('thread.replies', thread.replyCount)} · {t('community.lastActivity')}{' '}
            <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The list with `thread` added or refreshed, kept in the server's order: pinned first, then by last activity. */
function withThread(threads: Connection<ThreadSummary> | null, thread: ThreadSummary): Connection<ThreadSummary> | null {
  if (!threads) return threads;
  const edges = [{ cursor: '', node: thread }, ...threads.edges.filter((e) => e.node.id !== thread.id)];
  edges.sort((a, b) => Number(b.node.pinned) - Number(a.node.pinned) || b.node.lastActivityAt.localeCompare(a.node.lastActivityAt));
  return { ...threads, edges };
}

/** A community: what it is about, membership, and its threads (pinned first, then by activity). */
export function CommunityScreen({ slug }: { slug: string }) {
  const { data, error, reload, update } = useQuery<CommunityPageData>(COMMUNITY, { slug });
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const communityId = data?.community.viewerCanRead ? data.community.id : null;
  // From the position the list was read at, so a thread started in between still arrives.
  const liveCursor = data?.community.liveCursor;

  // New threads and new activity move into the list live (a moved-away thread just stays until reload).
  useEffect(() => {
    if (!communityId) return undefined;
    return subscribeLive<CommunityEventData>(COMMUNITY_EVENTS, { communityId, after: liveCursor }, {
      cursorOf: (d) => d.communityEvents.cursor,
      next: ({ communityEvents: { thread } }) => update((d) => ({ community: { ...d.community, threads: withThread(d.community.threads, thread) } })),
    });
  }, [communityId]);

  if (error) return <ScreenError title={t('community.title')} error={error} />;
  if (!data) return <Loading />;
  const community = data.community;
  const threads = community.threads;

  const loadMore = async () => {
    if (!threads) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const more = await request<{ community: { threads: Connection<ThreadSummary> } }>(COMMUNITY_THREADS, { slug, after: threads.pageInfo.endCursor });
      update((d) => {
        const known = new Set(d.community.threads?.edges.map((e) => e.node.id));
        const edges = [...(d.community.threads?.edges ?? []), ...more.community.threads.edges.filter((e) => !known.has(e.node.id))];
        return { community: { ...d.community, threads: { edges, pageInfo: more.community.threads.pageInfo } } };
      });
    } catch (e) {
      setMoreError(e instanceof ApiError ? e : new ApiError('INTERNAL_SERVER_ERROR', String(e)));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(community.library.slug), label: community.library.name }]} />
      <PageHeading title={community.name} />
      <p class="card-meta">
        <VisibilityBadge visibility={community.visibility} /> · {community.theme} · {tn('communities.members', community.memberCount)}
      </p>
      {community.description ? <p class="lead">{community.description}</p> : null}
      <MembershipActions community={community} changed={reload} />
      {community.viewerCanModerate ? (
        <p>
          <Link href={paths.manage(community.slug)}>{t('manage.open')}</Link>
        </p>
      ) : null}
      {community.viewerMembership?.state === 'ACTIVE' ? <NewThreadForm communityId={community.id} /> : null}
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">{t('community.threads')}</h2>
        {community.viewerCanRead && threads ? (
          <>
            <ThreadList threads={threads.edges.map((e) => e.node)} />
            {threads.pageInfo.hasNextPage ? (
              <p>
                <button type="button" class="secondary" onClick={loadMore} disabled={loadingMore}>
                  {loadingMore ? t('common.loading') : t('community.moreThreads')}
                </button>
              </p>
            ) : null}
            {moreError ? <ErrorMessage error={moreError} /> : null}
          </>
        ) : (
          <p class="muted">{t('community.membersOnly')}</p>
        )}
      </section>
    </>
  );
}
