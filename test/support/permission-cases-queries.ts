import { randomBytes } from 'node:crypto';
import { ok } from './gql';
import { Case } from './permission-cases-kit';
import { type PermissionWorld, authoredPost, populatedCommunity } from './permission-cases';
import { freshItem } from './permission-cases-catalogue';
import { contentItem } from './permission-cases-network';
import { unreadForEveryone } from './permission-cases-notifications';
import { editedPost } from './permission-cases-audit';

const unique = () => randomBytes(4).toString('hex');
type Connection<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

/** A community of the library whose moderation log is public, with one post hidden by staff in it. */
async function publicLogOf(w: PermissionWorld, visibility: 'PUBLIC' | 'PRIVATE') {
  const c = await populatedCommunity(w, visibility);
  await w.t.sql(`UPDATE communities SET public_mod_log = true WHERE id = $1`, [c.id]);
  const post = await authoredPost(w, c.id);
  await ok(w.t, `mutation($id: ID!) { hidePost(postId: $id, reason: "openbaar logboek") { id } }`, { id: post.id }, w.staff.token);
  return { communityId: c.id, postId: post.id };
}

const publicModLog =
  (visibility: 'PUBLIC' | 'PRIVATE'): Case =>
  async (w) => {
    const { communityId, postId } = await publicLogOf(w, visibility);
    return {
      query: `query($id: ID!) { publicModLog(communityId: $id) { edges { node { targetId reason } } } }`,
      variables: { id: communityId },
      verify: ({ data }) => expect(nodes(data.publicModLog)).toContainEqual({ targetId: postId, reason: 'openbaar logboek' }),
    };
  };

/**
 * How each query of the schema is tried (see FOUNDATION_CASES); queries of a domain with its own
 * table (moderation, experts, network) are tried there. A "yes" checks the answer holds the fixture.
 */
