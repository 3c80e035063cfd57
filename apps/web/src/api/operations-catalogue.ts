/** Catalogue items and what the thread page shows besides its posts: the documents and their answers. */
import { graphql } from './generated';
import type { ItemPageQuery, ItemThreadFieldsFragment } from './generated/graphql';

export const ITEM_THREAD_FIELDS = graphql(
  `fragment ItemThreadFields on Thread { id title kind replyCount lastActivityAt community { slug name } }`,
);
export type ItemThread = ItemThreadFieldsFragment;

export const ITEM = graphql(`
  query ItemPage($id: ID!) {
    item(id: $id) {
      id title creators year isbn13 publisher edition subjects
      holdings { id catalogueUrl library { slug name } }
      experts { id displayName }
      threads(first: 30) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } }
    }
  }
`);
export type ItemPageData = ItemPageQuery;
export const ITEM_THREADS = graphql(`
  query ItemThreads($id: ID!, $after: String) {
    item(id: $id) { id threads(first: 30, after: $after) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } } }
  }
`);
