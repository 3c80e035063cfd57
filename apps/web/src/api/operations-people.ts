/** Expertise at a library, joining as an expert, invitations by email and a community's visibility. */
import { graphql } from './generated';
import type { MyExpertiseQuery } from './generated/graphql';

/** The viewer's own expertise (claims with their state and reason), to show the status at one library. */
export const MY_EXPERTISE = graphql(`
  query MyExpertise {
    me { id expertise { id topic state rejectReason revokeReason libraryId } }
  }
`);
export type MyExpertise = NonNullable<MyExpertiseQuery['me']>['expertise'][number];

export const JOIN_AS_EXPERT = graphql(`
  mutation JoinAsExpert($communityId: ID!) { joinAsExpert(communityId: $communityId) { role state } }
`);
