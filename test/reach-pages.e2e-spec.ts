import request from 'supertest';
import { SaxesParser } from 'saxes';
import { createPost, createThread, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { DataSource } from 'typeorm';
import { CommunitiesPolicy } from '@waardenet/communities';
import { ThreadsPolicy } from '@waardenet/threads';
import { Sitemaps } from '../apps/api/src/reach/sitemap';
import { TestApp, createTestApp } from './support/test-app';

/** The crawler's view: the HTML as served, without running its scripts. */
const withoutScripts = (html: string) => html.replace(/<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g, '');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const meta = (html: string, attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];

/** Parses XML with saxes (throws on anything not well-formed) and returns the element names in order. */
function xmlElements(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => names.push(tag.local));
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
  return names;
}

describe('Reach: server-rendered pages, sitemap, feeds and oEmbed as an anonymous visitor', () => {
  let t: TestApp;
  let w: World;
  let open: { id: string; title: string };
  let hidden: { id: string; title: string };
  let restricted: { id: string; title: string };
  let secret: { id: string; title: string };
  let deleted: { id: string; title: string };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
    const style = `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`;
    await ok(
      t,
      style,
      { input: { libraryId: w.library.id, logoUrl: 'https://bieb.example/logo.png', welcomeText: 'Welkom <b>lezers</b>' } },
      w.admin.token,
    );
    open = await createThread(t, w.manager, w.pub.id, {
      title: 'Leesclub <script>alert(1)</script> over Hella Haasse',
      body: 'Wie leest er **mee**? </script><b>x</b>',
    });
    await createPost(t, w.member, open.id, 'Ik lees mee, zeker weten');
    hidden = await createThread(t, w.manager, w.pub.id, { title: 'Verborgen draad zichtbaar niet' });
    const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [hidden.id]);
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: opening.id }, w.manager.token);
    restricted = await createThread(t, w.manager, w.restricted.id, { title: 'Alleen voor leden draad' });
    secret = await createThread(t, w.manager, w.priv.id, { title: 'Geheime draad titel' });
    deleted = await createThread(t, w.member, w.pub.id, { title: 'Ingetrokken draad weg' });
    const [first] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [deleted.id]);
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: first.id }, w.member.token);
  });
  afterAll(() => t?.close());

  it('serves a public thread to a crawler: title, posts, tags, meta, Open Graph and valid JSON-LD', async () => {
    const res = await request(t.url).get(`/thread/${open.id}`).set('accept', 'text/html');
    expect(res.status).toBe(200);
    const html = withoutScripts(res.text);
    expect(html).toContain('<h1>Leesclub &lt;script&gt;alert(1)&lt;/script&gt; over Hella Haasse</h1>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Ik lees mee, zeker weten');
    expect(html).toContain('<strong>mee</strong>');
    expect(html).toMatch(/<ul class="tags"><li>lezen<\/li>/);
    expect(html).toContain(`<link rel="canonical" href="https://waardenet.example/thread/${open.id}" />`);
    expect(meta(html, 'property', 'og:title')).toContain('Leesclub');
    expect(meta(html, 'property', 'og:url')).toBe(`https://waardenet.example/thread/${open.id}`);
    expect(meta(html, 'property', 'og:site_name')).toBe('Waardenet');
    expect(meta(html, 'name', 'twitter:card')).toBe('summary');
    expect(meta(html, 'property', 'og:image')).toBe('https://bieb.example/logo.png');
    expect(meta(html, 'name', 'description')).toContain('Wie leest er mee?');
    expect(html).toContain(`href="https://waardenet.example/thread/${open.id}/feed.atom"`);
    expect(html).toContain('type="application/json+oembed"');
    const [ld] = jsonLd(res.text);
    expect(ld['@type']).toBe('DiscussionForumPosting');
    expect(ld.headline).toBe(open.title);
    expect(ld.comment).toEqual([expect.objectContaining({ '@type': 'Comment', text: 'Ik lees mee, zeker weten' })]);
    // The JSON-LD block holds no raw `<`: nothing a person wrote can close the script element.
    expect(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.text)![1]).not.toContain('<');
  });

  it('answers 404 with no title for exactly the threads GraphQL refuses an anonymous reader', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases = [
      { id: open.id, title: open.title },
      { id: hidden.id, title: hidden.title },
      { id: restricted.id, title: restricted.title },
      { id: secret.id, title: secret.title },
      { id: deleted.id, title: deleted.title },
      { id: missing, title: 'none' },
      { id: 'not-a-uuid', title: 'none' },
    ];
    for (const c of cases) {
      const viaGraphql = await gql(t, `query($id: ID!) { thread(id: $id) { id title } }`, { id: c.id });
      const readable = !!viaGraphql.data?.thread;
      const res = await request(t.url).get(`/thread/${c.id}`).set('accept', 'text/html');
      expect({ id: c.id, status: res.status }).toEqual({ id: c.id, status: readable ? 200 : 404 });
      if (!readable) expect(res.text).not.toContain(c.title.slice(0, 12));
    }
    expect((await request(t.url).get(`/community/${w.priv.slug}`)).status).toBe(404);
    expect((await request(t.url).get(`/item/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('shows a restricted community its description with noindex, and no thread titles', async () => {
    const res = await request(t.url).get(`/community/${w.restricted.slug}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<meta name="robots" content="noindex" />');
    expect(res.text).not.toContain(restricted.title);
    const pub = await request(t.url).get(`/community/${w.pub.slug}`);
    expect(pub.text).not.toContain('noindex');
    expect(pub.text).toContain(open.id);
    expect(pub.text).not.toContain(hidden.id);
    const lib = await request(t.url).get(`/library/${w.library.slug}`);
    expect(jsonLd(lib.text)[0]).toMatchObject({ '@type': 'Library', name: w.library.name, logo: 'https://bieb.example/logo.png' });
    expect(lib.text).toContain('Welkom &lt;b&gt;lezers&lt;/b&gt;');
    expect(lib.text).toContain(w.pub.name);
    expect(lib.text).not.toContain(w.priv.name);
  });

  it('lists only public things in robots.txt and the sitemaps', async () => {
    const robots = await request(t.url).get('/robots.txt');
    expect(robots.text).toContain('Disallow: /graphql');
    expect(robots.text).toContain('Sitemap: https://waardenet.example/sitemap.xml');
    const index = await request(t.url).get('/sitemap.xml');
    expect(xmlElements(index.text)).toContain('sitemapindex');
    const parts = [...index.text.matchAll(/<loc>https:\/\/waardenet\.example(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(parts).toEqual(expect.arrayContaining(['/sitemaps/threads-1.xml', '/sitemaps/communities-1.xml', '/sitemaps/libraries-1.xml']));
    const all = (await Promise.all(parts.map((p) => request(t.url).get(p)))).map((r) => r.text).join('\n');
    expect(all).toContain(`/thread/${open.id}`);
    for (const id of [hidden.id, restricted.id, secret.id, w.priv.slug, w.restricted.slug]) expect(all).not.toContain(id);
    expect((await request(t.url).get('/sitemaps/threads-2.xml')).status).toBe(404);
  });

  it('serves valid Atom feeds with ETag and 304, and 404 for what is not public', async () => {
    const feed = await request(t.url).get(`/thread/${open.id}/feed.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    const names = xmlElements(feed.text);
    expect(names.filter((n) => n === 'entry')).toHaveLength(2);
    const again = await request(t.url).get(`/thread/${open.id}/feed.atom`).set('if-none-match', feed.headers.etag);
    expect(again.status).toBe(304);
    const since = await request(t.url).get(`/thread/${open.id}/feed.atom`).set('if-modified-since', feed.headers['last-modified']);
    expect(since.status).toBe(304);
    const community = await request(t.url).get(`/community/${w.pub.slug}/feed.atom`);
    expect(xmlElements(community.text)).toContain('feed');
    expect(community.text).toContain(open.id);
    const library = await request(t.url).get(`/library/${w.library.slug}/feed.atom`);
    expect(library.text).toContain(open.id);
    expect(library.text).not.toContain(restricted.id);
    for (const path of [
      `/thread/${secret.id}/feed.atom`,
      `/thread/${restricted.id}/feed.atom`,
      `/community/${w.restricted.slug}/feed.atom`,
      `/community/${w.priv.slug}/feed.atom`,
    ]) {
      expect({ path, status: (await request(t.url).get(path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('answers oEmbed for public threads and posts, 404 for private ones; the embed page may be framed', async () => {
    const url = `https://waardenet.example/thread/${open.id}`;
    const res = await request(t.url).get('/oembed').query({ url, format: 'json' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: '1.0', type: 'rich', title: open.title });
    expect(res.body.html).toContain(`<iframe src="https://waardenet.example/embed/thread/${open.id}"`);
    const post = await request(t.url)
      .get('/oembed')
      .query({ url: `${url}#post-2`, format: 'json' });
    expect(post.body.html).toContain('#post-2');
    for (const bad of [
      `https://waardenet.example/thread/${secret.id}`,
      `https://waardenet.example/thread/${restricted.id}`,
      `https://elders.example/thread/${open.id}`,
    ]) {
      expect((await request(t.url).get('/oembed').query({ url: bad, format: 'json' })).status).toBe(404);
    }
    const embed = await request(t.url).get(`/embed/thread/${open.id}`);
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.text).toContain('Ik lees mee, zeker weten');
    const page = await request(t.url).get(`/thread/${open.id}`);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await request(t.url).get(`/embed/thread/${secret.id}`)).status).toBe(404);
  });

  it('serves an item with its ISBN, Book JSON-LD and only its readable threads; the sitemap lists items with a public thread only', async () => {
    const insert = `INSERT INTO collection_items (title, creators, subjects, identifiers, isbn13, publisher, year) VALUES ($1, $2, '{}', '{}', $3, 'Querido', 1947) RETURNING id`;
    const [book] = await t.sql<{ id: string }>(insert, ['De avonden', ['Gerard Reve'], '9789021400655']);
    const [quiet] = await t.sql<{ id: string }>(insert, ['Stil boek', ['Niemand'], '9789021400662']);
    const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
    const about = (
      await ok(
        t,
        CREATE,
        { input: { communityId: w.pub.id, title: 'Over De avonden', body: 'Wie las het?', itemIds: [book.id] } },
        w.manager.token,
      )
    ).createThread;
    const closed = (
      await ok(
        t,
        CREATE,
        { input: { communityId: w.priv.id, title: 'Geheim over stil boek', body: 'x', itemIds: [quiet.id, book.id] } },
        w.manager.token,
      )
    ).createThread;
    const res = await request(t.url).get(`/item/${book.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('ISBN 9789021400655');
    expect(res.text).toContain(about.id);
    expect(res.text).not.toContain(closed.id);
    expect(jsonLd(res.text)[0]).toMatchObject({
      '@type': 'Book',
      name: 'De avonden',
      isbn: '9789021400655',
      author: [{ '@type': 'Person', name: 'Gerard Reve' }],
    });
    const items = await request(t.url).get('/sitemaps/items-1.xml');
    expect(items.text).toContain(`/item/${book.id}`);
    expect(items.text).not.toContain(quiet.id);
  });

  it('shows a new post at once: a domain event clears the page cache', async () => {
    const before = await request(t.url).get(`/thread/${open.id}`);
    expect(before.text).not.toContain('Nieuw antwoord na de cache');
    await createPost(t, w.member, open.id, 'Nieuw antwoord na de cache');
    const after = await request(t.url).get(`/thread/${open.id}`);
    expect(after.text).toContain('Nieuw antwoord na de cache');
  });

  it('splits the sitemap into parts of at most the limit, each keyset-paged without gaps or overlaps', async () => {
    const get = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
    const small = new Sitemaps(get(DataSource), get(CommunitiesPolicy), get(ThreadsPolicy), 'https://waardenet.example', 1);
    const index = await small.index();
    const threadParts = [...index.matchAll(/\/sitemaps\/(threads-\d+)\.xml/g)].map((m) => m[1]);
    const [{ count }] = await t.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM threads t JOIN communities c ON c.id = t.community_id WHERE c.visibility = 'PUBLIC' AND t.state = 'VISIBLE'`,
    );
    expect(threadParts).toHaveLength(count);
    const urls = (await Promise.all(threadParts.map((p, i) => small.part('threads', i + 1)))).flatMap((xml) =>
      [...xml!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
    );
    expect(new Set(urls).size).toBe(count);
    expect(await small.part('threads', count + 1)).toBeNull();
    expect(await small.part('nonsense', 1)).toBeNull();
  });
});
