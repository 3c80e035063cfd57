import request from 'supertest';
import { errorCode, gql } from './support/gql';
import { registerUser } from './support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation { refreshSession { accessToken refreshToken } }`;

function web(t: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string, token?: string) {
  const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('x-waardenet-client', 'web');
  if (cookie) req.set('cookie', cookie);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send({ query, variables });
}

const refreshCookie = (res: request.Response) => {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('wn_refresh='));
  return header;
};

describe('web sessions: the refresh token lives in an httpOnly cookie, never in the page', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('logs in, refreshes from the cookie (rotating it), and logs out clearing it', async () => {
    const user = await registerUser(t);
    const login = await web(t, LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(login.body.data.login.refreshToken).toBe('');
    const set = refreshCookie(login)!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(set).toMatch(/Path=\/graphql/);
    const cookie = set.split(';')[0];

    const refreshed = await web(t, REFRESH, {}, cookie);
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data.refreshSession.refreshToken).toBe('');
    const rotated = refreshCookie(refreshed)!.split(';')[0];
    expect(rotated).not.toBe(cookie);

    // A second tab still holding the spent cookie refreshes within the grace window: it gets a pair of its own.
    const otherTab = await web(t, REFRESH, {}, cookie);
    expect(otherTab.body.errors).toBeUndefined();
    expect(refreshCookie(otherTab)!.split(';')[0]).not.toBe(rotated);

    // After the window (moved into the past, not waited for) the spent cookie is refused and, as a reuse, ends the session.
    await t.sql(`UPDATE refresh_tokens SET used_at = used_at - interval '11 seconds' WHERE used_at IS NOT NULL`);
    const replay = await web(t, REFRESH, {}, cookie);
    expect(replay.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    expect((await web(t, REFRESH, {}, rotated)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logout clears the cookie and ends the session on the server', async () => {
    const user = await registerUser(t);
    const login = await web(t, LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    const cookie = refreshCookie(login)!.split(';')[0];
    const out = await web(t, `mutation { logout }`, {}, cookie, login.body.data.login.accessToken);
    expect(out.body.data.logout).toBe(true);
    expect(refreshCookie(out)).toMatch(/wn_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect((await web(t, REFRESH, {}, cookie)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refreshing without a token or cookie is UNAUTHENTICATED', async () => {
    expect(await errorCode(t, REFRESH)).toBe('UNAUTHENTICATED');
  });

  it('other clients keep getting the refresh token in the body and no cookie', async () => {
    const user = await registerUser(t);
    const res = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN, variables: { input: { email: user.email, password: TEST_PASSWORD } } });
    expect(res.body.data.login.refreshToken.length).toBeGreaterThan(20);
    expect(refreshCookie(res)).toBeUndefined();
  });

  it('previews markdown exactly as a post renders it, sanitized', async () => {
    const res = await gql(t, `query($b: String!) { previewMarkdown(body: $b) }`, { b: '**vet** <script>x</script>' });
    expect(res.data?.previewMarkdown).toBe('<p><strong>vet</strong> &lt;script&gt;x&lt;/script&gt;</p>\n');
    expect(await errorCode(t, `query($b: String!) { previewMarkdown(body: $b) }`, { b: 'x'.repeat(50_001) })).toBe('BAD_USER_INPUT');
  });
});
