import { errorCode, ok } from './support/gql';
import { TestUser, addStaff, createLibrary, createThread, join, registerUser, world, World } from './support/factories';
import { ACCEPT, DECLINE, PROPOSE, PUBLISH, contentItem, nationalSetup, openChapter, propose } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';

const WITHDRAW_WHY = `mutation($id: ID!, $reason: String) { withdrawSyndication(syndicationId: $id, reason: $reason) { id state } }`;
const UPDATE = `mutation($input: UpdateContentItemInput!) { updateContentItem(input: $input) { id title } }`;
const ARCHIVE = `mutation($id: ID!) { archiveContentItem(id: $id) { id archived } }`;
const HIDE_POST = `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`;

interface Line {
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  community_id: string | null;
  library_id: string | null;
  reason: string | null;
  details: string | null;
}

describe('audit lines of syndication and the content database (who, what, on what, where, why)', () => {
  let t: TestApp;
  let w: World;
  let editor: TestUser;
  let otherManager: TestUser;
  let national: Awaited<ReturnType<typeof nationalSetup>>;
  let chapter: Awaited<ReturnType<typeof openChapter>>;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    national = await nationalSetup(t, w.admin, editor);
    chapter = await openChapter(t, w.manager, national.community.id, w.library.id);
    await join(t, w.member, chapter.id);
    const otherLibrary = await createLibrary(t, w.admin);
    otherManager = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherManager, 'COMMUNITY_MANAGER');
  });
  afterAll(() => t.close());

  const lines = (targetId: string) =>
    t.sql<Line>(
      `SELECT actor_id, action, target_type, target_id, community_id, library_id, reason, details FROM moderation_actions
        WHERE target_id = $1 ORDER BY id`,
      [targetId],
    );
  /** Every line by this file's people (another test file may write lines in the same database meanwhile). */
  const allLines = async () => {
    const people = [w.admin, w.manager, w.member, w.outsider, editor, otherManager].map((u) => u.id);
    return Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM moderation_actions WHERE actor_id = ANY($1)`, [people]))[0].n);
  };

  it('propose, accept and withdraw (chapter side): one line each, on the side that acted, with the reason', async () => {
    const thread = await createThread(t, w.member, chapter.id, { title: 'Voorgesteld en teruggetrokken' });
    const id = await propose(t, w.manager, thread.id);
    await ok(t, ACCEPT, { id }, editor.token);
    await ok(t, WITHDRAW_WHY, { id, reason: 'Toch te lokaal' }, w.manager.token);
    const where = expect.stringContaining(`thread ${thread.id} from community ${chapter.id} to community ${national.community.id}`);
    expect(await lines(id)).toEqual([
      {
        actor_id: w.manager.id,
        action: 'PROPOSE_SYNDICATION',
        target_type: 'SYNDICATION',
        target_id: id,
        community_id: chapter.id,
        library_id: null,
        reason: null,
        details: where,
      },
      {
        actor_id: editor.id,
        action: 'ACCEPT_SYNDICATION',
        target_type: 'SYNDICATION',
        target_id: id,
        community_id: national.community.id,
        library_id: null,
        reason: null,
        details: where,
      },
      {
        actor_id: w.manager.id,
        action: 'WITHDRAW_SYNDICATION',
        target_type: 'SYNDICATION',
        target_id: id,
        community_id: chapter.id,
        library_id: null,
        reason: 'Toch te lokaal',
        details: where,
      },
    ]);
  });

  it('decline keeps the editor’s reason; an editor’s withdrawal is on the national community', async () => {
    const declined = await propose(t, w.manager, (await createThread(t, w.member, chapter.id)).id);
    await ok(t, DECLINE, { id: declined, reason: 'Te lokaal' }, editor.token);
    expect((await lines(declined)).map((l) => [l.action, l.actor_id, l.community_id, l.reason])).toEqual([
      ['PROPOSE_SYNDICATION', w.manager.id, chapter.id, null],
      ['DECLINE_SYNDICATION', editor.id, national.community.id, 'Te lokaal'],
    ]);
    const withdrawn = await propose(t, w.manager, (await createThread(t, w.member, chapter.id)).id);
    await ok(t, ACCEPT, { id: withdrawn }, editor.token);
    await ok(t, WITHDRAW_WHY, { id: withdrawn, reason: 'Verouderd' }, editor.token);
    expect((await lines(withdrawn)).map((l) => [l.action, l.actor_id, l.community_id, l.reason])).toEqual([
      ['PROPOSE_SYNDICATION', w.manager.id, chapter.id, null],
      ['ACCEPT_SYNDICATION', editor.id, national.community.id, null],
      ['WITHDRAW_SYNDICATION', editor.id, national.community.id, 'Verouderd'],
    ]);
  });

  it('taking the original down withdraws it with a line by that moderator, saying why', async () => {
    const thread = await createThread(t, w.member, chapter.id);
    const id = await propose(t, w.manager, thread.id);
    await ok(t, ACCEPT, { id }, editor.token);
    const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [thread.id]);
    await ok(t, HIDE_POST, { id: opening.id }, w.manager.token);
    const last = (await lines(id)).at(-1);
    expect(last).toMatchObject({
      actor_id: w.manager.id,
      action: 'WITHDRAW_SYNDICATION',
      target_type: 'SYNDICATION',
      community_id: chapter.id,
      reason: expect.stringContaining('hidden'),
    });
  });

  it('a refused syndication step writes no line', async () => {
    const thread = await createThread(t, w.member, chapter.id);
    const before = await allLines();
    for (const who of [w.member, w.outsider, editor]) expect(await errorCode(t, PROPOSE, { id: thread.id }, who.token)).toBe('FORBIDDEN');
    expect(await allLines()).toBe(before);
    const id = await propose(t, w.manager, thread.id);
    expect(await errorCode(t, PROPOSE, { id: thread.id }, w.manager.token)).toBe('CONFLICT');
    for (const who of [w.manager, w.member, w.outsider]) {
      expect(await errorCode(t, ACCEPT, { id }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, DECLINE, { id, reason: 'nee' }, who.token)).toBe('FORBIDDEN');
    }
    for (const who of [w.member, w.outsider]) expect(await errorCode(t, WITHDRAW_WHY, { id, reason: 'weg' }, who.token)).toBe('FORBIDDEN');
    await ok(t, DECLINE, { id }, editor.token);
    expect(await errorCode(t, ACCEPT, { id }, editor.token)).toBe('CONFLICT');
    expect(await errorCode(t, WITHDRAW_WHY, { id }, w.manager.token)).toBe('CONFLICT');
    expect((await lines(id)).map((l) => l.action)).toEqual(['PROPOSE_SYNDICATION', 'DECLINE_SYNDICATION']);
    expect(await allLines()).toBe(before + 2);
  });

  it('content items: created, changed, archived (once) are library-level lines; publishing is on the community', async () => {
    const item = await contentItem(t, w.manager, w.library.id, { title: 'Zomerlezen', sharedNationally: true });
    await ok(t, UPDATE, { input: { id: item.id, title: 'Zomerlezen 2027', tags: ['zomer'] } }, w.manager.token);
    const thread = (await ok(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.pub.id } }, w.manager.token)).publishContent;
    await ok(t, ARCHIVE, { id: item.id }, w.manager.token);
    await ok(t, ARCHIVE, { id: item.id }, w.manager.token);
    const base = { actor_id: w.manager.id, target_type: 'CONTENT_ITEM', target_id: item.id, reason: null };
    expect(await lines(item.id)).toEqual([
      { ...base, action: 'CREATE_CONTENT_ITEM', community_id: null, library_id: w.library.id, details: '"Zomerlezen", shared nationally' },
      { ...base, action: 'UPDATE_CONTENT_ITEM', community_id: null, library_id: w.library.id, details: '"Zomerlezen 2027": tags, title' },
      {
        ...base,
        action: 'PUBLISH_CONTENT_ITEM',
        community_id: w.pub.id,
        library_id: null,
        details: `"Zomerlezen 2027" as thread ${thread.id}`,
      },
      { ...base, action: 'ARCHIVE_CONTENT_ITEM', community_id: null, library_id: w.library.id, details: '"Zomerlezen 2027"' },
    ]);
  });

  it('a refused content action writes no line', async () => {
    const item = await contentItem(t, w.manager, w.library.id);
    const before = await allLines();
    expect(await errorCode(t, UPDATE, { input: { id: item.id, title: 'Van een ander' } }, otherManager.token)).toBe('NOT_FOUND');
    for (const who of [w.member, w.outsider]) {
      expect(await errorCode(t, UPDATE, { input: { id: item.id, title: 'Niet van jou' } }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, ARCHIVE, { id: item.id }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.pub.id } }, who.token)).toBe('FORBIDDEN');
    }
    expect(await errorCode(t, UPDATE, { input: { id: item.id, validFrom: '2027-02-30' } }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await allLines()).toBe(before);
    await ok(t, ARCHIVE, { id: item.id }, w.manager.token);
    expect(await errorCode(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.pub.id } }, w.manager.token)).toBe(
      'BAD_USER_INPUT',
    );
    expect((await lines(item.id)).map((l) => l.action)).toEqual(['CREATE_CONTENT_ITEM', 'ARCHIVE_CONTENT_ITEM']);
    expect(await allLines()).toBe(before + 1);
  });
});
