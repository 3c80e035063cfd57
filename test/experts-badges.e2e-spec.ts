import { queryCounter } from './support/query-counter';
import { gql, ok } from './support/gql';
import { TestUser, World, createPost, createThread, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const PAGE = `query($id: ID!, $first: Int) {
  thread(id: $id) {
    id acceptedAnswer { id } timeToFirstReplySeconds
    posts(first: $first) { edges { node { id author { displayName } isAcceptedAnswer authorExpertise { topic state library { name } } } } }
  }
}`;
/** The bound of test/query-count.e2e-spec.ts for one page of posts, whatever its size. */
const BOUND = 12;

type Node = {
  id: string;
  author: { displayName: string };
  isAcceptedAnswer: boolean;
  authorExpertise: { topic: string; state: string; library: { name: string } }[];
};

describe('expert badges: each post carries its author’s verified expertise, at a fixed cost per page', () => {
  let t: TestApp;
  let w: World;
  let thread: { id: string };
  let authors: TestUser[];

  async function measure(first: number) {
    queryCounter.reset();
    const res = await gql(t, PAGE, { id: thread.id, first }, w.outsider.token);
    const count = queryCounter.count;
    const statements = [...queryCounter.statements];
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return { nodes: res.data!.thread.posts.edges.map((e: { node: Node }) => e.node) as Node[], count, statements };
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    authors = [];
    for (let i = 0; i < 8; i++) {
      const a = await registerUser(t, { displayName: `Schrijver ${i}` });
      await join(t, a, w.pub.id);
      authors.push(a);
    }
    // Even-numbered authors are verified experts on two topics; odd ones only claimed one (no badge).
    for (const [i, a] of authors.entries()) {
      for (const topic of i % 2 === 0 ? [`Vogels ${i}`, `Bomen ${i}`] : [`Claim ${i}`]) {
        const c = await ok(
          t,
          `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
          { input: { topic, evidence: 'bewijs', libraryId: w.library.id } },
          a.token,
        );
        if (i % 2 === 0) {
          await ok(
            t,
            `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`,
            { input: { expertiseId: c.claimExpertise.id, libraryId: w.library.id } },
            w.manager.token,
          );
        }
      }
    }
    thread = await createThread(t, authors[0], w.pub.id, { kind: 'QUESTION' });
    for (let i = 0; i < 55; i++) await createPost(t, authors[i % authors.length], thread.id, `Antwoord ${i}`);
  }, 120_000);
  afterAll(() => t.close());

  it('shows verified expertise only, with the library that verified it', async () => {
    const { nodes } = await measure(10);
    const byAuthor = new Map(nodes.map((n) => [n.author.displayName, n.authorExpertise]));
    expect(byAuthor.get('Schrijver 0')).toEqual([
      { topic: 'Bomen 0', state: 'VERIFIED', library: { name: expect.any(String) } },
      { topic: 'Vogels 0', state: 'VERIFIED', library: { name: expect.any(String) } },
    ]);
    expect(byAuthor.get('Schrijver 1')).toEqual([]);
  });

  it('50 posts with badges and accepted-answer marks cost the same statements as 10', async () => {
    const fifty = await measure(50);
    const ten = await measure(10);
    expect(fifty.nodes).toHaveLength(50);
    expect(fifty.nodes.filter((n) => n.authorExpertise.length === 2)).toHaveLength(26);
    console.warn(`SQL statements for 50 posts with expert badges: ${fifty.count} (for 10: ${ten.count})`);
    if (fifty.count > BOUND || fifty.count !== ten.count)
      throw new Error(`${fifty.count} statements for 50, ${ten.count} for 10:\n${fifty.statements.join('\n')}`);
  });
});
