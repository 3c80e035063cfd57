import request from 'supertest';
import { GRAPHQL_LIMITS } from '@waardenet/core/security';
import { createPost, createThread, world, World } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { connectWs } from '../support/ws-client';
import { ask, codeOf, leaksNothing, stillAnswers } from './helpers';

/** A front page: every library with its communities (what the first web client asked). */
const FRONT_PAGE = `{ libraries(first: 50) { edges { node { name slug } } }
  communities(first: 100) { edges { node { name slug visibility library { slug } } } } }`;

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    title kind replyCount locked viewerCanReply
    community { id slug name visibility library { slug name } }
    author { id displayName }
    posts(first: 50) {
      edges { cursor node { id seq body bodyHtml createdAt author { id displayName } reactionCounts { kind count } viewerReactions } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const COMMUNITY_PAGE = `query($slug: String!) {
  community(slug: $slug) {
    name description visibility
    threads(first: 50) { edges { node { id title replyCount author { displayName } community { slug } } } pageInfo { hasNextPage endCursor } }
  }
}`;

describe('security: query limits over HTTP and graphql-ws', () => {
  let t: TestApp;
  let w: World;
  let threadId: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    threadId = (await createThread(t, w.member, w.pub.id)).id;
    await createPost(t, w.member, threadId, 'Eerste antwoord');
  });
  afterAll(() => t.close());

  const countPosts = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM posts'))[0].n);

  it('lets our own largest queries through: the front page, the thread page, a community page', async () => {
    for (const [query, variables] of [
      [FRONT_PAGE, {}],
      [THREAD_PAGE, { id: threadId }],
      [COMMUNITY_PAGE, { slug: w.pub.slug }],
    ] as const) {
      const res = await ask(t, query, variables, { token: w.member.token });
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
    }
  });

  it(`refuses a query nested deeper than ${GRAPHQL_LIMITS.maxDepth} (400 GRAPHQL_VALIDATION_FAILED), before running it`, async () => {
    // thread → posts → edges → node → thread → posts → edges → node → author → displayName: depth 10.
    const deep = `query($id: ID!) { thread(id: $id) { posts { edges { node { thread { posts { edges { node { author { displayName } } } } } } } } } }`;
    const res = await ask(t, deep, { id: threadId });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].message).toBe(`Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found 10.`);
    expect(res.body.data).toBeUndefined();
    await stillAnswers(t);
  });

  it('refuses pages within pages whose sizes come in variables (priced as the largest page)', async () => {
    const nested = `query($n: Int) { communities(first: $n) { edges { node { threads(first: $n) { edges { node { title } } } } } } }`;
    const res = await ask(t, nested, { n: 100 });
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toMatch(/^Query cost limit of/);
    const small = `{ communities(first: 20) { edges { node { threads(first: 5) { edges { node { title } } } } } } }`;
    expect((await ask(t, small)).body.errors).toBeUndefined();
  });

  it('refuses a wide, expensive query (a dozen aliased full pages) on its cost, though each alone is fine', async () => {
    const page = `communities(first: 100) { edges { node { id slug name description theme visibility library { id slug name } } } }`;
    expect((await ask(t, `{ ${page} }`)).body.errors).toBeUndefined();
    const wide = `{ ${Array.from({ length: 12 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    const res = await ask(t, wide);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].message).toMatch(new RegExp(`^Query cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded, found \\d+\\.$`));
    await stillAnswers(t);
  });

  it(`refuses an alias bomb (${GRAPHQL_LIMITS.maxAliases + 1} aliases) and writes nothing, even for a mutation`, async () => {
    const before = await countPosts();
    const bomb = /* graphql:dynamic */ `mutation($input: CreatePostInput!) { ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `p${i}: createPost(input: $input) { id }`).join(' ')} }`;
    const res = await ask(t, bomb, { input: { threadId, body: 'spam' } }, { token: w.member.token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].message).toBe(
      `Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`,
    );
    expect(await countPosts()).toBe(before);
    await stillAnswers(t);
  });

  it(`refuses a directive flood (${GRAPHQL_LIMITS.maxDirectives + 1} directives)`, async () => {
    const flood = /* graphql:dynamic */ `{ me { id ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} } }`;
    const res = await ask(t, flood);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors!.map((e) => e.message)).toContain(
      `Directives limit of ${GRAPHQL_LIMITS.maxDirectives} exceeded, found ${GRAPHQL_LIMITS.maxDirectives + 1}.`,
    );
    await stillAnswers(t);
  });

  it(`stops parsing a document past ${GRAPHQL_LIMITS.maxTokens} tokens (400 GRAPHQL_PARSE_FAILED)`, async () => {
    const tokens = `{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens)}}`;
    const res = await ask(t, tokens);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors![0].message).toMatch(/^Syntax Error: Document contains more tha[nt] 1000 tokens\. Parsing aborted\.$/);
    await stillAnswers(t);
  });

  it(`refuses a document over ${GRAPHQL_LIMITS.maxCharacters} characters before parsing it (400 BAD_REQUEST), and writes nothing`, async () => {
    const before = await countPosts();
    const long = /* graphql:dynamic */ `mutation($input: CreatePostInput!) { createPost(input: $input) { id } } # ${'x'.repeat(GRAPHQL_LIMITS.maxCharacters)}`;
    const res = await ask(t, long, { input: { threadId, body: 'lang' } }, { token: w.member.token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.body.errors![0].message).toBe(
      `The GraphQL document has ${long.length} characters; at most ${GRAPHQL_LIMITS.maxCharacters} are accepted.`,
    );
    expect(await countPosts()).toBe(before);
    await stillAnswers(t);
  });

  it('applies the character limit to a GET query too', async () => {
    const res = await request(t.url)
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({ query: /* graphql:dynamic */ `{ __typename } # ${'x'.repeat(GRAPHQL_LIMITS.maxCharacters)}` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a fragment cycle and self-spreading fragments without hanging', async () => {
    const cycle = /* graphql:invalid */ `{ me { ...A } } fragment A on User { id ...B } fragment B on User { displayName ...A }`;
    const res = await ask(t, cycle);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    leaksNothing(res.text);
    await stillAnswers(t);
  });

  describe('the same limits over graphql-ws', () => {
    const wsError = async (query: string, variables: Record<string, unknown>) => {
      const client = connectWs(t.url, w.member.token);
      const sub = client.subscribe(query, variables);
      const errors = (await sub.waitForError()) as { message: string; extensions?: { code?: string } }[];
      await client.close();
      return errors;
    };

    it('refuses a subscription nested too deep', async () => {
      const deep = `subscription($id: ID!) { threadEvents(threadId: $id) { post { thread { posts { edges { node { thread { author { displayName } } } } } } } } }`;
      const errors = await wsError(deep, { id: threadId });
      expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0].message).toMatch(new RegExp(`^Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`));
    });

    it('refuses an alias bomb inside a subscription selection', async () => {
      const bomb = /* graphql:dynamic */ `subscription($id: ID!) { threadEvents(threadId: $id) { ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: type`).join(' ')} } }`;
      const errors = await wsError(bomb, { id: threadId });
      expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0].message).toMatch(/^Aliases limit of 15 exceeded/);
    });

    it('refuses a directive flood and an over-long document', async () => {
      const flood = /* graphql:dynamic */ `subscription($id: ID!) { threadEvents(threadId: $id) { type ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} } }`;
      expect((await wsError(flood, { id: threadId }))[0].message).toMatch(/^Directives limit of 50 exceeded/);
      const long = /* graphql:dynamic */ `subscription($id: ID!) { threadEvents(threadId: $id) { type } } # ${'x'.repeat(GRAPHQL_LIMITS.maxCharacters)}`;
      expect((await wsError(long, { id: threadId }))[0].message).toMatch(/^Document length limit of 15000 characters exceeded/);
      await stillAnswers(t);
    });
  });
});
