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

export const INVITE_BY_EMAIL = graphql(`
  mutation InviteByEmail($input: InviteByEmailInput!) { inviteByEmail(input: $input) }
`);
export const INVITE_STAFF_BY_EMAIL = graphql(`
  mutation InviteStaffByEmail($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }
`);
export const EMAIL_INVITATION = graphql(`
  query EmailInvitation($token: String!) {
    emailInvitation(token: $token) { communityName communitySlug libraryName librarySlug staffRole }
  }
`);
export const ACCEPT_EMAIL_INVITATION = graphql(`
  mutation AcceptEmailInvitation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }
`);

export const SET_VISIBILITY = graphql(`
  mutation SetCommunityVisibility($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }
`);
