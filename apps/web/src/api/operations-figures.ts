/** The figures a community's moderators and a library's staff see: the fields both ask for. */
import { graphql } from './generated';
import type { CommunityFigureFieldsFragment, LibraryFigureFieldsFragment } from './generated/graphql';

export const COMMUNITY_FIGURE_FIELDS = graphql(`
  fragment CommunityFigureFields on CommunityFigures {
    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare
    weeks { weekStart newThreads newPosts medianFirstReplySeconds }
    topContributors { posts user { id displayName } }
    reach { ...ReachFields }
  }
`);
/** The same fields of a library's figures (another type in the schema, so another fragment). */
export const LIBRARY_FIGURE_FIELDS = graphql(`
  fragment LibraryFigureFields on LibraryFigures {
    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare
    weeks { weekStart newThreads newPosts medianFirstReplySeconds }
    topContributors { posts user { id displayName } }
    reach { ...ReachFields }
  }
`);

/** A community's or a library's figures, as the figures screens show them. */
export type Figures = CommunityFigureFieldsFragment | LibraryFigureFieldsFragment;
