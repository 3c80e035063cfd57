/** A national theme community's feed: its own threads and the chapter threads its editors accepted, with their provenance. */
import { THREAD_SUMMARY, type Connection, type Provenance, type ThreadSummary } from './operations';

const PROVENANCE = 'fromLibrary { name } fromCommunity { slug name }';
export const FEED_PAGE_SIZE = 30;

export const FEED = `query CommunityFeed($slug: String!, $after: String) {
  community(slug: $slug) {
    id liveCursor
    feed(first: ${FEED_PAGE_SIZE}, after: $after) {
      edges { cursor node { thread { ${THREAD_SUMMARY} } syndication { ${PROVENANCE} } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
export interface FeedData {
  community: {
    id: string;
    liveCursor: string;
    feed: Connection<{ thread: ThreadSummary; syndication: Provenance | null }> | null;
  };
}

/** The national community's live events: a chapter thread arriving, changing or leaving carries its provenance (or its loss). */
export const FEED_EVENTS = `subscription FeedEvents($communityId: ID!, $after: String) {
  communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ${THREAD_SUMMARY} community { id } provenance { ${PROVENANCE} } } }
}`;
export interface FeedEventData {
  communityEvents: {
    type: 'THREAD_ADDED' | 'THREAD_UPDATED' | 'THREAD_MOVED';
    cursor: string;
    threadId: string;
    /** Null when the thread is now where this reader may not read it. */
    thread: (ThreadSummary & { community: { id: string }; provenance: Provenance | null }) | null;
  };
}
