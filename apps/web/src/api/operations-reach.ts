/** Reach figures (page views, followers, catalogue clicks) as the figures screens show them. */
import { graphql } from './generated';
import type { CommunityReachFieldsFragment, ReachFieldsFragment } from './generated/graphql';

export const REACH_FIELDS = graphql(`
  fragment ReachFields on ReachFigures {
    pageViews catalogueClicks localFollowers remoteFollowers followers
    weeks { weekStart pageViews catalogueClicks }
  }
`);
export const COMMUNITY_REACH_FIELDS = graphql(`
  fragment CommunityReachFields on CommunityReach {
    community { id slug name } pageViews catalogueClicks localFollowers remoteFollowers followers
  }
`);
export type Reach = ReachFieldsFragment;
export type CommunityReachRow = CommunityReachFieldsFragment;
