import { generate } from '@otplib/totp';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { DataRetention, OTP_PLUGINS } from '@waardenet/accounts';
import { OPEN_ATTEMPTS_PER_CLIENT, SsoLoginService } from '@waardenet/sso';
import { TestUser, addStaff, createLibrary, registerAdmin, registerUser } from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { ProviderAccount, TestOidcProvider, startOidcProvider } from './support/oidc-provider';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

const CONFIGURE = `mutation($input: ConfigureLibrarySsoInput!) { configureLibrarySso(input: $input) { issuer clientId clientSecretSet label enabled redirectUri } }`;
const SETTINGS = `query($slug: String!) { librarySso(librarySlug: $slug) { issuer clientId clientSecretSet label enabled redirectUri updatedAt } }`;
const PUBLIC = `query($slug: String!) { library(slug: $slug) { slug ssoLogin { label url } } }`;
const COMPLETE = `mutation($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { accessToken refreshToken user { id displayName } } }`;
const ME = `{ me { id email emailVerified displayName } }`;

const unique = () => randomBytes(4).toString('hex');

/** Set-Cookie headers of a response as name=value pairs. */
const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

/** What the browser ends up with after the callback: the web client's address (a ticket in the fragment, or ?sso_error=). */
interface Outcome {
  status: number;
  location: URL;
  ticket: string | null;
  error: string | null;
}

/** The callback address the provider sends the browser to, and the browser's cookie from start. */
interface AtCallback {
  callback: URL;
  cookie: string;
}

/** The api and provider a flow runs between, and the library whose sign-in is used. */
interface Env {
  t: TestApp;
  p: TestOidcProvider;
  slug: string;
}

/** start → the provider (the account signs in and consents) → the address it sends the browser back to. */
async function toCallbackOf(e: Env, who: ProviderAccount | 'deny', librarySlug = e.slug, next?: string): Promise<AtCallback> {
  const { t, p } = e;
  p.signInAs(who);
  const start = await fetch(`${t.url}/auth/sso/${librarySlug}/start${next ? `?next=${encodeURIComponent(next)}` : ''}`, {
    redirect: 'manual',
  });
  expect(start.status).toBe(302);
  const cookie = cookiesOf(start).find((c) => c.startsWith('wn_sso='))!;
  expect(cookie).toBeTruthy();
  let location = new URL(start.headers.get('location')!);
  expect(location.origin).toBe(p.issuer);
  // PKCE, state and nonce are on the way out.
  expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  expect(location.searchParams.get('state')).toBeTruthy();
  expect(location.searchParams.get('nonce')).toBeTruthy();
  const jar = new Map<string, string>();
  for (let hops = 0; location.origin === p.issuer; hops++) {
    if (hops > 10) throw new Error('too many redirects at the provider');
    const res = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of cookiesOf(res)) {
      const [k, ...v] = c.split('=');
      jar.set(k, v.join('='));
    }
    if (res.status < 300 || res.status >= 400) throw new Error(`the provider answered ${res.status}: ${await res.text()}`);
    location = new URL(res.headers.get('location')!, location);
  }
  expect(`${location.origin}${location.pathname}`).toBe(`${t.config.email.publicUrl}/auth/sso/${librarySlug}/callback`);
  return { callback: location, cookie };
}

