import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import { ok } from './gql';
import { Attempt, Case } from './permission-cases-kit';
import { type PermissionWorld, authoredPost } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Connection<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

/** A row for a field: `value` finds the field in the answer; a "yes" must answer `real` (a matcher or value). */
function fieldAttempt(query: string, variables: Record<string, unknown>, value: (data: Data) => unknown, real: (data: Data) => void): Attempt {
  return { query, variables, value, verify: ({ data }) => real(data) };
}

/** A Boolean field: `true`/`false` cells compare `value`; verify (a `yes`) is the same as `true`. */
function booleanAttempt(query: string, variables: Record<string, unknown>, value: (data: Data) => unknown): Attempt {
  return { query, variables, value, verify: ({ data }) => expect(value(data)).toBe(true) };
}

/** Expertise of the world's author under a fresh topic, at (claimed) or by (verified) the world's library, as a thread of theirs shows it. */
async function authorExpertise(w: PermissionWorld, state: 'CLAIMED' | 'VERIFIED', evidence: string) {
  const topic = `Onderwerp ${unique()}`;
  await w.t.sql(
    `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_by_id, verified_at)
       VALUES ($1, $2, lower($2), $3, $4, $5, $6, $7)`,
    [w.author.id, topic, evidence, state, w.library.id, state === 'VERIFIED' ? w.staff.id : null, state === 'VERIFIED' ? new Date() : null],
  );
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  const mine = (data: Data) => (data.thread.author.expertise as Data[]).filter((e) => e.topic === topic);
  return { threadId: thread.id, mine };
}

const ONE_POST_OF = (fields: string) => `query($id: ID!) { thread(id: $id) { posts { edges { node { id ${fields} } } } } }`;
const postIn = (data: Data, id: string) => nodes<Data>(data.thread.posts).find((n) => n.id === id);

const COMMUNITY = (fields: string) => `query($slug: String!) { community(slug: $slug) { ${fields} } }`;

/**
 * How each viewer-dependent or private field of docs/permissions.md is read: a fixture, a query that
 * reaches the field, where the field sits in the answer, and what its real value is.
 */
