import { addStaff, createLibrary, createPost, createThread, join, registerAdmin, registerUser, TestUser } from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }`;
const SET_HANDLE = `mutation($handle: String!) { setHandle(input: { handle: $handle }) { handle } }`;
const PROFILE = `query($handle: String!) { user(handle: $handle) { id displayName handle bio email expertise { topic } } }`;

/** Issue #15 ask 5: display name, bio and language in updateProfile; handles that change with a redirect period. */
describe('profile: name, bio, language and handle', () => {
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    const library = await createLibrary(t, admin);
    staff = await registerUser(t, { displayName: 'Mohamed El Amrani' });
    await addStaff(t, admin, library.id, staff, 'COMMUNITY_MANAGER');
  }, 60_000);
  afterAll(() => t.close());

  /** Runs `attempt`, expects its first error to carry `code` and `reason`, and the database to be as it was. */
  async function refusedWithoutWrites(attempt: () => ReturnType<typeof gql>, code: string, reason: string) {
    const before = await databaseDigest(t);
    const res = await attempt();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, reason });
    expect(await databaseDigest(t)).toEqual(before);
  }
  const row = async (id: string) =>
    (
      await t.sql<{ display_name: string; bio: string; handle: string }>(`SELECT display_name, bio, handle FROM users WHERE id = $1`, [id])
    )[0];

  describe('display name', () => {
    it('changes it, NFKC-normalized with single spaces, and the public profile shows it', async () => {
      const me = await registerUser(t);
      const data = await ok(t, UPDATE, { input: { displayName: '  Ｚｏë   van Dam ' } }, me.token);
      expect(data.updateProfile.displayName).toBe('Zoë van Dam');
      expect((await row(me.id)).display_name).toBe('Zoë van Dam');
    });

    it.each([
      ["a staff member's exact name", 'Mohamed El Amrani', 'DISPLAY_NAME_IMPERSONATES_STAFF'],
      ['a Cyrillic look-alike of it', '\u041c\u043eh\u0430m\u0435d El Amrani', 'DISPLAY_NAME_IMPERSONATES_STAFF'],
      ['the platform admin with rn for m and other case', 'PLATFORMBEHEER', 'DISPLAY_NAME_IMPERSONATES_STAFF'],
      ['a zero-width space', 'Jan\u200bJansen', 'DISPLAY_NAME_INVALID_CHARACTERS'],
      ['a right-to-left override', 'Jan \u202enesnaJ', 'DISPLAY_NAME_INVALID_CHARACTERS'],
    ])('refuses %s with the reason register gives, writing nothing', async (_, displayName, reason) => {
      const me = await registerUser(t, { displayName: 'Gewone Lezer' });
      await refusedWithoutWrites(() => gql(t, UPDATE, { input: { displayName, bio: 'mag niet mee' } }, me.token), 'BAD_USER_INPUT', reason);
      expect(await row(me.id)).toMatchObject({ display_name: 'Gewone Lezer', bio: '' });
    });

    it('lets a staff member keep looking like themself', async () => {
      const data = await ok(t, UPDATE, { input: { displayName: 'mohamed el amrani' } }, staff.token);
      expect(data.updateProfile.displayName).toBe('mohamed el amrani');
      await ok(t, UPDATE, { input: { displayName: 'Mohamed El Amrani' } }, staff.token);
    });

    it('refuses an empty change and a visitor', async () => {
      const me = await registerUser(t);
      await refusedWithoutWrites(() => gql(t, UPDATE, { input: {} }, me.token), 'BAD_USER_INPUT', 'NOTHING_TO_CHANGE');
      expect((await gql(t, UPDATE, { input: { bio: 'hallo' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('bio', () => {
    it('keeps 500 characters (an emoji counts once) as plain text, trimmed, with Windows line ends as \\n', async () => {
      const me = await registerUser(t);
      const bio = `${'🦉'.repeat(10)}${'a'.repeat(484)}\r\n**z**`;
      const data = await ok(t, UPDATE, { input: { bio: `  ${bio}  ` } }, me.token);
      expect(data.updateProfile.bio).toBe(bio.replace('\r\n', '\n'));
      expect([...(await row(me.id)).bio]).toHaveLength(500);
    });

    it('refuses 501 characters with BIO_TOO_LONG and a control character with BIO_INVALID_CHARACTERS, writing nothing', async () => {
      const me = await registerUser(t);
      await ok(t, UPDATE, { input: { bio: 'Ik lees graag.' } }, me.token);
      await refusedWithoutWrites(() => gql(t, UPDATE, { input: { bio: 'b'.repeat(501) } }, me.token), 'BAD_USER_INPUT', 'BIO_TOO_LONG');
      await refusedWithoutWrites(
        () => gql(t, UPDATE, { input: { bio: 'Ik lees\u0007 graag \u202e.' } }, me.token),
        'BAD_USER_INPUT',
        'BIO_INVALID_CHARACTERS',
      );
      expect((await row(me.id)).bio).toBe('Ik lees graag.');
    });

    it('is removed with an empty string', async () => {
      const me = await registerUser(t);
      await ok(t, UPDATE, { input: { bio: 'Tijdelijk' } }, me.token);
      expect((await ok(t, UPDATE, { input: { bio: '   ' } }, me.token)).updateProfile.bio).toBe('');
    });
  });

  it('sets the preferred language, which is the language of the mail too', async () => {
    const me = await registerUser(t);
    await ok(t, `mutation { updateProfile(input: { locale: EN }) { id } }`, {}, me.token);
    expect((await ok(t, `{ notificationPreferences { locale emailDelivery } }`, {}, me.token)).notificationPreferences).toEqual({
      locale: 'EN',
      emailDelivery: 'IMMEDIATE',
    });
    await ok(t, `mutation { setEmailDelivery(delivery: DAILY) { locale } }`, {}, me.token);
    await ok(t, `mutation { updateProfile(input: { locale: NL }) { id } }`, {}, me.token);
    expect((await ok(t, `{ notificationPreferences { locale emailDelivery } }`, {}, me.token)).notificationPreferences).toEqual({
      locale: 'NL',
      emailDelivery: 'DAILY',
    });
  });

  describe('handle', () => {
    it('changes it; the old one leads to the account and stays reserved for it; once a day', async () => {
      const anna = await registerUser(t, { displayName: 'Anna Profiel' });
      const other = await registerUser(t);
      expect((await row(anna.id)).handle).toBe('annaprofiel');
      // The handle given at registration counts as no change: the first change is allowed at once.
      expect((await ok(t, SET_HANDLE, { handle: '@AnnaP' }, anna.token)).setHandle.handle).toBe('annap');

      for (const asked of ['annaprofiel', 'AnnaProfiel', '@annaprofiel', 'annap']) {
        const found = (await ok(t, PROFILE, { handle: asked })).user;
        expect(found).toMatchObject({ id: anna.id, handle: 'annap', displayName: 'Anna Profiel', email: null });
      }
      await refusedWithoutWrites(() => gql(t, SET_HANDLE, { handle: 'annaprofiel' }, other.token), 'CONFLICT', 'HANDLE_TAKEN');
      await refusedWithoutWrites(() => gql(t, SET_HANDLE, { handle: 'ANNAP' }, other.token), 'CONFLICT', 'HANDLE_TAKEN');
      // Registration does not hand out a reserved handle either.
      const namesake = await registerUser(t, { displayName: 'Anna Profiel' });
      expect((await row(namesake.id)).handle).toBe('annaprofiel2');

      await refusedWithoutWrites(() => gql(t, SET_HANDLE, { handle: 'annanieuw' }, anna.token), 'RATE_LIMITED', 'HANDLE_CHANGE_TOO_SOON');
      expect((await gql(t, SET_HANDLE, { handle: 'annanieuw' }, anna.token)).errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(
        23 * 3600,
      );

      // A day later she may take her old handle back; the one she leaves is reserved for her in turn.
      await t.sql(`UPDATE users SET handle_changed_at = now() - interval '25 hours' WHERE id = $1`, [anna.id]);
      expect((await ok(t, SET_HANDLE, { handle: 'annaprofiel' }, anna.token)).setHandle.handle).toBe('annaprofiel');
      expect(await t.sql(`SELECT handle, user_id FROM handle_redirects WHERE user_id = $1 ORDER BY handle`, [anna.id])).toEqual([
        { handle: 'annap', user_id: anna.id },
      ]);
      expect((await ok(t, PROFILE, { handle: 'annap' })).user.id).toBe(anna.id);

      // Once the redirect period ends, the old handle names no one and anyone may take it.
      await t.sql(`UPDATE handle_redirects SET expires_at = now() - interval '1 second' WHERE handle = 'annap'`);
      expect((await ok(t, PROFILE, { handle: 'annap' })).user).toBeNull();
      expect((await ok(t, SET_HANDLE, { handle: 'annap' }, other.token)).setHandle.handle).toBe('annap');
      expect(await t.sql(`SELECT 1 FROM handle_redirects WHERE handle = 'annap'`)).toHaveLength(0);
    });

    it('the redirect lasts HANDLE_REDIRECT_DAYS', async () => {
      const me = await registerUser(t);
      const before = (await row(me.id)).handle;
      await ok(t, SET_HANDLE, { handle: `dagen${me.id.slice(0, 8)}` }, me.token);
      const [{ days }] = await t.sql<{ days: number }>(
        `SELECT round(extract(epoch FROM expires_at - now()) / 86400)::int AS days FROM handle_redirects WHERE handle = $1`,
        [before],
      );
      expect(days).toBe(30);
    });

    it('an @mention of the old handle still reaches the account during the redirect period', async () => {
      const library = await createLibrary(t, admin);
      const manager = await registerUser(t, { displayName: 'Beheerder Noemen' });
      await addStaff(t, admin, library.id, manager, 'COMMUNITY_MANAGER');
      const community = (
        await ok(
          t,
          `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
          {
            input: { libraryId: library.id, name: 'Noemen', description: 'Over noemen', theme: 'lezen', visibility: 'PUBLIC' },
          },
          manager.token,
        )
      ).createCommunity;
      const writer = await registerUser(t);
      await join(t, writer, community.id);
      const named = await registerUser(t, { displayName: 'Bert Genoemd' });
      await ok(t, SET_HANDLE, { handle: 'bertnieuw' }, named.token);
      const thread = await createThread(t, writer, community.id);
      await createPost(t, writer, thread.id, 'Wat denk jij, @bertgenoemd?');
      const inbox = await ok(t, `{ notifications(first: 5) { edges { node { kind } } } }`, {}, named.token);
      expect(inbox.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['MENTION']);
    });
  });

  it('the public profile shows name, handle, bio and verified expertise, nothing private; an unknown handle is null', async () => {
    const me = await registerUser(t, { displayName: 'Openbaar Profiel' });
    await ok(t, UPDATE, { input: { bio: 'Lokale geschiedenis.' } }, me.token);
    await ok(
      t,
      `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
      {
        input: {
          topic: 'Nog niet geverifieerd',
          evidence: 'Mijn bewijs',
          libraryId: (await t.sql<{ id: string }>(`SELECT id FROM libraries LIMIT 1`))[0].id,
        },
      },
      me.token,
    );
    const seen = (await ok(t, PROFILE, { handle: 'openbaarprofiel' })).user;
    expect(seen).toEqual({
      id: me.id,
      displayName: 'Openbaar Profiel',
      handle: 'openbaarprofiel',
      bio: 'Lokale geschiedenis.',
      email: null,
      expertise: [],
    });
    const own = (await ok(t, PROFILE, { handle: 'openbaarprofiel' }, me.token)).user;
    expect(own.email).toBe(me.email);
    expect((await ok(t, PROFILE, { handle: 'niemandhier' })).user).toBeNull();
    expect((await ok(t, PROFILE, { handle: 'geen geldige!' })).user).toBeNull();
  });
});
