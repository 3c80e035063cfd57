import { createPost, createThread, join, registerUser, world, World } from './support/factories';
import { errorCode, ok } from './support/gql';
import { makeModerator } from './support/moderation';
import { POST_RANK_WINDOW } from '@waardenet/search';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

const SEARCH = `query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    edges { cursor node { kind rank snippet thread { id title } post { id body } community { id name } item { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  kind: string;
  rank: number;
  snippet: string;
  thread: { id: string; title: string } | null;
  post: { id: string; body: string | null } | null;
  community: { id: string; name: string } | null;
}

describe('search: Dutch full-text over threads, posts and communities, only what the searcher may read', () => {
  let t: TestApp;
  let w: World;
  const hits = async (q: string, token?: string, filter?: Record<string, unknown>, first?: number, after?: string): Promise<Hit[]> =>
    (await ok(t, SEARCH, { q, filter, first, after }, token)).search.edges.map((e: { node: Hit }) => e.node);
  const postIds = async (q: string, token?: string, filter?: Record<string, unknown>) =>
    (await hits(q, token, { kind: 'POST', ...filter })).map((h) => h.post!.id);

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  }, 60_000);
  afterAll(() => t.close());

  it('stems Dutch: "bibliotheken" finds "bibliotheek", "fietsen" finds "fiets"', async () => {
    const thread = await createThread(t, w.member, w.pub.id, {
      title: 'Een middag in de stad',
      body: 'Ik ging met de fiets naar de bibliotheek.',
    });
    const found = await postIds('bibliotheken', w.outsider.token);
    const opening = (await hits('fietsen', undefined, { kind: 'POST' })).find((h) => h.thread?.id === thread.id);
    expect(found).toContain(opening?.post?.id);
    expect(opening?.snippet).toContain('<mark>fiets</mark>');
  });

  it('understands websearch syntax: "exact phrase", -without and or', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Syntax', body: 'openingspost' });
    const a = await createPost(t, w.member, th.id, 'De rode kater slaapt in de vensterbank.');
    const b = await createPost(t, w.member, th.id, 'De kater is rood en slaapt in de tuin.');
    const c = await createPost(t, w.member, th.id, 'Een hamster eet zonnebloempitten.');
    expect(await postIds('"rode kater"')).toEqual([a.id]);
    const withoutGarden = await postIds('kater -tuin');
    expect(withoutGarden).toContain(a.id);
    expect(withoutGarden).not.toContain(b.id);
    expect((await postIds('hamster or vensterbank')).sort()).toEqual([a.id, c.id].sort());
  });

  it('ranks a title match above a passing mention, and finds names and slugs unstemmed', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Zeilboten op het IJsselmeer', body: 'Wie zeilt er mee?' });
    const other = await createThread(t, w.member, w.pub.id, { title: 'Iets anders', body: 'Gisteren zag ik zeilboten voorbij varen.' });
    const found = await hits('zeilboten');
    expect(found[0]).toMatchObject({ kind: 'THREAD', thread: { id: th.id } });
    expect(found.some((h) => h.kind === 'POST' && h.thread?.id === other.id)).toBe(true);
    const ranks = found.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    const community = (await hits(w.pub.slug, undefined, { kind: 'COMMUNITY' }))[0];
    expect(community.community?.id).toBe(w.pub.id);
  });

  it('forgives a near-miss in a title (pg_trgm): "zijlboten" still finds "Zeilboten…"', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Zeilboten kijken bij de sluis', body: 'Kom ook.' });
    expect((await hits('zeilbooten', undefined, { kind: 'THREAD' })).map((h) => h.thread?.id)).toContain(th.id);
  });

  it('escapes the text of snippets: only <mark> is markup', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Escapes', body: 'tekst' });
    await createPost(t, w.member, th.id, '<script>alert(1)</script> een "kaasschaaf" < mes & vork');
    const [hit] = await hits('kaasschaaf', undefined, { kind: 'POST' });
    expect(hit.snippet).toContain('<mark>kaasschaaf</mark>&quot; &lt; mes &amp; vork');
    expect(hit.snippet).not.toContain('<script');
    expect(hit.snippet).toContain('<mark>kaasschaaf</mark>');
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it("never shows a PRIVATE or RESTRICTED community's content to outsiders, but does to members and staff", async () => {
    const insider = await registerUser(t);
    await t.sql(
      `INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE'), ($3, $2, 'MEMBER', 'ACTIVE')`,
      [w.priv.id, insider.id, w.restricted.id],
    );
    const secret = await createThread(t, insider, w.priv.id, { title: 'Geheime walvisplannen', body: 'Over de walvis in het geheim.' });
    const closed = await createThread(t, insider, w.restricted.id, { title: 'Besloten narwalplannen', body: 'Over de narwal, besloten.' });
    for (const token of [undefined, w.outsider.token, w.member.token]) {
      expect(await hits('walvis', token)).toEqual([]);
      expect(await hits('narwal', token)).toEqual([]);
      expect(await hits('walvisplannen', token, { kind: 'THREAD' })).toEqual([]);
    }
    expect((await hits('walvis', insider.token)).map((h) => h.thread?.id)).toContain(secret.id);
    expect((await hits('narwal', w.manager.token)).map((h) => h.thread?.id)).toContain(closed.id);
    expect((await hits('walvis', w.admin.token)).length).toBeGreaterThan(0);
    // The private community itself is not found by name either; the restricted one is (anyone may see its name).
    expect((await hits(w.priv.name, w.outsider.token, { kind: 'COMMUNITY' })).map((h) => h.community?.id)).not.toContain(w.priv.id);
    expect((await hits(w.restricted.name, w.outsider.token, { kind: 'COMMUNITY' })).map((h) => h.community?.id)).toContain(w.restricted.id);
    expect(await errorCode(t, SEARCH, { q: 'walvis', filter: { communityId: w.priv.id } }, w.outsider.token)).toBe('NOT_FOUND');
  });

  it('never finds HIDDEN, REMOVED, PENDING or deleted posts, nor posts of a hidden thread — for readers and moderators alike', async () => {
    const moderator = await registerUser(t);
    await makeModerator(t, moderator, w.pub.id);
    const th = await createThread(t, w.member, w.pub.id, { title: 'Moderatie', body: 'opening' });
    const hidden = await createPost(t, w.member, th.id, 'verborgen pinguïn');
    const removed = await createPost(t, w.member, th.id, 'verwijderde pinguïn');
    const deleted = await createPost(t, w.member, th.id, 'ingetrokken pinguïn');
    const kept = await createPost(t, w.member, th.id, 'zichtbare pinguïn');
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "test") { id } }`, { id: hidden.id }, moderator.token);
    await ok(t, `mutation($id: ID!) { removePost(postId: $id, reason: "test") { id } }`, { id: removed.id }, moderator.token);
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: deleted.id }, w.member.token);
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'ALL' } },
      w.manager.token,
    );
    const newcomer = await registerUser(t);
    await join(t, newcomer, w.pub.id);
    await createPost(t, newcomer, th.id, 'wachtende pinguïn');
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'OFF' } },
      w.manager.token,
    );
    for (const token of [undefined, w.member.token, newcomer.token, moderator.token]) {
      expect(await postIds('pinguïn', token)).toEqual([kept.id]);
    }
    // Hiding the opening post hides the thread: its posts drop out of search, and come back when restored.
    const opening = await t.sql(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [th.id]);
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "test") { id } }`, { id: opening[0].id }, moderator.token);
    expect(await postIds('pinguïn')).toEqual([]);
    await ok(t, `mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: opening[0].id }, moderator.token);
    expect(await postIds('pinguïn')).toEqual([kept.id]);
  });

  it('finds catalogue items by Dutch title, by creator and by ISBN as people write it', async () => {
    const [item] = await t.sql<{ id: string }>(
      `INSERT INTO collection_items (isbn13, title, creators, subjects) VALUES ('9789044352345', 'Het grote fietsenboek', '{"Vries, Jan de"}', '{Wielrennen}') RETURNING id`,
    );
    await t.sql(`INSERT INTO holdings (library_id, item_id, record_id) VALUES ($1, $2, 'r1')`, [w.library.id, item.id]);
    const itemIds = async (q: string, filter: Record<string, unknown> = {}) =>
      (await hits(q, undefined, { kind: 'ITEM', ...filter })).map((h) => (h as unknown as { item: { id: string } }).item.id);
    // New items are indexed in the background (SearchIndexer, every 500 ms): findable within seconds, not at once.
    await waitFor(async () => (await itemIds('fiets')).length > 0, { what: 'the item to be indexed', interval: 100 });
    expect(await t.sql(`SELECT item_id FROM search_items_queue`)).toEqual([]);
    expect(await itemIds('fiets')).toEqual([item.id]);
    expect(await itemIds('978-90-443-5234-5')).toEqual([item.id]);
    expect(await itemIds('Vries')).toEqual([item.id]);
    expect(await itemIds('fiets', { libraryId: w.library.id })).toEqual([item.id]);
    expect(await itemIds('fiets', { libraryId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    // A changed record (a re-import with a new title) is indexed again in its own statement.
    await t.sql(`UPDATE collection_items SET title = 'Het grote wandelboek' WHERE id = $1`, [item.id]);
    expect(await itemIds('wandelboek')).toEqual([item.id]);
    // An item's threads: narrowed to the item, its linked threads and their posts.
    const th = await createThread(t, w.member, w.pub.id, { title: 'Over het fietsenboek', body: 'Wie heeft het gelezen?' });
    await createThread(t, w.member, w.pub.id, { title: 'Een ander fietsenboek', body: 'Niet gekoppeld.' });
    await t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [th.id, item.id]);
    const about = await hits('fietsenboek', undefined, { itemId: item.id });
    expect(about.map((h) => h.thread?.id)).toEqual([th.id]);
  });

  it('ranks the newest POST_RANK_WINDOW matches of a very common word, and every match of a rarer one', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Veel berichten', body: 'openingspost' });
    // Written straight to the table (the search trigger still runs): more matching posts than the window,
    // the oldest the best match by far.
    const n = POST_RANK_WINDOW + 5;
    const rows: { id: string; seq: number }[] = await t.sql(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html, created_at)
       SELECT $1, $2, 1 + g, CASE WHEN g = 1 THEN 'kwispelstaart kwispelstaart kwispelstaart' ELSE 'een kwispelstaart en nog veel meer woorden ' || g END, '', now() - ($3 - g) * interval '1 minute'
       FROM generate_series(1, $3) g RETURNING id, seq`,
      [th.id, w.member.id, n],
    );
    const bySeq = new Map(rows.map((r) => [r.seq, r.id]));
    const found: Hit[] = [];
    for (let after: string | undefined, page; !page || page.pageInfo.hasNextPage; after = page.pageInfo.endCursor) {
      page = (await ok(t, SEARCH, { q: 'kwispelstaart', filter: { kind: 'POST' }, first: 100, after })).search;
      found.push(...page.edges.map((e: { node: Hit }) => e.node));
    }
    const ids = found.map((h) => h.post!.id);
    expect(ids).toHaveLength(POST_RANK_WINDOW);
    expect(ids).toContain(bySeq.get(1 + n)); // the newest
    expect(ids).not.toContain(bySeq.get(2)); // the oldest: outside the newest POST_RANK_WINDOW
    expect(found.map((h) => h.rank)).toEqual([...found.map((h) => h.rank)].sort((a, b) => b - a));
    // Once fewer posts match than the window holds, the oldest best match is ranked first again.
    await t.sql(`UPDATE posts SET body = 'iets anders ' || seq WHERE thread_id = $1 AND seq > 10`, [th.id]);
    expect((await hits('kwispelstaart', undefined, { kind: 'POST' }))[0].post!.id).toBe(bySeq.get(2));
  });

  it('filters by community, library and kind', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Filters', body: 'Het gaat over de vuurtoren.' });
    expect((await hits('vuurtoren', undefined, { communityId: w.pub.id })).map((h) => h.thread?.id)).toContain(th.id);
    expect(await hits('vuurtoren', w.admin.token, { communityId: w.restricted.id })).toEqual([]);
    expect((await hits('vuurtoren', undefined, { libraryId: w.library.id })).length).toBeGreaterThan(0);
    expect(await hits('vuurtoren', undefined, { libraryId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect(await hits('vuurtoren', undefined, { kind: 'THREAD' })).toEqual([]);
  });

  it('pages through hits with cursors, without repeats, and refuses a forged cursor', async () => {
    const th = await createThread(t, w.member, w.pub.id, { title: 'Paginering', body: 'eerste tulp' });
    for (let i = 0; i < 5; i++) await createPost(t, w.member, th.id, `tulp nummer ${i}${' tulp'.repeat(i)}`);
    const all = (await hits('tulp', undefined, { kind: 'POST' }, 100)).map((h) => h.post!.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await ok(t, SEARCH, { q: 'tulp', filter: { kind: 'POST' }, first: 2, after })).search;
      seen.push(...page.edges.map((e: { node: Hit }) => e.node.post!.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all).toHaveLength(6);
    expect(await errorCode(t, SEARCH, { q: 'tulp', after: Buffer.from('["x"]').toString('base64url') })).toBe('BAD_USER_INPUT');
  });

  it('refuses an empty or overlong query with a clear message', async () => {
    expect(await errorCode(t, SEARCH, { q: '   ' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, SEARCH, { q: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, SEARCH, { q: 'tulp', first: 101 })).toBe('BAD_USER_INPUT');
  });
});

describe('search: rate limited per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_SEARCH: '2/1m' });
  }, 60_000);
  afterAll(() => t.close());

  it('refuses the third search in a minute with RATE_LIMITED', async () => {
    await ok(t, SEARCH, { q: 'boek' });
    await ok(t, SEARCH, { q: 'boek' });
    expect(await errorCode(t, SEARCH, { q: 'boek' })).toBe('RATE_LIMITED');
  });
});
