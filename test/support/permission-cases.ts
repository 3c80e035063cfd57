import { randomBytes } from 'node:crypto';
import { TestUser, addStaff, createCommunity, createLibrary, createPost, createThread, join, registerAdmin, registerUser } from './factories';
import { ok } from './gql';
import { TestApp } from './test-app';
import { ActorName } from './permission-table';
import { CATALOGUE_CASES } from './permission-cases-catalogue';
import { EXPERTS_CASES } from './permission-cases-experts';
import { NETWORK_CASES } from './permission-cases-network';
import { NOTIFICATIONS_CASES } from './permission-cases-notifications';
import { SEARCH_CASES } from './permission-cases-search';


type Community = Awaited<ReturnType<typeof createCommunity>>;

/** Everyone in the permission table, around one library and its communities. */
export async function permissionWorld(t: TestApp) {
  const admin = await registerAdmin(t);
  const library = await createLibrary(t, admin);
  const otherLibrary = await createLibrary(t, admin);
  const [staff, libAdmin, otherStaff, member, author, moderator, user, banned, suspended] = await Promise.all(
    ['Staf', 'Bibliotheekbeheer', 'Andere staf', 'Lid', 'Auteur', 'Moderator', 'Gebruiker', 'Verbannen', 'Geschorst'].map((displayName) => registerUser(t, { displayName })),
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
    for (const [u, role] of [[member, 'MEMBER'], [author, 'MEMBER'], [moderator, 'MODERATOR'], [suspended, 'MEMBER']] as const) {
      await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [c.id, u.id, role]);
    }
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [c.id, banned.id]);
  }
  // A member of every community, suspended by the platform: may read public content and nothing more.
  await t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [suspended.id]);
  const actors: Record<ActorName, TestUser | null> = {
    visitor: null, user, member, author, moderator, staff, 'other staff': otherStaff, 'lib admin': libAdmin, admin, banned, suspended,
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
const FOUNDATION_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
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
  updateLibraryStyle: async (w) => ({
    query: `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
    variables: { input: { libraryId: w.library.id, primaryColor: '#00549F', welcomeText: `Welkom ${unique()}` } },
  }),
  createCommunity: async (w) => ({
    query: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
    variables: { input: { libraryId: w.library.id, name: `Nieuw ${unique()}`, description: 'Test', theme: 'lezen', visibility: 'PUBLIC' } },
  }),
  joinCommunity: async (w) => ({
    query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
    variables: { id: (await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC')).id },
  }),
  joinPrivateCommunity: async (w) => ({ query: `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, variables: { id: w.communities.priv.id } }),
  leaveCommunity: async (w) => {
    const c = await createCommunity(w.t, w.staff, w.library.id, 'PUBLIC');
    for (const u of [w.actors.member, w.actors.moderator, w.actors.suspended]) {
      await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [c.id, u!.id]);
    }
    await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [c.id, w.actors.banned!.id]);
    return { query: `mutation($id: ID!) { leaveCommunity(communityId: $id) }`, variables: { id: c.id } };
  },
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


const postOp = (name: string, extra = '') => async (w: PermissionWorld): Promise<Attempt> => ({
  query: `mutation($id: ID!) { ${name}(postId: $id${extra}) { id } }`,
  variables: { id: (await authoredPost(w)).id },
});

const threadOp = (name: string, prepare?: (w: PermissionWorld, threadId: string) => Promise<void>) => async (w: PermissionWorld): Promise<Attempt> => {
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  await prepare?.(w, thread.id);
  return { query: `mutation($id: ID!) { ${name}(threadId: $id) { id } }`, variables: { id: thread.id } };
};

async function hiddenPost(w: PermissionWorld): Promise<string> {
  const post = await authoredPost(w);
  await w.t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [post.id]);
  return post.id;
}

async function heldPost(w: PermissionWorld): Promise<string> {
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  const post = await createPost(w.t, w.author, thread.id, 'Wacht op goedkeuring');
  await w.t.sql(`UPDATE posts SET state = 'PENDING' WHERE id = $1`, [post.id]);
  return post.id;
}

async function openReport(w: PermissionWorld): Promise<string> {
  const post = await authoredPost(w);
  const reporter = await registerUser(w.t);
  await join(w.t, reporter, w.communities.pub.id);
  const res = await ok(w.t, `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`, { input: { postId: post.id, reason: 'SPAM' } }, reporter.token);
  return res.reportContent.id;
}

async function communityMember(w: PermissionWorld): Promise<TestUser> {
  const target = await registerUser(w.t);
  await join(w.t, target, w.communities.pub.id);
  return target;
}

