/** The GraphQL documents the client sends; their answers' types are generated from the schema (npm run codegen). */
import { graphql } from './generated';
import type {
  CommunityEventsSubscription,
  CommunityPageQuery,
  CommunitySummaryFragment,
  HomeQuery,
  PostFieldsFragment,
  ProvenanceFieldsFragment,
  ReactionKind,
  ReactionResultFragment,
  SyndicationFieldsFragment,
  ThreadEventsSubscription,
  ThreadPageQuery,
  ThreadSummaryFragment,
} from './generated/graphql';

export type { MembershipState, PostState, ReactionKind, Visibility } from './generated/graphql';
export const REACTION_KINDS: ReactionKind[] = ['LIKE', 'THANKS', 'INSIGHTFUL', 'AGREE', 'CELEBRATE'];

/** A page of a list, whatever it lists: what the screens' paging helpers take. */
export interface Connection<T> {
  edges: { cursor?: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const COMMUNITY_SUMMARY = graphql(`
  fragment CommunitySummary on Community { id slug name description theme visibility memberCount libraryId }
`);
export type CommunitySummary = CommunitySummaryFragment;

/** Where a thread shown in a national community comes from: "from Bibliotheek X", and its chapter. */
export const PROVENANCE_FIELDS = graphql(`
  fragment ProvenanceFields on Provenance { fromLibrary { name } fromCommunity { slug name } }
`);
/** A chapter thread's origin: a thread's provenance, or a feed entry's syndication (whose chapter may be hidden from the viewer). */
export type Provenance = ProvenanceFieldsFragment | SyndicationFieldsFragment;

export const THREAD_SUMMARY = graphql(`
  fragment ThreadSummary on Thread { id title kind pinned locked replyCount lastActivityAt author { displayName } }
`);
/** In a national community's feed, `from` is the chapter thread's origin (set by the feed; absent elsewhere). */
export type ThreadSummary = ThreadSummaryFragment & { from?: Provenance | null };

export const HOME = graphql(`
  query Home($after: String) {
    libraries(first: 100) { edges { node { id slug name kind } } }
    communities(first: 100, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }
  }
`);
export type LibrarySummary = HomeQuery['libraries']['edges'][number]['node'];

// Staff (public) and whether the viewer is a platform admin: which staff tools the page offers.
export const LIBRARY = graphql(`
  query LibraryPage($slug: String!) {
    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText staff { userId } verifiedExpertise { id topic user { id displayName handle } } }
    me { id isPlatformAdmin }
  }
`);
export const LIBRARY_COMMUNITIES = graphql(`
  query LibraryCommunities($libraryId: ID!, $after: String) {
    communities(first: 100, libraryId: $libraryId, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }
  }
`);

/** `threads: false` when the community is known to be national: its page shows the feed instead. */
export const COMMUNITY = graphql(`
  query CommunityPage($slug: String!, $threads: Boolean = true) {
    community(slug: $slug) {
      ...CommunitySummary
      bannerUrl
      campaignBanner { name text color endsOn }
      library { id slug name kind }
      viewerCanRead
      viewerCanModerate
      publicModLog
      liveCursor
      viewerMembership { state role }
      viewerFollows
      isNational
      nationalCommunity { slug name }
      threads(first: 30) @include(if: $threads) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } }
    }
  }
`);
export type CommunityPageData = CommunityPageQuery;
export const COMMUNITY_THREADS = graphql(`
  query CommunityThreads($slug: String!, $after: String) {
    community(slug: $slug) { id threads(first: 30, after: $after) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } } }
  }
`);

export const FOLLOW = graphql(`mutation Follow($input: FollowInput!) { follow(input: $input) }`);
export const UNFOLLOW = graphql(`mutation Unfollow($input: FollowInput!) { unfollow(input: $input) }`);

export const JOIN = graphql(`mutation Join($id: ID!) { joinCommunity(communityId: $id) { state role } }`);
export const LEAVE = graphql(`mutation Leave($id: ID!) { leaveCommunity(communityId: $id) }`);
export const CREATE_THREAD = graphql(`mutation CreateThread($input: CreateThreadInput!) { createThread(input: $input) { id } }`);

/** Posts for everyone: the live events carry the same fields, without the viewer's own reactions. */
export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    id seq state isDeleted bodyHtml createdAt editedAt replyToId
    author { id displayName avatarUrl }
    reactionCounts { kind count }
    isAcceptedAnswer
    authorExpertise { id topic library { name } }
    linkPreviews { url title description siteName imageUrl imageWidth imageHeight }
  }
`);
/** A post as the thread page holds it: `viewerReactions` is there when it came over HTTP, not from a live event. */
export type PostData = PostFieldsFragment & { viewerReactions?: ReactionKind[] };
/** Posts per page on the thread page (the documents below say `first: 50`). */
export const POSTS_PAGE_SIZE = 50;

export const THREAD = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      id title kind pinned locked replyCount viewerCanReply viewerFollows
      community { id slug name viewerMembership { state } }
      posts(first: 50) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } }
    }
  }
`);
type ThreadPageThread = ThreadPageQuery['thread'];
/**
 * The thread page as the screen holds it: the answer to THREAD, where posts that arrived live have no
 * `viewerReactions` (PostData). The screen asks with useQuery<ThreadPageData, ThreadPageQueryVariables>(THREAD, …).
 */
export type ThreadPageData = {
  thread: Omit<ThreadPageThread, 'posts'> & {
    posts: { edges: { cursor: string; node: PostData }[]; pageInfo: ThreadPageThread['posts']['pageInfo'] };
  };
};
export type ThreadData = ThreadPageData['thread'];

export const THREAD_POSTS = graphql(`
  query ThreadPosts($id: ID!, $after: String) {
    thread(id: $id) { id posts(first: 50, after: $after) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } } }
  }
`);

export const THREAD_VIEWER = graphql(`query ThreadViewer($id: ID!) { thread(id: $id) { id locked viewerCanReply } }`);

export const THREAD_EVENTS = graphql(`
  subscription ThreadEvents($threadId: ID!, $after: String) {
    threadEvents(threadId: $threadId, after: $after) {
      type cursor
      post { ...PostFields }
      thread { id title pinned locked replyCount }
    }
  }
`);
export type ThreadEventData = ThreadEventsSubscription;
export type { ThreadEventType } from './generated/graphql';

export const CREATE_POST = graphql(
  `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ...PostFields viewerReactions } }`,
);
export const PREVIEW_MARKDOWN = graphql(`query PreviewMarkdown($body: String!) { previewMarkdown(body: $body) }`);

export const REACTION_RESULT = graphql(`fragment ReactionResult on Post { id reactionCounts { kind count } viewerReactions }`);
export const REACT = graphql(`mutation React($input: ReactInput!) { react(input: $input) { ...ReactionResult } }`);
export const UNREACT = graphql(`mutation Unreact($input: ReactInput!) { unreact(input: $input) { ...ReactionResult } }`);
export type ReactionResult = ReactionResultFragment;

export const ME = graphql(`query Me { me { id displayName email createdAt isPlatformAdmin suspension { reason until } } }`);

/** `thread` is null when it moved where this reader may not read it: it leaves the list. */
export const COMMUNITY_EVENTS = graphql(`
  subscription CommunityEvents($communityId: ID!, $after: String) {
    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary } }
  }
`);
export type CommunityEventData = CommunityEventsSubscription;
