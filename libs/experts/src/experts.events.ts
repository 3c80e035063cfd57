/** The domain events experts announce (see DomainEventMap in @waardenet/core). */

/** The asker or a moderator accepted a reply as the answer to a question. */
export interface AnswerAccepted {
  type: 'answer.accepted';
  postId: string;
  threadId: string;
  communityId: string;
  byUserId: string;
}

/** A library verified someone's expertise claim. */
export interface ExpertiseVerified {
  type: 'expertise.verified';
  expertiseId: string;
  userId: string;
  libraryId: string;
  byUserId: string;
}

export type ExpertsEvent = AnswerAccepted | ExpertiseVerified;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'answer.accepted': AnswerAccepted;
    'expertise.verified': ExpertiseVerified;
  }
}
