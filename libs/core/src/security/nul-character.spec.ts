import { GraphQLError, buildSchema, parse, validate } from 'graphql';
import { formatError } from '../errors/format-error';
import { NulCharacterRule, containsNul } from './nul-character';

describe('NUL characters (U+0000) in a request', () => {
  it('are found in variables at any depth, in keys too', () => {
    expect(containsNul({ a: 'x\u0000' })).toBe(true);
    expect(containsNul({ input: { tags: ['ok', 'n\u0000'] } })).toBe(true);
    expect(containsNul({ ['k\u0000']: 1 })).toBe(true);
    expect(containsNul({ input: { body: 'no such thing', n: 3, ok: null } })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });

  it('are refused in a string literal with BAD_USER_INPUT, reason NUL_CHARACTER', () => {
    const schema = buildSchema('type Query { thread(id: String!): String }');
    const [error] = validate(schema, parse('{ thread(id: "a\\u0000b") }'), [NulCharacterRule]);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    expect(validate(schema, parse('{ thread(id: "a\\u0001b") }'), [NulCharacterRule])).toEqual([]);
  });

  it("maps PostgreSQL's 22021 (invalid byte sequence) to BAD_USER_INPUT without reporting it as a fault", () => {
    const unexpected: unknown[] = [];
    const pg = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const wrapped = new GraphQLError('raw', { originalError: pg });
    const out = formatError(wrapped.toJSON(), wrapped, (e) => unexpected.push(e), 'en');
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    expect(unexpected).toEqual([]);
  });
});
