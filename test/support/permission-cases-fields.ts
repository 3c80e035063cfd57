import { randomBytes } from 'node:crypto';
import { createPost, createThread } from './factories';
import { ok } from './gql';
import { Attempt, Case } from './permission-cases-kit';
import { type PermissionWorld, authoredPost, populatedCommunity } from './permission-cases';
import { freshItem } from './permission-cases-catalogue';
import { chapterOf, nationalSetup, openChapter, propose } from './permission-cases-network';

const unique = () => randomBytes(4).toString('hex');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Connection<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

/** A row for a field: `value` finds the field in the answer; a "yes" must answer `real` (a matcher or value). */
function fieldAttempt(
  query: string,
  variables: Record<string, unknown>,
  value: (data: Data) => unknown,
  real: (data: Data) => void,
): Attempt {
  return { query, variables, value, verify: ({ data }) => real(data) };
}

/** A Boolean field: `true`/`false` cells compare `value`; verify (a `yes`) is the same as `true`. */
function booleanAttempt(query: string, variables: Record<string, unknown>, value: (data: Data) => unknown): Attempt {
  return { query, variables, value, verify: ({ data }) => expect(value(data)).toBe(true) };
}

/**
 * Expertise of the world's author under a fresh topic, at (claimed) or decided by the world's library's
 * staff, as a thread of theirs shows it. A revoked one was verified first; a rejected one is recent.
 */
