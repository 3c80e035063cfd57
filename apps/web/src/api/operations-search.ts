/** Search, notifications and the profile's own settings: the documents (their answers' types are generated). */
import { graphql } from './generated';
import type { NotificationKind, PreferencesQuery, OwnProfileQuery, SearchKind, SearchQuery } from './generated/graphql';

export type { NotificationData, NotificationKind } from './operations-notify';
export type { EmailDelivery, Locale as MailLocale, NotificationChannel, SearchKind } from './generated/graphql';

export const SEARCH_KINDS: SearchKind[] = ['THREAD', 'POST', 'COMMUNITY', 'ITEM'];
/** Hits per page (the document below says `first: 20`). */
export const SEARCH_PAGE_SIZE = 20;

export const SEARCH = graphql(`
  query Search($query: String!, $filter: SearchFilter, $after: String) {
    search(query: $query, filter: $filter, first: 20, after: $after) {
      edges { cursor node { kind snippet thread { id title } post { id seq } community { slug name } item { id title year } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export type SearchHit = SearchQuery['search']['edges'][number]['node'];

export const NOTIFICATION_KINDS: NotificationKind[] = [
  'MENTION',
  'REPLY_TO_POST',
  'REPLY_IN_FOLLOWED_THREAD',
  'THREAD_IN_FOLLOWED_COMMUNITY',
  'ANSWER_ACCEPTED',
  'MEMBERSHIP_APPROVED',
  'REPORT_RESOLVED',
  'EXPERTISE_VERIFIED',
  'EVENT_REMINDER',
  'EVENT_CANCELLED',
];

export const NOTIFICATIONS = graphql(`
  query Notifications($after: String, $unreadOnly: Boolean) {
    notifications(first: 30, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { ...NotificationFields } } pageInfo { hasNextPage endCursor } }
  }
`);
export const MARK_READ = graphql(`mutation MarkRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`);

export const PREFERENCE_FIELDS = graphql(`
  fragment PreferenceFields on NotificationPreferences { digestHourUtc emailAvailable emailDelivery locale kinds { kind channel } }
`);
export const PREFERENCES = graphql(`query Preferences { notificationPreferences { ...PreferenceFields } }`);
export type Preferences = PreferencesQuery['notificationPreferences'];
export const SET_PREFERENCE = graphql(`
  mutation SetPreference($input: NotificationPreferenceInput!) { setNotificationPreference(input: $input) { ...PreferenceFields } }
`);
/** Give the delivery, the locale or both. */
export const SET_EMAIL_DELIVERY = graphql(`
  mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {
    setEmailDelivery(delivery: $delivery, locale: $locale) { ...PreferenceFields }
  }
`);

export type { ExpertiseState } from './generated/graphql';
// With the libraries a claim can be made at (the claimant picks one).
export const OWN_PROFILE = graphql(`
  query OwnProfile {
    me { id handle expertise { id topic state evidence revokeReason rejectReason library { name } } }
    libraries(first: 100) { edges { node { id name } } }
  }
`);
/** A claim of one's own; `library` is where it was made, which verifies or rejects it. */
export type OwnExpertise = NonNullable<OwnProfileQuery['me']>['expertise'][number];
export const CLAIM_EXPERTISE = graphql(`mutation Claim($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`);
export const WITHDRAW_EXPERTISE = graphql(
  `mutation WithdrawExpertise($expertiseId: ID!) { withdrawExpertise(expertiseId: $expertiseId) { id state } }`,
);
export const SET_HANDLE = graphql(`mutation SetHandle($input: SetHandleInput!) { setHandle(input: $input) { id handle } }`);
