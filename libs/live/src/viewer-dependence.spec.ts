import { GraphQLObjectType, buildSchema, parse } from 'graphql';
import { RequestContext, VIEWER_DEPENDENT } from '@waardenet/core';
import { sharingOf, viewerDependentFields, watchedContext } from './viewer-dependence';

const schema = buildSchema(`
  type Query { x: Int }
  type Subscription { threadEvents(threadId: ID!): ThreadEvent }
  type ThreadEvent { post: Post }
  type Post { id: ID, author: User }
  type User { displayName: String, expertise: [String] }
`);
const expertise = (schema.getType('User') as GraphQLObjectType).getFields().expertise;
(expertise as { extensions: unknown }).extensions = { [VIEWER_DEPENDENT]: true };

describe('viewer dependence of a subscription document', () => {
  it('finds a declared field however it is selected: directly, through an alias, a fragment or an inline fragment', () => {
    const documents = [
      `subscription { threadEvents(threadId: "1") { post { author { expertise } } } }`,
      `subscription { threadEvents(threadId: "1") { post { author { e: expertise } } } }`,
      `subscription { threadEvents(threadId: "1") { post { author { ...A } } } } fragment A on User { displayName expertise }`,
      `subscription { threadEvents(threadId: "1") { post { author { ... on User { expertise } } } } }`,
    ];
    for (const d of documents) expect(viewerDependentFields(schema, parse(d))).toEqual(['User.expertise']);
  });

  it('leaves a document without declared fields shared', () => {
    const sharing = sharingOf(schema, parse(`subscription S { threadEvents(threadId: "1") { post { id author { displayName } } } }`), 'S');
    expect(sharing).toEqual({ perViewer: false, label: 'S', dependentFields: [] });
  });

  it('a watched context reports whether anything read or replaced its viewer, and still answers with it', () => {
    const viewer = { id: 'u1', sessionId: 's', isPlatformAdmin: false };
    const untouched = watchedContext(Object.assign(new RequestContext(), { viewer }));
    untouched.rc.cached('k', () => 1);
    expect(untouched.viewerRead()).toBe(false);
    const read = watchedContext(Object.assign(new RequestContext(), { viewer }));
    expect(read.rc.viewer).toBe(viewer);
    expect(read.viewerRead()).toBe(true);
    const destructured = watchedContext(Object.assign(new RequestContext(), { viewer }));
    const { viewer: v } = destructured.rc;
    expect(v).toBe(viewer);
    expect(destructured.viewerRead()).toBe(true);
  });
});
