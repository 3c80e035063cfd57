import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchema, buildSchema, parse, specifiedRules, validate } from 'graphql';
import { GRAPHQL_LIMITS, graphqlLimitRules, liveValidationRules, maskSuggestions } from './graphql-limits';
import { inlineHashes } from './security-headers';

const schema: GraphQLSchema = buildSchema(`
  type User { id: ID! displayName: String! friend: User friends(first: Int): [User!]! }
  type Query { me: User user(id: ID!): User kind: Kind }
  enum Kind { LOCAL NATIONAL }
`);

const check = (query: string) => validate(schema, parse(query), [...specifiedRules, ...graphqlLimitRules()]).map((e) => e.message);
const nest = (levels: number) => `{ me { ${'friend { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('GraphQL limits', () => {
  it(`allows depth ${GRAPHQL_LIMITS.maxDepth} and refuses one more`, () => {
    expect(check(nest(GRAPHQL_LIMITS.maxDepth))).toEqual([]);
    expect(check(nest(GRAPHQL_LIMITS.maxDepth + 1))).toEqual([
      `Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found ${GRAPHQL_LIMITS.maxDepth + 1}.`,
    ]);
  });

  it('counts a fragment as the fields it holds, not as a level of its own', () => {
    const q = `{ me { ...F } } fragment F on User { ${'friend { '.repeat(GRAPHQL_LIMITS.maxDepth - 3)}id${' }'.repeat(GRAPHQL_LIMITS.maxDepth - 3)} }`;
    expect(check(q)).toEqual([]);
  });

  it(`allows ${GRAPHQL_LIMITS.maxAliases} aliases and refuses one more`, () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(check(aliases(GRAPHQL_LIMITS.maxAliases))).toEqual([]);
    expect(check(aliases(GRAPHQL_LIMITS.maxAliases + 1))).toEqual([
      `Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`,
    ]);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, () => {
    const q = `{ me { id ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} } }`;
    expect(check(q)).toContain(`Directives limit of ${GRAPHQL_LIMITS.maxDirectives} exceeded, found ${GRAPHQL_LIMITS.maxDirectives + 1}.`);
  });

  it('refuses a document over the cost limit: pages within pages', () => {
    // A page of 100 friends, each with a page of 100 friends: 10,000 users in one answer.
    expect(check('{ me { friends(first: 100) { id friends(first: 100) { id } } } }').join()).toMatch(
      new RegExp(`^Query cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded, found \\d+\\.$`),
    );
    expect(check('{ me { friends(first: 100) { id displayName friend { id displayName } } } }')).toEqual([]);
  });

  it('prices a page size in a variable as the largest page, so `first: $n` cannot slip past', () => {
    const nested = 'friends(first: $n) { id friends(first: $n) { id } }';
    expect(check(`query($n: Int) { me { ${nested} } }`).join()).toMatch(/^Query cost limit of/);
    // A literal default is taken at its word: 10 x 10 friends is fine.
    expect(check(`query($n: Int = 10) { me { ${nested} } }`)).toEqual([]);
    // No `first` at all is the default page of 25: 25 x 25 x 25 is too much.
    expect(check('{ me { friends { friends { friends { id displayName } } } } }').join()).toMatch(/^Query cost limit of/);
    expect(check('{ me { friends { id displayName } } }')).toEqual([]);
  });

  it('refuses a document over the token and character limits, wherever it was parsed', () => {
    const tokens = `{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)}} }`;
    expect(check(tokens)).toContain(`Token limit of ${GRAPHQL_LIMITS.maxTokens} exceeded, found ${GRAPHQL_LIMITS.maxTokens + 5}.`);
    const long = `{ me { id } } # ${'x'.repeat(GRAPHQL_LIMITS.maxCharacters)}`;
    expect(check(long)).toEqual([`Document length limit of ${GRAPHQL_LIMITS.maxCharacters} characters exceeded, found ${long.length}.`]);
  });

  it('exempts introspection from the depth limit', () => {
    const q = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
    expect(check(q)).toEqual([]);
  });
});

describe('suggestions in production', () => {
  it('masks every "Did you mean" hint, enum values included', () => {
    expect(maskSuggestions('Cannot query field "displayNam" on type "User". Did you mean "displayName"?')).toBe(
      'Cannot query field "displayNam" on type "User".',
    );
    expect(maskSuggestions('Value "LOCALL" does not exist in "Kind" enum. Did you mean the enum value "LOCAL"?')).toBe(
      'Value "LOCALL" does not exist in "Kind" enum.',
    );
  });

  it('the live rule set hides suggestions and introspection in production only', () => {
    const run = (query: string, production: boolean) =>
      validate(schema, parse(query), liveValidationRules({ production })).map((e) => e.message);
    expect(run('{ me { displayNam } }', false).join()).toContain('Did you mean');
    expect(run('{ me { displayNam } }', true)).toEqual(['Cannot query field "displayNam" on type "User".']);
    expect(run('{ __schema { types { name } } }', false)).toEqual([]);
    expect(run('{ __schema { types { name } } }', true).join()).toMatch(/introspection/i);
  });
});

describe('inlineHashes (CSP)', () => {
  it("hashes the web client's inline <style> and <script> blocks, not the scripts it loads by src", () => {
    const dir = mkdtempSync(join(tmpdir(), 'wn-web-'));
    const style = '\n  body { color: #1a1a1a; }\n';
    const script = 'window.start = 1;';
    writeFileSync(
      join(dir, 'index.html'),
      `<html><head><style>${style}</style><script type="module" src="/app.js"></script><script>${script}</script></head></html>`,
    );
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineHashes(dir)).toEqual({ style: [sha(style)], script: [sha(script)] });
    expect(inlineHashes(join(dir, 'missing'))).toEqual({ style: [], script: [] });
  });
});