const MODERATION_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  reportContent: async (w) => ({
    query: `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
    variables: { input: { postId: (await authoredPost(w)).id, reason: 'OFF_TOPIC', note: 'past niet' } },
  }),
  resolveReport: async (w) => ({
    query: `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id } }`,
    variables: { input: { reportId: await openReport(w), outcome: 'DISMISSED' } },
  }),
  approvePost: async (w) => ({ query: `mutation($id: ID!) { approvePost(postId: $id) { id } }`, variables: { id: await heldPost(w) } }),
  rejectPost: async (w) => ({ query: `mutation($id: ID!) { rejectPost(postId: $id, reason: "spam") { id } }`, variables: { id: await heldPost(w) } }),
  hidePost: postOp('hidePost', ', reason: "ongepast"'),
  removePost: postOp('removePost', ', reason: "spam"'),
  restorePost: async (w) => ({ query: `mutation($id: ID!) { restorePost(postId: $id) { id } }`, variables: { id: await hiddenPost(w) } }),
  lockThread: threadOp('lockThread'),
  unlockThread: threadOp('unlockThread', (w, id) => w.t.sql(`UPDATE threads SET locked = true WHERE id = $1`, [id]).then(() => undefined)),
  pinThread: threadOp('pinThread'),
  unpinThread: threadOp('unpinThread', (w, id) => w.t.sql(`UPDATE threads SET pinned = true WHERE id = $1`, [id]).then(() => undefined)),
  moveThread: async (w) => ({
    query: `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`,
    variables: { t: (await createThread(w.t, w.author, w.communities.pub.id)).id, c: w.communities.restricted.id },
  }),
  banMember: async (w) => ({
    query: `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`,
    variables: { input: { communityId: w.communities.pub.id, userId: (await communityMember(w)).id, reason: 'herhaaldelijk spam' } },
  }),
  setMemberRole: async (w) => ({
    query: `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }`,
    variables: { input: { communityId: w.communities.pub.id, userId: (await communityMember(w)).id, role: 'EXPERT' } },
  }),
  unbanMember: async (w) => {
    const target = await communityMember(w);
    await w.t.sql(`UPDATE memberships SET state = 'BANNED', ban_reason = 'test', state_before_ban = 'ACTIVE' WHERE community_id = $1 AND user_id = $2`, [w.communities.pub.id, target.id]);
    return { query: `mutation($input: UnbanMemberInput!) { unbanMember(input: $input) }`, variables: { input: { communityId: w.communities.pub.id, userId: target.id } } };
  },
  suspendUser: async (w) => ({
    query: `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`,
    variables: { input: { userId: (await registerUser(w.t)).id, reason: 'misbruik' } },
  }),
  unsuspendUser: async (w) => {
    const target = await registerUser(w.t);
    await w.t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [target.id]);
    return { query: `mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`, variables: { id: target.id } };
  },
  updateCommunitySettings: async (w) => ({
    query: `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.pub.id, reportThreshold: 2 + Math.floor(Math.random() * 90) } },
  }),
  setSlowMode: async (w) => ({
    query: `mutation($id: ID!, $s: Int!) { setSlowMode(communityId: $id, seconds: $s) { id } }`,
    variables: { id: w.communities.restricted.id, s: 0 },
  }),
  addWatchedWord: async (w) => ({
    query: `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
    variables: { input: { communityId: w.communities.pub.id, phrase: `verboden${unique()}`, action: 'FLAG' } },
  }),
  addPlatformWatchedWord: async () => ({
    query: `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
    variables: { input: { phrase: `overal${unique()}`, action: 'FLAG' } },
  }),
  removeWatchedWord: async (w) => {
    const added = await ok(w.t, `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`, { input: { communityId: w.communities.pub.id, phrase: `weg${unique()}`, action: 'FLAG' } }, w.staff.token);
    return { query: `mutation($id: ID!) { removeWatchedWord(id: $id) }`, variables: { id: added.addWatchedWord.id } };
  },
  readModLog: async (w) => ({ query: `query($id: ID!) { modLog(communityId: $id) { edges { cursor } } }`, variables: { id: w.communities.pub.id } }),
  readModerationQueue: async (w) => ({ query: `query($id: ID!) { moderationQueue(communityId: $id) { edges { cursor } } }`, variables: { id: w.communities.pub.id } }),
  readReports: async (w) => ({ query: `query($id: ID!) { reports(communityId: $id) { edges { cursor } } }`, variables: { id: w.communities.pub.id } }),
};

export const PERMISSION_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  ...FOUNDATION_CASES, ...MODERATION_CASES, ...CATALOGUE_CASES, ...EXPERTS_CASES, ...NETWORK_CASES, ...NOTIFICATIONS_CASES, ...SEARCH_CASES,
};
