/** Search, notifications and the profile's own settings: the documents and the shapes of their answers. */
import type { Connection } from './operations';
import { NOTIFICATION_FIELDS, type NotificationData, type NotificationKind } from './operations-notify';

export type { NotificationData, NotificationKind };

export type SearchKind = 'THREAD' | 'POST' | 'COMMUNITY' | 'ITEM';
export const SEARCH_KINDS: SearchKind[] = ['THREAD', 'POST', 'COMMUNITY', 'ITEM'];
export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  kind: SearchKind;
  snippet: string;
  thread: { id: string; title: string } | null;
  post: { id: string; seq: number } | null;
  community: { slug: string; name: string } | null;
  item: { id: string; title: string; year: number | null } | null;
}
export const SEARCH = `query Search($query: String!, $filter: SearchFilter, $after: String) {
  search(query: $query, filter: $filter, first: ${SEARCH_PAGE_SIZE}, after: $after) {
    edges { cursor node { kind snippet thread { id title } post { id seq } community { slug name } item { id title year } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export interface SearchData {
  search: Connection<SearchHit>;
}

export const NOTIFICATION_KINDS: NotificationKind[] = [
  'MENTION', 'REPLY_TO_POST', 'REPLY_IN_FOLLOWED_THREAD', 'THREAD_IN_FOLLOWED_COMMUNITY',
  'ANSWER_ACCEPTED', 'MEMBERSHIP_APPROVED', 'REPORT_RESOLVED', 'EXPERTISE_VERIFIED',
];
export type NotificationChannel = 'IN_APP' | 'EMAIL' | 'OFF';
export type EmailDelivery = 'IMMEDIATE' | 'DAILY';
/** The language of notification mail. */
export type MailLocale = 'NL' | 'EN';

export const NOTIFICATIONS = `query Notifications($after: String, $unreadOnly: Boolean) {
  notifications(first: 30, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { ${NOTIFICATION_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
export interface NotificationsData {
  notifications: Connection<NotificationData>;
}
export const MARK_READ = `mutation MarkRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

const PREFERENCE_FIELDS = 'digestHourUtc emailAvailable emailDelivery locale kinds { kind channel }';
export interface Preferences {
  digestHourUtc: number;
  emailAvailable: boolean;
  emailDelivery: EmailDelivery;
  locale: MailLocale;
  kinds: { kind: NotificationKind; channel: NotificationChannel }[];
}
export const PREFERENCES = `query Preferences { notificationPreferences { ${PREFERENCE_FIELDS} } }`;
export const SET_PREFERENCE = `mutation SetPreference($input: NotificationPreferenceInput!) { setNotificationPreference(input: $input) { ${PREFERENCE_FIELDS} } }`;
/** Give the delivery, the locale or both. */
export const SET_EMAIL_DELIVERY = `mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {
  setEmailDelivery(delivery: $delivery, locale: $locale) { ${PREFERENCE_FIELDS} }
}`;

export type ExpertiseState = 'CLAIMED' | 'VERIFIED' | 'REJECTED' | 'REVOKED' | 'WITHDRAWN';
export interface OwnExpertise {
  id: string;
  topic: string;
  state: ExpertiseState;
  evidence: string | null;
  revokeReason: string | null;
  rejectReason: string | null;
  /** The library the claim was made at, which verifies or rejects it. */
  library: { name: string } | null;
}
// With the libraries a claim can be made at (the claimant picks one).
export const OWN_PROFILE = `query OwnProfile {
  me { id handle expertise { id topic state evidence revokeReason rejectReason library { name } } }
  libraries(first: 100) { edges { node { id name } } }
}`;
export interface OwnProfileData {
  me: { id: string; handle: string | null; expertise: OwnExpertise[] } | null;
  libraries: Connection<{ id: string; name: string }>;
}
export const CLAIM_EXPERTISE = `mutation Claim($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`;
export const WITHDRAW_EXPERTISE = `mutation WithdrawExpertise($expertiseId: ID!) { withdrawExpertise(expertiseId: $expertiseId) { id state } }`;
export const SET_HANDLE = `mutation SetHandle($input: SetHandleInput!) { setHandle(input: $input) { id handle } }`;
