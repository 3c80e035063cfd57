import { graphql } from './generated';

/** "Your communities" on the home page: where the signed-in member belongs or waits to be let in. */
export const MY_COMMUNITIES = graphql(`
  query MyCommunities($after: String) {
    myCommunities(first: 100, after: $after) {
      edges { node { ...CommunitySummary viewerMembership { state } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
