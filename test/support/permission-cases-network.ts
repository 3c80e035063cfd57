import { randomBytes } from 'node:crypto';
import { TestUser, addStaff, createCommunity, createLibrary, createThread } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';
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

export async function openChapter(
  t: TestApp,
  by: TestUser,
  nationalCommunityId: string,
  libraryId: string,
  over: Record<string, unknown> = {},
) {
  const data = await ok(t, CREATE_CHAPTER, { input: { nationalCommunityId, libraryId, ...over } }, by.token);
  return data.createChapter as { id: string; name: string; slug: string; visibility: string; theme: string };
}

export async function propose(t: TestApp, by: TestUser, threadId: string): Promise<string> {
  return (await ok(t, PROPOSE, { id: threadId }, by.token)).proposeSyndication.id;
}

export async function contentItem(t: TestApp, by: TestUser, libraryId: string, over: Record<string, unknown> = {}) {
  const data = await ok(
    t,
    CREATE_ITEM,
    { input: { libraryId, title: `Leestip ${unique()}`, body: 'Een **mooi** boek voor de zomer.', tags: ['Zomer'], ...over } },
    by.token,
  );
  return data.createContentItem as { id: string; title: string; tags: string[] };
}

/**
 * The world's library opens a chapter of a national community that none of the world's actors edits
 * (only the platform admin does), so national-editor-only cells read FORBIDDEN for everyone but admin.
 * The chapter has the world's member, author, moderator, banned and suspended actors in it. Made once per world.
 */
const chapters = new WeakMap<PermissionWorld, Promise<{ nationalId: string; chapterId: string }>>();
export function chapterOf(w: PermissionWorld) {
  let made = chapters.get(w);
  if (!made) {
    made = (async () => {
      const national = await nationalSetup(w.t, w.admin);
      const chapter = await openChapter(w.t, w.staff, national.community.id, w.library.id, { name: `Hoofdstuk ${unique()}` });
      const a = w.actors;
      for (const [u, role] of [
        [a.member, 'MEMBER'],
        [a.author, 'MEMBER'],
        [a.moderator, 'MODERATOR'],
        [a.suspended, 'MEMBER'],
      ] as const) {
        await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [
          chapter.id,
          u!.id,
          role,
        ]);
      }
      await w.t.sql(
        `INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`,
        [chapter.id, a.banned!.id],
      );
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

const syndicationState = (w: PermissionWorld, id: string) => sqlValue(w, `SELECT state FROM syndications WHERE id = $1`, [id]);
const syndicationCase =
  (query: string, made: (w: PermissionWorld) => Promise<string>, state: string, extra: Record<string, unknown> = {}): Case =>
  async (w) => {
    const id = await made(w);
    return { query, variables: { id, ...extra }, verify: async () => expect(await syndicationState(w, id)).toBe(state) };
  };

/** How each network operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NETWORK_CASES: Record<string, Case> = {
  createChapter: async (w) => {
    const nationalCommunityId = (await nationalSetup(w.t, w.admin)).community.id;
    return {
      query: CREATE_CHAPTER,
      variables: { input: { nationalCommunityId, libraryId: w.library.id } },
      verify: async ({ data }) =>
        expect(
          await w.t.sql(`SELECT national_community_id, library_id FROM chapters WHERE community_id = $1`, [data.createChapter.id]),
        ).toEqual([{ national_community_id: nationalCommunityId, library_id: w.library.id }]),
    };
  },
  proposeSyndication: async (w) => {
    const thread = await createThread(w.t, w.author, (await chapterOf(w)).chapterId);
    return {
      query: PROPOSE,
      variables: { id: thread.id },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT state, proposed_by_id FROM syndications WHERE thread_id = $1`, [thread.id])).toEqual([
          { state: 'PROPOSED', proposed_by_id: viewer?.id },
        ]),
    };
  },
  acceptSyndication: syndicationCase(ACCEPT, proposal, 'ACCEPTED'),
  declineSyndication: syndicationCase(DECLINE, proposal, 'DECLINED', { reason: 'past niet' }),
  withdrawSyndication: syndicationCase(WITHDRAW, accepted, 'WITHDRAWN'),
  readSyndicationProposals: async (w) => {
    const id = await proposal(w);
    return {
      query: `query($id: ID!) { syndicationProposals(communityId: $id, first: 5) { edges { node { id } } } }`,
      variables: { id: (await chapterOf(w)).nationalId },
      verify: ({ data }) => expect(data.syndicationProposals.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id),
    };
  },
  createContentItem: async (w) => {
    const title = `Tip ${unique()}`;
    return {
      query: CREATE_ITEM,
      variables: { input: { libraryId: w.library.id, title, body: 'Tekst' } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT owner_library_id, created_by_id FROM content_items WHERE title = $1`, [title])).toEqual([
          { owner_library_id: w.library.id, created_by_id: viewer?.id },
        ]),
    };
  },
  updateContentItem: async (w) => {
    const id = await sharedItem(w);
    const campaign = `Zomerlezen ${unique()}`;
    return {
      query: `mutation($input: UpdateContentItemInput!) { updateContentItem(input: $input) { id } }`,
      variables: { input: { id, campaign } },
      verify: async () => expect(await sqlValue(w, `SELECT campaign FROM content_items WHERE id = $1`, [id])).toBe(campaign),
    };
  },
  archiveContentItem: async (w) => {
    const id = await sharedItem(w);
    return {
      query: `mutation($id: ID!) { archiveContentItem(id: $id) { id archived } }`,
      variables: { id },
      verify: async () => expect(await sqlValue(w, `SELECT archived FROM content_items WHERE id = $1`, [id])).toBe(true),
    };
  },
  publishContent: async (w) => {
    const contentItemId = await sharedItem(w);
    return {
      query: PUBLISH,
      variables: { input: { contentItemId, communityId: w.communities.pub.id } },
      verify: async ({ viewer }) =>
        expect(
          await w.t.sql(`SELECT community_id, published_by_id FROM content_publications WHERE content_item_id = $1`, [contentItemId]),
        ).toEqual([{ community_id: w.communities.pub.id, published_by_id: viewer?.id }]),
    };
  },
  browseContentItems: async (w) => {
    const id = await sharedItem(w);
    return {
      query: `query { contentItems(first: 5) { edges { node { id } } } }`,
      variables: {},
      verify: ({ data }) => expect(data.contentItems.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id),
    };
  },
};
