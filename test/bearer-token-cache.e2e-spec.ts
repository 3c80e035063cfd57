import { registerUser } from './support/factories';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const ME = `query { me { id } }`;

/**
 * The api remembers which bearer tokens' signatures it checked (JwtAuthenticator), to spare the check on
 * every signed-in request. That must change nothing a client sees: a remembered token still stops working
 * when its session ends, and when it expires, with the same answers as before.
 */
describe('remembered bearer tokens: the session is still read on every request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WAARDENET_ACCESS_TOKEN_TTL: '2' });
  });
  afterAll(() => t.close());

  it('refuses a remembered token once its session is logged out', async () => {
    const user = await registerUser(t);
    expect((await ok(t, ME, {}, user.token)).me.id).toBe(user.id);
    expect((await ok(t, ME, {}, user.token)).me.id).toBe(user.id); // the second request uses the remembered signature check
    expect((await ok(t, `mutation { logout }`, {}, user.token)).logout).toBe(true);
    const after = await gql(t, ME, {}, user.token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data?.me ?? null).toBeNull();
  });

  it('refuses a remembered token once it expires', async () => {
    const user = await registerUser(t);
    expect((await ok(t, ME, {}, user.token)).me.id).toBe(user.id);
    // Ask until the two-second token runs out (no fixed sleep): every answer until then is the user's own.
    const deadline = Date.now() + 15_000;
    let res = await gql(t, ME, {}, user.token);
    while (!res.errors && Date.now() < deadline) {
      expect(res.data?.me?.id).toBe(user.id);
      await new Promise((resolve) => setImmediate(resolve));
      res = await gql(t, ME, {}, user.token);
    }
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.me ?? null).toBeNull();
  });
});
