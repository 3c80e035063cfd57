import request from 'supertest';
import { seedDemoIfEmpty } from '../apps/api/src/demo/seed-demo';
import { DEMO_PASSWORD } from '../apps/api/src/demo/demo-content';
import { LOGIN } from './support/factories';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

/**
 * The demo that `npm start` seeds into an empty database (issue 18 ask 9), seeded here into a test database
 * and checked point by point as its visitors and demo accounts would meet it.
 */
describe('the demo seed presents well', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const login = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, (await ok(t, LOGIN, { input: { email, password: DEMO_PASSWORD } })).login.accessToken);
    return tokens.get(email);
  };

  beforeAll(async () => {
    // The demo's own rate limits (as `npm start` runs it), not the tests' generous ones.
    t = await createTestApp({ PUBLIC_URL: 'https://waardenet.example', RATE_LIMIT_THREADS_NEW_USER: '1/1m' });
    expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
  }, 60_000);
  afterAll(() => t?.close());

  it('demo accounts have @handles and are not held back by the new-account limits', async () => {
    const users = await t.sql<{ email: string; handle: string | null; old: boolean }>(
      `SELECT email, handle, created_at < now() - interval '2 days' AS old FROM users ORDER BY email`,
    );
    expect(users.length).toBeGreaterThanOrEqual(4);
    for (const u of users)
      expect({ email: u.email, handle: /^[a-z0-9]{3,}$/.test(u.handle ?? ''), old: u.old }).toEqual({
        email: u.email,
        handle: true,
        old: true,
      });
    const reader = await login('lezer@waardenet.demo');
    const [community] = await t.sql<{ id: string }>(`SELECT id FROM communities WHERE slug = 'utrechtse-geschiedenis'`);
    for (const title of ['Eerste vraag van vandaag', 'Tweede vraag van vandaag']) {
      const res = await gql(
        t,
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { communityId: community.id, title, body: 'Wie weet dit?' } },
        reader,
      );
      expect(res.errors?.[0]?.extensions?.reason).toBeUndefined();
    }
  });

  it('the content database holds items the national foundation shares', async () => {
    const manager = await login('beheerder@waardenet.demo');
    const data = await ok(t, `query { contentItems(first: 20) { edges { node { title } } } }`, {}, manager);
    expect(data.contentItems.edges.length).toBeGreaterThanOrEqual(2);
  });

  it("the national community's page lists its chapters", async () => {
    const data = await ok(t, `query { community(slug: "klimaat-en-duurzaamheid") { chapters(first: 20) { edges { node { slug } } } } }`);
    expect(data.community.chapters.edges.map((e: { node: { slug: string } }) => e.node.slug)).toContain('klimaat-utrecht');
  });

  it("a library's page shows its communities, its coming events and its experts; restricted events only to members", async () => {
    const data = await ok(t, `query { library(slug: "bibliotheek-utrecht") { events { title community { slug } } } }`);
    expect(data.library.events.map((e: { title: string }) => e.title)).toEqual(['Lezing: Utrecht rond 1900, met Dr. Sanne Bakker']);
    const asReader = await ok(
      t,
      `query { library(slug: "bibliotheek-utrecht") { events { title viewerRsvp } } }`,
      {},
      await login('lezer@waardenet.demo'),
    );
    expect(asReader.library.events).toEqual([
      { title: 'Lezing: Utrecht rond 1900, met Dr. Sanne Bakker', viewerRsvp: 'GOING' },
      { title: 'Leesclub: het boek van december', viewerRsvp: 'GOING' },
    ]);
    const page = await request(t.url).get('/library/bibliotheek-utrecht');
    expect(page.status).toBe(200);
    for (const text of [
      'Utrechtse geschiedenis',
      'Leesclub Thrillers',
      'Klimaat &amp; duurzaamheid – Bibliotheek Utrecht',
      'Lezing: Utrecht rond 1900',
    ])
      expect(page.text).toContain(text);
    expect(page.text).not.toContain('Leesclub: het boek van december');
    expect(page.text).not.toContain('Schrijfgroep Utrecht');
    // The library's verified expert, with the topic it vouches for (the page lists them); the national foundation verified none.
    const experts = await ok(
      t,
      `query { library(slug: "bibliotheek-utrecht") { verifiedExpertise { topic user { displayName handle } } } }`,
    );
    expect(experts.library.verifiedExpertise).toEqual([
      { topic: 'Utrechtse geschiedenis', user: { displayName: 'Dr. Sanne Bakker', handle: 'drsannebakker' } },
    ]);
    expect((await ok(t, `query { library(slug: "bibliotheek-nl") { verifiedExpertise { topic } } }`)).library.verifiedExpertise).toEqual(
      [],
    );
  });

  it("search snippets are plain text, never the posts' markdown", async () => {
    const data = await ok(t, `query { search(query: "smederij") { edges { node { kind snippet } } } }`);
    const snippets: string[] = data.search.edges.map((e: { node: { snippet: string } }) => e.node.snippet);
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) {
      expect(s).not.toMatch(/\*\*|__|`|^#|\]\(/);
      expect(s).toContain('<mark>smederij</mark>');
    }
  });

  it('an expert badge shows only in the communities of the library that verified it', async () => {
    const badges = async (communitySlug: string) => {
      const [thread] = await t.sql<{ id: string }>(
        `SELECT t.id FROM threads t JOIN communities c ON c.id = t.community_id JOIN posts p ON p.thread_id = t.id
          JOIN users u ON u.id = p.author_id WHERE c.slug = $1 AND u.email = 'expert@waardenet.demo' LIMIT 1`,
        [communitySlug],
      );
      expect(thread).toBeDefined();
      const data = await ok(
        t,
        `query($id: ID!) { thread(id: $id) { posts(first: 50) { edges { node { author { email } authorExpertise { topic } } } } } }`,
        { id: thread.id },
        await login('admin@waardenet.demo'),
      );
      return data.thread.posts.edges
        .map((e: { node: { author: { email: string }; authorExpertise: { topic: string }[] } }) => e.node)
        .filter((p: { author: { email: string } }) => p.author.email === 'expert@waardenet.demo')
        .flatMap((p: { authorExpertise: { topic: string }[] }) => p.authorExpertise.map((x) => x.topic));
    };
    expect(await badges('utrechtse-geschiedenis')).toContain('Utrechtse geschiedenis');
    expect(await badges('klimaat-en-duurzaamheid')).toEqual([]);
  });

  it("an item shows its ISBN and a link to the library's own catalogue; a signed-in reader may start a conversation about it", async () => {
    const data = await ok(t, `query { item(isbn: "9789045047317") { id isbn13 holdings { library { slug } catalogueUrl } } }`);
    expect(data.item.isbn13).toBe('9789045047317');
    expect(data.item.holdings).toEqual([
      { library: { slug: 'bibliotheek-utrecht' }, catalogueUrl: 'https://catalogus.bibliotheek-utrecht.example/titel/UTR-9789045047317' },
    ]);
    const page = await request(t.url).get(`/item/${data.item.id}`);
    expect(page.text).toContain('ISBN 9789045047317');
  });
});
