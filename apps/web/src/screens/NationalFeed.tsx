import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { subscribeLive } from '../api/live';
import type { Connection, ThreadSummary } from '../api/operations';
import { FEED, FEED_EVENTS, type FeedData, type FeedEventData } from '../api/operations-network';
import { ApiError } from '../api/transport';
import { useLoader } from '../api/use-query';
import { ErrorMessage, Loading } from '../components/Status';
import { ThreadList, withThread } from '../components/ThreadList';
import { t } from '../i18n';

const toList = (feed: NonNullable<FeedData['community']['feed']>): Connection<ThreadSummary> => ({
  edges: feed.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node.thread, from: e.node.syndication } })),
  pageInfo: feed.pageInfo,
});

/**
 * A national theme community's feed, by last activity: its own threads and the chapter threads its
 * editors accepted, each of those saying where it comes from ("Uit Bibliotheek X"). Live: a thread
 * accepted meanwhile arrives, one withdrawn leaves.
 */
export function NationalFeed({ slug }: { slug: string }) {
  const { data, error, update } = useLoader(`feed|${slug}`, async () => {
    const { community } = await request<FeedData>(FEED, { slug });
    return { id: community.id, liveCursor: community.liveCursor, threads: community.feed ? toList(community.feed) : null };
  });
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const communityId = data?.threads ? data.id : null;

  useEffect(() => {
    if (!communityId) return undefined;
    return subscribeLive<FeedEventData>(FEED_EVENTS, { communityId, after: data?.liveCursor }, {
      cursorOf: (d) => d.communityEvents.cursor,
      next: ({ communityEvents: { thread } }) =>
        update((d) => {
          const { community, provenance, ...summary } = thread;
          // A chapter's thread that is no longer shown here (withdrawn, or no longer public) leaves the feed.
          if (community.id !== communityId && !provenance) {
            return d.threads ? { ...d, threads: { ...d.threads, edges: d.threads.edges.filter((e) => e.node.id !== thread.id) } } : d;
          }
          return { ...d, threads: withThread(d.threads, { ...summary, from: provenance }, false) };
        }),
    });
  }, [communityId]);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const threads = data.threads;
  if (!threads) return <p class="muted">{t('community.membersOnly')}</p>;

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const { community } = await request<FeedData>(FEED, { slug, after: threads.pageInfo.endCursor });
      if (!community.feed) return;
      const more = toList(community.feed);
      update((d) => {
        const known = new Set(d.threads?.edges.map((e) => e.node.id));
        const edges = [...(d.threads?.edges ?? []), ...more.edges.filter((e) => !known.has(e.node.id))];
        return { ...d, threads: { edges, pageInfo: more.pageInfo } };
      });
    } catch (e) {
      setMoreError(e instanceof ApiError ? e : new ApiError('INTERNAL_SERVER_ERROR', String(e)));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
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
  );
}
