import { randomBytes } from 'node:crypto';
import { ok } from './gql';
import { TestUser, addStaff, createCommunity, createLibrary, createPost, createThread, join, registerAdmin, registerUser } from './factories';
import { TestApp } from './test-app';
import { ActorName } from './permission-table';

type Community = Awaited<ReturnType<typeof createCommunity>>;

/** Everyone in the permission table, around one library and its communities. */
export async function permissionWorld(t: TestApp) {
  const admin = await registerAdmin(t);
  const library = await createLibrary(t, admin);
  const otherLibrary = await createLibrary(t, admin);
  const [staff, libAdmin, otherStaff, member, author, moderator, user] = await Promise.all(
    ['Staf', 'Bibliotheekbeheer', 'Andere staf', 'Lid', 'Auteur', 'Moderator', 'Gebruiker'].map((displayName) => registerUser(t, { displayName })),
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
    for (const [u, role] of [[member, 'MEMBER'], [author, 'MEMBER'], [moderator, 'MODERATOR']] as const) {
      await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [c.id, u.id, role]);
    }
  }
  const actors: Record<ActorName, TestUser | null> = {
    visitor: null, user, member, author, moderator, staff, 'other staff': otherStaff, 'lib admin': libAdmin, admin,
  };
  return { t, admin, library, otherLibrary, staff, author, communities, actors };
}
export type PermissionWorld = Awaited<ReturnType<typeof permissionWorld>>;

export interface Attempt {
  query: string;
  variables: Record<string, unknown>;
}

const unique = () => randomBytes(4).toString('hex');

async function pendingRequest(w: PermissionWorld, community: Community): Promise<TestUser> {
  const requester = await registerUser(w.t);
  await join(w.t, requester, community.id);
  return requester;
}

async function authoredPost(w: PermissionWorld) {
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  return createPost(w.t, w.author, thread.id, 'Te bewerken');
}

/**
 * How each operation of the table is tried: fresh targets for each cell (made by the world's own
 * users), then the operation the actor attempts.
 */
export const PERMISSION_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  createLibrary: async () => ({
    query: `mutation($input: CreateLibraryInput!) { createLibrary(input: $input) { id } }`,
    variables: { input: { slug: `bieb-${unique()}`, name: 'Nieuwe bibliotheek', kind: 'LOCAL' } },
  }),
  addLibraryStaff: async (w) => ({
    query: `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role } }`,
    variables: { input: { libraryId: w.library.id, userId: (await registerUser(w.t)).id, role: 'COMMUNITY_MANAGER' } },
  }),
  removeLibraryStaff: async (w) => {
    const target = await registerUser(w.t);
    await addStaff(w.t, w.admin, w.library.id, target, 'COMMUNITY_MANAGER');
    return { query: `mutation($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }`, variables: { input: { libraryId: w.library.id, userId: target.id } } };
  },
  createCommunity: async (w) => ({
    query: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
    variables: { input: { libraryId: w.library.id, name: `Nieuw ${unique()}`, description: 'Test', theme: 'lezen', visibility: 'PUBLIC' } },
  }),
  joinCommunity: async (w) => ({
    query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
    variables: { id: (await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC')).id },
  }),
  joinPrivateCommunity: async (w) => ({ query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, variables: { id: w.communities.priv.id } }),
  approveMembership: async (w) => ({
    query: `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
    variables: { input: { communityId: w.communities.restricted.id, userId: (await pendingRequest(w, w.communities.restricted)).id } },
  }),
  rejectMembership: async (w) => ({
    query: `mutation($input: MembershipDecisionInput!) { rejectMembership(input: $input) }`,
    variables: { input: { communityId: w.communities.restricted.id, userId: (await pendingRequest(w, w.communities.restricted)).id } },
  }),
  inviteToCommunity: async (w) => ({
    query: `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
    variables: { c: w.communities.pub.id, u: (await registerUser(w.t)).id },
  }),
  removeMember: async (w) => ({
    query: `mutation($input: MembershipDecisionInput!) { removeMember(input: $input) }`,
    variables: { input: { communityId: w.communities.pub.id, userId: (await pendingRequest(w, w.communities.pub)).id } },
  }),
  createThread: async (w) => ({
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.pub.id, title: 'Een nieuwe vraag', body: 'Tekst', kind: 'QUESTION' } },
  }),
  createThreadInPrivate: async (w) => ({
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.priv.id, title: 'Besloten onderwerp', body: 'Tekst', kind: 'DISCUSSION' } },
  }),
  createPost: async (w) => ({
    query: `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    variables: { input: { threadId: (await createThread(w.t, w.author, w.communities.pub.id)).id, body: 'Reactie' } },
  }),
  editPost: async (w) => ({
    query: `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
    variables: { input: { postId: (await authoredPost(w)).id, body: 'Bewerkt' } },
  }),
  deletePost: async (w) => ({ query: `mutation($id: ID!) { deletePost(postId: $id) { id } }`, variables: { id: (await authoredPost(w)).id } }),
  react: async (w) => ({
    query: `mutation($input: ReactInput!) { react(input: $input) { id } }`,
    variables: { input: { postId: (await authoredPost(w)).id, kind: 'LIKE' } },
  }),
  unreact: async (w) => ({
    query: `mutation($input: ReactInput!) { unreact(input: $input) { id } }`,
    variables: { input: { postId: (await authoredPost(w)).id, kind: 'LIKE' } },
  }),
  readPrivateThread: async (w) => ({
    query: `query($id: ID!) { thread(id: $id) { id posts { edges { node { body } } } } }`,
    variables: { id: (await createThread(w.t, w.staff, w.communities.priv.id)).id },
  }),
  readRestrictedThread: async (w) => ({
    query: `query($id: ID!) { thread(id: $id) { id posts { edges { node { body } } } } }`,
    variables: { id: (await createThread(w.t, w.staff, w.communities.restricted.id)).id },
  }),
};

