import { generate } from '@otplib/totp';
import request from 'supertest';
import { OTP_PLUGINS } from '@waardenet/accounts';
import { LOGIN, TestUser, addStaff, createCommunity, createLibrary, registerAdmin, registerUser } from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const SETUP = `mutation { setupTotp { uri qrCode secret } }`;
const ENABLE = `mutation($code: String!) { enableTotp(code: $code) }`;
const DISABLE = `mutation($password: String!) { disableTotp(password: $password) }`;
const STATUS = `{ myTwoFactor { enabled recoveryCodesLeft required } }`;
const REFRESH = `mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `{ me { id } }`;

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: Record<string, any> | null }; // eslint-disable-line @typescript-eslint/no-explicit-any
const refusal = (res: Answer) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });
/** The code the app shows `steps` time steps from now (30 s each). */
const codeAt = (secret: string, steps = 0) => generate({ ...OTP_PLUGINS, secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
const login = (t: TestApp, email: string, totpCode?: string, password = TEST_PASSWORD) =>
  gql(t, LOGIN, { input: { email, password, ...(totpCode === undefined ? {} : { totpCode }) } });

/** Sets up and enables two-step verification; returns the secret and the recovery codes. */
async function enable(t: TestApp, user: TestUser): Promise<{ secret: string; recovery: string[] }> {
  const { setupTotp } = await ok(t, SETUP, {}, user.token);
  const recovery = (await ok(t, ENABLE, { code: await codeAt(setupTotp.secret) }, user.token)).enableTotp as string[];
  return { secret: setupTotp.secret, recovery };
}

describe('two-step verification (TOTP) at login', () => {
  let t: TestApp;
  // Five failed attempts per account: wrong codes use that budget.
  beforeAll(async () => (t = await createTestApp({ RATE_LIMIT_LOGIN_PER_ACCOUNT: '5/1h' })));
  afterAll(() => t.close());

  it('setup → enable → login needs the code → a code once → a recovery code once → disable with the password', async () => {
    const user = await registerUser(t);
    const { setupTotp } = await ok(t, SETUP, {}, user.token);
    expect(setupTotp.uri).toMatch(/^otpauth:\/\/totp\/Waardenet:.+\?secret=[A-Z2-7]+&issuer=Waardenet$/);
    expect(setupTotp.uri).toContain(`secret=${setupTotp.secret}`);
    expect(Buffer.from(setupTotp.qrCode.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()).toMatch(/^<svg /);
    // Stored encrypted: the secret is not in the database as such.
    expect(JSON.stringify(await t.sql(`SELECT * FROM user_totp WHERE user_id = $1`, [user.id]))).not.toContain(setupTotp.secret);
    // Pending: login does not ask for a code yet.
    expect((await login(t, user.email)).data?.login.accessToken).toBeTruthy();

    const otherDevice = (await login(t, user.email)).data!.login;
    const wrong = await gql(
      t,
      ENABLE,
      { code: (Number(await codeAt(setupTotp.secret)) + 1).toString().padStart(6, '0').slice(-6) },
      user.token,
    );
    expect(refusal(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOTP_INVALID' });
    const recovery = (await ok(t, ENABLE, { code: await codeAt(setupTotp.secret) }, user.token)).enableTotp as string[];
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    // The device that signed in without a code is signed out (its refresh token too); this one stays.
    expect(refusal(await gql(t, ME, {}, otherDevice.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal(await gql(t, REFRESH, { t: otherDevice.refreshToken }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await ok(t, ME, {}, user.token)).me.id).toBe(user.id);
    const stored = await t.sql<{ code_hash: string }>(`SELECT code_hash FROM totp_recovery_codes WHERE user_id = $1`, [user.id]);
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recovery[0]);
    expect((await ok(t, STATUS, {}, user.token)).myTwoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    // Once enabled, no new secret is handed out (the old one is never returned again).
    expect(refusal(await gql(t, SETUP, {}, user.token))).toEqual({ code: 'CONFLICT', reason: 'TOTP_ALREADY_ENABLED' });

    const before = await databaseDigest(t);
    expect(refusal(await login(t, user.email))).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
    // The code used to enable is spent: its time step cannot sign in.
    expect(refusal(await login(t, user.email, await codeAt(setupTotp.secret, -1)))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOTP_INVALID',
    });
    expect(await databaseDigest(t)).toEqual(before);

    const next = await codeAt(setupTotp.secret, 1);
    const signedIn = await login(t, user.email, next);
    expect(signedIn.data?.login.user.id).toBe(user.id);
    // Replay: the same code a second time is refused, and writes nothing.
    const afterLogin = await databaseDigest(t);
    expect(refusal(await login(t, user.email, next))).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_INVALID' });
    expect(await databaseDigest(t)).toEqual(afterLogin);
    // A session made with the code refreshes without one.
    expect((await ok(t, REFRESH, { t: signedIn.data!.login.refreshToken })).refreshSession.accessToken).toBeTruthy();

    // A recovery code works once, however it is typed.
    const typed = ` ${recovery[3].toUpperCase().replace('-', ' ')} `;
    expect((await login(t, user.email, typed)).data?.login.user.id).toBe(user.id);
    expect((await ok(t, STATUS, {}, user.token)).myTwoFactor.recoveryCodesLeft).toBe(9);
    expect(refusal(await login(t, user.email, recovery[3]))).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_INVALID' });

    const beforeDisable = await databaseDigest(t);
    expect(refusal(await gql(t, DISABLE, { password: 'niet mijn wachtwoord' }, user.token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
    });
    expect(await databaseDigest(t)).toEqual(beforeDisable);
    expect((await ok(t, DISABLE, { password: TEST_PASSWORD }, user.token)).disableTotp).toBe(true);
    expect(
      await t.sql(`SELECT 1 FROM user_totp WHERE user_id = $1 UNION ALL SELECT 1 FROM totp_recovery_codes WHERE user_id = $1`, [user.id]),
    ).toEqual([]);
    expect((await login(t, user.email)).data?.login.user.id).toBe(user.id);
  });

  it('counts wrong codes as failed logins, but not a login that only lacked the code', async () => {
    const user = await registerUser(t);
    const { secret } = await enable(t, user);
    for (let i = 0; i < 5; i++) expect(refusal(await login(t, user.email))).toMatchObject({ reason: 'TOTP_REQUIRED' });
    for (let i = 0; i < 5; i++) expect(refusal(await login(t, user.email, '000000'))).toMatchObject({ reason: 'TOTP_INVALID' });
    // The account's budget of five failures is used: even the right code waits now.
    expect(refusal(await login(t, user.email, await codeAt(secret, 1)))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it("the web client's cookie flow: a refused login sets no refresh cookie; a login with the code does, and refreshes without one", async () => {
    const user = await registerUser(t);
    const { secret } = await enable(t, user);
    const web = (query: string, variables: Record<string, unknown>, cookie?: string) => {
      const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('x-waardenet-client', 'web');
      if (cookie) req.set('cookie', cookie);
      return req.send({ query, variables });
    };
    const cookieOf = (res: request.Response) =>
      ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('wn_refresh='));
    const refused = await web(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(refusal(refused.body)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
    expect(cookieOf(refused)).toBeUndefined();
    expect(refusal((await web(REFRESH, {})).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const signedIn = await web(LOGIN, { input: { email: user.email, password: TEST_PASSWORD, totpCode: await codeAt(secret, 1) } });
    const cookie = cookieOf(signedIn)!.split(';')[0];
    const refreshed = await web(REFRESH, {}, cookie);
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data.refreshSession.accessToken).toBeTruthy();
  });

  it('needs an enabled secret, and the password to turn it off', async () => {
    const user = await registerUser(t);
    expect(refusal(await gql(t, ENABLE, { code: '123456' }, user.token))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOTP_NOT_SET_UP' });
    expect(refusal(await gql(t, DISABLE, { password: TEST_PASSWORD }, user.token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOTP_NOT_ENABLED',
    });
    expect(refusal(await gql(t, SETUP))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('WAARDENET_REQUIRE_2FA_FOR_STAFF=1', () => {
  let t: TestApp;
  let admin: TestUser;
  let staff: TestUser;
  let member: TestUser;
  let library: { id: string };
  let community: { id: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp({ WAARDENET_REQUIRE_2FA_FOR_STAFF: '1' });
    admin = await registerAdmin(t);
    // The requirement holds from the start: the admin enables it before making the library.
    expect((await enable(t, admin)).recovery).toHaveLength(10);
    library = await createLibrary(t, admin);
    community = await createCommunity(t, admin, library.id, 'PUBLIC');
    staff = await registerUser(t, { displayName: 'Bibliotheekmedewerker' });
    member = await registerUser(t, { displayName: 'Lid' });
    await addStaff(t, admin, library.id, staff, 'ADMIN');
  }, 60_000);
  afterAll(() => t.close());

  const FIGURES = `query($id: ID!) { libraryFigures(libraryId: $id) { members } }`;
  const CREATE_LIBRARY = `mutation($input: CreateLibraryInput!) { createLibrary(input: $input) { id } }`;
  const newLibrary = (slug: string) => ({ input: { slug, name: `Bibliotheek ${slug}`, kind: 'LOCAL' } });

  it('lets staff and admins sign in and act as members, and refuses every staff right with TOTP_SETUP_REQUIRED until they enable it', async () => {
    expect((await ok(t, STATUS, {}, staff.token)).myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: true });
    expect((await login(t, staff.email)).data?.login.user.id).toBe(staff.id);

    const before = await databaseDigest(t);
    expect(refusal(await gql(t, FIGURES, { id: library.id }, staff.token))).toEqual({ code: 'FORBIDDEN', reason: 'TOTP_SETUP_REQUIRED' });
    const input = { libraryId: library.id, userId: member.id, role: 'COMMUNITY_MANAGER' };
    const addAgain = await gql(
      t,
      `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role } }`,
      { input },
      staff.token,
    );
    expect(refusal(addAgain).reason).toBe('TOTP_SETUP_REQUIRED');
    expect(await databaseDigest(t)).toEqual(before);
    // A member's rights stay: reading a public community.
    expect(
      (await ok(t, `query($slug: String!) { community(slug: $slug) { id } }`, { slug: community.slug }, staff.token)).community.id,
    ).toBe(community.id);

    await enable(t, staff);
    expect((await ok(t, FIGURES, { id: library.id }, staff.token)).libraryFigures.members).toEqual(expect.any(Number));
  });

  it('pauses a platform admin who turns it off', async () => {
    const second = await registerUser(t, { displayName: 'Tweede beheerder' });
    await t.sql(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [second.id]);
    const before = await databaseDigest(t);
    expect(refusal(await gql(t, CREATE_LIBRARY, newLibrary('tweestaps-a'), second.token))).toEqual({
      code: 'FORBIDDEN',
      reason: 'TOTP_SETUP_REQUIRED',
    });
    expect(await databaseDigest(t)).toEqual(before);
    await enable(t, second);
    expect((await ok(t, CREATE_LIBRARY, newLibrary('tweestaps-b'), second.token)).createLibrary.id).toEqual(expect.any(String));
    await ok(t, DISABLE, { password: TEST_PASSWORD }, second.token);
    expect(refusal(await gql(t, CREATE_LIBRARY, newLibrary('tweestaps-c'), second.token))).toEqual({
      code: 'FORBIDDEN',
      reason: 'TOTP_SETUP_REQUIRED',
    });
  });
});
