import { errorCode, ok } from './support/gql';
import {
  TestUser,
  World,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerUser,
  world,
} from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const UNANSWERED = `query($id: ID!, $first: Int, $after: String) {
  unansweredQuestions(libraryId: $id, first: $first, after: $after) {
    edges { node { id title timeToFirstReplySeconds community { id } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe("unansweredQuestions: a library's questions nobody but the asker has answered, oldest first, for its staff", () => {
  let t: TestApp;
  let w: World;
  let otherStaff: TestUser;
  let elsewhere: { id: string };

  /** Every page, walked with the cursors the server hands out. */
  async function all(token: string, libraryId = w.library.id, first = 2): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(t, UNANSWERED, { id: libraryId, first, after }, token)
      ).unansweredQuestions;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    const otherLibrary = await createLibrary(t, w.admin);
    otherStaff = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
    elsewhere = await createCommunity(t, otherStaff, otherLibrary.id, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('lists visible questions without a reply by someone else, in every community of the library, oldest first', async () => {
    const answerer = await registerUser(t);
    await join(t, answerer, w.pub.id);
    const oldest = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Oudste vraag' });
    const selfReplied = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Zelf aangevuld' });
    await createPost(t, w.member, selfReplied.id, 'Nog een detail');
    const answered = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Beantwoord' });
    await createPost(t, answerer, answered.id, 'Hier is het antwoord');
    const discussion = await createThread(t, w.member, w.pub.id, { kind: 'DISCUSSION' });
    const privateQ = await createThread(t, w.manager, w.priv.id, { kind: 'QUESTION', title: 'Besloten vraag' });
    const hidden = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Verborgen vraag' });
    await t.sql(`UPDATE threads SET state = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    const otherLibraryQ = await createThread(t, otherStaff, elsewhere.id, { kind: 'QUESTION' });
    const newest = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Nieuwste vraag' });
    // Spread the asking times so the order is the order of asking, not of ids.
    for (const [i, id] of [oldest.id, selfReplied.id, privateQ.id, newest.id].entries()) {
      await t.sql(`UPDATE questions SET asked_at = now() - ($2 || ' hours')::interval WHERE thread_id = $1`, [id, 10 - i]);
    }

    const listed = await all(w.manager.token);
    expect(listed).toEqual([oldest.id, selfReplied.id, privateQ.id, newest.id]);
    for (const id of [answered.id, discussion.id, hidden.id, otherLibraryQ.id]) expect(listed).not.toContain(id);
    expect(await all(w.admin.token, w.library.id, 100)).toEqual(listed);
    expect(
      await all(
        otherStaff.token,
        (await t.sql<{ library_id: string }>(`SELECT library_id FROM communities WHERE id = $1`, [elsewhere.id]))[0].library_id,
      ),
    ).toEqual([otherLibraryQ.id]);

    // Once someone else replies, the question leaves the list.
    await createPost(t, w.manager, oldest.id, 'Ik zoek het voor je uit');
    expect((await all(w.manager.token))[0]).toBe(selfReplied.id);
  });

  it('refuses everyone but the library’s staff and platform admins, and forged cursors', async () => {
    expect(await errorCode(t, UNANSWERED, { id: w.library.id })).toBe('UNAUTHENTICATED');
    for (const u of [w.member, w.outsider, otherStaff])
      expect(await errorCode(t, UNANSWERED, { id: w.library.id }, u.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, UNANSWERED, { id: w.library.id, after: 'WzEsMl0' }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, UNANSWERED, { id: w.library.id, first: 101 }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, UNANSWERED, { id: '00000000-0000-4000-8000-000000000000' }, w.manager.token)).toBe('NOT_FOUND');
  });
});
