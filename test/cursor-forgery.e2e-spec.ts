import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, isObjectType } from 'graphql';
import { gql, ok } from './support/gql';
import { TestUser, createPost, createThread, world, World } from './support/factories';
import { contentItem, nationalSetup, openChapter, propose } from './support/permission-cases-network';
import { forgedCursor } from './support/cursors';
import { TestApp, createTestApp } from './support/test-app';
import { rawSocket } from './support/ws-client';

/**
 * Every list's `after:` is read by one codec (libs/core/src/pagination): a cursor the server did not write for
 * that list is BAD_USER_INPUT with reason CURSOR_INVALID, never a server error. The fields are collected from the
 * schema, so a new list without a case here fails the first test.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;
type Case = {
  doc: string;
  vars: () => Record<string, unknown>;
  as?: () => TestUser;
  page: (data: Answer) => { pageInfo: { endCursor: string | null } };
};

const PAGE = 'pageInfo { endCursor }';

describe('forged cursors on every list are refused as CURSOR_INVALID', () => {
  let t: TestApp;
  let w: World;
  let ids: { thread: string; item: string; national: string; nationalSlug: string };

  const CASES: Record<string, Case> = {
    'Query.communities': {
      doc: `query($after: String) { communities(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.communities,
    },
    'Query.myCommunities': {
      doc: `query($after: String) { myCommunities(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      as: () => w.member,
      page: (d) => d.myCommunities,
    },
    'Query.libraries': {
      doc: `query($after: String) { libraries(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.libraries,
    },
    'Query.contentItems': {
      doc: `query($after: String) { contentItems(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.contentItems,
    },
    'Query.expertiseClaims': {
      doc: `query($after: String) { expertiseClaims(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.expertiseClaims,
    },
    'Query.expertiseLog': {
      doc: `query($after: String, $lib: ID!) { expertiseLog(first: 1, after: $after, libraryId: $lib) { ${PAGE} } }`,
      vars: () => ({ lib: w.library.id }),
      page: (d) => d.expertiseLog,
    },
    'Query.items': { doc: `query($after: String) { items(first: 1, after: $after) { ${PAGE} } }`, vars: () => ({}), page: (d) => d.items },
    'Query.libraryAuditLog': {
      doc: `query($after: String, $lib: ID!) { libraryAuditLog(first: 1, after: $after, libraryId: $lib) { ${PAGE} } }`,
      vars: () => ({ lib: w.library.id }),
      page: (d) => d.libraryAuditLog,
    },
    'Query.modLog': {
      doc: `query($after: String) { modLog(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.modLog,
    },
    'Query.moderationQueue': {
      doc: `query($after: String, $c: ID!) { moderationQueue(first: 1, after: $after, communityId: $c) { ${PAGE} } }`,
      vars: () => ({ c: w.pub.id }),
      page: (d) => d.moderationQueue,
    },
    'Query.notifications': {
      doc: `query($after: String) { notifications(first: 1, after: $after) { ${PAGE} } }`,
      vars: () => ({}),
      as: () => w.member,
      page: (d) => d.notifications,
    },
    'Query.publicModLog': {
      doc: `query($after: String, $c: ID!) { publicModLog(first: 1, after: $after, communityId: $c) { ${PAGE} } }`,
      vars: () => ({ c: w.pub.id }),
      page: (d) => d.publicModLog,
    },
    'Query.reports': {
      doc: `query($after: String, $c: ID!) { reports(first: 1, after: $after, communityId: $c) { ${PAGE} } }`,
      vars: () => ({ c: w.pub.id }),
      page: (d) => d.reports,
    },
    'Query.search': {
      doc: `query($after: String) { search(first: 1, after: $after, query: "fiets") { ${PAGE} } }`,
      vars: () => ({}),
      page: (d) => d.search,
    },
    'Query.syndicationProposals': {
      doc: `query($after: String, $c: ID!) { syndicationProposals(first: 1, after: $after, communityId: $c) { ${PAGE} } }`,
      vars: () => ({ c: ids.national }),
      page: (d) => d.syndicationProposals,
    },
    'Query.unansweredQuestions': {
      doc: `query($after: String, $lib: ID!) { unansweredQuestions(first: 1, after: $after, libraryId: $lib) { ${PAGE} } }`,
      vars: () => ({ lib: w.library.id }),
      page: (d) => d.unansweredQuestions,
    },
    'Community.chapters': {
      doc: `query($after: String, $s: String!) { community(slug: $s) { chapters(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ s: ids.nationalSlug }),
      page: (d) => d.community.chapters,
    },
    'Community.feed': {
      doc: `query($after: String, $s: String!) { community(slug: $s) { feed(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ s: w.pub.slug }),
      page: (d) => d.community.feed,
    },
    'Community.members': {
      doc: `query($after: String, $s: String!) { community(slug: $s) { members(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ s: w.pub.slug }),
      page: (d) => d.community.members,
    },
    'Community.threads': {
      doc: `query($after: String, $s: String!) { community(slug: $s) { threads(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ s: w.pub.slug }),
      page: (d) => d.community.threads,
    },
    'CollectionItem.threads': {
      doc: `query($after: String, $id: ID!) { item(id: $id) { threads(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ id: ids.item }),
      page: (d) => d.item.threads,
    },
    'Thread.posts': {
      doc: `query($after: String, $id: ID!) { thread(id: $id) { posts(first: 1, after: $after) { ${PAGE} } } }`,
      vars: () => ({ id: ids.thread }),
      page: (d) => d.thread.posts,
    },
  };
  const SUBSCRIPTIONS: Record<string, { doc: string; vars: () => Record<string, unknown> }> = {
    'Subscription.threadEvents': {
      doc: `subscription($after: String, $id: ID!) { threadEvents(threadId: $id, after: $after) { type } }`,
      vars: () => ({ id: ids.thread }),
    },
    'Subscription.communityEvents': {
      doc: `subscription($after: String, $id: ID!) { communityEvents(communityId: $id, after: $after) { type } }`,
      vars: () => ({ id: w.pub.id }),
    },
  };

  const unwrap = (cursor: string): unknown[] => JSON.parse(Buffer.from(cursor, 'base64url').subarray(1).toString('utf8'));
  /** The cursors a forger might send: not ours at all, the old unversioned form, and a version-1 envelope of junk. */
  const JUNK = [
    'zomaar-iets',
    '%%%',
    Buffer.from('["x","y"]').toString('base64url'),
    Buffer.from('["1"]').toString('base64url'),
    forgedCursor('posts', [{ $gt: '' }]),
    forgedCursor('posts', { a: 1 }),
  ];

  async function refusal(doc: string, vars: Record<string, unknown>, as = w.admin) {
    const res = await gql(t, doc, vars, as.token);
    return { code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason };
  }
  const INVALID = { code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID' };

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    // Every list gets a row, so each is tried with its own cursor tampered too.
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Een fiets kopen', kind: 'QUESTION' });
    const reply = await createPost(t, w.manager, thread.id, 'Een fiets uit de bibliotheek');
    const pending = await createPost(t, w.member, thread.id, 'Nog een fiets');
    await t.sql(`UPDATE posts SET state = 'PENDING' WHERE id = $1`, [pending.id]);
    await createThread(t, w.member, w.pub.id, { title: 'Nog een vraag', kind: 'QUESTION' });
    const [item] = await t.sql<{ id: string }>(`INSERT INTO collection_items (title) VALUES ('Het fietsenboek') RETURNING id`);
    await t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [thread.id, item.id]);
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: reply.id, reason: 'SPAM' } },
      w.member.token,
    );
    await t.sql(`UPDATE communities SET public_mod_log = true WHERE id = $1`, [w.pub.id]);
    await ok(t, `mutation($id: ID!) { lockThread(threadId: $id, reason: "Klaar") { id } }`, { id: thread.id }, w.manager.token);
    const claim = (topic: string) =>
      ok(
        t,
        `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
        { input: { topic, evidence: 'Twintig jaar fietsenmaker', libraryId: w.library.id } },
        w.member.token,
      );
    await claim('Fietsen');
    const verified = (await claim('Banden plakken')).claimExpertise.id;
    await ok(
      t,
      `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`,
      { input: { expertiseId: verified, libraryId: w.library.id } },
      w.admin.token,
    );
    await contentItem(t, w.manager, w.library.id);
    const national = await nationalSetup(t, w.admin);
    const chapter = await openChapter(t, w.admin, national.community.id, w.library.id);
    await propose(t, w.admin, (await createThread(t, w.admin, chapter.id, { title: 'Voor iedereen' })).id);
    ids = { thread: thread.id, item: item.id, national: national.community.id, nationalSlug: national.community.slug };
  });
  afterAll(() => t.close());

  it('has a case for every field of the schema that takes `after`', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const paged = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => f.args.some((a) => a.name === 'after'))
          .map((f) => `${type.name}.${f.name}`),
      );
    expect(paged.length).toBeGreaterThan(20);
    expect(paged.filter((f) => !(f in CASES) && !(f in SUBSCRIPTIONS)).sort()).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s: junk, another list’s cursor and each tampered part are CURSOR_INVALID', async (field) => {
    const c = CASES[field];
    const as = c.as?.() ?? w.admin;
    const first = c.page(await ok(t, c.doc, c.vars(), as.token));
    for (const after of JUNK) expect({ after, ...(await refusal(c.doc, { ...c.vars(), after }, as)) }).toEqual({ after, ...INVALID });
    // A real cursor of another list, of a well-formed shape, is still not a cursor of this one.
    const other = field === 'Thread.posts' ? CASES['Query.libraries'] : CASES['Thread.posts'];
    const foreign = other.page(await ok(t, other.doc, other.vars(), w.admin.token)).pageInfo.endCursor!;
    expect(await refusal(c.doc, { ...c.vars(), after: foreign }, as)).toEqual(INVALID);
    // This list's own cursor with one part replaced by something of no part's shape, or one part too many.
    const own = first.pageInfo.endCursor;
    expect({ field, seeded: !!own }).toEqual({ field, seeded: true });
    if (own) {
      const [list, ...values] = unwrap(own);
      for (let i = 0; i < values.length; i++) {
        for (const junk of [{ $gt: '' }, null, [1]]) {
          const tampered = forgedCursor(
            list as string,
            values.map((v, j) => (j === i ? junk : v)),
          );
          expect({ i, junk, ...(await refusal(c.doc, { ...c.vars(), after: tampered }, as)) }).toEqual({ i, junk, ...INVALID });
        }
      }
      expect(await refusal(c.doc, { ...c.vars(), after: forgedCursor(list as string, [...values, 1]) }, as)).toEqual(INVALID);
      expect(c.page(await ok(t, c.doc, { ...c.vars(), after: own }, as.token)).pageInfo).toBeDefined();
    }
  });

  it.each(Object.keys(SUBSCRIPTIONS))('%s: a forged `after` is CURSOR_INVALID', async (field) => {
    const s = rawSocket(t.url);
    await s.init(w.admin.token);
    const { doc, vars } = SUBSCRIPTIONS[field];
    JUNK.forEach((after, n) => s.send({ id: `j${n}`, type: 'subscribe', payload: { query: doc, variables: { ...vars(), after } } }));
    for (let n = 0; n < JUNK.length; n++) {
      const frame = await s.waitFor((m) => m.id === `j${n}` && m.type !== 'next');
      const [error] = frame.payload as { extensions: { code: string; reason: string } }[];
      expect({ after: JUNK[n], code: error.extensions.code, reason: error.extensions.reason }).toEqual({ after: JUNK[n], ...INVALID });
    }
    s.ws.close();
  });
});
