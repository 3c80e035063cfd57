/** What a community's moderators use: queue, reports, log, members, figures. */
import { graphql } from './generated';
import type { MembersQuery, ModLogQuery, QueueQuery, ReportsQuery } from './generated/graphql';

export const MANAGE_COMMUNITY = graphql(
  `query ManageCommunity($slug: String!) { community(slug: $slug) { id slug name viewerCanModerate library { slug name } } }`,
);

export const QUEUE = graphql(`
  query Queue($communityId: ID!, $after: String) {
    moderationQueue(communityId: $communityId, first: 30, after: $after) {
      edges { cursor node { id seq bodyHtml createdAt author { displayName } thread { id title } } } pageInfo { hasNextPage endCursor }
    }
  }
`);
export type QueuedPost = QueueQuery['moderationQueue']['edges'][number]['node'];
export const APPROVE_POST = graphql(`mutation ApprovePost($postId: ID!) { approvePost(postId: $postId) { id state } }`);
export const REJECT_POST = graphql(
  `mutation RejectPost($postId: ID!, $reason: String!) { rejectPost(postId: $postId, reason: $reason) { id state } }`,
);

export type { ReportReason } from './generated/graphql';
export const REPORTS = graphql(`
  query Reports($communityId: ID!, $after: String) {
    reports(communityId: $communityId, first: 30, after: $after) {
      edges { cursor node { id reason note createdAt targetType reporter { displayName } post { id seq bodyHtml state author { displayName } } thread { id title } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export type ReportData = ReportsQuery['reports']['edges'][number]['node'];
export const RESOLVE_REPORT = graphql(`mutation ResolveReport($input: ResolveReportInput!) { resolveReport(input: $input) { id status } }`);

export const MOD_LOG = graphql(`
  query ModLog($communityId: ID!, $after: String) {
    modLog(communityId: $communityId, first: 50, after: $after) {
      edges { cursor node { id action targetType reason details createdAt expiresAt actor { displayName } } } pageInfo { hasNextPage endCursor }
    }
  }
`);
export type LogEntry = ModLogQuery['modLog']['edges'][number]['node'];

export type { MemberRole } from './generated/graphql';
export const MEMBERS = graphql(`
  query Members($slug: String!, $state: MembershipState, $after: String) {
    community(slug: $slug) { id members(first: 50, state: $state, after: $after) {
      edges { cursor node { id role state createdAt banReason bannedUntil user { id displayName } } } pageInfo { hasNextPage endCursor }
    } }
  }
`);
export type MemberData = NonNullable<MembersQuery['community']>['members']['edges'][number]['node'];
export const APPROVE_MEMBERSHIP = graphql(
  `mutation ApproveMembership($input: MembershipDecisionInput!) { approveMembership(input: $input) { id state } }`,
);
export const REJECT_MEMBERSHIP = graphql(`mutation RejectMembership($input: MembershipDecisionInput!) { rejectMembership(input: $input) }`);
export const SET_MEMBER_ROLE = graphql(`mutation SetMemberRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { id role } }`);
export const BAN_MEMBER = graphql(`mutation BanMember($input: BanMemberInput!) { banMember(input: $input) { id state } }`);
export const UNBAN_MEMBER = graphql(`mutation UnbanMember($input: UnbanMemberInput!) { unbanMember(input: $input) }`);

export const FIGURES = graphql(`
  query Figures($communityId: ID!, $weeks: Int!) { communityFigures(communityId: $communityId, weeks: $weeks) { ...CommunityFigureFields } }
`);