export const FIELD_CASES: Record<string, Case> = {
  'User.email': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    const value = (data: Data) => data.thread.author.email;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { email } } }`, { id: thread.id }, value, (data) => expect(value(data)).toBe(w.author.email));
  },
  // The subject is the suspended actor (a thread handed to them): "suspended" reads their own suspension.
  'User.suspension': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`UPDATE threads SET author_id = $2 WHERE id = $1`, [thread.id, w.actors.suspended!.id]);
    const value = (data: Data) => data.thread.author.suspension;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { id suspension { reason } } } }`, { id: thread.id }, value, (data) => expect(value(data)).toEqual({ reason: 'test' }));
  },
  // The author's open claim: listed among their expertise only for those who see all of it.
  'User.expertise': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'CLAIMED', 'Eigen archief');
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { expertise { topic state } } } }`, { id: threadId }, mine, (data) => expect(mine(data).map((e) => e.state)).toEqual(['CLAIMED']));
  },
  'Expertise.evidence': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'VERIFIED', 'Dertig jaar conservator');
    const value = (data: Data) => mine(data)[0].evidence;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { expertise { topic evidence } } } }`, { id: threadId }, value, (data) => expect(value(data)).toBe('Dertig jaar conservator'));
  },
  'Expertise.verifiedBy': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'VERIFIED', 'Bewijs');
    const value = (data: Data) => mine(data)[0].verifiedBy;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { expertise { topic verifiedBy { id } } } } }`, { id: threadId }, value, (data) => expect(value(data)).toEqual({ id: w.staff.id }));
  },
  // A post its author edited once: the earlier text is in its revisions.
  'Post.revisions': async (w) => {
    const post = await authoredPost(w);
    await ok(w.t, `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId: post.id, body: 'Tweede versie' } }, w.author.token);
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.revisions;
    return fieldAttempt(ONE_POST_OF('revisions { body }'), { id: threadId }, value, (data) => expect(value(data)).toContainEqual({ body: 'Te bewerken' }));
  },
  // A post hidden by a moderator: its text.
  'Post.body': async (w) => {
    const post = await authoredPost(w);
    await w.t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [post.id]);
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.body ?? null;
    return fieldAttempt(ONE_POST_OF('body'), { id: threadId }, value, (data) => expect(value(data)).toBe('Te bewerken'));
  },
  // The member liked the author's post: only the member's own reactions show.
  'Post.viewerReactions': async (w) => {
    const post = await authoredPost(w);
    await w.t.sql(`INSERT INTO reactions (post_id, user_id, kind) VALUES ($1, $2, 'LIKE')`, [post.id, w.actors.member!.id]);
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.viewerReactions;
    return fieldAttempt(ONE_POST_OF('viewerReactions'), { id: threadId }, value, (data) => expect(value(data)).toEqual(['LIKE']));
  },
  'Community.members': async (w) => {
    const value = (data: Data) => nodes(data.community.members);
    return fieldAttempt(COMMUNITY('members(first: 100) { edges { node { userId } } }'), { slug: w.communities.pub.slug }, value, (data) => expect(value(data)).toContainEqual({ userId: w.author.id }));
  },
  // A request to join the RESTRICTED community, waiting for a moderator.
  'Community.pendingMembers': async (w) => {
    const requester = (await ok(w.t, `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
      input: { email: `wacht-${unique()}@test.waardenet.nl`, password: 'correct horse battery', displayName: `Aanvrager ${unique()}` },
    })).register;
    await ok(w.t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.communities.restricted.id }, requester.accessToken);
    const value = (data: Data) => nodes(data.community.members);
    return fieldAttempt(COMMUNITY('members(state: PENDING, first: 100) { edges { node { userId } } }'), { slug: w.communities.restricted.slug }, value, (data) =>
      expect(value(data)).toContainEqual({ userId: requester.user.id }),
    );
  },
  'Community.moderationSettings': async (w) => {
    const value = (data: Data) => data.community.moderationSettings;
    return fieldAttempt(COMMUNITY('moderationSettings { reportThreshold }'), { slug: w.communities.pub.slug }, value, (data) =>
      expect(typeof value(data).reportThreshold).toBe('number'),
    );
  },
  'Community.viewerMembership': async (w) => {
    const value = (data: Data) => data.community.viewerMembership;
    return {
      query: COMMUNITY('viewerMembership { userId state }'),
      variables: { slug: w.communities.pub.slug },
      value,
      verify: async ({ data, viewer }) => {
        const [row] = await w.t.sql(`SELECT user_id AS "userId", state FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.communities.pub.id, viewer?.id]);
        expect(value(data)).toEqual(row);
      },
    };
  },
  // The RESTRICTED community's threads.
  'Community.threads': async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.restricted.id);
    const value = (data: Data) => data.community.threads;
    return fieldAttempt(COMMUNITY('threads(first: 100) { edges { node { id } } }'), { slug: w.communities.restricted.slug }, value, (data) =>
      expect(nodes(value(data) as Connection<unknown>)).toContainEqual({ id: thread.id }),
    );
  },
  'Community.viewerCanModerate': async (w) => booleanAttempt(COMMUNITY('viewerCanModerate'), { slug: w.communities.pub.slug }, (data) => data.community.viewerCanModerate),
  'Community.viewerCanRead': async (w) => booleanAttempt(COMMUNITY('viewerCanRead'), { slug: w.communities.restricted.slug }, (data) => data.community.viewerCanRead),
  'Thread.viewerCanReply': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    return booleanAttempt(`query($id: ID!) { thread(id: $id) { viewerCanReply } }`, { id: thread.id }, (data) => data.thread.viewerCanReply);
  },
  // Only the author follows the thread.
  'Thread.viewerFollows': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, 'THREAD', $2) ON CONFLICT DO NOTHING`, [w.author.id, thread.id]);
    return booleanAttempt(`query($id: ID!) { thread(id: $id) { viewerFollows } }`, { id: thread.id }, (data) => data.thread.viewerFollows);
  },
  'Library.staff': async (w) => {
    const value = (data: Data) => (data.library.staff as { userId: string }[]).map((s) => s.userId);
    return fieldAttempt(`query($slug: String!) { library(slug: $slug) { staff { userId } } }`, { slug: w.library.slug }, value, (data) => expect(value(data)).toContain(w.staff.id));
  },
};
