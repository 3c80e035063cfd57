import { REGISTER, addStaff, createLibrary, registerAdmin, registerUser, TestUser } from '../support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from '../support/test-app';
import { ask } from './helpers';

/** Finding 16: a display name could hide zero-width and bidi characters, or copy a staff member's name. */
describe('security: display names cannot hide characters or pass for staff', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t); // "Platformbeheer"
    const library = await createLibrary(t, admin);
    await addStaff(t, admin, library.id, await registerUser(t, { displayName: 'Mohamed El Amrani' }), 'COMMUNITY_MANAGER');
    await addStaff(t, admin, library.id, await registerUser(t, { displayName: 'Sanne Bakker' }), 'ADMIN');
    await addStaff(t, admin, library.id, await registerUser(t, { displayName: 'Anna de Vries (beheer)' }), 'ADMIN');
    // A member who is not staff: their name is theirs, but no one else's to protect.
    await registerUser(t, { displayName: 'Joost Jansen' });
  });
  afterAll(() => t.close());

  let n = 0;
  const counts = async () =>
    (
      await t.sql<{ users: string; sessions: string }>(
        'SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM sessions) AS sessions',
      )
    )[0];
  const register = (displayName: string) =>
    ask(t, REGISTER, { input: { email: `naam-${++n}@example.nl`, password: TEST_PASSWORD, displayName } });

  /** Registers with `displayName`, expects BAD_USER_INPUT with `reason` on the displayName field, and no row written. */
  async function refused(displayName: string, reason: string): Promise<void> {
    const before = await counts();
    const res = await register(displayName);
    expect(res.body.data?.register ?? null).toBeNull();
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: { displayName: [expect.any(String)] } });
    expect(await counts()).toEqual(before);
    expect(await t.sql('SELECT 1 FROM users WHERE email = $1', [`naam-${n}@example.nl`])).toHaveLength(0);
  }

  it.each([
    ['a zero-width space', 'Jan\u200bJansen'],
    ['a right-to-left override', 'Jan \u202enesnaJ'],
    ['a bidi isolate', 'Jan \u2067Jansen\u2069'],
    ['a byte-order mark', 'Jan\ufeffJansen'],
    ['a control character', 'Jan\u0007Jansen'],
  ])('refuses a name with %s, writing nothing', (_, name) => refused(name, 'DISPLAY_NAME_INVALID_CHARACTERS'));

  it('refuses a NUL character before anything runs (NUL_CHARACTER), writing nothing', async () => {
    const before = await counts();
    const res = await register('Jan\u0000Jansen');
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["a community manager's exact name", 'Mohamed El Amrani'],
    ['a Cyrillic look-alike of it (М, о, а, е)', '\u041c\u043eh\u0430m\u0435d El Amrani'],
    ['rn for m', 'Moharned El Amrani'],
    ['another case and spacing', 'mohamed   el AMRANI'],
    ["a library admin's name in full-width letters", 'Ｓａｎｎｅ Ｂａｋｋｅｒ'],
    ["the platform admin's name with a Cyrillic Р and а", '\u0420l\u0430tformbeheer'],
  ])('refuses %s, writing nothing', (_, name) => refused(name, 'DISPLAY_NAME_IMPERSONATES_STAFF'));

  // The red-team pass of issue #13: decorations that got past the checks above.
  const DECORATED: [string, string, string][] = [
    ['a variation selector after a letter', 'Anna\uFE0F de Vries (beheer)', 'DISPLAY_NAME_INVALID_CHARACTERS'],
    ['an ideographic variation selector', 'Anna\u{E0100} de Vries (beheer)', 'DISPLAY_NAME_INVALID_CHARACTERS'],
    ['the braille blank', 'Anna de Vries (beheer)\u2800', 'DISPLAY_NAME_INVALID_CHARACTERS'],
    ['a combining acute after punctuation', 'Anna de Vries (beheer)\u0301', 'DISPLAY_NAME_INVALID_CHARACTERS'],
    ['an accent on a letter of the staff name', 'Ánna de Vries (beheer)', 'DISPLAY_NAME_IMPERSONATES_STAFF'],
    ['a dot below on a letter of the staff name', 'Anna de Vrie\u0323s (beheer)', 'DISPLAY_NAME_IMPERSONATES_STAFF'],
  ];
  it.each(DECORATED)("refuses the staff name 'Anna de Vries (beheer)' with %s at registration, writing nothing", (_, name, reason) =>
    refused(name, reason),
  );

  it.each(DECORATED)('refuses the staff name with %s in updateProfile, leaving the name as it was', async (_, name, reason) => {
    const user = await registerUser(t, { displayName: `Gewone Naam ${++n}` });
    const res = await ask(
      t,
      'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName } }',
      { i: { displayName: name } },
      { token: user.token },
    );
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await t.sql('SELECT display_name FROM users WHERE id = $1', [user.id])).toEqual([{ display_name: `Gewone Naam ${n}` }]);
  });

  it('accepts an ordinary name, stored NFKC-normalized with single spaces', async () => {
    const res = await register('  Ｚｏë   de Wit ');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.register.user.displayName).toBe('Zoë de Wit');
    expect(await t.sql('SELECT display_name FROM users WHERE id = $1', [res.body.data!.register.user.id])).toEqual([
      { display_name: 'Zoë de Wit' },
    ]);
  });

  it("accepts a name close to staff's but not confusable, and a name equal to a member's who is not staff", async () => {
    expect((await register('Mohamed El Amrani-Visser')).body.errors).toBeUndefined();
    expect((await register('Joost Jansen')).body.errors).toBeUndefined();
  });
});
