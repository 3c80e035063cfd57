/** The GraphQL documents the client sends, and the shapes of their answers. */

export type Visibility = 'PUBLIC' | 'RESTRICTED' | 'PRIVATE';
export type MembershipState = 'ACTIVE' | 'PENDING' | 'BANNED';
export type ReactionKind = 'LIKE' | 'THANKS' | 'INSIGHTFUL' | 'AGREE' | 'CELEBRATE';
export type PostState = 'VISIBLE' | 'PENDING' | 'HIDDEN' | 'REMOVED';
export const REACTION_KINDS: ReactionKind[] = ['LIKE', 'THANKS', 'INSIGHTFUL', 'AGREE', 'CELEBRATE'];

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export interface LibrarySummary {
  id: string;
  slug: string;
  name: string;
  kind: 'LOCAL' | 'NATIONAL';
  logoUrl?: string | null;
  primaryColor?: string | null;
  welcomeText?: string | null;
}

/** Where a thread shown in a national community comes from: "from Bibliotheek X", and its chapter. */
export interface Provenance {
  fromLibrary: { name: string };
  fromCommunity: { slug: string; name: string };
}

export interface CommunitySummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  theme: string;
  visibility: Visibility;
  memberCount: number;
  libraryId: string;
}

const COMMUNITY_SUMMARY = 'id slug name description theme visibility memberCount libraryId';

export const HOME = `query Home($after: String) {
  libraries(first: 100) { edges { node { id slug name kind } } }
  communities(first: 100, after: $after) { edges { node { ${COMMUNITY_SUMMARY} } } pageInfo { hasNextPage endCursor } }
}`;
export interface HomeData {
  libraries: Connection<LibrarySummary>;
  communities: Connection<CommunitySummary>;
}

// Staff (public) and whether the viewer is a platform admin: which staff tools the page offers.
export const LIBRARY = `query LibraryPage($slug: String!) {
  library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText staff { userId } }
  me { id isPlatformAdmin }
}`;
export interface LibraryPageData {
  library: LibrarySummary & { staff: { userId: string }[] };
  me: { id: string; isPlatformAdmin: boolean } | null;
}
export const LIBRARY_COMMUNITIES = `query LibraryCommunities($libraryId: ID!, $after: String) {
  communities(first: 100, libraryId: $libraryId, after: $after) { edges { node { ${COMMUNITY_SUMMARY} } } pageInfo { hasNextPage endCursor } }
}`;

export interface ThreadSummary {
  id: string;
  title: string;
  kind: 'DISCUSSION' | 'QUESTION';
  pinned: boolean;
  locked: boolean;
  replyCount: number;
  lastActivityAt: string;
  author: { displayName: string };
  /** In a national community's feed: the chapter thread's origin (null for the community's own threads). */
  from?: Provenance | null;
}

export interface CommunityPageData {
  community: CommunitySummary & {
    library: LibrarySummary;
    viewerCanRead: boolean;
    viewerCanModerate: boolean;
    liveCursor: string;
    viewerMembership: { state: MembershipState; role: string } | null;
    viewerFollows: boolean;
    /** A national theme community: its feed (with accepted chapter threads) replaces the thread list. */
    isNational: boolean;
    /** For a chapter: the national community it belongs to. */
    nationalCommunity: { slug: string; name: string } | null;
    /** Left out (undefined) when asked for without threads. */
    threads?: Connection<ThreadSummary> | null;
  };
}

export const THREAD_SUMMARY = 'id title kind pinned locked replyCount lastActivityAt author { displayName }';
/** `threads: false` when the community is known to be national: its page shows the feed instead. */
export const COMMUNITY = `query CommunityPage($slug: String!, $threads: Boolean = true) {
  community(slug: $slug) {
    ${COMMUNITY_SUMMARY}
    library { id slug name kind }
    viewerCanRead
    viewerCanModerate
    liveCursor
    viewerMembership { state role }
    viewerFollows
    isNational
    nationalCommunity { slug name }
    threads(first: 30) @include(if: $threads) { edges { node { ${THREAD_SUMMARY} } } pageInfo { hasNextPage endCursor } }
  }
}`;
export const COMMUNITY_THREADS = `query CommunityThreads($slug: String!, $after: String) {
  community(slug: $slug) { id threads(first: 30, after: $after) { edges { node { ${THREAD_SUMMARY} } } pageInfo { hasNextPage endCursor } } }
}`;

export const FOLLOW = `mutation Follow($input: FollowInput!) { follow(input: $input) }`;
export const UNFOLLOW = `mutation Unfollow($input: FollowInput!) { unfollow(input: $input) }`;

