import { errorCode, gql, ok } from './support/gql';
import { addStaff, createLibrary, registerAdmin, registerUser } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { name logoUrl primaryColor welcomeText } }`;
const READ = `query($slug: String!) { library(slug: $slug) { name logoUrl primaryColor welcomeText } }`;

describe("a library's admins set its house style, which everyone reads", () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  async function libraryWithAdmin() {
    const admin = await registerAdmin(t);
    const library = await createLibrary(t, admin);
    const libAdmin = await registerUser(t);
    await addStaff(t, admin, library.id, libAdmin, 'ADMIN');
    return { library, libAdmin };
  }

  it('sets name, logo, colour and welcome text; a left-out field stays, null clears it', async () => {
    const { library, libAdmin } = await libraryWithAdmin();
    const style = {
      libraryId: library.id,
      name: 'Bibliotheek Aan Zee',
      logoUrl: 'https://bieb.example.nl/logo.svg',
      primaryColor: '#00549F',
      welcomeText: 'Welkom bij onze gemeenschappen!',
    };
    await ok(t, UPDATE, { input: style }, libAdmin.token);
    expect((await ok(t, READ, { slug: library.slug })).library).toEqual({
      name: style.name,
      logoUrl: style.logoUrl,
      primaryColor: style.primaryColor,
      welcomeText: style.welcomeText,
    });
    await ok(t, UPDATE, { input: { libraryId: library.id, logoUrl: null } }, libAdmin.token);
    expect((await ok(t, READ, { slug: library.slug })).library).toMatchObject({ name: style.name, logoUrl: null, primaryColor: '#00549F' });
  });

  it.each([
    [{ primaryColor: 'blue' }, 'primaryColor'],
    [{ primaryColor: '#12345' }, 'primaryColor'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ logoUrl: 'http://insecure.example.nl/logo.png' }, 'logoUrl'],
    [{ welcomeText: 'x'.repeat(2001) }, 'welcomeText'],
    [{ name: null }, 'name'],
  ])('refuses %j with a field message and writes nothing', async (change, field) => {
    const { library, libAdmin } = await libraryWithAdmin();
    const res = await gql(t, UPDATE, { input: { libraryId: library.id, ...change } }, libAdmin.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
    const [row] = await t.sql<Record<string, unknown>>(`SELECT logo_url, primary_color, welcome_text FROM libraries WHERE id = $1`, [
      library.id,
    ]);
    expect(row).toEqual({ logo_url: null, primary_color: null, welcome_text: null });
  });

  it('answers NOT_FOUND for an unknown library', async () => {
    const admin = await registerAdmin(t);
    expect(
      await errorCode(t, UPDATE, { input: { libraryId: '00000000-0000-0000-0000-000000000000', primaryColor: '#000000' } }, admin.token),
    ).toBe('NOT_FOUND');
  });
});
