import { useEffect } from 'preact/hooks';
import { request } from '../api/client';
import { subscribeLive } from '../api/live';
import type { Connection, ThreadSummary } from '../api/operations';
import { FEED, FEED_EVENTS, type FeedData } from '../api/operations-network';
import { useLoader } from '../api/use-query';
import { MoreButton } from '../components/MoreButton';
import { ErrorMessage, Loading } from '../components/Status';
import { ThreadList, appendPage, withThread, withoutThread } from '../components/ThreadList';
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
    const { community } = await request(FEED, { slug });
    return { id: community.id, liveCursor: community.liveCursor, threads: community.feed ? toList(community.feed) : null };
  });
  const communityId = data?.threads ? data.id : null;

  useEffect(() => {
    if (!communityId) return undefined;
    return subscribeLive(
      FEED_EVENTS,
      { communityId, after: data?.liveCursor },
      {
        cursorOf: (d) => d.communityEvents.cursor,
        next: ({ communityEvents: { thread, threadId } }) =>
          update((d) => {
            // Moved where this reader may not read it: it leaves the feed, unnamed.
            if (!thread) return { ...d, threads: withoutThread(d.threads, threadId) };
            const { community, provenance, ...summary } = thread;
            // A chapter's thread that is no longer shown here (withdrawn, or no longer public) leaves the feed.
            if (community.id !== communityId && !provenance) {
              return d.threads ? { ...d, threads: { ...d.threads, edges: d.threads.edges.filter((e) => e.node.id !== thread.id) } } : d;
            }
            return { ...d, threads: withThread(d.threads, { ...summary, from: provenance }, false) };
          }),
      },
    );
  }, [communityId]);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const threads = data.threads;
  if (!threads) return <p class="muted">{t('community.membersOnly')}</p>;

  const loadMore = async () => {
    const { community } = await request(FEED, { slug, after: threads.pageInfo.endCursor });
    if (!community.feed) return;
    const more = toList(community.feed);
    update((d) => ({ ...d, threads: appendPage(d.threads, more) }));
  };

  return (
    <>
      <ThreadList threads={threads.edges.map((e) => e.node)} />
      <MoreButton hasMore={threads.pageInfo.hasNextPage} label={t('community.moreThreads')} load={loadMore} />
    </>
  );
}
