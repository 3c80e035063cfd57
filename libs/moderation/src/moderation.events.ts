/** The domain events moderation announces (see DomainEventMap in @waardenet/core). */

/** A report was decided; its reporter may hear the outcome (not who decided). */
export interface ReportResolved {
  type: 'report.resolved';
  reportId: string;
  reporterId: string;
  communityId: string;
  outcome: string;
}

/** A moderator moved a thread to another community. */
export interface ThreadMoved {
  type: 'thread.moved';
  threadId: string;
  fromCommunityId: string;
  toCommunityId: string;
  byUserId: string;
}

export type ModerationEvent = ReportResolved | ThreadMoved;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'report.resolved': ReportResolved;
    'thread.moved': ThreadMoved;
  }
}