async function authorExpertise(w: PermissionWorld, state: 'CLAIMED' | 'VERIFIED' | 'REVOKED' | 'REJECTED', evidence: string) {
  const topic = `Onderwerp ${unique()}`;
  const decided = state === 'CLAIMED' ? null : new Date();
  await w.t.sql(
    `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_by_id, verified_at,
                            revoked_by_id, revoked_at, revoke_reason, rejected_by_id, rejected_at, reject_reason)
       VALUES ($1, $2, lower($2), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      w.author.id,
      topic,
      evidence,
      state,
      w.library.id,
      ...(state === 'VERIFIED' || state === 'REVOKED' ? [w.staff.id, decided] : [null, null]),
      ...(state === 'REVOKED' ? [w.staff.id, decided, 'Verlopen bewijs'] : [null, null, null]),
      ...(state === 'REJECTED' ? [w.staff.id, decided, 'Geen bewijs'] : [null, null, null]),
    ],
  );
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  const mine = (data: Data) => (data.thread.author.expertise as Data[]).filter((e) => e.topic === topic);
  return { threadId: thread.id, mine };
}

/** A field of the author's revoked or rejected expertise; `{ id: 'staff' }` stands for the world's staff member. */
const expertiseField =
  (state: 'REVOKED' | 'REJECTED', selection: string, real: unknown): Case =>
  async (w) => {
    const { threadId, mine } = await authorExpertise(w, state, 'Bewijs');
    const name = selection.split(' ')[0];
    const value = (data: Data) => mine(data)[0]?.[name] ?? null;
    const expected = JSON.stringify(real) === JSON.stringify({ id: 'staff' }) ? { id: w.staff.id } : real;
    return fieldAttempt(
      `query($id: ID!) { thread(id: $id) { author { expertise { topic ${selection} } } } }`,
      { id: threadId },
      value,
      (data) => expect(value(data)).toEqual(expected),
    );
  };

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
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { email } } }`, { id: thread.id }, value, (data) =>
      expect(value(data)).toBe(w.author.email),
    );
  },
  // The subject is the suspended actor (a thread handed to them): "suspended" reads their own suspension.
  'User.suspension': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`UPDATE threads SET author_id = $2 WHERE id = $1`, [thread.id, w.actors.suspended!.id]);
    const value = (data: Data) => data.thread.author.suspension;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { id suspension { reason } } } }`, { id: thread.id }, value, (data) =>
      expect(value(data)).toEqual({ reason: 'test' }),
    );
  },
  // The author's open claim: listed among their expertise only for those who see all of it.
  'User.expertise': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'CLAIMED', 'Eigen archief');
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { author { expertise { topic state } } } }`, { id: threadId }, mine, (data) =>
      expect(mine(data).map((e) => e.state)).toEqual(['CLAIMED']),
    );
  },
  'Expertise.evidence': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'VERIFIED', 'Dertig jaar conservator');
    const value = (data: Data) => mine(data)[0].evidence;
    return fieldAttempt(
      `query($id: ID!) { thread(id: $id) { author { expertise { topic evidence } } } }`,
      { id: threadId },
      value,
      (data) => expect(value(data)).toBe('Dertig jaar conservator'),
    );
  },
  'Expertise.verifiedBy': async (w) => {
    const { threadId, mine } = await authorExpertise(w, 'VERIFIED', 'Bewijs');
    const value = (data: Data) => mine(data)[0].verifiedBy;
    return fieldAttempt(
      `query($id: ID!) { thread(id: $id) { author { expertise { topic verifiedBy { id } } } } }`,
      { id: threadId },
      value,
      (data) => expect(value(data)).toEqual({ id: w.staff.id }),
    );
  },
  'Expertise.revokeReason': expertiseField('REVOKED', 'revokeReason', 'Verlopen bewijs'),
  'Expertise.revokedBy': expertiseField('REVOKED', 'revokedBy { id }', { id: 'staff' }),
  'Expertise.rejectReason': expertiseField('REJECTED', 'rejectReason', 'Geen bewijs'),
  'Expertise.rejectedBy': expertiseField('REJECTED', 'rejectedBy { id }', { id: 'staff' }),
  // A post its author edited once: the earlier text is in its revisions.
  'Post.revisions': async (w) => {
    const post = await authoredPost(w);
    await ok(
      w.t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: post.id, body: 'Tweede versie' } },
      w.author.token,
    );
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.revisions;
    return fieldAttempt(ONE_POST_OF('revisions { body }'), { id: threadId }, value, (data) =>
      expect(value(data)).toContainEqual({ body: 'Te bewerken' }),
    );
  },
  // A post the staff member edited: who wrote the new version (members see only that a moderator did).
  'PostRevision.editorId': async (w) => {
    const post = await authoredPost(w);
    await ok(
      w.t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: post.id, body: 'Door de staf ingekort' } },
      w.staff.token,
    );
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) =>
      (postIn(data, post.id)?.revisions as Data[] | undefined)?.find((r) => r.body === 'Door de staf ingekort')?.editorId ?? null;
    return fieldAttempt(ONE_POST_OF('revisions { body editorId }'), { id: threadId }, value, (data) =>
      expect(value(data)).toBe(w.staff.id),
    );
  },
  // A post hidden by a moderator: its text.
  'Post.body': async (w) => {
    const post = await authoredPost(w);
    await w.t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [post.id]);
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.body ?? null;
    return fieldAttempt(ONE_POST_OF('body'), { id: threadId }, value, (data) => expect(value(data)).toBe('Te bewerken'));
  },
  // The author's post links a page whose preview is cached, then is hidden: its card goes with its text.
  'Post.linkPreviews': async (w) => {
    const post = await authoredPost(w);
    const url = `https://molens.example/${unique()}`;
    await w.t.sql(`UPDATE posts SET body = $2, state = 'HIDDEN' WHERE id = $1`, [post.id, `Zie ${url}`]);
    await w.t.sql(
      `INSERT INTO link_previews (url, status, title, expires_at) VALUES ($1, 'OK', 'Molen De Adriaan', now() + interval '1 day')`,
      [url],
    );
    const [{ thread_id: threadId }] = await w.t.sql<{ thread_id: string }>(`SELECT thread_id FROM posts WHERE id = $1`, [post.id]);
    const value = (data: Data) => postIn(data, post.id)?.linkPreviews;
    return fieldAttempt(ONE_POST_OF('linkPreviews { url title }'), { id: threadId }, value, (data) =>
      expect(value(data)).toEqual([{ url, title: 'Molen De Adriaan' }]),
    );
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
    return fieldAttempt(COMMUNITY('members(first: 100) { edges { node { userId } } }'), { slug: w.communities.pub.slug }, value, (data) =>
      expect(value(data)).toContainEqual({ userId: w.author.id }),
    );
  },
  // A request to join the RESTRICTED community, waiting for a moderator.
  'Community.members(PENDING)': async (w) => {
    const requester = (
      await ok(w.t, `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
        input: { email: `wacht-${unique()}@test.waardenet.nl`, password: 'correct horse battery', displayName: `Aanvrager ${unique()}` },
      })
    ).register;
    await ok(
      w.t,
      `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
      { id: w.communities.restricted.id },
      requester.accessToken,
    );
    const value = (data: Data) => nodes(data.community.members);
    return fieldAttempt(
      COMMUNITY('members(state: PENDING, first: 100) { edges { node { userId } } }'),
      { slug: w.communities.restricted.slug },
      value,
      (data) => expect(value(data)).toContainEqual({ userId: requester.user.id }),
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
        const [row] = await w.t.sql(`SELECT user_id AS "userId", state FROM memberships WHERE community_id = $1 AND user_id = $2`, [
          w.communities.pub.id,
          viewer?.id,
        ]);
        expect(value(data)).toEqual(row);
      },
    };
  },
  // The RESTRICTED community's threads.
  'Community.threads': async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.restricted.id);
    const value = (data: Data) => data.community.threads;
    return fieldAttempt(
      COMMUNITY('threads(first: 100) { edges { node { id } } }'),
      { slug: w.communities.restricted.slug },
      value,
      (data) => expect(nodes(value(data) as Connection<unknown>)).toContainEqual({ id: thread.id }),
    );
  },
  'Community.viewerCanModerate': async (w) =>
    booleanAttempt(COMMUNITY('viewerCanModerate'), { slug: w.communities.pub.slug }, (data) => data.community.viewerCanModerate),
  'Community.viewerCanRead': async (w) =>
    booleanAttempt(COMMUNITY('viewerCanRead'), { slug: w.communities.restricted.slug }, (data) => data.community.viewerCanRead),
  'Thread.viewerCanReply': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    return booleanAttempt(
      `query($id: ID!) { thread(id: $id) { viewerCanReply } }`,
      { id: thread.id },
      (data) => data.thread.viewerCanReply,
    );
  },
  // Only the author follows the thread.
  'Thread.viewerFollows': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    await w.t.sql(`INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, 'THREAD', $2) ON CONFLICT DO NOTHING`, [
      w.author.id,
      thread.id,
    ]);
    return booleanAttempt(`query($id: ID!) { thread(id: $id) { viewerFollows } }`, { id: thread.id }, (data) => data.thread.viewerFollows);
  },
  // A reply waiting for approval: listed to moderators (and its author, the world's author here).
  'Thread.posts': async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.pub.id);
    const post = await createPost(w.t, w.author, thread.id, 'Nog niet goedgekeurd');
    await w.t.sql(`UPDATE posts SET state = 'PENDING' WHERE id = $1`, [post.id]);
    const value = (data: Data) => nodes<Data>(data.thread.posts).filter((n) => n.id === post.id);
    return fieldAttempt(ONE_POST_OF(''), { id: thread.id }, value, (data) => expect(value(data)).toEqual([{ id: post.id }]));
  },
  // The author's question, whose accepted answer a moderator then hid.
  'Thread.acceptedAnswer': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id, { kind: 'QUESTION' });
    const answer = await createPost(w.t, w.actors.member!, thread.id, 'Het antwoord');
    await ok(w.t, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: answer.id }, w.author.token);
    await w.t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [answer.id]);
    const value = (data: Data) => data.thread.acceptedAnswer;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { acceptedAnswer { id } } }`, { id: thread.id }, value, (data) =>
      expect(value(data)).toEqual({ id: answer.id }),
    );
  },
  // A chapter thread proposed to the national community, not yet accepted: for the chapter's moderators and the national editors.
  'Thread.syndications': async (w) => {
    const thread = await createThread(w.t, w.author, (await chapterOf(w)).chapterId);
    const id = await propose(w.t, w.staff, thread.id);
    const value = (data: Data) => data.thread.syndications;
    return fieldAttempt(`query($id: ID!) { thread(id: $id) { syndications { id state } } }`, { id: thread.id }, value, (data) =>
      expect(value(data)).toEqual([{ id, state: 'PROPOSED' }]),
    );
  },
  // A community of its own that only the author follows (following the world's would notify on every row's thread).
  'Community.viewerFollows': async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    await w.t.sql(`INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, 'COMMUNITY', $2)`, [w.author.id, c.id]);
    const [{ slug }] = await w.t.sql<{ slug: string }>(`SELECT slug FROM communities WHERE id = $1`, [c.id]);
    return booleanAttempt(COMMUNITY('viewerFollows'), { slug }, (data) => data.community.viewerFollows);
  },
  // The RESTRICTED community's feed.
  'Community.feed': async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.restricted.id);
    const value = (data: Data) => data.community.feed;
    return fieldAttempt(
      COMMUNITY('feed(first: 100) { edges { node { thread { id } } } }'),
      { slug: w.communities.restricted.slug },
      value,
      (data) => expect(nodes(value(data) as Connection<unknown>)).toContainEqual({ thread: { id: thread.id } }),
    );
  },
  // A national community with a PRIVATE chapter of the world's library (with the world's members in it).
  'Community.chapters': async (w) => {
    const national = await nationalSetup(w.t, w.admin);
    const chapter = await openChapter(w.t, w.staff, national.community.id, w.library.id, { name: `Besloten hoofdstuk ${unique()}` });
    await w.t.sql(`UPDATE communities SET visibility = 'PRIVATE' WHERE id = $1`, [chapter.id]);
    const { member, author, moderator, suspended, banned } = w.actors;
    for (const [u, role, state] of [
      [member, 'MEMBER', 'ACTIVE'],
      [author, 'MEMBER', 'ACTIVE'],
      [moderator, 'MODERATOR', 'ACTIVE'],
      [suspended, 'MEMBER', 'ACTIVE'],
      [banned, 'MEMBER', 'BANNED'],
    ] as const) {
      await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, $4)`, [
        chapter.id,
        u!.id,
        role,
        state,
      ]);
    }
    const [{ slug }] = await w.t.sql<{ slug: string }>(`SELECT slug FROM communities WHERE id = $1`, [national.community.id]);
    const value = (data: Data) => nodes<Data>(data.community.chapters).filter((n) => n.id === chapter.id);
    return fieldAttempt(COMMUNITY('chapters(first: 100) { edges { node { id } } }'), { slug }, value, (data) =>
      expect(value(data)).toEqual([{ id: chapter.id }]),
    );
  },
  // A catalogue item discussed only in a PRIVATE community's thread.
  'CollectionItem.threads': async (w) => {
    const itemId = await freshItem(w);
    const thread = await createThread(w.t, w.staff, w.communities.priv.id);
    await w.t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [thread.id, itemId]);
    const value = (data: Data) => nodes(data.item.threads);
    return fieldAttempt(`query($id: ID!) { item(id: $id) { threads { edges { node { id } } } } }`, { id: itemId }, value, (data) =>
      expect(value(data)).toEqual([{ id: thread.id }]),
    );
  },
  'Library.staff': async (w) => {
    const value = (data: Data) => (data.library.staff as { userId: string }[]).map((s) => s.userId);
    return fieldAttempt(`query($slug: String!) { library(slug: $slug) { staff { userId } } }`, { slug: w.library.slug }, value, (data) =>
      expect(value(data)).toContain(w.staff.id),
    );
  },
};