export const QUERY_CASES: Record<string, Case> = {
  // The library's communities: the PRIVATE one is listed only to those who may see it (`empty`: left out).
  listPrivateCommunity: async (w) => {
    const listed = (data: Record<string, any>) => nodes<{ id: string }>(data.communities).filter((n) => n.id === w.communities.priv.id); // eslint-disable-line @typescript-eslint/no-explicit-any
    // The library holds over a hundred communities by now (other cells create them), ordered by name under the
    // database's collation: the PRIVATE one gets a theme of its own for the cell, so one page always reaches it.
    const theme = `besloten-${w.communities.priv.id}`;
    return {
      before: async () => {
        await w.t.sql(`UPDATE communities SET theme = $2 WHERE id = $1`, [w.communities.priv.id, theme]);
      },
      after: async () => {
        await w.t.sql(`UPDATE communities SET theme = 'lezen' WHERE id = $1`, [w.communities.priv.id]);
      },
      query: `query($id: ID!, $theme: String!) { communities(libraryId: $id, theme: $theme, first: 100) { edges { node { id } } } }`,
      variables: { id: w.library.id, theme },
      verify: ({ data }) => expect(listed(data)).toHaveLength(1),
      value: listed,
    };
  },
  // "Your communities": a fresh PRIVATE community for those who belong to it (its creator, the staff member, owns
  // it), `empty` for the rest (a fresh one: cells of other rows make lib admin and admin join the world's).
  myCommunities: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    // Members of many communities by now: its name sorts first, so one page reaches it.
    await w.t.sql(`UPDATE communities SET name = '000 ' || name WHERE id = $1`, [c.id]);
    const listed = (data: Record<string, any>) => nodes<{ id: string }>(data.myCommunities).filter((n) => n.id === c.id); // eslint-disable-line @typescript-eslint/no-explicit-any
    return {
      query: `query { myCommunities(first: 20) { edges { node { id viewerMembership { state } } } } }`,
      variables: {},
      verify: ({ data }) => expect(listed(data)).toHaveLength(1),
      value: listed,
    };
  },
  readPrivateCommunity: async (w) => ({
    query: `query($slug: String!) { community(slug: $slug) { id name } }`,
    variables: { slug: w.communities.priv.slug },
    verify: ({ data }) => expect(data.community).toEqual({ id: w.communities.priv.id, name: w.communities.priv.name }),
  }),
  communityFigures: async (w) => ({
    query: `query($id: ID!) { communityFigures(communityId: $id) { community { id } members } }`,
    variables: { id: w.communities.pub.id },
    verify: ({ data }) => {
      expect(data.communityFigures.community.id).toBe(w.communities.pub.id);
      expect(data.communityFigures.members).toBeGreaterThanOrEqual(3);
    },
  }),
  libraryFigures: async (w) => ({
    query: `query($id: ID!) { libraryFigures(libraryId: $id) { library { id } communities } }`,
    variables: { id: w.library.id },
    verify: ({ data }) => {
      expect(data.libraryFigures.library.id).toBe(w.library.id);
      expect(data.libraryFigures.communities).toBeGreaterThanOrEqual(3);
    },
  }),
  nationalDashboard: async (w) => ({
    query: `query { nationalDashboard { libraries perLibrary { library { id } } } }`,
    variables: {},
    verify: ({ data }) =>
      expect(data.nationalDashboard.perLibrary.map((s: { library: { id: string } }) => s.library.id)).toContain(w.library.id),
  }),
  // An item the world's library keeps to itself (not shared nationally).
  readLocalContentItem: async (w) => {
    const item = await contentItem(w.t, w.staff, w.library.id);
    return {
      query: `query($id: ID!) { contentItem(id: $id) { id title } }`,
      variables: { id: item.id },
      verify: ({ data }) => expect(data.contentItem).toEqual({ id: item.id, title: item.title }),
    };
  },
  item: async (w) => {
    const id = await freshItem(w);
    return { query: `query($id: ID!) { item(id: $id) { id } }`, variables: { id }, verify: ({ data }) => expect(data.item.id).toBe(id) };
  },
  items: async (w) => {
    const digits = `978${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
    const check = (10 - ([...digits].reduce((sum, d, i) => sum + Number(d) * (i % 2 ? 3 : 1), 0) % 10)) % 10;
    const isbn13 = `${digits}${check}`;
    const id = await freshItem(w, { isbn13 });
    return {
      query: `query($q: String!) { items(query: $q) { edges { node { id } } } }`,
      variables: { q: isbn13 },
      verify: ({ data }) => expect(nodes<{ id: string }>(data.items).map((n) => n.id)).toEqual([id]),
    };
  },
  libraries: async (w) => ({
    query: `query { libraries(first: 100) { edges { node { id } } } }`,
    variables: {},
    verify: ({ data }) => expect(nodes<{ id: string }>(data.libraries).map((n) => n.id)).toContain(w.library.id),
  }),
  library: async (w) => ({
    query: `query($slug: String!) { library(slug: $slug) { id } }`,
    variables: { slug: w.library.slug },
    verify: ({ data }) => expect(data.library.id).toBe(w.library.id),
  }),
  me: async () => ({
    query: `query { me { id } }`,
    variables: {},
    verify: ({ data, viewer }) => expect(data.me.id).toBe(viewer?.id),
    value: (data) => data.me,
  }),
  // modLog without a community: the whole platform's.
  readPlatformModLog: async (w) => {
    const post = await authoredPost(w);
    await ok(w.t, `mutation($id: ID!) { hidePost(postId: $id, reason: "platformlog") { id } }`, { id: post.id }, w.staff.token);
    return {
      query: `query { modLog(first: 5) { edges { node { targetId } } } }`,
      variables: {},
      verify: ({ data }) => expect(nodes(data.modLog)).toContainEqual({ targetId: post.id }),
    };
  },
  notificationPreferences: async () => ({
    query: `query { notificationPreferences { emailDelivery kinds { kind } } }`,
    variables: {},
    verify: ({ data }) => expect(data.notificationPreferences.kinds.length).toBeGreaterThan(0),
  }),
  notifications: async (w) => {
    const threadId = await unreadForEveryone(w);
    return {
      query: `query { notifications(first: 5) { edges { node { thread { id } } } } }`,
      variables: {},
      verify: ({ data }) => expect(nodes(data.notifications)).toContainEqual({ thread: { id: threadId } }),
    };
  },
  unreadCount: async (w) => {
    await unreadForEveryone(w);
    return {
      query: `query { unreadCount }`,
      variables: {},
      verify: async ({ data, viewer }) =>
        expect(data.unreadCount).toBe(
          Number((await w.t.sql(`SELECT count(*) AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [viewer?.id]))[0].n),
        ),
    };
  },
  previewMarkdown: async () => ({
    query: `query { previewMarkdown(body: "**vet**") }`,
    variables: {},
    verify: ({ data }) => expect(data.previewMarkdown).toContain('<strong>vet</strong>'),
  }),
  publicModLog: publicModLog('PUBLIC'),
  publicModLogOfPrivate: publicModLog('PRIVATE'),
  // A post its author edited: the versions are the author's and the moderators'.
  postRevisions: async (w) => {
    const { postId } = await editedPost(w);
    return {
      query: `query($id: ID!) { postRevisions(postId: $id) { version body } }`,
      variables: { id: postId },
      verify: ({ data }) =>
        expect(data.postRevisions).toEqual([
          { version: 1, body: 'Te bewerken' },
          { version: 2, body: 'Bewerkt' },
        ]),
    };
  },
  watchedWords: async (w) => {
    const phrase = `woord${unique()}`;
    await ok(
      w.t,
      `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
      { input: { communityId: w.communities.pub.id, phrase, action: 'FLAG' } },
      w.staff.token,
    );
    return {
      query: `query($id: ID!) { watchedWords(communityId: $id) { phrase } }`,
      variables: { id: w.communities.pub.id },
      verify: ({ data }) => expect(data.watchedWords).toContainEqual({ phrase }),
    };
  },
  // watchedWords without a community: the platform-wide ones.
  readPlatformWatchedWords: async (w) => {
    const phrase = `overal${unique()}`;
    await ok(
      w.t,
      `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
      { input: { phrase, action: 'FLAG' } },
      w.admin.token,
    );
    return {
      query: `query { watchedWords { phrase } }`,
      variables: {},
      verify: ({ data }) => expect(data.watchedWords).toContainEqual({ phrase }),
    };
  },
};
