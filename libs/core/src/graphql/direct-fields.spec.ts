import { buildSchema, graphql } from 'graphql';
import { RequestContext } from '../context/request-context';
import { DirectFields } from './direct-fields';

const sdl = `type Post { id: ID, author: String, counts(kind: String): Int } type Query { post: Post }`;

describe('DirectFields', () => {
  it('puts the registered function in as the field resolver, with the request context', async () => {
    const schema = buildSchema(sdl);
    schema.getQueryType()!.getFields().post.resolve = () => ({ id: 'p1' });
    const direct = new DirectFields();
    direct.add('Post', 'author', (post: { id: string }, ctx) => `${post.id} for ${(ctx as unknown as { who: string }).who}`);
    direct.install(schema);
    const rc = { who: 'lezer' } as unknown as RequestContext;
    const result = await graphql({ schema, source: '{ post { author } }', contextValue: { rc } });
    expect(result).toEqual({ data: { post: { author: 'p1 for lezer' } } });
  });

  it('refuses a field that is not in the schema, and one that takes arguments', () => {
    const unknown = new DirectFields();
    unknown.add('Post', 'title', () => null);
    expect(() => unknown.install(buildSchema(sdl))).toThrow(/Post.title is not a field/);
    const withArgs = new DirectFields();
    withArgs.add('Post', 'counts', () => 1);
    expect(() => withArgs.install(buildSchema(sdl))).toThrow(/takes arguments/);
  });
});
