import { TestApp, createTestApp } from '../support/test-app';
import { world, World } from '../support/factories';
import { connectWs } from '../support/ws-client';
import { ask, codeOf, leaksNothing, stillAnswers } from './helpers';

const TYPO = /* graphql:invalid */ '{ me { displayNam } }';

describe('security: what a production server tells a prober', () => {
  let prod: TestApp;
  let dev: TestApp;
  let w: World;
  beforeAll(async () => {
    prod = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'production-secret-that-is-long-enough-for-hs256' });
    dev = await createTestApp();
    w = await world(prod);
  });
  afterAll(async () => {
    await prod.close();
    await dev.close();
  });

  it('development still helps with "Did you mean" (the masking is for production only)', async () => {
    const res = await ask(dev, TYPO);
    expect(res.body.errors![0].message).toBe('Cannot query field "displayNam" on type "User". Did you mean "displayName"?');
  });

  it('production names no field suggestion for a mistyped field', async () => {
    const res = await ask(prod, TYPO);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].message).toBe('Cannot query field "displayNam" on type "User".');
  });

  it('production names no argument, type or enum value either', async () => {
    const cases = [
      [/* graphql:invalid */ '{ thread(idd: "x") { id } }', 'Unknown argument "idd" on field "Query.thread".'],
      [/* graphql:invalid */ 'query($k: Threadkind) { __typename }', 'Unknown type "Threadkind".'],
      [/* graphql:invalid */ '{ communities(frist: 1) { edges { cursor } } }', 'Unknown argument "frist" on field "Query.communities".'],
      [
        /* graphql:invalid */ '{ reports(communityId: "x", status: OPE) { edges { cursor } } }',
        'Value "OPE" does not exist in "ReportStatus" enum.',
      ],
    ];
    for (const [query, message] of cases) {
      const res = await ask(prod, query);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors!.map((e) => e.message)).toContain(message);
      expect(res.text).not.toMatch(/Did you mean/);
    }
    // An enum value in variables is checked while the variables are coerced, not in validation.
    const enumRes = await ask(
      prod,
      'mutation($input: ReactInput!) { react(input: $input) { id } }',
      { input: { postId: '00000000-0000-0000-0000-000000000000', kind: 'LIK' } },
      { token: w.member.token },
    );
    expect(codeOf(enumRes)).toBe('BAD_USER_INPUT');
    expect(enumRes.body.errors![0].message).toMatch(/Value "LIK" does not exist in "ReactionKind" enum\.$/);
    expect(enumRes.text).not.toMatch(/Did you mean/);
  });

  it('production refuses introspection, by __schema and by __type', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { fields { name } } }']) {
      const res = await ask(prod, query);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors![0].message).toMatch(/introspection/i);
    }
    expect((await ask(prod, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('production hides suggestions over graphql-ws too', async () => {
    const client = connectWs(prod.url, w.member.token);
    const sub = client.subscribe(/* graphql:invalid */ 'subscription($id: ID!) { threadEvents(threadId: $id) { typ } }', {
      id: '00000000-0000-0000-0000-000000000000',
    });
    const errors = (await sub.waitForError()) as { message: string; extensions?: { code?: string } }[];
    await client.close();
    expect(errors[0]).toMatchObject({
      message: 'Cannot query field "typ" on type "ThreadEvent".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    await stillAnswers(prod);
  });

  it('answers a malformed operation in production with a code and no internals', async () => {
    const res = await ask(
      prod,
      'mutation { createThread(input: { communityId: "not-a-uuid", title: "Een titel", body: "x" }) { id } }',
      {},
      { token: w.member.token },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    leaksNothing(res.text);
    expect(await prod.sql(`SELECT 1 FROM threads`)).toHaveLength(0);
  });
});
