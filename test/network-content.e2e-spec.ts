import { errorCode, gql, ok } from './support/gql';
import { TestUser, addStaff, createCommunity, createLibrary, registerUser, world, World } from './support/factories';
import { CREATE_ITEM, PUBLISH, contentItem, nationalSetup } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';

const LIST = `query($filter: ContentFilter, $first: Int, $after: String) {
  contentItems(filter: $filter, first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } }
}`;
const UPDATE = `mutation($input: UpdateContentItemInput!) { updateContentItem(input: $input) { id title campaign licence validUntil tags sharedNationally } }`;
const ARCHIVE = `mutation($id: ID!) { archiveContentItem(id: $id) { id archived } }`;
const USAGE = `query($id: ID!) { contentItem(id: $id) { usage { total libraries { library { id } count } } } }`;
const SOURCE = `query($id: ID!) { thread(id: $id) { title contentSource { title licence ownerLibrary { id } publishedBy { id } contentItem { id } } posts { edges { node { body } } } } }`;

describe('the content database: keep, browse, search and publish reusable content', () => {
  let t: TestApp;
  let w: World;
  let editor: TestUser;
  let otherManager: TestUser;
  let otherLibrary: { id: string };
  let otherCommunity: { id: string };
  let national: Awaited<ReturnType<typeof nationalSetup>>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    national = await nationalSetup(t, w.admin, editor);
    otherLibrary = await createLibrary(t, w.admin);
    otherManager = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherManager, 'COMMUNITY_MANAGER');
    otherCommunity = await createCommunity(t, otherManager, otherLibrary.id, 'PUBLIC');
  });
  afterAll(() => t.close());

  const titles = async (token: string, filter: Record<string, unknown> = {}) =>
    (await ok(t, LIST, { filter, first: 100 }, token)).contentItems.edges.map((e: { node: { title: string } }) => e.node.title);

  it('staff see national items, nationally shared ones and their own; nobody else browses', async () => {
    await contentItem(t, editor, national.library.id, {
      title: 'Landelijk: Boekenweek',
      campaign: 'Boekenweek',
      tags: ['Boekenweek', 'lezen'],
    });
    await contentItem(t, w.manager, w.library.id, { title: 'Lokaal: eigen tip' });
    await contentItem(t, w.manager, w.library.id, { title: 'Lokaal: gedeelde tip', sharedNationally: true });
    const mine = await titles(w.manager.token);
    expect(mine).toEqual(expect.arrayContaining(['Landelijk: Boekenweek', 'Lokaal: eigen tip', 'Lokaal: gedeelde tip']));
    const theirs = await titles(otherManager.token);
    expect(theirs).toEqual(expect.arrayContaining(['Landelijk: Boekenweek', 'Lokaal: gedeelde tip']));
    expect(theirs).not.toContain('Lokaal: eigen tip');
    expect(await titles(w.admin.token)).toContain('Lokaal: eigen tip');
    expect(await errorCode(t, LIST)).toBe('UNAUTHENTICATED');
    for (const who of [w.member, w.outsider]) expect(await errorCode(t, LIST, {}, who.token)).toBe('FORBIDDEN');
  });

  it('searches title, body and tags; filters by tag, campaign, library and validity day', async () => {
    await contentItem(t, editor, national.library.id, {
      title: 'Poëzieweek gedichten',
      body: 'Schrijf een gedicht over de zee',
      tags: ['poëzie'],
      campaign: 'Poëzieweek',
      validFrom: '2020-01-01',
      validUntil: '2020-12-31',
    });
    await contentItem(t, editor, national.library.id, {
      title: 'Zomerlezen',
      body: 'Boeken voor op het strand',
      tags: ['zomer', 'kinderen'],
      validFrom: '2021-06-01',
    });
    expect(await titles(w.manager.token, { query: 'gedicht' })).toEqual(['Poëzieweek gedichten']);
    expect(await titles(w.manager.token, { query: 'STRAND' })).toEqual(['Zomerlezen']);
    expect(await titles(w.manager.token, { query: 'kinder' })).toEqual(['Zomerlezen']);
    expect(await titles(w.manager.token, { query: '100%_' })).toEqual([]);
    expect(await titles(w.manager.token, { tag: 'Kinderen' })).toEqual(['Zomerlezen']);
    expect(await titles(w.manager.token, { campaign: 'poëzieweek' })).toEqual(['Poëzieweek gedichten']);
    expect(await titles(w.manager.token, { validOn: '2020-07-01', libraryId: national.library.id })).not.toContain('Zomerlezen');
    expect(await titles(w.manager.token, { validOn: '2020-07-01', libraryId: national.library.id })).toContain('Poëzieweek gedichten');
    expect(await titles(w.manager.token, { validOn: '2022-07-01', libraryId: national.library.id })).toContain('Zomerlezen');
    expect(await titles(w.manager.token, { validOn: '2022-07-01', libraryId: national.library.id })).not.toContain('Poëzieweek gedichten');
    const bad = await gql(t, LIST, { filter: { validOn: '2022-02-30' } }, w.manager.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages newest first with cursors, no repeats', async () => {
    const all = await titles(w.admin.token);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(t, LIST, { first: 2, after }, w.admin.token)
      ).contentItems;
      walked.push(...page.edges.map((e) => e.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(await errorCode(t, LIST, { first: 101 }, w.admin.token)).toBe('BAD_USER_INPUT');
    // A forged cursor (not a time, not an id) is bad input, not a server error.
    const forged = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    expect(await errorCode(t, LIST, { after: forged(['geen-tijd', '00000000-0000-4000-8000-000000000000']) }, w.admin.token)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(t, LIST, { after: forged(['2026-01-01T00:00:00Z', 'geen-id']) }, w.admin.token)).toBe('BAD_USER_INPUT');
  });

  it('the owner library’s staff create, update and archive; others are refused and nothing changes', async () => {
    expect(
      await errorCode(t, CREATE_ITEM, { input: { libraryId: w.library.id, title: 'Niet van mij', body: 'x' } }, otherManager.token),
    ).toBe('FORBIDDEN');
    expect(
      await errorCode(t, CREATE_ITEM, { input: { libraryId: national.library.id, title: 'Niet van mij', body: 'x' } }, w.manager.token),
    ).toBe('FORBIDDEN');
    const item = await contentItem(t, w.manager, w.library.id, { title: 'Te bewerken', sharedNationally: true, campaign: 'Oud' });
    const changed = (
      await ok(
        t,
        UPDATE,
        {
          input: {
            id: item.id,
            title: 'Bewerkt',
            campaign: null,
            licence: 'CC BY 4.0',
            tags: [' Nieuw ', 'nieuw'],
            validUntil: '2099-01-01',
          },
        },
        w.manager.token,
      )
    ).updateContentItem;
    expect(changed).toMatchObject({
      title: 'Bewerkt',
      campaign: null,
      licence: 'CC BY 4.0',
      tags: ['nieuw'],
      validUntil: '2099-01-01',
      sharedNationally: true,
    });
    for (const who of [otherManager, editor]) {
      expect(await errorCode(t, UPDATE, { input: { id: item.id, title: 'Gekaapt' } }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, ARCHIVE, { id: item.id }, who.token)).toBe('FORBIDDEN');
    }
    expect(await errorCode(t, UPDATE, { input: { id: item.id, title: 'Gekaapt' } }, w.member.token)).toBe('FORBIDDEN');
    const unshared = await contentItem(t, w.manager, w.library.id);
    expect(await errorCode(t, UPDATE, { input: { id: unshared.id, title: 'Gekaapt' } }, otherManager.token)).toBe('NOT_FOUND');
    const [row] = await t.sql(`SELECT title, archived FROM content_items WHERE id = $1`, [item.id]);
    expect(row).toEqual({ title: 'Bewerkt', archived: false });
    expect((await ok(t, ARCHIVE, { id: item.id }, w.manager.token)).archiveContentItem.archived).toBe(true);
    expect(await titles(w.manager.token)).not.toContain('Bewerkt');
    expect(await titles(w.manager.token, { includeArchived: true })).toContain('Bewerkt');
    expect(await titles(otherManager.token, { includeArchived: true })).not.toContain('Bewerkt');
  });

  it('validates input with field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x' }, 'title'],
      [{ body: '   ' }, 'body'],
      [{ validFrom: '1 mei' }, 'validFrom'],
      [{ validFrom: '2025-02-30' }, 'validFrom'],
      [{ validFrom: '2025-05-01', validUntil: '2025-04-01' }, 'validUntil'],
    ];
    for (const [over, field] of cases) {
      const res = await gql(
        t,
        CREATE_ITEM,
        { input: { libraryId: w.library.id, title: 'Een titel', body: 'Tekst', ...over } },
        w.manager.token,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: [expect.any(String)] } });
    }
  });

  it('publishes an item as a thread that keeps its provenance, and counts where it was used', async () => {
    const item = await contentItem(t, editor, national.library.id, {
      title: 'Samen lezen in de bieb',
      body: 'Kom **samen** lezen!',
      licence: 'CC BY 4.0',
    });
    const thread = (await ok(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.pub.id } }, w.manager.token)).publishContent;
    expect(thread.title).toBe('Samen lezen in de bieb');
    const asMember = (await ok(t, SOURCE, { id: thread.id }, w.member.token)).thread;
    expect(asMember.contentSource).toMatchObject({
      title: 'Samen lezen in de bieb',
      licence: 'CC BY 4.0',
      ownerLibrary: { id: national.library.id },
      publishedBy: { id: w.manager.id },
      contentItem: null,
    });
    expect(asMember.posts.edges[0].node.body).toBe('Kom **samen** lezen!');
    expect((await ok(t, SOURCE, { id: thread.id }, w.manager.token)).thread.contentSource.contentItem).toEqual({ id: item.id });
    await ok(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.restricted.id } }, w.manager.token);
    await ok(t, PUBLISH, { input: { contentItemId: item.id, communityId: otherCommunity.id } }, otherManager.token);
    const usage = (await ok(t, USAGE, { id: item.id }, editor.token)).contentItem.usage;
    expect(usage.total).toBe(3);
    expect(usage.libraries).toEqual([
      { library: { id: w.library.id }, count: 2 },
      { library: { id: otherLibrary.id }, count: 1 },
    ]);
  });

  it('refuses publishing by the wrong people, outside the validity window, or when archived, and writes nothing', async () => {
    const count = async () => (await t.sql(`SELECT count(*)::int AS n FROM threads`))[0].n;
    const before = await count();
    const item = await contentItem(t, editor, national.library.id);
    const input = { contentItemId: item.id, communityId: w.pub.id };
    expect(await errorCode(t, PUBLISH, { input })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, PUBLISH, { input }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, PUBLISH, { input }, otherManager.token)).toBe('FORBIDDEN');
    const own = await contentItem(t, w.manager, w.library.id);
    expect(await errorCode(t, PUBLISH, { input: { contentItemId: own.id, communityId: otherCommunity.id } }, otherManager.token)).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.priv.id } }, otherManager.token)).toBe(
      'NOT_FOUND',
    );
    const expired = await contentItem(t, editor, national.library.id, { validUntil: '2001-01-01' });
    const future = await contentItem(t, editor, national.library.id, { validFrom: '2999-01-01' });
    for (const id of [expired.id, future.id]) {
      const res = await gql(t, PUBLISH, { input: { contentItemId: id, communityId: w.pub.id } }, w.manager.token);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { contentItemId: [expect.stringContaining('published only')] },
      });
    }
    await ok(t, ARCHIVE, { id: item.id }, editor.token);
    expect(await errorCode(t, PUBLISH, { input }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('a thread the community’s rules refuse leaves no publication behind (one transaction)', async () => {
    await ok(
      t,
      `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
      { input: { communityId: w.pub.id, phrase: 'reclamefolder', action: 'BLOCK' } },
      w.manager.token,
    );
    const item = await contentItem(t, editor, national.library.id, { body: 'Download de reclamefolder' });
    expect(await errorCode(t, PUBLISH, { input: { contentItemId: item.id, communityId: w.pub.id } }, w.manager.token)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await t.sql(`SELECT 1 FROM content_publications WHERE content_item_id = $1`, [item.id])).toEqual([]);
    expect((await ok(t, USAGE, { id: item.id }, editor.token)).contentItem.usage).toEqual({ total: 0, libraries: [] });
  });
});
