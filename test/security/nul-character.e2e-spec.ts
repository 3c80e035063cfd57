import { logger } from '@waardenet/core';
import { createThread, world, World } from '../support/factories';
import { databaseDigest } from '../support/db-digest';
import { gql } from '../support/gql';
import { TestApp, createTestApp } from '../support/test-app';
import { rawSocket } from '../support/ws-client';

/**
 * Red-team finding "#14 variant": a NUL byte in any string argument or variable reached PostgreSQL and came
 * back as INTERNAL_SERVER_ERROR with a QueryFailedError stack trace in the log, for anonymous visitors too.
 */
describe('security: a NUL character anywhere in a GraphQL request is BAD_USER_INPUT (NUL_CHARACTER) and logs nothing', () => {
  let t: TestApp;
  let w: World;
  let threadId: string;
  let logged: jest.SpyInstance[];
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    threadId = (await createThread(t, w.member, w.pub.id)).id;
  });
  afterAll(() => t.close());
  beforeEach(() => (logged = [jest.spyOn(logger, 'error'), jest.spyOn(logger, 'warn')]));
  afterEach(() => jest.restoreAllMocks());

  const READS: [string, string, Record<string, unknown>][] = [
    ['thread(id)', 'query($x: ID!) { thread(id: $x) { title } }', { x: '\u0000' }],
    ['community(slug)', 'query($x: String!) { community(slug: $x) { name } }', { x: 'a\u0000' }],
    ['library(slug)', 'query($x: String!) { library(slug: $x) { name } }', { x: 'a\u0000' }],
    ['search', 'query($x: String!) { search(query: $x) { edges { node { __typename } } } }', { x: 'a\u0000b' }],
    ['items', 'query($x: String!) { items(query: $x) { edges { node { id } } } }', { x: 'a\u0000b' }],
    ['a string literal', '{ community(slug: "a\\u0000") { name } }', {}],
  ];
  const WRITES = (thread: string): [string, string, Record<string, unknown>][] => [
    [
      'createPost body',
      'mutation($x: String!, $t: ID!) { createPost(input: { threadId: $t, body: $x }) { id } }',
      { x: 'hi\u0000there', t: thread },
    ],
    ['updateProfile bio', 'mutation($x: String!) { updateProfile(input: { bio: $x }) { id } }', { x: 'bio\u0000' }],
    [
      'createPost body, nested in input',
      'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
      { i: { threadId: thread, body: 'x\u0000' } },
    ],
  ];

  it.each(READS)('refuses %s for an anonymous visitor', async (_, query, variables) => {
    const res = await gql(t, query, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    expect(res.status).toBe(400);
    logged.forEach((spy) => expect(spy).not.toHaveBeenCalled());
  });

  it('refuses writes by a member and writes nothing', async () => {
    for (const [what, query, variables] of WRITES(threadId)) {
      const before = await databaseDigest(t);
      const res = await gql(t, query, variables, w.member.token);
      expect({ what, ext: res.errors?.[0].extensions }).toMatchObject({ what, ext: { code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' } });
      expect(await databaseDigest(t)).toEqual(before);
    }
    logged.forEach((spy) => expect(spy).not.toHaveBeenCalled());
  });

  it('refuses a subscription whose variables hold one', async () => {
    const s = rawSocket(t.url);
    await s.init();
    s.send({
      id: 'n',
      type: 'subscribe',
      payload: { query: 'subscription($t: ID!) { threadEvents(threadId: $t) { type } }', variables: { t: `${threadId}\u0000` } },
    });
    const error = await s.waitFor((m) => m.id === 'n' && m.type === 'error');
    expect((error.payload as { extensions: unknown }[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    s.ws.close();
    await s.closed;
    logged.forEach((spy) => expect(spy).not.toHaveBeenCalled());
  });
});
