import { errorCode } from './gql';
import { TestUser, addStaff, createCommunity, createLibrary, join, registerUser, world } from './factories';
import { TestApp } from './test-app';

export const NO_ID = '00000000-0000-4000-8000-000000000000';

/** Makes an active member of a community its MODERATOR (no operation hands out community roles yet). */
export async function makeModerator(t: TestApp, user: TestUser, communityId: string): Promise<void> {
  await join(t, user, communityId);
  await t.sql(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND user_id = $2`, [communityId, user.id]);
}

/**
 * world() plus the people who must NOT moderate its public community: a MODERATOR of a sibling
 * community of the same library, and the community manager of another library (IDOR checks), and a
 * MODERATOR of the public community itself.
 */
export async function modWorld(t: TestApp) {
  const w = await world(t);
  const moderator = await registerUser(t, { displayName: 'Moderator' });
  await makeModerator(t, moderator, w.pub.id);
  const sibling = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
  const otherMod = await registerUser(t, { displayName: 'Moderator elders' });
  await makeModerator(t, otherMod, sibling.id);
  const otherLibrary = await createLibrary(t, w.admin);
  const otherStaff = await registerUser(t, { displayName: 'Andere bibliotheek' });
  await addStaff(t, w.admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
  const elsewhere = await createCommunity(t, otherStaff, otherLibrary.id, 'PUBLIC');
  return { ...w, moderator, sibling, otherMod, otherLibrary, otherStaff, elsewhere };
}
export type ModWorld = Awaited<ReturnType<typeof modWorld>>;

/** A fingerprint of everything moderation can write: equal before and after means nothing was written. */
export async function snapshot(t: TestApp): Promise<unknown> {
  const [row] = await t.sql(`SELECT
    (SELECT count(*)::int FROM moderation_actions) AS log,
    (SELECT count(*)::int FROM live_events) AS events,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, status, outcome, community_id), ',' ORDER BY id), '')) FROM reports) AS reports,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, state, body, moderated_at), ',' ORDER BY id), '')) FROM posts) AS posts,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, state, locked, pinned, community_id, reply_count, title), ',' ORDER BY id), '')) FROM threads) AS threads,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, state, role, ban_reason, banned_until), ',' ORDER BY id), '')) FROM memberships) AS memberships,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, approval, report_threshold, slow_mode_seconds, public_mod_log), ',' ORDER BY id), '')) FROM communities) AS communities,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, suspended_at, suspension_reason), ',' ORDER BY id), '')) FROM users) AS users,
    (SELECT md5(coalesce(string_agg(concat_ws('|', id, phrase, action), ',' ORDER BY id), '')) FROM watched_words) AS words`);
  return row;
}

export interface Refusals {
  member?: string;
  outsider?: string;
  otherMod?: string;
  otherStaff?: string;
  visitor?: string;
}

/**
 * Sends one operation as each person who may not do it and expects their codes (by default: FORBIDDEN
 * for a plain member, an outsider, the moderator of another community and the staff of another library,
 * UNAUTHENTICATED for a visitor), and that nothing was written.
 */
export async function expectRefused(
  t: TestApp,
  w: ModWorld,
  query: string,
  variables: Record<string, unknown>,
  expected: Refusals = {},
): Promise<void> {
  const want = {
    member: 'FORBIDDEN',
    outsider: 'FORBIDDEN',
    otherMod: 'FORBIDDEN',
    otherStaff: 'FORBIDDEN',
    visitor: 'UNAUTHENTICATED',
    ...expected,
  };
  const before = await snapshot(t);
  const got = {
    member: await errorCode(t, query, variables, w.member.token),
    outsider: await errorCode(t, query, variables, w.outsider.token),
    otherMod: await errorCode(t, query, variables, w.otherMod.token),
    otherStaff: await errorCode(t, query, variables, w.otherStaff.token),
    visitor: await errorCode(t, query, variables),
  };
  expect(got).toEqual(want);
  expect(await snapshot(t)).toEqual(before);
}

/** Expects one code for one caller, and that nothing was written. */
export async function expectCode(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  code: string,
): Promise<void> {
  const before = await snapshot(t);
  expect(await errorCode(t, query, variables, token)).toBe(code);
  expect(await snapshot(t)).toEqual(before);
}

export const openingPost = async (t: TestApp, threadId: string) =>
  (await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadId]))[0].id;

export const replyCount = async (t: TestApp, threadId: string) =>
  (await t.sql<{ reply_count: number }>(`SELECT reply_count FROM threads WHERE id = $1`, [threadId]))[0].reply_count;

/** replyCount as it must be: the VISIBLE, undeleted replies. */
export const countedReplies = async (t: TestApp, threadId: string) =>
  (
    await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM posts WHERE thread_id = $1 AND seq > 1 AND state = 'VISIBLE' AND deleted_at IS NULL`,
      [threadId],
    )
  )[0].n;

export const logLines = (t: TestApp) =>
  t.sql<{
    action: string;
    actor_id: string | null;
    target_id: string;
    community_id: string | null;
    reason: string | null;
    details: string | null;
  }>(`SELECT action, actor_id, target_id, community_id, reason, details FROM moderation_actions ORDER BY id`);
