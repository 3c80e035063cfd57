/** What a community's moderators use: queue, reports, log, members, figures. */
import type { Connection, MembershipState } from './operations';
import { FIGURE_FIELDS, type Figures } from './operations-figures';

export const MANAGE_COMMUNITY = `query ManageCommunity($slug: String!) { community(slug: $slug) { id slug name viewerCanModerate library { slug name } } }`;
export interface ManageCommunityData {
  community: { id: string; slug: string; name: string; viewerCanModerate: boolean; library: { slug: string; name: string } };
}

export interface QueuedPost {
  id: string;
  seq: number;
  bodyHtml: string | null;
  createdAt: string;
  author: { displayName: string };
  thread: { id: string; title: string };
}
export const QUEUE = `query Queue($communityId: ID!, $after: String) {
  moderationQueue(communityId: $communityId, first: 30, after: $after) {
    edges { cursor node { id seq bodyHtml createdAt author { displayName } thread { id title } } } pageInfo { hasNextPage endCursor }
  }
}`;
export interface QueueData {
  moderationQueue: Connection<QueuedPost>;
}
export const APPROVE_POST = `mutation ApprovePost($postId: ID!) { approvePost(postId: $postId) { id state } }`;
export const REJECT_POST = `mutation RejectPost($postId: ID!, $reason: String!) { rejectPost(postId: $postId, reason: $reason) { id state } }`;

export type ReportReason = 'ABUSE' | 'OFF_TOPIC' | 'OTHER' | 'PERSONAL_DATA' | 'SPAM';
export interface ReportData {
  id: string;
  reason: ReportReason;
  note: string | null;
  createdAt: string;
  targetType: 'POST' | 'THREAD';
  reporter: { displayName: string } | null;
  post: { id: string; seq: number; bodyHtml: string | null; state: string; author: { displayName: string } } | null;
  thread: { id: string; title: string } | null;
}
export const REPORTS = `query Reports($communityId: ID!, $after: String) {
  reports(communityId: $communityId, first: 30, after: $after) {
    edges { cursor node { id reason note createdAt targetType reporter { displayName } post { id seq bodyHtml state author { displayName } } thread { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export interface ReportsData {
  reports: Connection<ReportData>;
}
export const RESOLVE_REPORT = `mutation ResolveReport($input: ResolveReportInput!) { resolveReport(input: $input) { id status } }`;

export interface LogEntry {
  id: string;
  action: string;
  targetType: string;
  reason: string | null;
  details: string | null;
  createdAt: string;
  expiresAt: string | null;
  actor: { displayName: string } | null;
}
export const MOD_LOG = `query ModLog($communityId: ID!, $after: String) {
  modLog(communityId: $communityId, first: 50, after: $after) {
    edges { cursor node { id action targetType reason details createdAt expiresAt actor { displayName } } } pageInfo { hasNextPage endCursor }
  }
}`;
export interface ModLogData {
  modLog: Connection<LogEntry>;
}

export type MemberRole = 'MEMBER' | 'EXPERT' | 'MODERATOR' | 'OWNER';
export interface MemberData {
  id: string;
  role: MemberRole;
  state: MembershipState;
  createdAt: string;
  banReason: string | null;
  bannedUntil: string | null;
  user: { id: string; displayName: string };
}
export const MEMBERS = `query Members($slug: String!, $state: MembershipState, $after: String) {
  community(slug: $slug) { id members(first: 50, state: $state, after: $after) {
    edges { cursor node { id role state createdAt banReason bannedUntil user { id displayName } } } pageInfo { hasNextPage endCursor }
  } }
}`;
export interface MembersData {
  community: { id: string; members: Connection<MemberData> };
}
export const APPROVE_MEMBERSHIP = `mutation ApproveMembership($input: MembershipDecisionInput!) { approveMembership(input: $input) { id state } }`;
export const REJECT_MEMBERSHIP = `mutation RejectMembership($input: MembershipDecisionInput!) { rejectMembership(input: $input) }`;
export const SET_MEMBER_ROLE = `mutation SetMemberRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { id role } }`;
export const BAN_MEMBER = `mutation BanMember($input: BanMemberInput!) { banMember(input: $input) { id state } }`;
export const UNBAN_MEMBER = `mutation UnbanMember($input: UnbanMemberInput!) { unbanMember(input: $input) }`;

export interface FiguresData {
  communityFigures: Figures;
}
export const FIGURES = `query Figures($communityId: ID!, $weeks: Int!) { communityFigures(communityId: $communityId, weeks: $weeks) { ${FIGURE_FIELDS} } }`;