/**
 * Viewer-dependent fields (@ViewerDependent) without a row of their own, and the rows that cover them:
 * each is reached only through a parent its rows already gate, so an outsider never holds the parent.
 */
export const FIELDS_COVERED_BY_OTHER_ROWS: Record<string, string> = {
  'Post.thread': 'a post is reached through its thread (readPrivateThread, readRestrictedThread), search (searchPrivate) or a gated list',
  'Thread.community': 'thread(id) is NOT_FOUND/FORBIDDEN to who may not read its community (readPrivateThread, readRestrictedThread)',
  'Community.nationalCommunity': 'national communities are PUBLIC; a chapter is reached only by who may see it (Community.chapters)',
  'CommunityTemplate.nationalCommunity':
    'templates are listed to library staff (communityTemplates) and national staff (templateAdoption); a theme community the viewer may not see answers null',
  'Membership.community': 'memberships are listed through Community.members, gated on the community (Community.members(PENDING))',
  'Notification.community': "a recipient's own notifications (notifications), those about what they may no longer read left out",
  'Notification.thread': "a recipient's own notifications (notifications), those about what they may no longer read left out",
  'Notification.post': "a recipient's own notifications (notifications), those about what they may no longer read left out",
  'Syndication.thread': 'syndications are listed to national editors (readSyndicationProposals) and through Thread.syndications',
  'Syndication.fromCommunity': 'syndications are listed to national editors (readSyndicationProposals) and through Thread.syndications',
  'Syndication.toCommunity': 'syndications are listed to national editors (readSyndicationProposals) and through Thread.syndications',
  'Syndication.showing': 'syndications are listed to national editors (readSyndicationProposals) and through Thread.syndications',
  'RemotePost.viewerLiked': "the viewer's own Like on a post any signed-in account may read (remotePost); false for anyone else",
  'RemotePost.viewerIsAuthor': 'whether the viewer wrote it (remotePost; editing it is the editRemoteReply row); false for anyone else',
  'ContentSource.contentItem':
    'a published thread is read through its community (readPrivateThread); the item itself as readLocalContentItem',
  'CollectionItem.experts': 'the experts of the threads CollectionItem.threads lists, and only those',
  'Report.post': "reports are for the community's moderators (readReports)",
  'Notification.event':
    "a recipient's own notifications (notifications); null once they may no longer read the event's community (test/events.e2e-spec.ts)",
};
