/** What the header's notification badge asks and hears (every signed-in page loads this). */
export type NotificationKind =
  | 'ANSWER_ACCEPTED' | 'EXPERTISE_VERIFIED' | 'MEMBERSHIP_APPROVED' | 'MENTION'
  | 'REPLY_IN_FOLLOWED_THREAD' | 'REPLY_TO_POST' | 'REPORT_RESOLVED' | 'THREAD_IN_FOLLOWED_COMMUNITY';
export interface NotificationData {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  detail: string | null;
  actor: { displayName: string } | null;
  community: { slug: string; name: string } | null;
  thread: { id: string; title: string } | null;
  post: { id: string; seq: number } | null;
}
export const NOTIFICATION_FIELDS = 'id kind read createdAt detail actor { displayName } community { slug name } thread { id title } post { id seq }';

export const UNREAD_COUNT = `query UnreadCount { unreadCount }`;
export const NOTIFICATION_ADDED = `subscription NotificationAdded { notificationAdded { unreadCount notification { ${NOTIFICATION_FIELDS} } } }`;
export interface NotificationAddedData {
  notificationAdded: { unreadCount: number; notification: NotificationData };
}
