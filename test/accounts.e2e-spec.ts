import { errorCode, gql, ok } from './support/gql';
import { REGISTER, addStaff, createLibrary, registerAdmin, registerUser } from './support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id email displayName isPlatformAdmin } }`;

describe('accounts: a person registers, logs in, refreshes and logs out', () => {
  let t: TestApp;
  // The real (OWASP) hashing cost, not the test app's cheap one: the first test checks it.
  beforeAll(async () => (t = await createTestApp({ WAARDENET_TEST_CHEAP_PASSWORD_HASHES: '0' })));
  afterAll(() => t.close());

  it('registers with a trimmed, lower-cased email and a hashed password', async () => {
    const data = await ok(t, REGISTER, {
      input: { email: '  Nieuw.Lid@Example.NL ', password: TEST_PASSWORD, displayName: ' Nieuw Lid ' },
    });
    expect(data.register.user).toMatchObject({ email: 'nieuw.lid@example.nl', displayName: 'Nieuw Lid', isPlatformAdmin: false });
    const [row] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', ['nieuw.lid@example.nl']);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await ok(t, ME, {}, data.register.accessToken)).me.email).toBe('nieuw.lid@example.nl');
  });

  it('refuses a second account with the same email, in any case', async () => {
    await registerUser(t, { email: 'dubbel@example.nl' });
    expect(await errorCode(t, REGISTER, { input: { email: 'DUBBEL@example.nl', password: TEST_PASSWORD, displayName: 'Dubbel' } })).toBe(
      'CONFLICT',
    );
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'dubbel@example.nl'`)).toHaveLength(1);
  });

  it.each([
    [{ email: 'geen-email', password: TEST_PASSWORD, displayName: 'Xx' }, 'email'],
    [{ email: 'kort@example.nl', password: 'kort', displayName: 'Xx' }, 'password'],
    [{ email: 'naam@example.nl', password: TEST_PASSWORD, displayName: 'X' }, 'displayName'],
  ])('refuses bad registration input %j with a field message', async (input, field) => {
    const res = await gql(t, REGISTER, { input });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
  });

  it('makes an address from WAARDENET_ADMIN_EMAILS a platform admin', async () => {
    const admin = await registerAdmin(t);
    expect((await ok(t, ME, {}, admin.token)).me.isPlatformAdmin).toBe(true);
  });

  it('answers an unknown email and a wrong password alike', async () => {
    await registerUser(t, { email: 'bestaat@example.nl' });
    const unknown = await gql(t, LOGIN, { input: { email: 'onbekend@example.nl', password: TEST_PASSWORD } });
    const wrong = await gql(t, LOGIN, { input: { email: 'bestaat@example.nl', password: 'wrong password!!' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
  });

  it('logs in with any case of the email', async () => {
    const user = await registerUser(t, { email: 'inloggen@example.nl' });
    const data = await ok(t, LOGIN, { input: { email: 'INLOGGEN@example.nl', password: TEST_PASSWORD } });
    expect(data.login.user.id).toBe(user.id);
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const user = await registerUser(t);
    const first = (await ok(t, REFRESH, { t: user.refreshToken })).refreshSession;
    expect(first.refreshToken).not.toBe(user.refreshToken);
    expect((await ok(t, ME, {}, first.accessToken)).me.id).toBe(user.id);
    // Someone replays the spent token after the grace window (10 s, moved into the past here, not waited
    // for): the session is revoked, so even the newest tokens stop working. test/security/tokens covers the window.
    await t.sql(`UPDATE refresh_tokens SET used_at = used_at - interval '11 seconds' WHERE used_at IS NOT NULL`);
    expect(await errorCode(t, REFRESH, { t: user.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, REFRESH, { t: first.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, ME, {}, first.accessToken)).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown refresh token', async () => {
    expect(await errorCode(t, REFRESH, { t: 'not-a-token' })).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session on the server', async () => {
    const user = await registerUser(t);
    expect((await ok(t, `mutation { logout }`, {}, user.token)).logout).toBe(true);
    expect(await errorCode(t, ME, {}, user.token)).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, REFRESH, { t: user.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('logout needs a login', async () => {
    expect(await errorCode(t, `mutation { logout }`)).toBe('UNAUTHENTICATED');
  });

  it('me is null for a visitor and refuses a tampered token', async () => {
    expect((await ok(t, ME)).me).toBeNull();
    const user = await registerUser(t);
    const [h, p, s] = user.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' }),
    ).toString('base64url');
    expect(await errorCode(t, ME, {}, `${h}.${forged}.${s}`)).toBe('UNAUTHENTICATED');
  });

  it('shows an email address only to its owner and platform admins', async () => {
    const admin = await registerAdmin(t);
    const staff = await registerUser(t);
    const other = await registerUser(t);
    const library = await createLibrary(t, admin);
    await addStaff(t, admin, library.id, staff, 'ADMIN');
    const q = `query($slug: String!) { library(slug: $slug) { staff { user { id email } } } }`;
    const emailSeenBy = async (token?: string) => (await ok(t, q, { slug: library.slug }, token)).library.staff[0].user.email;
    expect(await emailSeenBy(other.token)).toBeNull();
    expect(await emailSeenBy()).toBeNull();
    expect(await emailSeenBy(staff.token)).toBe(staff.email);
    expect(await emailSeenBy(admin.token)).toBe(staff.email);
  });
});
