/** What the thread page shows besides its posts, and accepting an answer. */
import { graphql } from './generated';
import type { ThreadExtrasQuery } from './generated/graphql';

/** What the thread page shows around the posts; asked for once the posts are there, so the first reply is not kept waiting. */
export const THREAD_EXTRAS = graphql(`
  query ThreadExtras($id: ID!) {
    thread(id: $id) {
      id author { id }
      items { id title creators year }
      provenance { ...ProvenanceFields }
      remoteProvenance { instance libraryName communityName url }
      contentSource { title licence publishedAt ownerLibrary { name } }
      community { id viewerCanModerate visibility library { catalogueUrlTemplate } nationalCommunity { id } }
    }
  }
`);
export type ThreadExtrasData = ThreadExtrasQuery;

export const ACCEPT_ANSWER = graphql(`mutation AcceptAnswer($postId: ID!) { acceptAnswer(postId: $postId) { id acceptedAnswer { id } } }`);
export const UNACCEPT_ANSWER = graphql(
  `mutation UnacceptAnswer($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id acceptedAnswer { id } } }`,
);
