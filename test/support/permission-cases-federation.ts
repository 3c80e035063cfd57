import { randomBytes } from 'node:crypto';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';
import { populatedCommunity } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');

/** A remote community (on a host that does not exist) with one thread, followed by every signed-in actor. */
async function remoteCommunity(w: PermissionWorld): Promise<{ id: string; threadId: string; replyId: string }> {
  const id = unique();
  const base = `https://remote.invalid/c/${id}`;
  const [actor] = await w.t.sql<{ id: string }>(
    `INSERT INTO federation_remote_actors (uri, type, host, handle, display_name, inbox) VALUES ($1, 'Group', 'remote.invalid', $2, 'Leesclub', $3) RETURNING id`,
    [base, `leesclub${id}@remote.invalid`, `${base}/inbox`],
  );
  const [c] = await w.t.sql<{ id: string }>(
    `INSERT INTO federation_remote_communities (actor_id, handle, name, summary, url, accepted) VALUES ($1, $2, 'Leesclub', '', $3, true) RETURNING id`,
    [actor.id, `leesclub${id}@remote.invalid`, base],
  );
  const [thread] = await w.t.sql<{ id: string }>(
    `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, title, content_html, author_name, author_uri, published)
       VALUES ($1, $2, $2, 'Wat lees je?', '<p>Vertel!</p>', 'Iemand', 'https://remote.invalid/u/1', now()) RETURNING id`,
    [c.id, `${base}/t/1`],
  );
  for (const u of Object.values(w.actors)) {
    if (u) await w.t.sql(`INSERT INTO federation_remote_follows (remote_community_id, user_id) VALUES ($1, $2)`, [c.id, u.id]);
  }
  // The author's own reply from here.
  const [reply] = await w.t.sql<{ id: string }>(
    `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, in_reply_to, content_html, author_name, author_uri, published, local_author_id)
       VALUES ($1, $2, $3, $3, '<p>Mijn antwoord</p>', 'Auteur', '', now(), $4) RETURNING id`,
    [c.id, `${w.t.config.email.publicUrl}/ap/replies/${unique()}`, `${base}/t/1`, w.author.id],
  );
  return { id: c.id, threadId: thread.id, replyId: reply.id };
}

