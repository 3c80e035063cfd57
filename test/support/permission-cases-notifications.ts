import { randomBytes } from 'node:crypto';
import { createCommunity, createThread } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) }`;

const followed = (w: PermissionWorld, userId: string | undefined, targetId: string) =>
  sqlValue(w, `SELECT target_type FROM follows WHERE user_id = $1 AND target_id = $2`, [userId, targetId]);

const everyone = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));

/**
 * An unread notification for every actor, so marking read shows: about a thread in a fresh public
 * community (the banned actor is banned from the world's own, and notifications show only what their
 * recipient may read).
 */
export async function unreadForEveryone(w: PermissionWorld): Promise<string> {
  const community = await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC');
  const thread = await createThread(w.t, w.staff, community.id);
  await w.t.sql(
    `INSERT INTO notifications (recipient_id, kind, community_id, thread_id) SELECT unnest($1::uuid[]), 'THREAD_IN_FOLLOWED_COMMUNITY', $2, $3`,
    [everyone(w), community.id, thread.id],
  );
  return thread.id;
}

const followCase =
  (target: (w: PermissionWorld) => Promise<{ threadId?: string; communityId?: string }>): Case =>
  async (w) => {
    const input = await target(w);
    return {
      query: FOLLOW,
      variables: { input },
      verify: async ({ viewer }) =>
        expect(await followed(w, viewer?.id, (input.threadId ?? input.communityId)!)).toBe(input.threadId ? 'THREAD' : 'COMMUNITY'),
    };
  };

/** How each notifications operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NOTIFICATIONS_CASES: Record<string, Case> = {
  followThread: followCase(async (w) => ({ threadId: (await createThread(w.t, w.author, w.communities.pub.id)).id })),
  followPrivateThread: followCase(async (w) => ({ threadId: (await createThread(w.t, w.author, w.communities.priv.id)).id })),
  followRestrictedCommunity: followCase(async (w) => ({ communityId: w.communities.restricted.id })),
  // Everyone follows the thread already, so an unfollow that removes nothing shows.
  unfollow: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`INSERT INTO follows (user_id, target_type, target_id) SELECT unnest($1::uuid[]), 'THREAD', $2 ON CONFLICT DO NOTHING`, [
      everyone(w),
      thread.id,
    ]);
    return {
      query: `mutation($input: FollowInput!) { unfollow(input: $input) }`,
      variables: { input: { threadId: thread.id } },
      verify: async ({ viewer }) => expect(await followed(w, viewer?.id, thread.id)).toBeUndefined(),
    };
  },
  markNotificationsRead: async (w) => {
    await unreadForEveryone(w);
    return {
      query: `mutation { markNotificationsRead(input: { all: true }) }`,
      variables: {},
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT count(*)::int FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [viewer?.id])).toBe(
          0,
        ),
    };
  },
  setNotificationPreference: async (w) => ({
    query: `mutation { setNotificationPreference(input: { kind: REPLY_IN_FOLLOWED_THREAD, channel: OFF }) { emailDelivery } }`,
    variables: {},
    verify: async ({ viewer }) =>
      expect(
        await sqlValue(w, `SELECT channel FROM notification_preferences WHERE user_id = $1 AND kind = 'REPLY_IN_FOLLOWED_THREAD'`, [
          viewer?.id,
        ]),
      ).toBe('OFF'),
  }),
  setEmailDelivery: async (w) => ({
    query: `mutation { setEmailDelivery(delivery: DAILY) { emailDelivery } }`,
    variables: {},
    verify: async ({ viewer }) =>
      expect(await sqlValue(w, `SELECT email_delivery FROM notification_settings WHERE user_id = $1`, [viewer?.id])).toBe('DAILY'),
  }),
  setHandle: async (w) => {
    const handle = `naam${randomBytes(5).toString('hex')}`;
    return {
      query: `mutation($input: SetHandleInput!) { setHandle(input: $input) { handle } }`,
      variables: { input: { handle } },
      verify: async ({ viewer }) => expect(await sqlValue(w, `SELECT handle FROM users WHERE id = $1`, [viewer?.id])).toBe(handle),
    };
  },
};
