/** What a library's staff use: its figures, the national dashboard, and the review of expertise claims. */
import type { Connection } from './operations';
import { FIGURE_FIELDS, type Figures } from './operations-figures';

export const STAFF_LIBRARY = `query StaffLibrary($slug: String!) { library(slug: $slug) { id slug name kind } }`;
export interface StaffLibraryData {
  library: { id: string; slug: string; name: string; kind: 'LOCAL' | 'NATIONAL' };
}

export const LIBRARY_FIGURES = `query LibraryFigures($libraryId: ID!, $weeks: Int!) {
  libraryFigures(libraryId: $libraryId, weeks: $weeks) { communities ${FIGURE_FIELDS} }
}`;
export interface LibraryFiguresData {
  libraryFigures: Figures & { communities: number };
}

export const NATIONAL_DASHBOARD = `query NationalDashboard($weeks: Int!) {
  nationalDashboard(weeks: $weeks) {
    libraries librariesPresent librariesFacilitating medianFirstReplySeconds
    perLibrary { present facilitatesValueNetwork medianFirstReplySeconds library { id slug name } trend { weekStart medianFirstReplySeconds } }
  }
}`;
export interface LibraryStanding {
  present: boolean;
  facilitatesValueNetwork: boolean;
  medianFirstReplySeconds: number | null;
  library: { id: string; slug: string; name: string };
  trend: { weekStart: string; medianFirstReplySeconds: number | null }[];
}
export interface NationalDashboardData {
  nationalDashboard: {
    libraries: number;
    librariesPresent: number;
    librariesFacilitating: number;
    medianFirstReplySeconds: number | null;
    perLibrary: LibraryStanding[];
  };
}

export const REVIEW_PAGE_SIZE = 50;
export interface Claim {
  id: string;
  topic: string;
  evidence: string | null;
  createdAt: string;
  user: { id: string; displayName: string };
}
export const EXPERTISE_CLAIMS = `query ExpertiseClaims($libraryId: ID!, $after: String) {
  expertiseClaims(libraryId: $libraryId, first: ${REVIEW_PAGE_SIZE}, after: $after) {
    edges { cursor node { id topic evidence createdAt user { id displayName } } } pageInfo { hasNextPage endCursor }
  }
}`;
export interface ExpertiseClaimsData {
  expertiseClaims: Connection<Claim>;
}

export interface ExpertiseLogEntry {
  id: string;
  /** WITHDRAWN: the expert withdrew expertise this library had verified. */
  action: 'VERIFIED' | 'REJECTED' | 'REVOKED' | 'WITHDRAWN';
  topic: string;
  reason: string | null;
  details: string | null;
  createdAt: string;
  expertiseId: string;
  actor: { displayName: string } | null;
  /** With their expertise as it is now: which verifications still stand. */
  expert: { id: string; displayName: string; expertise: { id: string; state: 'CLAIMED' | 'VERIFIED' | 'REJECTED' | 'REVOKED' | 'WITHDRAWN'; libraryId: string | null }[] } | null;
}
export const EXPERTISE_LOG = `query ExpertiseLog($libraryId: ID!, $after: String) {
  expertiseLog(libraryId: $libraryId, first: ${REVIEW_PAGE_SIZE}, after: $after) {
    edges { cursor node { id action topic reason details createdAt expertiseId actor { displayName } expert { id displayName expertise { id state libraryId } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export interface ExpertiseLogData {
  expertiseLog: Connection<ExpertiseLogEntry>;
}

export const VERIFY_EXPERTISE = `mutation VerifyExpertise($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }`;
export const REJECT_EXPERTISE = `mutation RejectExpertise($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }`;
export const REVOKE_EXPERTISE = `mutation RevokeExpertise($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }`;
