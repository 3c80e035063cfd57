/** Browser notifications (Web Push): the server's key, the member's choice of kinds, and the subscription of this browser. */
import { graphql } from './generated';
import type { PushSettingsQuery } from './generated/graphql';

export const PUSH_SETTINGS = graphql(`
  query PushSettings { vapidPublicKey notificationPreferences { pushAvailable pushKinds pushSubscriptions } }
`);
export type PushSettings = PushSettingsQuery;
export const SUBSCRIBE_PUSH = graphql(`mutation SubscribePush($input: SubscribePushInput!) { subscribePush(input: $input) }`);
export const UNSUBSCRIBE_PUSH = graphql(`mutation UnsubscribePush($endpoint: String) { unsubscribePush(endpoint: $endpoint) }`);
export const SET_PUSH_KINDS = graphql(`
  mutation SetPushKinds($kinds: [NotificationKind!]!) { setPushKinds(kinds: $kinds) { pushAvailable pushKinds pushSubscriptions } }
`);
