import { PostForFederation, communityFederable, postFederable } from './federation.gate';

const post = (over: Partial<PostForFederation> = {}): PostForFederation => ({
  id: 'p',
  seq: 2,
  threadId: 't',
  authorId: 'a',
  replyToId: null,
  body: 'x',
  bodyHtml: '<p>x</p>',
  state: 'VISIBLE',
  deletedAt: null,
  editedAt: null,
  createdAt: new Date(),
  title: 'T',
  threadState: 'VISIBLE',
  communityId: 'c',
  slug: 's',
  visibility: 'PUBLIC',
  federationEnabled: true,
  ...over,
});

describe('the federation gate (fails closed)', () => {
  it('lets a visible post of a visible thread in a PUBLIC community with federation on through', () => {
    expect(postFederable(post())).toBe(true);
    expect(communityFederable({ visibility: 'PUBLIC', federationEnabled: true })).toBe(true);
  });

  it.each([
    ['federation off', { federationEnabled: false }],
    ['federation missing', { federationEnabled: undefined as unknown as boolean }],
    ['a RESTRICTED community', { visibility: 'RESTRICTED' }],
    ['a PRIVATE community', { visibility: 'PRIVATE' }],
    ['a pending post', { state: 'PENDING' }],
    ['a hidden post', { state: 'HIDDEN' }],
    ['a removed post', { state: 'REMOVED' }],
    ['a deleted post', { deletedAt: new Date() }],
    ['a pending thread', { threadState: 'PENDING' }],
    ['a removed thread', { threadState: 'REMOVED' }],
  ])('refuses %s', (_what, over) => {
    expect(postFederable(post(over as Partial<PostForFederation>))).toBe(false);
  });

  it('refuses nothing at all', () => {
    expect(postFederable(null)).toBe(false);
    expect(communityFederable(undefined)).toBe(false);
  });
});
