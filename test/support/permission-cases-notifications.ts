import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import type { Attempt, PermissionWorld } from './permission-cases';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) }`;

/** How each notifications operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NOTIFICATIONS_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  followThread: async (w) => ({ query: FOLLOW, variables: { input: { threadId: (await createThread(w.t, w.author, w.communities.pub.id)).id } } }),
  followPrivateThread: async (w) => ({ query: FOLLOW, variables: { input: { threadId: (await createThread(w.t, w.author, w.communities.priv.id)).id } } }),
  followRestrictedCommunity: async (w) => ({ query: FOLLOW, variables: { input: { communityId: w.communities.restricted.id } } }),
  unfollow: async (w) => ({
    query: `mutation($input: FollowInput!) { unfollow(input: $input) }`,
    variables: { input: { threadId: (await createThread(w.t, w.author, w.communities.pub.id)).id } },
  }),
  markNotificationsRead: async () => ({ query: `mutation { markNotificationsRead(input: { all: true }) }`, variables: {} }),
  setNotificationPreference: async () => ({
    query: `mutation { setNotificationPreference(input: { kind: REPLY_IN_FOLLOWED_THREAD, channel: OFF }) { emailDelivery } }`,
    variables: {},
  }),
  setEmailDelivery: async () => ({ query: `mutation { setEmailDelivery(delivery: DAILY) { emailDelivery } }`, variables: {} }),
  setHandle: async () => ({
    query: `mutation($input: SetHandleInput!) { setHandle(input: $input) { handle } }`,
    variables: { input: { handle: `naam${randomBytes(5).toString('hex')}` } },
  }),
};
