import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ACCESS_KEY } from '@waardenet/core';
import { gql } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

describe('operations: health, readiness, request ids, transport limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    expect((await request(t.url).get('/health')).body).toEqual({ status: 'ok' });
    const ready = await request(t.url).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.database).toBe('up');
  });

  it('gives every response a request id, keeping a well-formed one the client sent', async () => {
    const own = await request(t.url).get('/health').set('x-request-id', 'abc-123');
    expect(own.headers['x-request-id']).toBe('abc-123');
    const made = await request(t.url).get('/health').set('x-request-id', 'bad id with spaces <script>');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web client at /, and its index.html for client routes', async () => {
    const res = await request(t.url).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<html lang="nl"/);
    const route = await request(t.url).get('/community/leesclub/manage').set('accept', 'text/html');
    expect(route.status).toBe(200);
    expect(route.text).toBe(res.text);
    // Server-rendered public pages (apps/api/src/reach): a thread that is not there is a 404, still with the client's scripts.
    const missing = await request(t.url).get('/thread/123').set('accept', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(res.text.match(/src="(\/assets\/[^"]+\.js)"/)![1]);
    expect((await request(t.url).get('/assets/does-not-exist.js')).status).toBe(404);
    expect((await request(t.url).get('/health')).body).toEqual({ status: 'ok' });
  });

  it("compresses the client's scripts and large GraphQL answers for clients that accept gzip", async () => {
    const index = (await request(t.url).get('/')).text;
    const script = index.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const js = await request(t.url).get(script).set('accept-encoding', 'gzip');
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBe('gzip');
    const plain = await request(t.url).get(script).set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const big = await request(t.url)
      .post('/graphql')
      .set('accept-encoding', 'gzip')
      .send({ query: '{ __type(name: "Mutation") { fields { name description } } }' });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.body.data.__type.fields.length).toBeGreaterThan(20);
    // GraphQL answers are never revalidated, so no ETag is computed over them; static files keep theirs.
    expect(big.headers.etag).toBeUndefined();
    expect(js.headers.etag).toBeDefined();
  });

  it('refuses batched requests and oversized bodies without crashing', async () => {
    const batch = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    const huge = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: /* graphql:dynamic */ `{ me { id } } #${'x'.repeat(2_000_000)}` });
    expect(huge.status).toBe(413);
    expect((await request(t.url).get('/health')).status).toBe(200);
  });

  it('refuses a GET mutation and a form post (CSRF prevention)', async () => {
    const get = await request(t.url).get('/graphql').query({ query: 'mutation { logout }' });
    expect(get.status).toBeGreaterThanOrEqual(400);
    const form = await request(t.url).post('/graphql').set('content-type', 'text/plain').send('{"query":"mutation { logout }"}');
    expect(form.status).toBe(400);
  });

  it('answers a syntax error with a code and no stack trace', async () => {
    const res = await gql(t, /* graphql:invalid */ '{ me { id }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
  });

  it('declares an access rule on every query and mutation (an undeclared one would be closed)', async () => {
    const scanner = new MetadataScanner();
    const providers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.values()]);
    const operations: string[] = [];
    const undeclared: string[] = [];
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !Object.getPrototypeOf(instance)) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(proto)) {
        const kind = Reflect.getMetadata('graphql:resolver_type', proto[name]);
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        operations.push(`${kind}.${name}`);
        if (!Reflect.getMetadata(ACCESS_KEY, proto[name])) undeclared.push(`${kind}.${name}`);
      }
    }
    expect(operations.length).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it('reports not ready when the database is gone, and stays up', async () => {
    await t.app.get(DataSource).destroy();
    const ready = await request(t.url).get('/ready');
    expect(ready.status).toBe(503);
    expect((await request(t.url).get('/health')).status).toBe(200);
    await t.app.get(DataSource).initialize();
  });
});
