import { randomBytes } from 'node:crypto';
import {
  TestUser,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerAdmin,
  registerUser,
} from './factories';
import { TestApp } from './test-app';
import { ActorName } from './permission-table';
import { Case, sqlValue } from './permission-cases-kit';
import { ACCOUNTS_CASES } from './permission-cases-accounts';
import { AUDIT_CASES } from './permission-cases-audit';
import { EMAIL_CASES } from './permission-cases-email';
import { CATALOGUE_CASES } from './permission-cases-catalogue';
import { EXPERTS_CASES } from './permission-cases-experts';
import { FIELD_CASES } from './permission-cases-fields';
import { INVITE_LINK_CASES } from './permission-cases-invite-links';
import { MODERATION_CASES } from './permission-cases-moderation';
import { NETWORK_CASES } from './permission-cases-network';
import { NOTIFICATIONS_CASES } from './permission-cases-notifications';
import { REACH_CASES } from './permission-cases-reach';
import { PROFILE_CASES } from './permission-cases-profile';
import { TOTP_CASES } from './permission-cases-totp';
import { SSO_CASES } from './permission-cases-sso';
import { PRIVACY_CASES } from './permission-cases-privacy';
import { QUERY_CASES } from './permission-cases-queries';
import { SEARCH_CASES } from './permission-cases-search';
import { FEDERATION_CASES } from './permission-cases-federation';
import { EVENTS_CASES } from './permission-cases-events';
import { TEMPLATES_CASES } from './permission-cases-templates';
import { ACADEMY_CASES } from './permission-cases-academy';

export type { Attempt, Case, Outcome } from './permission-cases-kit';

type Community = Awaited<ReturnType<typeof createCommunity>>;

/** Everyone in the permission table, around one library and its communities. */
export async function permissionWorld(t: TestApp) {
  const admin = await registerAdmin(t);
  const library = await createLibrary(t, admin);
  const otherLibrary = await createLibrary(t, admin);
  const [staff, libAdmin, otherStaff, member, author, moderator, user, banned, suspended] = await Promise.all(
    ['Staf', 'Bibliotheekbeheer', 'Andere staf', 'Lid', 'Auteur', 'Moderator', 'Gebruiker', 'Verbannen', 'Geschorst'].map((displayName) =>
      registerUser(t, { displayName }),
    ),
  );
  await addStaff(t, admin, library.id, staff, 'COMMUNITY_MANAGER');
  await addStaff(t, admin, library.id, libAdmin, 'ADMIN');
  await addStaff(t, admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
  const communities = {
    pub: await createCommunity(t, staff, library.id, 'PUBLIC'),
    restricted: await createCommunity(t, staff, library.id, 'RESTRICTED'),
    priv: await createCommunity(t, staff, library.id, 'PRIVATE'),
  };
  for (const c of Object.values(communities)) {
    for (const [u, role] of [
      [member, 'MEMBER'],
      [author, 'MEMBER'],
      [moderator, 'MODERATOR'],
      [suspended, 'MEMBER'],
    ] as const) {
      await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [c.id, u.id, role]);
    }
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [
      c.id,
      banned.id,
    ]);
  }
  // A member of every community, suspended by the platform: may read public content and nothing more.
  await t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [suspended.id]);
  const actors: Record<ActorName, TestUser | null> = {
    visitor: null,
    user,
    member,
    author,
    moderator,
    staff,
    'other staff': otherStaff,
    'lib admin': libAdmin,
    admin,
    banned,
    suspended,
  };
  return { t, admin, library, otherLibrary, staff, author, communities, actors };
}
export type PermissionWorld = Awaited<ReturnType<typeof permissionWorld>>;

const unique = () => randomBytes(4).toString('hex');

/** A fresh community of the library with the world's members, moderator and ban, as permissionWorld sets them up. */
export async function populatedCommunity(w: PermissionWorld, visibility: 'PUBLIC' | 'RESTRICTED' | 'PRIVATE') {
  const c = await createCommunity(w.t, w.staff, w.library.id, visibility);
  const { member, author, moderator, suspended, banned } = w.actors;
  for (const [u, role] of [
    [member, 'MEMBER'],
    [author, 'MEMBER'],
    [moderator, 'MODERATOR'],
    [suspended, 'MEMBER'],
  ] as const) {
    await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [c.id, u!.id, role]);
  }
  await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [
    c.id,
    banned!.id,
  ]);
  return c;
}

async function pendingRequest(w: PermissionWorld, community: Community): Promise<TestUser> {
  const requester = await registerUser(w.t);
  await join(w.t, requester, community.id);
  return requester;
}

export async function authoredPost(w: PermissionWorld, communityId = w.communities.pub.id) {
  const thread = await createThread(w.t, w.author, communityId);
  return createPost(w.t, w.author, thread.id, 'Te bewerken');
}

