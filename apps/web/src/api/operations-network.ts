/** A national theme community's feed: its own threads and the chapter threads its editors accepted, with their provenance. */
import { graphql } from './generated';
import type { CommunityFeedQuery, FeedEventsSubscription } from './generated/graphql';

/** Threads per page of the feed (the document below says `first: 30`). */
export const FEED_PAGE_SIZE = 30;

export const SYNDICATION_FIELDS = graphql(`fragment SyndicationFields on Syndication { fromLibrary { name } fromCommunity { slug name } }`);

export const FEED = graphql(`
  query CommunityFeed($slug: String!, $after: String) {
    community(slug: $slug) {
      id liveCursor
      feed(first: 30, after: $after) {
        edges { cursor node { thread { ...ThreadSummary } syndication { ...SyndicationFields } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);
export type FeedData = { community: NonNullable<CommunityFeedQuery['community']> };

/** The national community's live events: a chapter thread arriving, changing or leaving carries its provenance (or its loss); `thread` is null when it is now where this reader may not read it. */
export const FEED_EVENTS = graphql(`
  subscription FeedEvents($communityId: ID!, $after: String) {
    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary community { id } provenance { ...ProvenanceFields } } }
  }
`);
export type FeedEventData = FeedEventsSubscription;

/** A national community's local chapters (those the viewer may see), each with its library. */
export const COMMUNITY_CHAPTERS = graphql(`
  query CommunityChapters($slug: String!) {
    community(slug: $slug) {
      id
      chapters(first: 100) { edges { node { id slug name library { name } } } }
    }
  }
`);
