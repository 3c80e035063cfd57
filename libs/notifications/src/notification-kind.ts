import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY_TO_POST = 'REPLY_TO_POST',
  REPLY_IN_FOLLOWED_THREAD = 'REPLY_IN_FOLLOWED_THREAD',
  THREAD_IN_FOLLOWED_COMMUNITY = 'THREAD_IN_FOLLOWED_COMMUNITY',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  EXPERTISE_VERIFIED = 'EXPERTISE_VERIFIED',
  /** For a community's moderators: a member reported a post or thread. */
  REPORT_FILED = 'REPORT_FILED',
  /** For a community's moderators: someone asked to join. */
  JOIN_REQUESTED = 'JOIN_REQUESTED',
  /** For a community's moderators: a post (or a new thread) waits for approval. */
  POST_QUEUED = 'POST_QUEUED',
  /** An event you said you would come to starts within a day (libs/events). */
  EVENT_REMINDER = 'EVENT_REMINDER',
  /** An event you said you would come to (or waited for) was cancelled. */
  EVENT_CANCELLED = 'EVENT_CANCELLED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about. One post gives a person at most one notification, of the most specific kind.',
});

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  OFF = 'OFF',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'IN_APP; EMAIL (also in-app); OFF (not even in-app).' });

export enum EmailDelivery {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
}
registerEnumType(EmailDelivery, { name: 'EmailDelivery', description: 'IMMEDIATE: one mail per notification; DAILY: one digest a day.' });

/** The kinds that go to a community's moderators about work waiting for them (shown only while they moderate it). */
export const MODERATOR_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.REPORT_FILED,
  NotificationKind.JOIN_REQUESTED,
  NotificationKind.POST_QUEUED,
]);

/** The language of a user's mail: one enum with the profile's preferred language (libs/core). */
export { Locale } from '@waardenet/core';

export enum FollowTarget {
  THREAD = 'THREAD',
  COMMUNITY = 'COMMUNITY',
}

/**
 * Defaults: what is addressed to you personally and rarely happens goes by email; the rest of the
 * traffic (replies, followed threads and communities, report outcomes) stays in-app.
 */
export const DEFAULT_CHANNEL: Record<NotificationKind, NotificationChannel> = {
  [NotificationKind.MENTION]: NotificationChannel.EMAIL,
  [NotificationKind.REPLY_TO_POST]: NotificationChannel.IN_APP,
  [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: NotificationChannel.IN_APP,
  [NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY]: NotificationChannel.IN_APP,
  [NotificationKind.ANSWER_ACCEPTED]: NotificationChannel.EMAIL,
  [NotificationKind.MEMBERSHIP_APPROVED]: NotificationChannel.EMAIL,
  [NotificationKind.REPORT_RESOLVED]: NotificationChannel.IN_APP,
  [NotificationKind.EXPERTISE_VERIFIED]: NotificationChannel.EMAIL,
  // Moderators' alerts: in-app (and live), a mail for each would flood a busy community's moderators.
  [NotificationKind.REPORT_FILED]: NotificationChannel.IN_APP,
  [NotificationKind.JOIN_REQUESTED]: NotificationChannel.IN_APP,
  [NotificationKind.POST_QUEUED]: NotificationChannel.IN_APP,
  // Events: addressed to you, rare, and about a date in your diary.
  [NotificationKind.EVENT_REMINDER]: NotificationChannel.EMAIL,
  [NotificationKind.EVENT_CANCELLED]: NotificationChannel.EMAIL,
};

/** For one post, the kinds a person may qualify for, most specific first: they get only the first. */
export const POST_KIND_ORDER = [
  NotificationKind.MENTION,
  NotificationKind.REPLY_TO_POST,
  NotificationKind.REPLY_IN_FOLLOWED_THREAD,
  NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY,
];

/** The kinds about a library event: shown only while the recipient may read the event's community (its threads). */
export const EVENT_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.EVENT_REMINDER, NotificationKind.EVENT_CANCELLED]);