const membershipState = (w: PermissionWorld, communityId: string, userId: string | undefined) =>
  sqlValue(w, `SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [communityId, userId]);

const THREAD_WITH_POSTS = `query($id: ID!) { thread(id: $id) { id posts { edges { node { id body } } } } }`;

/**
 * How each operation of the table is tried: fresh targets for each cell (made by the world's own
 * users), then the operation the actor attempts, and how its "yes" shows.
 */
const FOUNDATION_CASES: Record<string, Case> = {
  createLibrary: async (w) => {
    const slug = `bieb-${unique()}`;
    return {
      query: `mutation($input: CreateLibraryInput!) { createLibrary(input: $input) { id } }`,
      variables: { input: { slug, name: 'Nieuwe bibliotheek', kind: 'LOCAL' } },
      verify: async () => expect(await sqlValue(w, `SELECT name FROM libraries WHERE slug = $1`, [slug])).toBe('Nieuwe bibliotheek'),
    };
  },
  addLibraryStaff: async (w) => {
    const target = await registerUser(w.t);
    return {
      query: `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role } }`,
      variables: { input: { libraryId: w.library.id, userId: target.id, role: 'COMMUNITY_MANAGER' } },
      verify: async () =>
        expect(await sqlValue(w, `SELECT role FROM library_staff WHERE library_id = $1 AND user_id = $2`, [w.library.id, target.id])).toBe(
          'COMMUNITY_MANAGER',
        ),
    };
  },
  removeLibraryStaff: async (w) => {
    const target = await registerUser(w.t);
    await addStaff(w.t, w.admin, w.library.id, target, 'COMMUNITY_MANAGER');
    return {
      query: `mutation($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }`,
      variables: { input: { libraryId: w.library.id, userId: target.id } },
      verify: async () =>
        expect(
          await sqlValue(w, `SELECT role FROM library_staff WHERE library_id = $1 AND user_id = $2`, [w.library.id, target.id]),
        ).toBeUndefined(),
    };
  },
  updateLibraryStyle: async (w) => {
    const welcomeText = `Welkom ${unique()}`;
    return {
      query: `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
      variables: { input: { libraryId: w.library.id, primaryColor: '#00549F', welcomeText } },
      verify: async () => expect(await sqlValue(w, `SELECT welcome_text FROM libraries WHERE id = $1`, [w.library.id])).toBe(welcomeText),
    };
  },
  createCommunity: async (w) => {
    const name = `Nieuw ${unique()}`;
    return {
      query: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
      variables: { input: { libraryId: w.library.id, name, description: 'Test', theme: 'lezen', visibility: 'PUBLIC' } },
      verify: async () => expect(await sqlValue(w, `SELECT library_id FROM communities WHERE name = $1`, [name])).toBe(w.library.id),
    };
  },
  joinCommunity: async (w) => {
    const { id } = await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC');
    return {
      query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
      variables: { id },
      verify: async ({ viewer }) => expect(await membershipState(w, id, viewer?.id)).toBe('ACTIVE'),
    };
  },
  // Member and moderator are members already: their "yes" is the membership they keep.
  joinPrivateCommunity: async (w) => ({
    query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
    variables: { id: w.communities.priv.id },
    verify: async ({ viewer }) => expect(await membershipState(w, w.communities.priv.id, viewer?.id)).toBe('ACTIVE'),
  }),
  leaveCommunity: async (w) => {
    const c = await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC');
    for (const u of [w.actors.member, w.actors.moderator, w.actors.suspended]) {
      await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [c.id, u!.id]);
    }
    await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [
      c.id,
      w.actors.banned!.id,
    ]);
    return {
      query: `mutation($id: ID!) { leaveCommunity(communityId: $id) }`,
      variables: { id: c.id },
      verify: async ({ viewer }) => expect(await membershipState(w, c.id, viewer?.id)).toBeUndefined(),
    };
  },
  approveMembership: async (w) => {
    const requester = await pendingRequest(w, w.communities.restricted);
    return {
      query: `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
      variables: { input: { communityId: w.communities.restricted.id, userId: requester.id } },
      verify: async () => expect(await membershipState(w, w.communities.restricted.id, requester.id)).toBe('ACTIVE'),
    };
  },
  rejectMembership: async (w) => {
    const requester = await pendingRequest(w, w.communities.restricted);
    return {
      query: `mutation($input: MembershipDecisionInput!) { rejectMembership(input: $input) }`,
      variables: { input: { communityId: w.communities.restricted.id, userId: requester.id } },
      verify: async () => expect(await membershipState(w, w.communities.restricted.id, requester.id)).toBeUndefined(),
    };
  },
  inviteToCommunity: async (w) => {
    const invitee = await registerUser(w.t);
    return {
      query: `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
      variables: { c: w.communities.pub.id, u: invitee.id },
      verify: async ({ viewer }) =>
        expect(
          await sqlValue(w, `SELECT invited_by_id FROM invitations WHERE community_id = $1 AND user_id = $2`, [
            w.communities.pub.id,
            invitee.id,
          ]),
        ).toBe(viewer?.id),
    };
  },
  removeMember: async (w) => {
    const target = await pendingRequest(w, w.communities.pub);
    return {
      query: `mutation($input: MembershipDecisionInput!) { removeMember(input: $input) }`,
      variables: { input: { communityId: w.communities.pub.id, userId: target.id } },
      verify: async () => expect(await membershipState(w, w.communities.pub.id, target.id)).toBeUndefined(),
    };
  },
  createThread: async (w) => ({
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.pub.id, title: 'Een nieuwe vraag', body: 'Tekst', kind: 'QUESTION' } },
    verify: async ({ data, viewer }) =>
      expect(await w.t.sql(`SELECT community_id, author_id FROM threads WHERE id = $1`, [data.createThread.id])).toEqual([
        { community_id: w.communities.pub.id, author_id: viewer?.id },
      ]),
  }),
  createThreadInPrivate: async (w) => ({
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.priv.id, title: 'Besloten onderwerp', body: 'Tekst', kind: 'DISCUSSION' } },
    verify: async ({ data, viewer }) =>
      expect(await w.t.sql(`SELECT community_id, author_id FROM threads WHERE id = $1`, [data.createThread.id])).toEqual([
        { community_id: w.communities.priv.id, author_id: viewer?.id },
      ]),
  }),
  createPost: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    return {
      query: `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      variables: { input: { threadId: thread.id, body: 'Reactie' } },
      verify: async ({ data, viewer }) =>
        expect(await w.t.sql(`SELECT thread_id, author_id, body FROM posts WHERE id = $1`, [data.createPost.id])).toEqual([
          { thread_id: thread.id, author_id: viewer?.id, body: 'Reactie' },
        ]),
    };
  },
  editPost: async (w) => {
    const post = await authoredPost(w);
    return {
      query: `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      variables: { input: { postId: post.id, body: 'Bewerkt' } },
      verify: async () => expect(await sqlValue(w, `SELECT body FROM posts WHERE id = $1`, [post.id])).toBe('Bewerkt'),
    };
  },
  deletePost: async (w) => {
    const post = await authoredPost(w);
    return {
      query: `mutation($id: ID!) { deletePost(postId: $id) { id } }`,
      variables: { id: post.id },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT deleted_by_id FROM posts WHERE id = $1 AND deleted_at IS NOT NULL`, [post.id])).toBe(viewer?.id),
    };
  },
  react: async (w) => {
    const post = await authoredPost(w);
    return {
      query: `mutation($input: ReactInput!) { react(input: $input) { id } }`,
      variables: { input: { postId: post.id, kind: 'LIKE' } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT kind FROM reactions WHERE post_id = $1 AND user_id = $2`, [post.id, viewer?.id])).toBe('LIKE'),
    };
  },
  // Everyone has reacted already, so a "yes" that removes nothing shows.
  unreact: async (w) => {
    const post = await authoredPost(w);
    const ids = Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));
    await w.t.sql(`INSERT INTO reactions (post_id, user_id, kind) SELECT $1, unnest($2::uuid[]), 'LIKE'`, [post.id, ids]);
    return {
      query: `mutation($input: ReactInput!) { unreact(input: $input) { id } }`,
      variables: { input: { postId: post.id, kind: 'LIKE' } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT kind FROM reactions WHERE post_id = $1 AND user_id = $2`, [post.id, viewer?.id])).toBeUndefined(),
    };
  },
  readPrivateThread: async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.priv.id, { body: 'Besloten tekst' });
    return {
      query: THREAD_WITH_POSTS,
      variables: { id: thread.id },
      verify: ({ data }) => expect(data.thread.posts.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['Besloten tekst']),
    };
  },
  readRestrictedThread: async (w) => {
    const thread = await createThread(w.t, w.staff, w.communities.restricted.id, { body: 'Alleen voor leden' });
    return {
      query: THREAD_WITH_POSTS,
      variables: { id: thread.id },
      verify: ({ data }) =>
        expect(data.thread.posts.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['Alleen voor leden']),
    };
  },
};

export const PERMISSION_CASES: Record<string, Case> = {
  ...FOUNDATION_CASES,
  ...INVITE_LINK_CASES,
  ...MODERATION_CASES,
  ...CATALOGUE_CASES,
  ...EXPERTS_CASES,
  ...NETWORK_CASES,
  ...NOTIFICATIONS_CASES,
  ...REACH_CASES,
  ...SEARCH_CASES,
  ...QUERY_CASES,
  ...FIELD_CASES,
  ...AUDIT_CASES,
  ...ACCOUNTS_CASES,
  ...EMAIL_CASES,
  ...PROFILE_CASES,
  ...TOTP_CASES,
  ...PRIVACY_CASES,
  ...SSO_CASES,
  ...FEDERATION_CASES,
  ...EVENTS_CASES,
  ...TEMPLATES_CASES,
  ...ACADEMY_CASES,
};
