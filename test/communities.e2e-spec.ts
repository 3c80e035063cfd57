import { randomUUID } from 'node:crypto';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, World, addStaff, createCommunity, createLibrary, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    id slug name description theme visibility libraryId library { id } memberCount viewerCanModerate
    viewerMembership { role state userId }
  }
}`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { id slug name description theme visibility library { slug } memberCount } }`;
const COMMUNITIES = `query($first: Int, $after: String, $libraryId: ID, $theme: String) {
  communities(first: $first, after: $after, libraryId: $libraryId, theme: $theme) {
    edges { cursor node { id name theme libraryId } } pageInfo { hasNextPage endCursor }
  }
}`;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('communities: library staff create communities that anyone can find', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    libraryId: w.library.id,
    name: `Leesclub ${randomUUID().slice(0, 8)}`,
    description: 'Samen lezen',
    theme: 'lezen',
    visibility: 'PUBLIC',
    ...over,
  });
  const communityCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM communities'))[0].n);

  describe('createCommunity', () => {
    it('lets a community manager create one and makes them its ACTIVE OWNER', async () => {
      const c = (
        await ok(
          t,
          CREATE,
          { input: input({ name: '  Historische Kring  ', slug: 'historische-kring', theme: ' geschiedenis ' }) },
          w.manager.token,
        )
      ).createCommunity;
      expect(c).toMatchObject({
        slug: 'historische-kring',
        name: 'Historische Kring',
        theme: 'geschiedenis',
        visibility: 'PUBLIC',
        libraryId: w.library.id,
        library: { id: w.library.id },
        memberCount: 1,
        viewerCanModerate: true,
        viewerMembership: { role: 'OWNER', state: 'ACTIVE', userId: w.manager.id },
      });
      expect(await t.sql('SELECT user_id, role, state FROM memberships WHERE community_id = $1', [c.id])).toEqual([
        { user_id: w.manager.id, role: 'OWNER', state: 'ACTIVE' },
      ]);
    });

    it('lets a library admin and a platform admin create one too', async () => {
      const libAdmin = await registerUser(t);
      await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
      for (const by of [libAdmin, w.admin]) {
        const c = (await ok(t, CREATE, { input: input({ visibility: 'RESTRICTED' }) }, by.token)).createCommunity;
        expect(c.viewerMembership).toEqual({ role: 'OWNER', state: 'ACTIVE', userId: by.id });
      }
    });

    it.each([
      ['with accents and punctuation', 'Lezen & Schrijven in Één Wijk', 'lezen-schrijven-in-een-wijk'],
      ['with spaces around it', '  Café Crème: Koffie & Boeken!  ', 'cafe-creme-koffie-boeken'],
      ['too short for a slug', 'Ab!', 'community-ab'],
      ['without letters', '!!!', 'community'],
      ['cut at 70 characters just before a space', `${'a'.repeat(69)} ${'b'.repeat(20)}`, 'a'.repeat(69)],
    ])('makes the slug from a name %s when none is given', async (_what, name, slug) => {
      const c = (await ok(t, CREATE, { input: input({ name }) }, w.manager.token)).createCommunity;
      expect(c.slug).toBe(slug);
      expect(c.slug).toMatch(SLUG);
      expect((await ok(t, COMMUNITY, { slug: c.slug })).community.id).toBe(c.id);
    });

    it('refuses a slug that is taken, given or made from the name, with CONFLICT and writes nothing', async () => {
      await ok(t, CREATE, { input: input({ name: 'Poëzie Avond', slug: 'poezie' }) }, w.manager.token);
      await ok(t, CREATE, { input: input({ name: 'Jeugd Boeken' }) }, w.manager.token);
      const before = await communityCount();
      const memberships = (await t.sql('SELECT 1 FROM memberships')).length;
      expect(await errorCode(t, CREATE, { input: input({ slug: 'poezie' }) }, w.manager.token)).toBe('CONFLICT');
      expect(await errorCode(t, CREATE, { input: input({ name: 'Jeugd  boeken!' }) }, w.manager.token)).toBe('CONFLICT');
      expect(await communityCount()).toBe(before);
      expect(await t.sql('SELECT 1 FROM memberships')).toHaveLength(memberships);
    });

    it('lets exactly one of several simultaneous creates with one slug win', async () => {
      const inputs = Array.from({ length: 5 }, () => input({ slug: 'tegelijk' }));
      const results = await Promise.all(inputs.map((i) => gql(t, CREATE, { input: i }, w.manager.token)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await t.sql(`SELECT 1 FROM communities WHERE slug = 'tegelijk'`)).toHaveLength(1);
    });

    it('refuses non-staff, staff of another library and visitors, and writes nothing', async () => {
      const other = await createLibrary(t, w.admin);
      const otherStaff = await registerUser(t);
      await addStaff(t, w.admin, other.id, otherStaff, 'ADMIN');
      const before = await communityCount();
      expect(await errorCode(t, CREATE, { input: input() }, w.member.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE, { input: input() }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE, { input: input() }, otherStaff.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE, { input: input() })).toBe('UNAUTHENTICATED');
      expect(await communityCount()).toBe(before);
      // The other library's admin may create communities in their own library.
      expect((await ok(t, CREATE, { input: input({ libraryId: other.id }) }, otherStaff.token)).createCommunity.libraryId).toBe(other.id);
    });

    it('answers an unknown library with NOT_FOUND', async () => {
      expect(await errorCode(t, CREATE, { input: input({ libraryId: randomUUID() }) }, w.admin.token)).toBe('NOT_FOUND');
    });

    it.each([
      ['a library id that is not an id', { libraryId: 'bibliotheek-1' }, 'libraryId'],
      ['a name of 2 characters', { name: 'ab' }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a name of 101 characters', { name: 'n'.repeat(101) }, 'name'],
      ['a slug with capitals and spaces', { slug: 'Met Hoofdletters' }, 'slug'],
      ['a slug of 2 characters', { slug: 'ab' }, 'slug'],
      ['a slug of 81 characters', { slug: 's'.repeat(81) }, 'slug'],
      ['an empty description', { description: '' }, 'description'],
      ['a description of 5001 characters', { description: 'd'.repeat(5001) }, 'description'],
      ['a theme of 1 character', { theme: 'x' }, 'theme'],
      ['a theme of 61 characters', { theme: 't'.repeat(61) }, 'theme'],
    ])('refuses %s, naming the field, and writes nothing', async (_what, over, field) => {
      const before = await communityCount();
      const res = await gql(t, CREATE, { input: input(over) }, w.manager.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual([field]);
      expect(await communityCount()).toBe(before);
    });

    it('refuses an unknown visibility', async () => {
      const res = await gql(t, CREATE, { input: input({ visibility: 'SECRET' }) }, w.manager.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/visibility/);
    });
  });

  describe('community(slug)', () => {
    it('shows a public community with its library and member count to anyone', async () => {
      const c = (await ok(t, COMMUNITY, { slug: w.pub.slug })).community;
      expect(c).toMatchObject({
        id: w.pub.id,
        name: w.pub.name,
        description: 'Over boeken en buurt',
        theme: 'lezen',
        visibility: 'PUBLIC',
      });
      expect(c.library.slug).toBe(w.library.slug);
      expect(c.memberCount).toBe(2);
    });

    it('answers an unknown slug with NOT_FOUND', async () => {
      expect(await errorCode(t, COMMUNITY, { slug: 'bestaat-niet' })).toBe('NOT_FOUND');
    });
  });

  describe('communities list', () => {
    let lib: { id: string };
    let staff: TestUser;
    const names = ['Wandelen', 'Astronomie', 'Koken', 'Astronomie', 'Breien', 'Muziek', 'Zeilen'];
    const themes = ['natuur', 'Wetenschap', 'eten', 'wetenschap', 'handwerk', 'muziek', 'natuur'];

    const walk = async (vars: Record<string, unknown>, first: number, token?: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
          await ok(t, COMMUNITIES, { ...vars, first, after }, token)
        ).communities;
        expect(page.edges.length).toBeLessThanOrEqual(first);
        ids.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    };

    beforeAll(async () => {
      lib = await createLibrary(t, w.admin);
      staff = await registerUser(t);
      await addStaff(t, w.admin, lib.id, staff, 'COMMUNITY_MANAGER');
      for (let i = 0; i < names.length; i++) {
        await ok(t, CREATE, { input: input({ libraryId: lib.id, name: `${names[i]} ${i}`, theme: themes[i] }) }, staff.token);
      }
    });

    it('lists one library’s communities by name, page by page', async () => {
      const expected = await t.sql<{ id: string }>('SELECT id FROM communities WHERE library_id = $1 ORDER BY name, id', [lib.id]);
      expect(expected).toHaveLength(names.length);
      for (const first of [1, 2, 3, 100]) expect(await walk({ libraryId: lib.id }, first)).toEqual(expected.map((r) => r.id));
    });

    it('filters by theme, ignoring case, and combines it with the library filter', async () => {
      const wetenschap = (await ok(t, COMMUNITIES, { libraryId: lib.id, theme: 'WETENSCHAP' })).communities.edges;
      expect(wetenschap.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['Astronomie 1', 'Astronomie 3']);
      const natuur = await walk({ theme: 'natuur' }, 1);
      const expected = await t.sql<{ id: string }>(`SELECT id FROM communities WHERE lower(theme) = 'natuur' ORDER BY name, id`);
      expect(natuur).toEqual(expected.map((r) => r.id));
      expect(natuur).toHaveLength(2);
      expect((await ok(t, COMMUNITIES, { theme: 'onbekend-thema' })).communities.edges).toEqual([]);
    });

    it('pages through all visible communities once, without filters', async () => {
      const expected = await t.sql<{ id: string }>(`SELECT id FROM communities WHERE visibility <> 'PRIVATE' ORDER BY name, id`);
      expect(await walk({}, 4)).toEqual(expected.map((r) => r.id));
    });

    it('gives an empty list for a library without communities or an unknown library', async () => {
      const empty = await createLibrary(t, w.admin);
      for (const libraryId of [empty.id, randomUUID()]) {
        expect((await ok(t, COMMUNITIES, { libraryId })).communities).toEqual({
          edges: [],
          pageInfo: { hasNextPage: false, endCursor: null },
        });
      }
    });

    it('refuses more than 100 per page, a forged cursor and a malformed library id with BAD_USER_INPUT', async () => {
      expect(await errorCode(t, COMMUNITIES, { first: 101 })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, COMMUNITIES, { first: 0 })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, COMMUNITIES, { after: 'vervalst' })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, COMMUNITIES, { after: Buffer.from('["a","b","c"]').toString('base64url') })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, COMMUNITIES, { after: Buffer.from('["a","geen-uuid"]').toString('base64url') })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, COMMUNITIES, { libraryId: 'geen-id' })).toBe('BAD_USER_INPUT');
    });
  });

  it('creates a community through the factory that the list then shows', async () => {
    const c = await createCommunity(t, w.manager, w.library.id);
    const ids = (await ok(t, COMMUNITIES, { libraryId: w.library.id, first: 100 })).communities.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(ids).toContain(c.id);
  });
});