/** How the federation operations of docs/permissions.md are tried (libs/federation). */
export const FEDERATION_CASES: Record<string, Case> = {
  setCommunityFederation: async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    return {
      query: `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled } }`,
      variables: { input: { communityId: c.id, enabled: true } },
      verify: async () => expect(await sqlValue(w, `SELECT enabled FROM federated_communities WHERE community_id = $1`, [c.id])).toBe(true),
    };
  },
  communityFederation: async (w) => ({
    query: `query($id: ID!) { communityFederation(communityId: $id) { communityId enabled remoteFollowers } }`,
    variables: { id: w.communities.pub.id },
    verify: ({ data }) =>
      expect(data.communityFederation).toEqual({ communityId: w.communities.pub.id, enabled: false, remoteFollowers: 0 }),
  }),
  blockedInstances: async () => ({
    query: `query { blockedInstances { host reason } }`,
    variables: {},
    verify: ({ data }) => expect(Array.isArray(data.blockedInstances)).toBe(true),
  }),
  blockInstance: async (w) => {
    const host = `spam-${unique()}.example`;
    return {
      query: `mutation($input: BlockInstanceInput!) { blockInstance(input: $input) { host } }`,
      variables: { input: { host, reason: 'Stuurt spam' } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT reason FROM federation_blocked_instances WHERE host = $1`, [host])).toBe('Stuurt spam'),
    };
  },
  unblockInstance: async (w) => {
    const host = `weer-${unique()}.example`;
    await w.t.sql(`INSERT INTO federation_blocked_instances (host, reason) VALUES ($1, 'test')`, [host]);
    return {
      query: `mutation($host: String!) { unblockInstance(host: $host) }`,
      variables: { host },
      verify: async () =>
        expect(await sqlValue(w, `SELECT count(*)::int FROM federation_blocked_instances WHERE host = $1`, [host])).toBe(0),
    };
  },
  // The table's world has no second server: every signed-in caller gets as far as the look-up, which finds
  // nothing (REMOTE_COMMUNITY_NOT_FOUND). Following for real: test/federation-instances.e2e-spec.ts.
  followRemoteCommunity: async () => ({
    query: `mutation($handle: String!) { followRemoteCommunity(handle: $handle) { id } }`,
    variables: { handle: `leesclub@nergens-${unique()}.invalid` },
    verify: () => {
      throw new Error('there is no remote server in the permission world: the look-up must find nothing');
    },
  }),
  unfollowRemoteCommunity: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `mutation($id: ID!) { unfollowRemoteCommunity(id: $id) }`,
      variables: { id: c.id },
      verify: async ({ viewer }) =>
        expect(
          await sqlValue(w, `SELECT count(*)::int FROM federation_remote_follows WHERE remote_community_id = $1 AND user_id = $2`, [
            c.id,
            viewer!.id,
          ]),
        ).toBe(0),
    };
  },
  remoteCommunities: async () => ({
    query: `query { remoteCommunities { id handle } }`,
    variables: {},
    verify: ({ data }) => expect(Array.isArray(data.remoteCommunities)).toBe(true),
  }),
  remoteCommunity: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `query($id: ID!) { remoteCommunity(id: $id) { id threads { id title } } }`,
      variables: { id: c.id },
      verify: ({ data }) => expect(data.remoteCommunity.threads).toEqual([{ id: c.threadId, title: 'Wat lees je?' }]),
    };
  },
  remotePost: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `query($id: ID!) { remotePost(id: $id) { id contentHtml replies { id } } }`,
      variables: { id: c.threadId },
      verify: ({ data }) =>
        expect(data.remotePost).toEqual({ id: c.threadId, contentHtml: '<p>Vertel!</p>', replies: [{ id: c.replyId }] }),
    };
  },
  // The author's own reply only.
  editRemoteReply: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `mutation($input: ReplyToRemoteInput!) { editRemoteReply(input: $input) { id } }`,
      variables: { input: { remotePostId: c.replyId, body: 'Bijgewerkt antwoord.' } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT content_html FROM federation_remote_posts WHERE id = $1`, [c.replyId])).toContain(
          'Bijgewerkt antwoord.',
        ),
    };
  },
  deleteRemoteReply: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `mutation($id: ID!) { deleteRemoteReply(remotePostId: $id) }`,
      variables: { id: c.replyId },
      verify: async () =>
        expect(await sqlValue(w, `SELECT deleted_at IS NOT NULL FROM federation_remote_posts WHERE id = $1`, [c.replyId])).toBe(true),
    };
  },
  setRemoteLike: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `mutation($input: SetRemoteLikeInput!) { setRemoteLike(input: $input) { id } }`,
      variables: { input: { remotePostId: c.threadId, liked: true } },
      verify: async ({ viewer }) =>
        expect(
          await sqlValue(w, `SELECT count(*)::int FROM federation_remote_likes WHERE remote_post_id = $1 AND actor_uri LIKE $2`, [
            c.threadId,
            `%/ap/actors/u-${viewer!.id}`,
          ]),
        ).toBe(1),
    };
  },
  replyToRemoteThread: async (w) => {
    const c = await remoteCommunity(w);
    return {
      query: `mutation($input: ReplyToRemoteInput!) { replyToRemoteThread(input: $input) { id } }`,
      variables: { input: { remotePostId: c.threadId, body: 'Ik lees Nescio.' } },
      verify: async ({ viewer }) =>
        expect(
          await sqlValue(
            w,
            `SELECT count(*)::int FROM federation_remote_posts WHERE local_author_id = $1 AND in_reply_to IS NOT NULL AND remote_community_id = $2`,
            [viewer!.id, c.id],
          ),
        ).toBe(1),
    };
  },
};