/** The browser arrives at the api's callback (on the test app's real address). */
async function callbackOf(e: Env, at: AtCallback, over: { cookie?: string | null; search?: string } = {}): Promise<Outcome> {
  const { t } = e;
  const cookie = over.cookie === undefined ? at.cookie : over.cookie;
  const res = await fetch(`${t.url}${at.callback.pathname}${over.search ?? at.callback.search}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  const location = new URL(res.headers.get('location')!);
  const fragment = new URLSearchParams(location.hash.slice(1));
  return { status: res.status, location, ticket: fragment.get('ticket'), error: location.searchParams.get('sso_error') };
}

async function signInOf(e: Env, who: ProviderAccount): Promise<{ accessToken: string; user: { id: string } }> {
  const outcome = await callbackOf(e, await toCallbackOf(e, who));
  expect(outcome.error).toBeNull();
  expect(outcome.location.pathname).toBe('/login/sso');
  return (await ok(e.t, COMPLETE, { input: { ticket: outcome.ticket } })).completeSsoLogin;
}

describe("single sign-on with a library's OpenID Connect provider (oidc-provider started here)", () => {
  let t: TestApp;
  let p: TestOidcProvider;
  let admin: TestUser;
  let libAdmin: TestUser;
  let otherStaff: TestUser;
  let library: { id: string; slug: string };
  let other: { id: string; slug: string };
  const slug = `sso-${unique()}`;

  const env = (): Env => ({ t, p, slug });
  const toCallback = (who: ProviderAccount | 'deny', librarySlug = slug, next?: string) => toCallbackOf(env(), who, librarySlug, next);
  const callback = (at: AtCallback, over: { cookie?: string | null; search?: string } = {}) => callbackOf(env(), at, over);
  const signIn = (who: ProviderAccount) => signInOf(env(), who);

  const counts = async () =>
    (
      await t.sql<{ users: number; identities: number; tickets: number }>(
        `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM user_identities) AS identities, (SELECT count(*)::int FROM sso_login_tickets) AS tickets`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    p = await startOidcProvider([`${t.config.email.publicUrl}/auth/sso/${slug}/callback`]);
    admin = await registerAdmin(t);
    library = await createLibrary(t, admin, { slug });
    other = await createLibrary(t, admin);
    libAdmin = await registerUser(t, { displayName: `Beheer ${unique()}` });
    await addStaff(t, admin, library.id, libAdmin, 'ADMIN');
    otherStaff = await registerUser(t, { displayName: `Ander ${unique()}` });
    await addStaff(t, admin, other.id, otherStaff, 'ADMIN');
    await ok(
      t,
      CONFIGURE,
      {
        input: {
          librarySlug: slug,
          issuer: p.issuer,
          clientId: p.clientId,
          clientSecret: p.clientSecret,
          label: 'Bibliotheekpas',
          enabled: true,
        },
      },
      libAdmin.token,
    );
  });
  afterAll(async () => {
    await p?.close();
    await t?.close();
  });

  it('a new person: start → provider → callback → ticket → session; me works; the identity is kept and later matched by sub', async () => {
    const email = `nieuw-${unique()}@bieb.example`;
    const session = await signIn({ sub: `sub-${unique()}`, email, email_verified: true, name: 'Anna Aanmelder' });
    const me = (await ok(t, ME, {}, session.accessToken)).me;
    expect(me).toMatchObject({ id: session.user.id, email, emailVerified: true, displayName: 'Anna Aanmelder' });
    const [identity] = await t.sql(`SELECT issuer, library_id FROM user_identities WHERE user_id = $1`, [me.id]);
    expect(identity).toEqual({ issuer: p.issuer, library_id: library.id });
    // No password: password login finds nothing to match.
    const login = await gql(t, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email, password: '' },
    });
    expect(login.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a later sign-in matches by issuer + sub, whatever address the provider now gives', async () => {
    const sub = `sub-${unique()}`;
    const first = await signIn({ sub, email: `eerst-${unique()}@bieb.example`, email_verified: true, name: 'Bram Blijft' });
    const again = await signIn({ sub, email: `later-${unique()}@bieb.example`, email_verified: true, name: 'Bram Blijft' });
    expect(again.user.id).toBe(first.user.id);
    expect((await t.sql(`SELECT 1 FROM user_identities WHERE user_id = $1`, [first.user.id])).length).toBe(1);
  });

  it('links an existing account when the provider vouches for its verified address', async () => {
    const member = await registerUser(t);
    const session = await signIn({
      sub: `sub-${unique()}`,
      email: member.email.toUpperCase(),
      email_verified: true,
      name: 'Iemand Anders',
    });
    expect(session.user.id).toBe(member.id);
    expect((await ok(t, ME, {}, session.accessToken)).me).toMatchObject({ id: member.id, email: member.email });
    expect(await t.sql(`SELECT subject FROM user_identities WHERE user_id = $1`, [member.id])).toHaveLength(1);
  });

  it('refuses when an account with the address exists and the provider has not verified it: nothing linked, nothing made', async () => {
    const member = await registerUser(t);
    const at = await toCallback({ sub: `sub-${unique()}`, email: member.email, email_verified: false, name: 'Kaper' });
    const before = await counts();
    const outcome = await callback(at);
    expect(outcome.location.pathname).toBe('/login');
    expect(outcome.error).toBe('SSO_EMAIL_NOT_VERIFIED');
    expect(outcome.location.searchParams.get('library')).toBe(slug);
    expect(await counts()).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM user_identities WHERE user_id = $1`, [member.id])).toHaveLength(0);
  });

  it('refuses a wrong state, a callback from another browser and a replayed callback; a replayed code fails at the provider', async () => {
    const who = { sub: `sub-${unique()}`, email: `staat-${unique()}@bieb.example`, email_verified: true, name: 'Stijn Staat' };
    const before = await counts();
    const at = await toCallback(who);
    const forged = new URLSearchParams(at.callback.search);
    forged.set('state', 'niet-de-goede-staat');
    expect((await callback(at, { search: `?${forged.toString()}` })).error).toBe('SSO_STATE_INVALID');
    // The real state in another browser (no cookie, or another attempt's cookie): refused, and the attempt is spent.
    const at2 = await toCallback(who);
    expect((await callback(at2, { cookie: null })).error).toBe('SSO_STATE_INVALID');
    expect((await callback(at2)).error).toBe('SSO_STATE_INVALID');
    expect(await counts()).toEqual(before);
    // A good one, then the same callback again.
    const at3 = await toCallback(who);
    const good = await callback(at3);
    expect(good.ticket).toBeTruthy();
    expect((await callback(at3)).error).toBe('SSO_STATE_INVALID');
    // The spent code with a fresh attempt's state and cookie: the provider refuses it (used, and bound to another PKCE verifier).
    const at4 = await toCallback(who);
    const replay = new URLSearchParams(at4.callback.search);
    replay.set('code', new URLSearchParams(at3.callback.search).get('code')!);
    expect((await callback(at4, { search: `?${replay.toString()}` })).error).toBe('SSO_LOGIN_FAILED');
  });

  it('a ticket is spent once; a made-up one is refused', async () => {
    const outcome = await callback(
      await toCallback({ sub: `sub-${unique()}`, email: `kaartje-${unique()}@bieb.example`, email_verified: true, name: 'Kees Kaartje' }),
    );
    expect((await ok(t, COMPLETE, { input: { ticket: outcome.ticket } })).completeSsoLogin.accessToken).toBeTruthy();
    const again = await gql(t, COMPLETE, { input: { ticket: outcome.ticket } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SSO_TICKET_INVALID' });
    const made = await gql(t, COMPLETE, { input: { ticket: randomBytes(32).toString('base64url') } });
    expect(made.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SSO_TICKET_INVALID' });
  });

  it('two-step verification is still asked for; the ticket waits for the code', async () => {
    const member = await registerUser(t);
    const { setupTotp } = await ok(t, `mutation { setupTotp { secret } }`, {}, member.token);
    const code = (steps = 0) => generate({ ...OTP_PLUGINS, secret: setupTotp.secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
    await ok(t, `mutation($code: String!) { enableTotp(code: $code) }`, { code: await code(-1) }, member.token);
    const outcome = await callback(
      await toCallback({ sub: `sub-${unique()}`, email: member.email, email_verified: true, name: 'Twee Stappen' }),
    );
    const without = await gql(t, COMPLETE, { input: { ticket: outcome.ticket } });
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
    const done = (await ok(t, COMPLETE, { input: { ticket: outcome.ticket, totpCode: await code() } })).completeSsoLogin;
    expect(done.user.id).toBe(member.id);
  });

  it('the provider refusing (access_denied) comes back as SSO_DENIED; next= is kept for the way back', async () => {
    const at = await toCallback('deny');
    expect((await callback(at)).error).toBe('SSO_DENIED');
    const ok1 = await callback(
      await toCallback(
        { sub: `sub-${unique()}`, email: `terug-${unique()}@bieb.example`, email_verified: true, name: 'Terug Keer' },
        slug,
        '/community/molens',
      ),
    );
    expect(new URLSearchParams(ok1.location.hash.slice(1)).get('next')).toBe('/community/molens');
  });

  it('a library without single sign-on answers 404; a provider that is down sends the browser back with a reason', async () => {
    const res = await fetch(`${t.url}/auth/sso/${other.slug}/start`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', reason: 'SSO_NOT_AVAILABLE' });
    expect((await fetch(`${t.url}/auth/sso/niet-bestaand/start`, { redirect: 'manual' })).status).toBe(404);
    // Switched off: 404 too, and the login screen no longer offers it.
    const closed = await freeLoopbackPort();
    await ok(
      t,
      CONFIGURE,
      {
        input: {
          librarySlug: other.slug,
          issuer: `http://127.0.0.1:${closed}`,
          clientId: 'x',
          clientSecret: 'y',
          label: 'Pas',
          enabled: false,
        },
      },
      otherStaff.token,
    );
    expect((await fetch(`${t.url}/auth/sso/${other.slug}/start`, { redirect: 'manual' })).status).toBe(404);
    expect((await ok(t, PUBLIC, { slug: other.slug })).library.ssoLogin).toBeNull();
    await ok(
      t,
      CONFIGURE,
      { input: { librarySlug: other.slug, issuer: `http://127.0.0.1:${closed}`, clientId: 'x', label: 'Pas', enabled: true } },
      otherStaff.token,
    );
    const down = await fetch(`${t.url}/auth/sso/${other.slug}/start`, { redirect: 'manual' });
    expect(down.status).toBe(302);
    const location = new URL(down.headers.get('location')!);
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('sso_error')).toBe('SSO_PROVIDER_UNAVAILABLE');
  });
});

describe('single sign-on settings: staff only, audited, the secret never returned', () => {
  let t: TestApp;
  let admin: TestUser;
  let libAdmin: TestUser;
  let manager: TestUser;
  let otherStaff: TestUser;
  let member: TestUser;
  let library: { id: string; slug: string };
  const SECRET = `geheim-${unique()}-${unique()}`;
  const input = (over: Record<string, unknown> = {}) => ({
    librarySlug: library.slug,
    issuer: 'https://login.bieb.example/realms/leden',
    clientId: 'waardenet',
    clientSecret: SECRET,
    label: 'Bibliotheekpas',
    enabled: true,
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    library = await createLibrary(t, admin);
    const other = await createLibrary(t, admin);
    libAdmin = await registerUser(t);
    manager = await registerUser(t);
    otherStaff = await registerUser(t);
    member = await registerUser(t);
    await addStaff(t, admin, library.id, libAdmin, 'ADMIN');
    await addStaff(t, admin, library.id, manager, 'COMMUNITY_MANAGER');
    await addStaff(t, admin, other.id, otherStaff, 'ADMIN');
  });
  afterAll(() => t.close());

  it("refuses everyone but the library's admins (and platform admins), writing nothing", async () => {
    const cases: [TestUser | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [member, 'FORBIDDEN'],
      [otherStaff, 'FORBIDDEN'],
      [manager, 'FORBIDDEN'],
    ];
    for (const [who, code] of cases) {
      const before = await databaseDigest(t);
      const res = await gql(t, CONFIGURE, { input: input() }, who?.token);
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(await databaseDigest(t)).toEqual(before);
    }
    expect((await gql(t, SETTINGS, { slug: library.slug }, otherStaff.token)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'STAFF_ONLY',
    });
    expect((await gql(t, SETTINGS, { slug: library.slug })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('checks the input: https issuer, a secret the first time', async () => {
    const before = await databaseDigest(t);
    expect(
      (await gql(t, CONFIGURE, { input: input({ issuer: 'http://login.bieb.example' }) }, libAdmin.token)).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SSO_ISSUER_INVALID' });
    expect((await gql(t, CONFIGURE, { input: input({ clientSecret: null }) }, libAdmin.token)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SSO_SECRET_REQUIRED',
    });
    expect((await gql(t, CONFIGURE, { input: input({ label: '' }) }, libAdmin.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseDigest(t)).toEqual(before);
  });

  it('stores it sealed, never returns the secret, audits each change; the login screen sees label and url only', async () => {
    const saved = (await ok(t, CONFIGURE, { input: input() }, libAdmin.token)).configureLibrarySso;
    expect(saved).toMatchObject({
      issuer: 'https://login.bieb.example/realms/leden',
      clientId: 'waardenet',
      clientSecretSet: true,
      label: 'Bibliotheekpas',
      enabled: true,
    });
    expect(saved.redirectUri).toBe(`${t.config.email.publicUrl}/auth/sso/${library.slug}/callback`);
    // Kept without giving the secret again.
    await ok(t, CONFIGURE, { input: input({ clientSecret: undefined, label: 'Mijn Bibliotheek' }) }, libAdmin.token);
    for (const who of [libAdmin, manager, admin]) {
      const res = await gql(t, SETTINGS, { slug: library.slug }, who.token);
      expect(res.data?.librarySso).toMatchObject({ label: 'Mijn Bibliotheek', clientSecretSet: true });
      expect(JSON.stringify(res)).not.toContain(SECRET);
    }
    // No field of any type could return it: the schema has none named like a secret but clientSecretSet.
    const schema = await ok(t, `{ __type(name: "LibrarySso") { fields { name } } }`);
    expect(schema.__type.fields.map((f: { name: string }) => f.name).filter((n: string) => /secret/i.test(n))).toEqual(['clientSecretSet']);
    expect(JSON.stringify(await t.sql(`SELECT * FROM library_sso`))).not.toContain(SECRET);
    expect((await ok(t, `{ ssoLibraries { slug ssoLogin { label } } }`)).ssoLibraries).toEqual([
      { slug: library.slug, ssoLogin: { label: 'Mijn Bibliotheek' } },
    ]);
    const pub = await ok(t, PUBLIC, { slug: library.slug });
    expect(pub.library.ssoLogin).toEqual({ label: 'Mijn Bibliotheek', url: `${t.config.email.publicUrl}/auth/sso/${library.slug}/start` });
    const audit = await t.sql<{ actor_id: string; details: string }>(
      `SELECT actor_id, details FROM moderation_actions WHERE action = 'CONFIGURE_LIBRARY_SSO' AND library_id = $1 ORDER BY created_at`,
      [library.id],
    );
    expect(audit.map((a) => a.actor_id)).toEqual([libAdmin.id, libAdmin.id]);
    expect(audit[1].details).toContain('label');
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });
});

describe('single sign-on where new accounts confirm their address (WAARDENET_EMAIL_VERIFICATION=on)', () => {
  let t: TestApp;
  let p: TestOidcProvider;
  let smtp: TestSmtpServer;
  const slug = `sso-${unique()}`;
  const env = (): Env => ({ t, p, slug });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', WAARDENET_EMAIL_VERIFICATION: 'on' });
    p = await startOidcProvider([`${t.config.email.publicUrl}/auth/sso/${slug}/callback`]);
    const admin = await registerAdmin(t);
    await t.sql(`UPDATE users SET email_verified_at = now(), is_platform_admin = true WHERE id = $1`, [admin.id]);
    await createLibrary(t, admin, { slug });
    await ok(
      t,
      CONFIGURE,
      { input: { librarySlug: slug, issuer: p.issuer, clientId: p.clientId, clientSecret: p.clientSecret, label: 'Pas', enabled: true } },
      admin.token,
    );
  });
  afterAll(async () => {
    await p?.close();
    await t?.close();
    await smtp?.close();
  });

  it('the provider vouching for the address verifies it; one that does not gets the confirmation mail', async () => {
    const vouched = `bevestigd-${unique()}@bieb.example`;
    const a = await signInOf(env(), { sub: `sub-${unique()}`, email: vouched, email_verified: true, name: 'Vera Vouch' });
    expect((await ok(t, ME, {}, a.accessToken)).me.emailVerified).toBe(true);
    const unvouched = `open-${unique()}@bieb.example`;
    const b = await signInOf(env(), { sub: `sub-${unique()}`, email: unvouched, email_verified: false, name: 'Otto Open' });
    expect((await ok(t, ME, {}, b.accessToken)).me.emailVerified).toBe(false);
    await waitFor(() => smtp.received.some((m) => m.to.includes(unvouched)));
    expect(smtp.received.some((m) => m.to.includes(vouched))).toBe(false);
  });

  it('never links an account that has not confirmed its own address, even when the provider vouches for it', async () => {
    const member = await registerUser(t);
    const at = await toCallbackOf(env(), { sub: `sub-${unique()}`, email: member.email, email_verified: true, name: 'Kaper' });
    // Everything but the spent attempt stays as it was: no identity, no ticket, no account.
    const digest = async () => ({ ...(await databaseDigest(t)), sso_login_attempts: undefined });
    const before = await digest();
    expect((await callbackOf(env(), at)).error).toBe('SSO_ACCOUNT_EMAIL_NOT_VERIFIED');
    expect(await digest()).toEqual(before);
  });

  it('an address with too many unfinished sign-ins is sent back with a reason; finished ones do not count', async () => {
    await signInOf(env(), { sub: `sub-${unique()}`, email: `af-${unique()}@bieb.example`, email_verified: true, name: 'Af Gemaakt' });
    const [{ id: libraryId }] = await t.sql<{ id: string }>(`SELECT id FROM libraries WHERE slug = $1`, [slug]);
    const client = t.app.get(SsoLoginService).clientHash('127.0.0.1');
    const [{ open }] = await t.sql<{ open: number }>(
      `SELECT count(*)::int AS open FROM sso_login_attempts WHERE client_hash = $1 AND expires_at > now()`,
      [client],
    );
    expect(open).toBe(0);
    await t.sql(
      `INSERT INTO sso_login_attempts (state_hash, library_id, binding_hash, nonce, code_verifier, expires_at, client_hash)
       SELECT 'open-' || n, $1, 'b', 'n', 'v', now() + interval '5 minutes', $2 FROM generate_series(1, $3) n`,
      [libraryId, client, OPEN_ATTEMPTS_PER_CLIENT],
    );
    const res = await fetch(`${t.url}/auth/sso/${slug}/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('sso_error')).toBe('SSO_TOO_MANY_ATTEMPTS');
    await t.sql(`DELETE FROM sso_login_attempts WHERE state_hash LIKE 'open-%'`);
  });

  it('expired attempts and tickets go with the retention job', async () => {
    const user = await registerUser(t);
    const [{ id: libraryId }] = await t.sql<{ id: string }>(`SELECT id FROM libraries WHERE slug = $1`, [slug]);
    await t.sql(
      `INSERT INTO sso_login_attempts (state_hash, library_id, binding_hash, nonce, code_verifier, expires_at) VALUES ('oud', $1, 'b', 'n', 'v', now() - interval '2 days'), ('vers', $1, 'b', 'n', 'v', now() + interval '5 minutes')`,
      [libraryId],
    );
    await t.sql(
      `INSERT INTO sso_login_tickets (token_hash, user_id, library_id, expires_at) VALUES ('oud', $1, $2, now() - interval '2 days')`,
      [user.id, libraryId],
    );
    const result = await t.app.get(DataRetention).apply();
    expect(result).toMatchObject({ ssoAttempts: 1, ssoTickets: 1 });
    expect(
      (await t.sql<{ state_hash: string }>(`SELECT state_hash FROM sso_login_attempts WHERE state_hash IN ('oud', 'vers')`)).map(
        (r) => r.state_hash,
      ),
    ).toEqual(['vers']);
  });
});

/** A loopback port nothing listens on (taken, then given back). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
