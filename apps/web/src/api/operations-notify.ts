/** What the header's notification badge asks and hears (every signed-in page loads this). */
import { graphql } from './generated';
import type { NotificationFieldsFragment } from './generated/graphql';

export type { NotificationKind } from './generated/graphql';
export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification { id kind read createdAt detail actor { displayName } community { slug name } thread { id title } post { id seq } event { id title } }
`);
export type NotificationData = NotificationFieldsFragment;

export const UNREAD_COUNT = graphql(`query UnreadCount { unreadCount }`);
export const NOTIFICATION_ADDED = graphql(
  `subscription NotificationAdded { notificationAdded { unreadCount notification { ...NotificationFields } } }`,
);
