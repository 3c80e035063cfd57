import { errorCode, gql, ok } from './support/gql';
import { TestUser, addStaff, createCommunity, createLibrary, registerUser, world, World } from './support/factories';
import { CREATE_CHAPTER, nationalSetup, openChapter } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';

const COMMUNITY = `query($slug: String!) {
  community(slug: $slug) {
    id isNational viewerMembership { role }
    nationalCommunity { id name }
    chapters(first: 10) { edges { node { id name library { name } } } pageInfo { hasNextPage } }
  }
}`;

describe('national theme communities and local chapters', () => {
  let t: TestApp;
  let w: World;
  let editor: TestUser;
  let national: Awaited<ReturnType<typeof nationalSetup>>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    national = await nationalSetup(t, w.admin, editor);
  });
  afterAll(() => t.close());

  const chapterRows = async (nationalId: string) =>
    (await t.sql(`SELECT community_id FROM chapters WHERE national_community_id = $1`, [nationalId])).length;

  it('a local library opens a chapter: a community of its own, owned by its creator, linked both ways', async () => {
    const chapter = await openChapter(t, w.manager, national.community.id, w.library.id);
    expect(chapter).toMatchObject({ visibility: 'PUBLIC' });
    expect(chapter.name).toContain(national.community.name);
    const seen = (await ok(t, COMMUNITY, { slug: chapter.slug }, w.manager.token)).community;
    expect(seen).toMatchObject({
      isNational: false,
      viewerMembership: { role: 'OWNER' },
      nationalCommunity: { id: national.community.id },
    });
    const nat = (await ok(t, COMMUNITY, { slug: national.community.slug })).community;
    expect(nat.isNational).toBe(true);
    expect(nat.nationalCommunity).toBeNull();
    expect(nat.chapters.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(chapter.id);
    const [row] = await t.sql(`SELECT library_id FROM communities WHERE id = $1`, [chapter.id]);
    expect(row.library_id).toBe(w.library.id);
  });

  it('one chapter per library and national community: a second is a CONFLICT and writes nothing', async () => {
    const other = await nationalSetup(t, w.admin, editor);
    await openChapter(t, w.manager, other.community.id, w.library.id, { name: 'Eerste hoofdstuk' });
    const before = await t.sql(`SELECT count(*)::int AS n FROM communities WHERE library_id = $1`, [w.library.id]);
    expect(
      await errorCode(
        t,
        CREATE_CHAPTER,
        { input: { nationalCommunityId: other.community.id, libraryId: w.library.id, name: 'Tweede hoofdstuk' } },
        w.manager.token,
      ),
    ).toBe('CONFLICT');
    const after = await t.sql(`SELECT count(*)::int AS n FROM communities WHERE library_id = $1`, [w.library.id]);
    expect(after[0].n).toBe(before[0].n);
    expect(await chapterRows(other.community.id)).toBe(1);
  });

  it('two chapters opened at once for the same pair: exactly one community and one link remain', async () => {
    const other = await nationalSetup(t, w.admin, editor);
    const tries = await Promise.all(
      ['Gelijktijdig een', 'Gelijktijdig twee', 'Gelijktijdig drie'].map((name) =>
        gql(t, CREATE_CHAPTER, { input: { nationalCommunityId: other.community.id, libraryId: w.library.id, name } }, w.manager.token),
      ),
    );
    expect(tries.filter((r) => !r.errors).length).toBe(1);
    expect(tries.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const made = await t.sql(`SELECT count(*)::int AS n FROM communities WHERE name LIKE 'Gelijktijdig %'`);
    expect(made[0].n).toBe(1);
    expect(await chapterRows(other.community.id)).toBe(1);
  });

  it('a slug that is taken refuses the chapter and leaves no link behind', async () => {
    const other = await nationalSetup(t, w.admin, editor);
    const code = await errorCode(
      t,
      CREATE_CHAPTER,
      { input: { nationalCommunityId: other.community.id, libraryId: w.library.id, slug: w.pub.slug } },
      w.manager.token,
    );
    expect(code).toBe('CONFLICT');
    expect(await chapterRows(other.community.id)).toBe(0);
  });

  it('refuses the wrong people: outsiders, another library’s staff and the national editors themselves', async () => {
    const other = await nationalSetup(t, w.admin, editor);
    const otherLibrary = await createLibrary(t, w.admin);
    const otherManager = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherManager, 'COMMUNITY_MANAGER');
    const input = { nationalCommunityId: other.community.id, libraryId: w.library.id };
    expect(await errorCode(t, CREATE_CHAPTER, { input })).toBe('UNAUTHENTICATED');
    for (const who of [w.outsider, w.member, otherManager, editor])
      expect(await errorCode(t, CREATE_CHAPTER, { input }, who.token)).toBe('FORBIDDEN');
    expect(await chapterRows(other.community.id)).toBe(0);
  });

  it('needs a community of a national library and a local library, with field errors', async () => {
    const res = await gql(t, CREATE_CHAPTER, { input: { nationalCommunityId: w.pub.id, libraryId: w.library.id } }, w.manager.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { nationalCommunityId: [expect.any(String)] } });
    const res2 = await gql(
      t,
      CREATE_CHAPTER,
      { input: { nationalCommunityId: national.community.id, libraryId: national.library.id } },
      editor.token,
    );
    expect(res2.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { libraryId: [expect.any(String)] } });
    expect(
      await errorCode(t, CREATE_CHAPTER, { input: { nationalCommunityId: 'niet-een-id', libraryId: w.library.id } }, w.manager.token),
    ).toBe('BAD_USER_INPUT');
  });

  it('a PRIVATE national community is NOT_FOUND to a library that may not see it', async () => {
    const hidden = await createCommunity(t, editor, national.library.id, 'PRIVATE');
    expect(
      await errorCode(t, CREATE_CHAPTER, { input: { nationalCommunityId: hidden.id, libraryId: w.library.id } }, w.manager.token),
    ).toBe('NOT_FOUND');
  });

  it('lists only the chapters a viewer may see, and pages through them', async () => {
    const other = await nationalSetup(t, w.admin, editor);
    const libs = await Promise.all([1, 2, 3].map(() => createLibrary(t, w.admin)));
    for (const lib of libs) await addStaff(t, w.admin, lib.id, w.manager, 'COMMUNITY_MANAGER');
    await openChapter(t, w.manager, other.community.id, libs[0].id, { name: 'A open hoofdstuk' });
    await openChapter(t, w.manager, other.community.id, libs[1].id, { name: 'B open hoofdstuk' });
    const secret = await openChapter(t, w.manager, other.community.id, libs[2].id, { name: 'C besloten hoofdstuk', visibility: 'PRIVATE' });
    const Q = `query($slug: String!, $after: String) { community(slug: $slug) { chapters(first: 1, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(t, Q, { slug: other.community.slug, after }, w.outsider.token)
      ).community.chapters;
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual(['A open hoofdstuk', 'B open hoofdstuk']);
    const asManager = (await ok(t, COMMUNITY, { slug: other.community.slug }, w.manager.token)).community.chapters.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );
    expect(asManager).toContain(secret.name);
  });
});
