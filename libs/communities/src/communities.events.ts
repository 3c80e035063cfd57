/** The domain events communities announce (see DomainEventMap in @waardenet/core). */

/** A request to join was approved (by a moderator, or by the member's own invitation: byUserId is then theirs). */
export interface MembershipApproved {
  type: 'membership.approved';
  communityId: string;
  userId: string;
  byUserId: string;
}

/** Someone asked to join a RESTRICTED community: its moderators are alerted. */
export interface MembershipRequested {
  type: 'membership.requested';
  communityId: string;
  userId: string;
}

export type CommunitiesEvent = MembershipApproved | MembershipRequested;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'membership.approved': MembershipApproved;
    'membership.requested': MembershipRequested;
  }
}
