import { randomBytes } from 'node:crypto';
import { TestUser, addStaff, createCommunity, createLibrary, createThread } from './factories';
import { ok } from './gql';
import type { Attempt, PermissionWorld } from './permission-cases';
import { TestApp } from './test-app';

const unique = () => randomBytes(4).toString('hex');

export const CREATE_CHAPTER = `mutation($input: CreateChapterInput!) { createChapter(input: $input) { id name slug visibility theme } }`;
export const PROPOSE = `mutation($id: ID!) { proposeSyndication(threadId: $id) { id state } }`;
export const ACCEPT = `mutation($id: ID!) { acceptSyndication(syndicationId: $id) { id state acceptedAt } }`;
export const DECLINE = `mutation($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state reason } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawSyndication(syndicationId: $id) { id state } }`;
export const CREATE_ITEM = `mutation($input: CreateContentItemInput!) { createContentItem(input: $input) { id title tags campaign validFrom validUntil sharedNationally archived } }`;
export const PUBLISH = `mutation($input: PublishContentInput!) { publishContent(input: $input) { id title } }`;

/** A national library (its editor as COMMUNITY_MANAGER) and a national community of it. */
export async function nationalSetup(t: TestApp, admin: TestUser, editor?: TestUser) {
  const library = await createLibrary(t, admin, { kind: 'NATIONAL' });
  if (editor) await addStaff(t, admin, library.id, editor, 'COMMUNITY_MANAGER');
  const community = await createCommunity(t, editor ?? admin, library.id, 'PUBLIC');
  return { library, community };
}

export async function openChapter(t: TestApp, by: TestUser, nationalCommunityId: string, libraryId: string, over: Record<string, unknown> = {}) {
  const data = await ok(t, CREATE_CHAPTER, { input: { nationalCommunityId, libraryId, ...over } }, by.token);
  return data.createChapter as { id: string; name: string; slug: string; visibility: string; theme: string };
}

export async function propose(t: TestApp, by: TestUser, threadId: string): Promise<string> {
  return (await ok(t, PROPOSE, { id: threadId }, by.token)).proposeSyndication.id;
}

export async function contentItem(t: TestApp, by: TestUser, libraryId: string, over: Record<string, unknown> = {}) {
  const data = await ok(t, CREATE_ITEM, { input: { libraryId, title: `Leestip ${unique()}`, body: 'Een **mooi** boek voor de zomer.', tags: ['Zomer'], ...over } }, by.token);
  return data.createContentItem as { id: string; title: string; tags: string[] };
}

/**
 * The world's library opens a chapter of a national community that none of the world's actors edits
 * (only the platform admin does), so national-editor-only cells read FORBIDDEN for everyone but admin.
 * The chapter has the world's member, author, moderator, banned and suspended actors in it. Made once per world.
 */
const chapters = new WeakMap<PermissionWorld, Promise<{ nationalId: string; chapterId: string }>>();
function chapterOf(w: PermissionWorld) {
  let made = chapters.get(w);
  if (!made) {
    made = (async () => {
      const national = await nationalSetup(w.t, w.admin);
      const chapter = await openChapter(w.t, w.staff, national.community.id, w.library.id, { name: `Hoofdstuk ${unique()}` });
      const a = w.actors;
      for (const [u, role] of [[a.member, 'MEMBER'], [a.author, 'MEMBER'], [a.moderator, 'MODERATOR'], [a.suspended, 'MEMBER']] as const) {
        await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [chapter.id, u!.id, role]);
      }
      await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [chapter.id, a.banned!.id]);
      return { nationalId: national.community.id, chapterId: chapter.id };
    })();
    chapters.set(w, made);
  }
  return made;
}

async function proposal(w: PermissionWorld): Promise<string> {
  const { chapterId } = await chapterOf(w);
  const thread = await createThread(w.t, w.author, chapterId);
  return propose(w.t, w.staff, thread.id);
}

async function accepted(w: PermissionWorld): Promise<string> {
  const id = await proposal(w);
  await ok(w.t, ACCEPT, { id }, w.admin.token);
  return id;
}

/** A local item of the world's library, shared nationally (so other staff may browse it, but not keep it). */
async function sharedItem(w: PermissionWorld): Promise<string> {
  return (await contentItem(w.t, w.staff, w.library.id, { sharedNationally: true })).id;
}

/** How each network operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NETWORK_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  createChapter: async (w) => ({
    query: CREATE_CHAPTER,
    variables: { input: { nationalCommunityId: (await nationalSetup(w.t, w.admin)).community.id, libraryId: w.library.id } },
  }),
  proposeSyndication: async (w) => ({ query: PROPOSE, variables: { id: (await createThread(w.t, w.author, (await chapterOf(w)).chapterId)).id } }),
  acceptSyndication: async (w) => ({ query: ACCEPT, variables: { id: await proposal(w) } }),
  declineSyndication: async (w) => ({ query: DECLINE, variables: { id: await proposal(w), reason: 'past niet' } }),
  withdrawSyndication: async (w) => ({ query: WITHDRAW, variables: { id: await accepted(w) } }),
  readSyndicationProposals: async (w) => ({
    query: `query($id: ID!) { syndicationProposals(communityId: $id) { edges { node { id } } } }`,
    variables: { id: (await chapterOf(w)).nationalId },
  }),
  createContentItem: async (w) => ({ query: CREATE_ITEM, variables: { input: { libraryId: w.library.id, title: `Tip ${unique()}`, body: 'Tekst' } } }),
  updateContentItem: async (w) => ({
    query: `mutation($input: UpdateContentItemInput!) { updateContentItem(input: $input) { id } }`,
    variables: { input: { id: await sharedItem(w), campaign: 'Zomerlezen' } },
  }),
  archiveContentItem: async (w) => ({ query: `mutation($id: ID!) { archiveContentItem(id: $id) { id archived } }`, variables: { id: await sharedItem(w) } }),
  publishContent: async (w) => ({ query: PUBLISH, variables: { input: { contentItemId: await sharedItem(w), communityId: w.communities.pub.id } } }),
  browseContentItems: async () => ({ query: `query { contentItems(first: 5) { edges { node { id } } } }`, variables: {} }),
};
