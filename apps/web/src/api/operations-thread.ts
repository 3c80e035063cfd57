/** What the thread page shows besides its posts, and accepting an answer. */
import type { Provenance } from './operations';
import type { ItemSummary } from './operations-catalogue';

/** What the thread page shows around the posts; asked for once the posts are there, so the first reply is not kept waiting. */
export interface ThreadExtrasData {
  thread: {
    id: string;
    author: { id: string };
    items: ItemSummary[];
    provenance: Provenance | null;
    contentSource: { title: string; licence: string | null; publishedAt: string; ownerLibrary: { name: string } } | null;
    community: { id: string; viewerCanModerate: boolean };
  };
}
export const THREAD_EXTRAS = `query ThreadExtras($id: ID!) {
  thread(id: $id) {
    id author { id }
    items { id title creators year }
    provenance { fromCommunity { slug name } fromLibrary { name } }
    contentSource { title licence publishedAt ownerLibrary { name } }
    community { id viewerCanModerate }
  }
}`;

export const ACCEPT_ANSWER = `mutation AcceptAnswer($postId: ID!) { acceptAnswer(postId: $postId) { id acceptedAnswer { id } } }`;
export const UNACCEPT_ANSWER = `mutation UnacceptAnswer($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id acceptedAnswer { id } } }`;
export interface AcceptResult {
  acceptAnswer?: { id: string; acceptedAnswer: { id: string } | null };
  unacceptAnswer?: { id: string; acceptedAnswer: { id: string } | null };
}
