/** Catalogue items and what the thread page shows besides its posts: the documents and their answers. */
import type { Connection } from './operations';

export interface ItemSummary {
  id: string;
  title: string;
  creators: string[];
  year: number | null;
}

export interface ItemThread {
  id: string;
  title: string;
  kind: 'DISCUSSION' | 'QUESTION';
  replyCount: number;
  lastActivityAt: string;
  community: { slug: string; name: string };
}
export interface ItemPageData {
  item: ItemSummary & {
    isbn13: string | null;
    publisher: string | null;
    edition: string | null;
    subjects: string[];
    holdings: { id: string; library: { slug: string; name: string } }[];
    experts: { id: string; displayName: string }[];
    threads: Connection<ItemThread>;
  };
}
const ITEM_THREAD = 'id title kind replyCount lastActivityAt community { slug name }';
export const ITEM = `query ItemPage($id: ID!) {
  item(id: $id) {
    id title creators year isbn13 publisher edition subjects
    holdings { id library { slug name } }
    experts { id displayName }
    threads(first: 30) { edges { cursor node { ${ITEM_THREAD} } } pageInfo { hasNextPage endCursor } }
  }
}`;
export const ITEM_THREADS = `query ItemThreads($id: ID!, $after: String) {
  item(id: $id) { id threads(first: 30, after: $after) { edges { cursor node { ${ITEM_THREAD} } } pageInfo { hasNextPage endCursor } } }
}`;
