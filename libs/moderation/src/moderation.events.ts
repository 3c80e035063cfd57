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

/** A member reported a post or a thread: the community's moderators are alerted (not told who reported). */
export interface ReportFiled {
  type: 'report.filed';
  reportId: string;
  communityId: string;
  threadId: string;
  postId: string | null;
}

export type ModerationEvent = ReportResolved | ThreadMoved | ReportFiled;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'report.resolved': ReportResolved;
    'thread.moved': ThreadMoved;
    'report.filed': ReportFiled;
  }
}