export const JOIN = `mutation Join($id: ID!) { joinCommunity(communityId: $id) { state role } }`;
export const LEAVE = `mutation Leave($id: ID!) { leaveCommunity(communityId: $id) }`;
export const CREATE_THREAD = `mutation CreateThread($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

export interface PostData {
  id: string;
  seq: number;
  state: PostState;
  isDeleted: boolean;
  bodyHtml: string | null;
  createdAt: string;
  editedAt: string | null;
  replyToId: string | null;
  author: { id: string; displayName: string };
  reactionCounts: { kind: ReactionKind; count: number }[];
  viewerReactions?: ReactionKind[];
  isAcceptedAnswer: boolean;
  authorExpertise: { id: string; topic: string; library: { name: string } | null }[];
}

export interface ThreadData {
  id: string;
  title: string;
  kind: 'DISCUSSION' | 'QUESTION';
  pinned: boolean;
  locked: boolean;
  replyCount: number;
  viewerCanReply: boolean;
  viewerFollows: boolean;
  community: { id: string; slug: string; name: string; viewerMembership: { state: MembershipState } | null };
}

/** Posts for everyone: the live events carry the same fields, without the viewer's own reactions. */
const POST_FIELDS =
  'id seq state isDeleted bodyHtml createdAt editedAt replyToId author { id displayName } reactionCounts { kind count } isAcceptedAnswer authorExpertise { id topic library { name } }';
export const POSTS_PAGE_SIZE = 50;

export const THREAD = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title kind pinned locked replyCount viewerCanReply viewerFollows
    community { id slug name viewerMembership { state } }
    posts(first: ${POSTS_PAGE_SIZE}) { edges { cursor node { ${POST_FIELDS} viewerReactions } } pageInfo { hasNextPage endCursor } }
  }
}`;
export interface ThreadPageData {
  thread: ThreadData & { posts: Connection<PostData> };
}

export const THREAD_POSTS = `query ThreadPosts($id: ID!, $after: String) {
  thread(id: $id) { id posts(first: ${POSTS_PAGE_SIZE}, after: $after) { edges { cursor node { ${POST_FIELDS} viewerReactions } } pageInfo { hasNextPage endCursor } } }
}`;
export interface ThreadPostsData {
  thread: { id: string; posts: Connection<PostData> };
}

export const THREAD_VIEWER = `query ThreadViewer($id: ID!) { thread(id: $id) { id locked viewerCanReply } }`;

export type ThreadEventType = 'ANSWER_ACCEPTED' | 'ANSWER_UNACCEPTED' | 'POST_ADDED' | 'POST_EDITED' | 'POST_REMOVED' | 'POST_RESTORED' | 'REACTIONS_CHANGED' | 'THREAD_LOCKED' | 'THREAD_UPDATED';
export interface ThreadEventData {
  threadEvents: {
    type: ThreadEventType;
    cursor: string;
    post: PostData | null;
    thread: { id: string; title: string; pinned: boolean; locked: boolean; replyCount: number };
  };
}
export const THREAD_EVENTS = `subscription ThreadEvents($threadId: ID!, $after: String) {
  threadEvents(threadId: $threadId, after: $after) {
    type cursor
    post { ${POST_FIELDS} }
    thread { id title pinned locked replyCount }
  }
}`;

export const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} viewerReactions } }`;
export const PREVIEW_MARKDOWN = `query PreviewMarkdown($body: String!) { previewMarkdown(body: $body) }`;

const REACTION_RESULT = 'id reactionCounts { kind count } viewerReactions';
export const REACT = `mutation React($input: ReactInput!) { react(input: $input) { ${REACTION_RESULT} } }`;
export const UNREACT = `mutation Unreact($input: ReactInput!) { unreact(input: $input) { ${REACTION_RESULT} } }`;
export interface ReactionResult {
  id: string;
  reactionCounts: PostData['reactionCounts'];
  viewerReactions: ReactionKind[];
}

export const ME = `query Me { me { id displayName email createdAt isPlatformAdmin suspension { reason until } } }`;
export interface MeData {
  me: {
    id: string;
    displayName: string;
    email: string | null;
    createdAt: string;
    isPlatformAdmin: boolean;
    suspension: { reason: string; until: string | null } | null;
  } | null;
}

export const COMMUNITY_EVENTS = `subscription CommunityEvents($communityId: ID!, $after: String) {
  communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ${THREAD_SUMMARY} } }
}`;
export interface CommunityEventData {
  /** `thread` is null when it moved where this reader may not read it: it leaves the list. */
  communityEvents: { type: 'THREAD_ADDED' | 'THREAD_UPDATED' | 'THREAD_MOVED'; cursor: string; threadId: string; thread: ThreadSummary | null };
}
