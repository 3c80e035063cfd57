import { randomUUID } from 'node:crypto';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, addStaff, createCommunity, createLibrary, registerAdmin, registerUser } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name kind createdAt staff { role } } }`;
const LIBRARY = `query($slug: String!) { library(slug: $slug) { id slug name kind staff { role user { id } } } }`;
const LIBRARIES = `query($first: Int, $after: String) {
  libraries(first: $first, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;
const ADD_STAFF = `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role user { id } library { id } } }`;
const REMOVE_STAFF = `mutation($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }`;

describe('libraries: platform admins create libraries, library admins manage their staff', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
  });
  afterAll(() => t.close());

  const libraryCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM libraries'))[0].n);
  const staffRows = (libraryId: string) =>
    t.sql<{ user_id: string; role: string }>('SELECT user_id, role FROM library_staff WHERE library_id = $1 ORDER BY user_id', [libraryId]);

  describe('createLibrary', () => {
    it('lets a platform admin create a library, trimming its slug and name', async () => {
      const input = { slug: '  oba-amsterdam ', name: ' OBA Amsterdam ', kind: 'LOCAL' };
      const lib = (await ok(t, CREATE, { input }, admin.token)).createLibrary;
      expect(lib).toMatchObject({ slug: 'oba-amsterdam', name: 'OBA Amsterdam', kind: 'LOCAL', staff: [] });
      expect(lib.id).toMatch(/^[0-9a-f-]{36}$/);
      const rows = await t.sql('SELECT slug, name, kind FROM libraries WHERE id = $1', [lib.id]);
      expect(rows).toEqual([{ slug: 'oba-amsterdam', name: 'OBA Amsterdam', kind: 'LOCAL' }]);
    });

    it('creates a national library too', async () => {
      const lib = (
        await ok(t, CREATE, { input: { slug: 'kb-nationaal', name: 'Stichting Bibliotheek.nl', kind: 'NATIONAL' } }, admin.token)
      ).createLibrary;
      expect(lib.kind).toBe('NATIONAL');
    });

    it('refuses a user who is not a platform admin, and a visitor, and writes nothing', async () => {
      const user = await registerUser(t);
      const before = await libraryCount();
      const input = { slug: 'niet-toegestaan', name: 'Niet toegestaan', kind: 'LOCAL' };
      expect(await errorCode(t, CREATE, { input }, user.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE, { input })).toBe('UNAUTHENTICATED');
      expect(await libraryCount()).toBe(before);
    });

    it('refuses a library admin, who is not a platform admin', async () => {
      const lib = await createLibrary(t, admin);
      const libAdmin = await registerUser(t);
      await addStaff(t, admin, lib.id, libAdmin, 'ADMIN');
      expect(await errorCode(t, CREATE, { input: { slug: 'eigen-bieb', name: 'Eigen bieb', kind: 'LOCAL' } }, libAdmin.token)).toBe(
        'FORBIDDEN',
      );
      expect(await t.sql(`SELECT 1 FROM libraries WHERE slug = 'eigen-bieb'`)).toHaveLength(0);
    });

    it('refuses a second library with the same slug (also after trimming) with CONFLICT', async () => {
      await ok(t, CREATE, { input: { slug: 'dubbel', name: 'Eerste', kind: 'LOCAL' } }, admin.token);
      expect(await errorCode(t, CREATE, { input: { slug: 'dubbel', name: 'Tweede', kind: 'LOCAL' } }, admin.token)).toBe('CONFLICT');
      expect(await errorCode(t, CREATE, { input: { slug: ' dubbel ', name: 'Derde', kind: 'NATIONAL' } }, admin.token)).toBe('CONFLICT');
      expect(await t.sql(`SELECT name FROM libraries WHERE slug = 'dubbel'`)).toEqual([{ name: 'Eerste' }]);
    });

    it('lets exactly one of several simultaneous creates with one slug win; the others get CONFLICT', async () => {
      const input = { slug: 'tegelijk', name: 'Tegelijk', kind: 'LOCAL' };
      const results = await Promise.all(Array.from({ length: 6 }, () => gql(t, CREATE, { input }, admin.token)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await t.sql(`SELECT 1 FROM libraries WHERE slug = 'tegelijk'`)).toHaveLength(1);
    });

    it.each([
      ['a slug with capitals', { slug: 'Hoofdletters' }, 'slug'],
      ['a slug with a space', { slug: 'met spatie' }, 'slug'],
      ['a slug with a double hyphen', { slug: 'dubbel--streepje' }, 'slug'],
      ['a slug starting with a hyphen', { slug: '-voorloop' }, 'slug'],
      ['a slug of 1 character', { slug: 'x' }, 'slug'],
      ['a slug of 61 characters', { slug: 'a'.repeat(61) }, 'slug'],
      ['a name of 1 character', { slug: 'goede-slug-1', name: 'X' }, 'name'],
      ['a blank name', { slug: 'goede-slug-2', name: '    ' }, 'name'],
      ['a name of 121 characters', { slug: 'goede-slug-3', name: 'n'.repeat(121) }, 'name'],
    ])('refuses %s, naming the field, and writes nothing', async (_what, over, field) => {
      const input = { name: 'Goede naam', kind: 'LOCAL', ...over };
      const before = await libraryCount();
      const res = await gql(t, CREATE, { input }, admin.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual([field]);
      expect(await libraryCount()).toBe(before);
    });

    it('refuses an unknown kind as BAD_USER_INPUT that names the field', async () => {
      const before = await libraryCount();
      const res = await gql(t, CREATE, { input: { slug: 'filiaal', name: 'Filiaal', kind: 'BRANCH' } }, admin.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // GraphQL rejects an enum value before the resolver runs, so the field is named in the message.
      expect(res.errors?.[0].message).toMatch(/kind/);
      expect(await libraryCount()).toBe(before);
    });
  });

  describe('library(slug)', () => {
    it('shows a library and its staff to anyone', async () => {
      const lib = await createLibrary(t, admin);
      const staff = await registerUser(t);
      await addStaff(t, admin, lib.id, staff, 'COMMUNITY_MANAGER');
      const seen = (await ok(t, LIBRARY, { slug: lib.slug })).library;
      expect(seen).toEqual({
        id: lib.id,
        slug: lib.slug,
        name: lib.name,
        kind: 'LOCAL',
        staff: [{ role: 'COMMUNITY_MANAGER', user: { id: staff.id } }],
      });
    });

    it('answers an unknown slug with NOT_FOUND', async () => {
      expect(await errorCode(t, LIBRARY, { slug: 'bestaat-niet' })).toBe('NOT_FOUND');
    });
  });

  describe('libraries connection', () => {
    const walk = async (first: number) => {
      const seen: { id: string; name: string }[] = [];
      const cursors: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          edges: { cursor: string; node: { id: string; name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        } = (await ok(t, LIBRARIES, { first, after })).libraries;
        expect(page.edges.length).toBeLessThanOrEqual(first);
        seen.push(...page.edges.map((e) => e.node));
        cursors.push(...page.edges.map((e) => e.cursor));
        if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
        if (!page.pageInfo.hasNextPage) return { seen, cursors };
        after = page.pageInfo.endCursor;
      }
    };

    beforeAll(async () => {
      // Some libraries share a name, so the id must break the tie.
      for (const name of ['Zutphen', 'Almere', 'Almere', 'Delft', 'Breda', 'Almere']) {
        await ok(t, CREATE, { input: { slug: `pagina-${randomUUID().slice(0, 8)}`, name, kind: 'LOCAL' } }, admin.token);
      }
    });

    it('pages through every library once, ordered by name, with first/after', async () => {
      const all = await t.sql<{ id: string; name: string }>('SELECT id, name FROM libraries ORDER BY name, id');
      for (const size of [1, 2, 5]) {
        const { seen } = await walk(size);
        expect(seen.map((l) => l.id)).toEqual(all.map((l) => l.id));
      }
      expect(all.filter((l) => l.name === 'Almere')).toHaveLength(3);
    });

    it('gives opaque cursors that do not show names or ids', async () => {
      const { seen, cursors } = await walk(3);
      cursors.forEach((c, i) => {
        expect(c).not.toContain(seen[i].id);
        expect(c).not.toContain(seen[i].name);
      });
      expect(new Set(cursors).size).toBe(cursors.length);
    });

    it('uses 25 as the default page size and says when there is more', async () => {
      const total = await libraryCount();
      const page = (await ok(t, LIBRARIES)).libraries;
      expect(page.edges).toHaveLength(Math.min(25, total));
      expect(page.pageInfo.hasNextPage).toBe(total > 25);
    });

    it('allows up to 100 per page and refuses more, zero or negative', async () => {
      expect((await ok(t, LIBRARIES, { first: 100 })).libraries.edges.length).toBeGreaterThan(0);
      for (const first of [101, 1000, 0, -1]) expect(await errorCode(t, LIBRARIES, { first })).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['not base64 json', 'bm9wZQ'],
      ['plain text', 'zomaar-iets'],
      ['the wrong number of keys', Buffer.from(JSON.stringify(['Almere'])).toString('base64url')],
      ['an object key', Buffer.from(JSON.stringify([{ $gt: '' }, 'x'])).toString('base64url')],
      ['an id that is not a uuid', Buffer.from(JSON.stringify(['Almere', "x' OR 1=1 --"])).toString('base64url')],
    ])('refuses a forged cursor (%s) with BAD_USER_INPUT', async (_what, after) => {
      expect(await errorCode(t, LIBRARIES, { first: 2, after })).toBe('BAD_USER_INPUT');
    });
  });

  describe('library staff', () => {
    let lib: { id: string; slug: string };
    let other: { id: string; slug: string };
    let libAdmin: TestUser;
    let otherAdmin: TestUser;
    let manager: TestUser;
    let plain: TestUser;

    beforeAll(async () => {
      lib = await createLibrary(t, admin);
      other = await createLibrary(t, admin);
      libAdmin = await registerUser(t);
      otherAdmin = await registerUser(t);
      manager = await registerUser(t);
      plain = await registerUser(t);
      await addStaff(t, admin, lib.id, libAdmin, 'ADMIN');
      await addStaff(t, admin, other.id, otherAdmin, 'ADMIN');
      await addStaff(t, libAdmin, lib.id, manager, 'COMMUNITY_MANAGER');
    });

    it('lets a platform admin and the library admin add staff', async () => {
      expect(await staffRows(lib.id)).toEqual(
        [
          { user_id: libAdmin.id, role: 'ADMIN' },
          { user_id: manager.id, role: 'COMMUNITY_MANAGER' },
        ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
      );
      const added = (await ok(t, ADD_STAFF, { input: { libraryId: lib.id, userId: plain.id, role: 'COMMUNITY_MANAGER' } }, libAdmin.token))
        .addLibraryStaff;
      expect(added).toEqual({ role: 'COMMUNITY_MANAGER', user: { id: plain.id }, library: { id: lib.id } });
      await ok(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: plain.id } }, admin.token);
    });

    it('gives new staff the power to create communities in that library only', async () => {
      const fresh = await registerUser(t);
      await addStaff(t, libAdmin, lib.id, fresh, 'COMMUNITY_MANAGER');
      await createCommunity(t, fresh, lib.id);
      const q = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`;
      const input = { libraryId: other.id, name: 'Elders', description: 'x', theme: 'lezen', visibility: 'PUBLIC' };
      expect(await errorCode(t, q, { input }, fresh.token)).toBe('FORBIDDEN');
    });

    it('changes the role of someone who is already staff instead of adding a second row', async () => {
      const user = await registerUser(t);
      await addStaff(t, libAdmin, lib.id, user, 'COMMUNITY_MANAGER');
      const changed = (await ok(t, ADD_STAFF, { input: { libraryId: lib.id, userId: user.id, role: 'ADMIN' } }, libAdmin.token))
        .addLibraryStaff;
      expect(changed.role).toBe('ADMIN');
      expect(await t.sql('SELECT role FROM library_staff WHERE library_id = $1 AND user_id = $2', [lib.id, user.id])).toEqual([
        { role: 'ADMIN' },
      ]);
    });

    it('lets the library admin and a platform admin remove staff, who then lose their powers', async () => {
      const a = await registerUser(t);
      const b = await registerUser(t);
      await addStaff(t, libAdmin, lib.id, a, 'COMMUNITY_MANAGER');
      await addStaff(t, libAdmin, lib.id, b, 'ADMIN');
      expect((await ok(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: a.id } }, libAdmin.token)).removeLibraryStaff).toBe(true);
      expect((await ok(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: b.id } }, admin.token)).removeLibraryStaff).toBe(true);
      expect(await t.sql('SELECT 1 FROM library_staff WHERE user_id = ANY($1)', [[a.id, b.id]])).toHaveLength(0);
      const q = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`;
      expect(
        await errorCode(
          t,
          q,
          { input: { libraryId: lib.id, name: 'Weg', description: 'x', theme: 'lezen', visibility: 'PUBLIC' } },
          a.token,
        ),
      ).toBe('FORBIDDEN');
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: lib.id, userId: a.id, role: 'ADMIN' } }, b.token)).toBe('FORBIDDEN');
    });

    it.each([
      ['a community manager of that library', () => manager],
      ['an admin of another library', () => otherAdmin],
      ['a plain user', () => plain],
    ])('refuses %s with FORBIDDEN, adding or removing', async (_who, by) => {
      const before = await staffRows(lib.id);
      const target = await registerUser(t);
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: lib.id, userId: target.id, role: 'ADMIN' } }, by().token)).toBe(
        'FORBIDDEN',
      );
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: lib.id, userId: by().id, role: 'ADMIN' } }, by().token)).toBe('FORBIDDEN');
      expect(await errorCode(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: libAdmin.id } }, by().token)).toBe('FORBIDDEN');
      expect(await staffRows(lib.id)).toEqual(before);
    });

    it('refuses a visitor with UNAUTHENTICATED', async () => {
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: lib.id, userId: plain.id, role: 'ADMIN' } })).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: manager.id } })).toBe('UNAUTHENTICATED');
    });

    it('answers unknown libraries, users and staff members with NOT_FOUND', async () => {
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: randomUUID(), userId: plain.id, role: 'ADMIN' } }, admin.token)).toBe(
        'NOT_FOUND',
      );
      expect(await errorCode(t, ADD_STAFF, { input: { libraryId: lib.id, userId: randomUUID(), role: 'ADMIN' } }, libAdmin.token)).toBe(
        'NOT_FOUND',
      );
      expect(await errorCode(t, REMOVE_STAFF, { input: { libraryId: randomUUID(), userId: manager.id } }, admin.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: plain.id } }, libAdmin.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, REMOVE_STAFF, { input: { libraryId: lib.id, userId: otherAdmin.id } }, libAdmin.token)).toBe('NOT_FOUND');
      expect(await t.sql('SELECT 1 FROM library_staff WHERE user_id = $1', [otherAdmin.id])).toHaveLength(1);
    });

    it.each([
      [{ libraryId: 'geen-id', userId: 'USER' }, ['libraryId']],
      [{ libraryId: "1' OR '1'='1", userId: 'abc' }, ['libraryId', 'userId']],
      [{ libraryId: 'LIB', userId: '42' }, ['userId']],
    ])('refuses malformed ids %j with BAD_USER_INPUT naming them', async (ids, fields) => {
      const resolve = (v: string) => (v === 'USER' ? plain.id : v === 'LIB' ? lib.id : v);
      const input = { libraryId: resolve(ids.libraryId), userId: resolve(ids.userId) };
      for (const [q, extra] of [
        [ADD_STAFF, { role: 'ADMIN' }],
        [REMOVE_STAFF, {}],
      ] as const) {
        const res = await gql(t, q, { input: { ...input, ...extra } }, admin.token);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(Object.keys(res.errors?.[0].extensions?.fields as object).sort()).toEqual(fields);
      }
    });

    it('refuses an unknown staff role', async () => {
      const res = await gql(t, ADD_STAFF, { input: { libraryId: lib.id, userId: plain.id, role: 'OWNER' } }, admin.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.sql('SELECT 1 FROM library_staff WHERE user_id = $1', [plain.id])).toHaveLength(0);
    });
  });
});
