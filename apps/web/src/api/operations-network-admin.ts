/** Catalogue item links, syndication to a national community and the content database: the documents of their screens. */
import { graphql } from './generated';
import type {
  ContentItemsQuery,
  ContentItemPageQuery,
  SyndicationInboxQuery,
  ThreadSyndicationsQuery,
  ItemSearchQuery,
} from './generated/graphql';

// ── Catalogue items on a thread ───────────────────────────────────────────────

export const ITEM_SEARCH = graphql(`
  query ItemSearch($query: String!) { items(query: $query, first: 10) { edges { node { id title creators year isbn13 } } } }
`);
export type FoundItem = ItemSearchQuery['items']['edges'][number]['node'];

export const LINK_ITEM = graphql(`mutation LinkItem($input: ThreadItemInput!) { linkItem(input: $input) { id items { id title } } }`);
export const UNLINK_ITEM = graphql(`mutation UnlinkItem($input: ThreadItemInput!) { unlinkItem(input: $input) { id items { id title } } }`);

/** The communities listed for "start a conversation": the viewer's own active memberships among them. */
export const MY_COMMUNITIES = graphql(`
  query ConversationCommunities($after: String) {
    communities(first: 100, after: $after) {
      edges { node { id name viewerMembership { state } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const START_ITEM_THREAD = graphql(`
  mutation StartItemThread($input: CreateThreadInput!) { createThread(input: $input) { id title } }
`);

// ── Syndication ───────────────────────────────────────────────────────────────

export const SYNDICATION_ROW = graphql(`
  fragment SyndicationRow on Syndication {
    id state reason proposedAt decidedAt showing targetHandle remoteUrl
    origin { instance libraryName communityName url }
    proposedBy { id displayName }
    decidedBy { id displayName }
    toCommunity { slug name }
    fromCommunity { slug name }
    fromLibrary { name }
    thread { id title }
  }
`);

export const THREAD_SYNDICATIONS = graphql(`
  query ThreadSyndications($id: ID!) {
    thread(id: $id) {
      id
      community { id visibility viewerCanModerate nationalCommunity { id slug name } }
      syndications { ...SyndicationRow }
    }
  }
`);
export type ThreadSyndications = ThreadSyndicationsQuery['thread'];

export const PROPOSE_SYNDICATION = graphql(
  `mutation ProposeSyndication($threadId: ID!) { proposeSyndication(threadId: $threadId) { id state } }`,
);
export const ACCEPT_SYNDICATION = graphql(
  `mutation AcceptSyndication($id: ID!, $reason: String) { acceptSyndication(syndicationId: $id, reason: $reason) { id state } }`,
);
export const DECLINE_SYNDICATION = graphql(
  `mutation DeclineSyndication($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state reason } }`,
);
export const WITHDRAW_SYNDICATION = graphql(
  `mutation WithdrawSyndication($id: ID!, $reason: String) { withdrawSyndication(syndicationId: $id, reason: $reason) { id state } }`,
);

export const SYNDICATION_COMMUNITY = graphql(
  `query SyndicationCommunity($slug: String!) { community(slug: $slug) { id slug name isNational viewerCanModerate } }`,
);

/** Proposals per page (the document says `first: 50`). */
export const INBOX_PAGE_SIZE = 50;
export const SYNDICATION_INBOX = graphql(`
  query SyndicationInbox($communityId: ID!, $state: SyndicationState, $after: String) {
    syndicationProposals(communityId: $communityId, state: $state, first: 50, after: $after) {
      edges { cursor node { ...SyndicationRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export type InboxEntry = SyndicationInboxQuery['syndicationProposals']['edges'][number]['node'];

// ── The content database ──────────────────────────────────────────────────────

export const CONTENT_LIBRARY = graphql(`
  query ContentLibrary($slug: String!) {
    library(slug: $slug) { id slug name kind staff { userId } }
    me { id isPlatformAdmin }
  }
`);

export const CONTENT_ITEM_FIELDS = graphql(`
  fragment ContentItemFields on ContentItem {
    id title body bodyHtml tags campaign licence validFrom validUntil sharedNationally archived updatedAt
    ownerLibrary { id slug name kind }
    usage { total libraries { count library { name } } }
  }
`);

/** Items per page (the document says `first: 30`). */
export const CONTENT_PAGE_SIZE = 30;
export const CONTENT_ITEMS = graphql(`
  query ContentItems($filter: ContentFilter, $after: String) {
    contentItems(filter: $filter, first: 30, after: $after) {
      edges { cursor node { id title tags campaign archived sharedNationally validFrom validUntil ownerLibrary { name } usage { total } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export type ContentRow = ContentItemsQuery['contentItems']['edges'][number]['node'];

export const CONTENT_ITEM_PAGE = graphql(`
  query ContentItemPage($id: ID!, $slug: String!) {
    contentItem(id: $id) { ...ContentItemFields }
    library(slug: $slug) { id slug name staff { userId } }
    me { id isPlatformAdmin }
  }
`);
export type ContentItemPage = ContentItemPageQuery;

export const PUBLISH_TARGETS = graphql(`
  query PublishTargets($libraryId: ID!) {
    communities(first: 100, libraryId: $libraryId) { edges { node { id name viewerCanModerate viewerMembership { state } } } }
  }
`);

export const CREATE_CONTENT_ITEM = graphql(`
  mutation CreateContentItem($input: CreateContentItemInput!) { createContentItem(input: $input) { id title } }
`);
export const UPDATE_CONTENT_ITEM = graphql(`
  mutation UpdateContentItem($input: UpdateContentItemInput!) { updateContentItem(input: $input) { ...ContentItemFields } }
`);
export const ARCHIVE_CONTENT_ITEM = graphql(
  `mutation ArchiveContentItem($id: ID!) { archiveContentItem(id: $id) { ...ContentItemFields } }`,
);
export const PUBLISH_CONTENT = graphql(
  `mutation PublishContent($input: PublishContentInput!) { publishContent(input: $input) { id title } }`,
);
