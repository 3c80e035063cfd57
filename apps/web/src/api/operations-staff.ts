/** What a library's staff use: its figures, the national dashboard, and the review of expertise claims. */
import { graphql } from './generated';
import type { ExpertiseClaimsQuery, ExpertiseLogQuery, NationalDashboardQuery } from './generated/graphql';

export const STAFF_LIBRARY = graphql(`query StaffLibrary($slug: String!) { library(slug: $slug) { id slug name kind } }`);

export const LIBRARY_FIGURES = graphql(`
  query LibraryFigures($libraryId: ID!, $weeks: Int!) {
    libraryFigures(libraryId: $libraryId, weeks: $weeks) {
      communities ...LibraryFigureFields communityReach { ...CommunityReachFields }
      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }
    }
  }
`);

export const NATIONAL_DASHBOARD = graphql(`
  query NationalDashboard($weeks: Int!) {
    nationalDashboard(weeks: $weeks) {
      libraries librariesPresent librariesFacilitating medianFirstReplySeconds
      perLibrary { present facilitatesValueNetwork medianFirstReplySeconds library { id slug name } trend { weekStart medianFirstReplySeconds } pageViews followers remoteFollowers catalogueClicks }
      reach { ...ReachFields }
    }
  }
`);
export type LibraryStanding = NationalDashboardQuery['nationalDashboard']['perLibrary'][number];

/** Claims and log entries per page (the documents below say `first: 50`). */
export const REVIEW_PAGE_SIZE = 50;
export const EXPERTISE_CLAIMS = graphql(`
  query ExpertiseClaims($libraryId: ID!, $after: String) {
    expertiseClaims(libraryId: $libraryId, first: 50, after: $after) {
      edges { cursor node { id topic evidence createdAt user { id displayName } } } pageInfo { hasNextPage endCursor }
    }
  }
`);
export type Claim = ExpertiseClaimsQuery['expertiseClaims']['edges'][number]['node'];

/** An entry of the log; WITHDRAWN: the expert withdrew expertise this library had verified. `expert` comes with their expertise as it is now. */
export const EXPERTISE_LOG = graphql(`
  query ExpertiseLog($libraryId: ID!, $after: String) {
    expertiseLog(libraryId: $libraryId, first: 50, after: $after) {
      edges { cursor node { id action topic reason details createdAt expertiseId actor { displayName } expert { id displayName expertise { id state libraryId } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export type ExpertiseLogEntry = ExpertiseLogQuery['expertiseLog']['edges'][number]['node'];

export const VERIFY_EXPERTISE = graphql(
  `mutation VerifyExpertise($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }`,
);
export const REJECT_EXPERTISE = graphql(
  `mutation RejectExpertise($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }`,
);
export const REVOKE_EXPERTISE = graphql(
  `mutation RevokeExpertise($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }`,
);
