import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkOperations } from '../../../scripts/check-test-operations';

/**
 * scripts/check-test-operations.ts (the second half of `npm run codegen:check`): the documents the tests send
 * are validated against the schema, found where they are written, with constants, imports and call sites
 * resolved; the marks graphql:invalid and graphql:dynamic; no plain document in the web client.
 */
const SCHEMA = `
  type Query { me: User, thread(id: ID!): Thread }
  type User { id: ID!, displayName: String! }
  type Thread { id: ID!, title: String! }
`;

describe('the check of the tests’ GraphQL documents', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'wn-ops-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('validates literals, constants, imported constants and what a helper makes at each call', () => {
    write('test/support/docs.ts', `export const THREAD_FIELDS = 'id title';\n`);
    write(
      'test/a.e2e-spec.ts',
      [
        `import { THREAD_FIELDS } from './support/docs';`,
        `const FIELDS = 'id displayName';`,
        'export const ME = `{ me { ${FIELDS} } }`;',
        'export const THREAD = `query($id: ID!) { thread(id: $id) { ${THREAD_FIELDS} } }`;',
        'export const BROKEN = `query($id: ID!) { thread(id: $id) { id titel } }`;',
        'const one = (field: string) => `{ me { ${field} } }`;',
        `one('id');`,
        `one('displayNam');`,
        `it('query the thing and mutation of state', () => undefined);`,
      ].join('\n'),
    );
    const result = checkOperations(root, SCHEMA);
    expect(result.documents.map((d) => d.text)).toEqual(
      expect.arrayContaining(['{ me { id displayName } }', 'query($id: ID!) { thread(id: $id) { id title } }', '{ me { id } }']),
    );
    expect(result.problems).toEqual([
      'test/a.e2e-spec.ts:5: Cannot query field "titel" on type "Thread". Did you mean "title"?',
      'test/a.e2e-spec.ts:6: Cannot query field "displayNam" on type "User". Did you mean "displayName"?',
    ]);
  });

  it('skips a document marked invalid only while it really is, and names a document it cannot read', () => {
    write(
      'test/b.e2e-spec.ts',
      [
        `const refused = /* graphql:invalid */ '{ me { nope } }';`,
        `const notRefused = /* graphql:invalid */ '{ me { id } }';`,
        '// graphql:dynamic',
        'const built = (n: unknown) => `{ me { ${String(n)} } }`;',
        'export const unread = (s: { sel: string }) => `{ me { ${s.sel} } }`;',
      ].join('\n'),
    );
    const result = checkOperations(root, SCHEMA);
    expect(result).toMatchObject({ invalid: 2, dynamic: 1 });
    expect(result.problems).toEqual([
      'test/b.e2e-spec.ts:2: marked graphql:invalid but matches the schema: drop the mark (or make it invalid again)',
      'test/b.e2e-spec.ts:5: cannot check a document built from s.sel: use variables, or mark it /* graphql:dynamic */',
    ]);
  });

  it('refuses a document of the web client written outside graphql(`…`), and no i18n text is one', () => {
    write(
      'apps/web/src/api/operations-x.ts',
      [
        "import { graphql } from './generated';",
        'export const FINE = graphql(`query Me { me { id } }`);',
        "export const PLAIN = 'query Plain { me { id } }';",
        "export const TEXT = { done: '{name} is uitgenodigd.' };",
      ].join('\n'),
    );
    expect(checkOperations(root, SCHEMA).problems).toEqual([
      'apps/web/src/api/operations-x.ts:3: a GraphQL document outside graphql(`…`): write it as graphql(`…`) (see README, "GraphQL types")',
    ]);
  });
});
