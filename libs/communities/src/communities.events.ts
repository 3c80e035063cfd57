/** The domain events communities announce (see DomainEventMap in @waardenet/core). */

/** A request to join was approved (by a moderator, or by the member's own invitation: byUserId is then theirs). */
export interface MembershipApproved {
  type: 'membership.approved';
  communityId: string;
  userId: string;
  byUserId: string;
}

export type CommunitiesEvent = MembershipApproved;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'membership.approved': MembershipApproved;
  }
}
