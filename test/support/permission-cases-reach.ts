import { createECDH, randomBytes } from 'node:crypto';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

/** A browser subscription for a push service the test app allows (WEB_PUSH_ALLOW_LOOPBACK is off there: FCM's host). */
function subscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString('hex')}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

const everyone = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));

/** Today's counts for the world's public community (a community page) and library (its page), so reach figures have a real value to show. */
async function seedReach(w: PermissionWorld): Promise<void> {
  await w.t.sql(
    `INSERT INTO reach_page_views (day, page, target_id, library_id, community_id, views) VALUES
       (current_date, 'community', $1, $2, $1, 7), (current_date, 'library', $2, $2, NULL, 5)
     ON CONFLICT DO NOTHING`,
    [w.communities.pub.id, w.library.id],
  );
}

/** How the Web Push and reach-figure operations of docs/permissions.md are tried. */
export const REACH_CASES: Record<string, Case> = {
  vapidPublicKey: async (w) => ({
    query: `query { vapidPublicKey }`,
    variables: {},
    verify: ({ data }) => expect(data.vapidPublicKey).toBe(w.t.config.webPush.publicKey),
  }),
  subscribePush: async (w) => {
    const input = subscription();
    return {
      query: `mutation($input: SubscribePushInput!) { subscribePush(input: $input) }`,
      variables: { input },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT user_id FROM push_subscriptions WHERE endpoint = $1`, [input.endpoint])).toBe(viewer?.id),
    };
  },
  // Every actor has a browser subscribed; each turns off all of theirs.
  unsubscribePush: async (w) => {
    const base = subscription();
    for (const id of everyone(w)) {
      await w.t.sql(`INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)`, [
        id,
        `${base.endpoint}-${id}`,
        base.keys.p256dh,
        base.keys.auth,
      ]);
    }
    return {
      query: `mutation { unsubscribePush }`,
      variables: {},
      verify: async ({ data, viewer }) => {
        expect(data.unsubscribePush).toBeGreaterThanOrEqual(1);
        expect(await sqlValue(w, `SELECT count(*)::int FROM push_subscriptions WHERE user_id = $1`, [viewer?.id])).toBe(0);
      },
    };
  },
  setPushKinds: async (w) => ({
    query: `mutation { setPushKinds(kinds: [MENTION]) { pushKinds } }`,
    variables: {},
    verify: async ({ viewer }) =>
      expect(await sqlValue(w, `SELECT push_kinds FROM notification_settings WHERE user_id = $1`, [viewer?.id])).toEqual(['MENTION']),
  }),
  communityFiguresReach: async (w) => {
    await seedReach(w);
    return {
      query: `query($id: ID!) { communityFigures(communityId: $id) { reach { pageViews localFollowers remoteFollowers followers catalogueClicks weeks { pageViews } } } }`,
      variables: { id: w.communities.pub.id },
      verify: ({ data }) => {
        expect(data.communityFigures.reach.pageViews).toBeGreaterThanOrEqual(7);
        expect(data.communityFigures.reach.weeks.at(-1).pageViews).toBeGreaterThanOrEqual(7);
      },
    };
  },
  libraryFiguresReach: async (w) => {
    await seedReach(w);
    return {
      query: `query($id: ID!) { libraryFigures(libraryId: $id) { reach { pageViews followers } communityReach { community { id } pageViews followers } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => {
        expect(data.libraryFigures.reach.pageViews).toBeGreaterThanOrEqual(12);
        const pub = data.libraryFigures.communityReach.find((c: { community: { id: string } }) => c.community.id === w.communities.pub.id);
        expect(pub.pageViews).toBeGreaterThanOrEqual(7);
      },
    };
  },
  nationalDashboardReach: async (w) => {
    await seedReach(w);
    return {
      query: `query { nationalDashboard { reach { pageViews followers catalogueClicks } perLibrary { library { id } pageViews followers remoteFollowers catalogueClicks } } }`,
      variables: {},
      verify: ({ data }) => {
        expect(data.nationalDashboard.reach.pageViews).toBeGreaterThanOrEqual(12);
        const mine = data.nationalDashboard.perLibrary.find((s: { library: { id: string } }) => s.library.id === w.library.id);
        expect(mine.pageViews).toBeGreaterThanOrEqual(12);
      },
    };
  },
};
