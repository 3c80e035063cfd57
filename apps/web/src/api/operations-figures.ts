/** The figures a community's moderators and a library's staff see: the fields both ask for. */

/** A community's or a library's figures, as the figures screens show them. */
export interface Figures {
  members: number;
  activeMembers7d: number;
  activeMembers30d: number;
  medianFirstReplySeconds: number | null;
  questions: number;
  answeredQuestions: number;
  acceptedQuestions: number;
  unansweredQuestions: number;
  expertAnswerShare: number | null;
  weeks: { weekStart: string; newThreads: number; newPosts: number; medianFirstReplySeconds: number | null }[];
  topContributors: { posts: number; user: { id: string; displayName: string } }[];
}
export const FIGURE_FIELDS = `members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare
    weeks { weekStart newThreads newPosts medianFirstReplySeconds }
    topContributors { posts user { id displayName } }`;
