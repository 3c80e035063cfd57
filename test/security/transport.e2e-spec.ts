import request from 'supertest';
import { REGISTER } from '../support/factories';
import { TEST_PASSWORD, TestApp, createTestApp } from '../support/test-app';
import { leaksNothing, stillAnswers } from './helpers';

const register = (email: string) => ({
  query: REGISTER,
  variables: { input: { email, password: TEST_PASSWORD, displayName: 'Indringer' } },
});

describe('security: the HTTP transport', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const userExists = async (email: string) => (await t.sql('SELECT 1 FROM users WHERE email = $1', [email])).length > 0;

  it('refuses a mutation over GET with 405 (Allow: POST), and registers nobody', async () => {
    const email = 'get-mutatie@example.nl';
    const res = await request(t.url)
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({
        query: `mutation { register(input: { email: "${email}", password: "${TEST_PASSWORD}", displayName: "Get" }) { accessToken } }`,
      });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await userExists(email)).toBe(false);
    await stillAnswers(t);
  });

  it('refuses a GET without a preflight-forcing header (CSRF), but serves a GET query that has one', async () => {
    const plain = await request(t.url).get('/graphql').query({ query: '{ __typename }' });
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/Cross-Site Request Forgery/);
    const withHeader = await request(t.url).get('/graphql').set('apollo-require-preflight', 'true').query({ query: '{ __typename }' });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body.data).toEqual({ __typename: 'Query' });
  });

  it.each([
    ['text/plain', (body: object) => JSON.stringify(body)],
    ['application/x-www-form-urlencoded', (body: object) => `query=${encodeURIComponent(JSON.stringify(body))}`],
    [
      'multipart/form-data; boundary=x',
      (body: object) => `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify(body)}\r\n--x--\r\n`,
    ],
  ])('refuses a POST with content-type %s (what a cross-site form can send) and registers nobody', async (type, encode) => {
    const email = `form-${type.split(/[/;]/)[1]}@example.nl`;
    const res = await request(t.url)
      .post('/graphql')
      .set('content-type', type)
      .send(encode(register(email)));
    expect(res.status).toBe(400);
    expect(await userExists(email)).toBe(false);
    await stillAnswers(t);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await request(t.url).post('/graphql').set('content-type', 'application/json').send('{"query": "{ __typename }", ');
    expect(res.status).toBe(400);
    leaksNothing(res.text);
    await stillAnswers(t);
  });

  it('answers a body that is not a GraphQL request (query not a string) with 400', async () => {
    const res = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: { nested: true } });
    expect(res.status).toBe(400);
    leaksNothing(res.text);
  });

  it('refuses oversized variables (over 1 MB) with 413 before anything runs, and registers nobody', async () => {
    const email = 'groot@example.nl';
    const body = register(email);
    (body.variables.input as Record<string, unknown>).displayName = 'x'.repeat(1_100_000);
    const res = await request(t.url).post('/graphql').set('content-type', 'application/json').send(body);
    expect(res.status).toBe(413);
    leaksNothing(res.text);
    expect(await userExists(email)).toBe(false);
    await stillAnswers(t);
  });

  it('refuses deeply nested variables as bad input, without a crash', async () => {
    const email = 'diep@example.nl';
    const depth = 5000;
    const input = JSON.stringify({ email, password: TEST_PASSWORD, displayName: 'Diep' }).replace(
      /}$/,
      `,"extra":${'{"x":'.repeat(depth)}{}${'}'.repeat(depth)}}`,
    );
    const raw = `{"query":${JSON.stringify(REGISTER)},"variables":{"input":${input}}}`;
    const res = await request(t.url).post('/graphql').set('content-type', 'application/json').send(raw);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(/Field "extra" is not defined by type "RegisterInput"/);
    leaksNothing(res.text);
    expect(await userExists(email)).toBe(false);
    await stillAnswers(t);
  });

  it('puts the security headers on every response: the page, the api and the health check', async () => {
    for (const res of [
      await request(t.url).get('/'),
      await request(t.url).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' }),
      await request(t.url).get('/health'),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['content-security-policy']).toMatch(/default-src '(self|none)'/);
    }
    // An api answer is JSON: nothing may load from it at all.
    const api = await request(t.url).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });

  it("has a CSP that lets the web client's own scripts, styles and live socket in, and nothing else", async () => {
    const res = await request(t.url).get('/').set('host', 'bieb.example.nl:3000');
    const csp = Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src'][0]).toBe("'self'");
    expect(csp['style-src'][0]).toBe("'self'");
    // Inline blocks of the client's HTML are allowed by hash only, never wholesale.
    for (const value of [...csp['script-src'].slice(1), ...csp['style-src'].slice(1)]) expect(value).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'", 'ws://bieb.example.nl:3000', 'wss://bieb.example.nl:3000']);
    expect(csp['upgrade-insecure-requests']).toBeUndefined();
  });

  it('does not let a forged Host header inject CSP directives', async () => {
    const res = await request(t.url).get('/health').set('host', "evil.example; script-src 'unsafe-inline'");
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect(String(res.headers['content-security-policy'])).toMatch(/connect-src 'self' 'self'/);
  });
});
