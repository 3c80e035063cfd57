import request from 'supertest';
import { ReachCounter, RemoteFollowers } from '@waardenet/figures';
import { addStaff, createThread, registerUser, world, World, TestUser } from './support/factories';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const STYLE = `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { catalogueUrlTemplate } }`;
const COMMUNITY_REACH = `query($id: ID!) { communityFigures(communityId: $id, weeks: 2) {
  reach { pageViews catalogueClicks localFollowers remoteFollowers followers weeks { weekStart pageViews catalogueClicks } } } }`;

describe('Reach figures: page views, followers and catalogue clicks, counted without cookies or addresses', () => {
  let t: TestApp;
  let w: World;
  let libAdmin: TestUser;
  let counter: ReachCounter;
  let open: { id: string };
  let secret: { id: string };
  let restricted: { id: string };
  let itemId: string;

  const views = () => t.sql<Record<string, unknown>>(`SELECT * FROM reach_page_views ORDER BY page, target_id`);
  const viewsOf = async (target: string) =>
    (await t.sql<{ views: number }>(`SELECT views FROM reach_page_views WHERE target_id = $1`, [target]))[0]?.views ?? 0;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
    counter = t.app.get(ReachCounter, { strict: false });
    libAdmin = await registerUser(t);
    await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
    open = await createThread(t, w.manager, w.pub.id, { title: 'Over Hella Haasse' });
    secret = await createThread(t, w.manager, w.priv.id, { title: 'Geheim' });
    restricted = await createThread(t, w.manager, w.restricted.id, { title: 'Voor leden' });
    [{ id: itemId }] = await t.sql<{ id: string }>(
      `INSERT INTO collection_items (isbn13, title, creators) VALUES ('9789021453736', 'Het woud der verwachting', '{Hella Haasse}') RETURNING id`,
    );
    await t.sql(`INSERT INTO holdings (library_id, item_id, record_id) VALUES ($1, $2, 'PPN 123/45')`, [w.library.id, itemId]);
    await t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $3), ($2, $3)`, [open.id, secret.id, itemId]);
  }, 60_000);
  afterAll(() => t.close());

  it('counts a person’s view of a public page as a number for the day: no address, cookie or browser is stored', async () => {
    const res = await request(t.url).get(`/thread/${open.id}`).set('user-agent', BROWSER).set('cookie', 'tracking=abc').expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    await request(t.url).get(`/thread/${open.id}`).set('user-agent', BROWSER).expect(200);
    await request(t.url).get(`/community/${w.pub.slug}`).set('user-agent', BROWSER).expect(200);
    await request(t.url).get(`/library/${w.library.slug}`).set('user-agent', BROWSER).expect(200);
    await request(t.url).get(`/item/${itemId}`).set('user-agent', BROWSER).expect(200);
    await counter.flush();
    const rows = await views();
    const today = new Date().toISOString().slice(0, 10);
    const day = (d: unknown) =>
      d instanceof Date
        ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
        : String(d);
    expect(rows.sort((a, b) => String(a.page).localeCompare(String(b.page))).map((r) => ({ ...r, day: day(r.day) }))).toEqual([
      { day: today, page: 'community', target_id: w.pub.id, library_id: w.library.id, community_id: w.pub.id, views: 1 },
      { day: today, page: 'item', target_id: itemId, library_id: null, community_id: null, views: 1 },
      { day: today, page: 'library', target_id: w.library.id, library_id: w.library.id, community_id: null, views: 1 },
      { day: today, page: 'thread', target_id: open.id, library_id: w.library.id, community_id: w.pub.id, views: 2 },
    ]);
    // Nothing that tells who: the table has exactly these columns, and no value anywhere holds the address or the browser.
    const columns = await t.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'reach_page_views' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['day', 'page', 'target_id', 'library_id', 'community_id', 'views']);
    const dump = JSON.stringify(
      await t.sql(
        `SELECT * FROM reach_page_views UNION ALL SELECT day, 'click', thread_id, library_id, community_id, clicks FROM reach_catalogue_clicks`,
      ),
    );
    expect(dump).not.toMatch(/127\.0\.0\.1|::1|Mozilla|tracking/);
  });

  it('does not count bots, link previews, HEAD requests, prefetches or a request without a browser', async () => {
    const before = await viewOfOpen();
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'Mastodon/4.3.0 (http.rb/5.2.0; +https://social.example/)',
      'curl/8.5.0',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    ]) {
      await request(t.url).get(`/thread/${open.id}`).set('user-agent', ua).expect(200);
    }
    await request(t.url).get(`/thread/${open.id}`).set('user-agent', '').expect(200);
    await request(t.url).head(`/thread/${open.id}`).set('user-agent', BROWSER).expect(200);
    await request(t.url).get(`/thread/${open.id}`).set('user-agent', BROWSER).set('sec-purpose', 'prefetch').expect(200);
    await request(t.url)
      .post('/api/view')
      .set('user-agent', 'Googlebot/2.1')
      .send({ path: `/thread/${open.id}` })
      .expect(204);
    await counter.flush();
    expect(await viewOfOpen()).toBe(before);
  });
  const viewOfOpen = () => viewsOf(open.id);

  it('answers 404 for private, restricted and missing pages and counts none of them, served or beaconed', async () => {
    for (const path of [
      `/thread/${secret.id}`,
      `/thread/${restricted.id}`,
      `/thread/00000000-0000-4000-8000-000000000000`,
      `/community/${w.priv.slug}`,
    ]) {
      await request(t.url).get(path).set('user-agent', BROWSER).expect(404);
      await request(t.url).post('/api/view').set('user-agent', BROWSER).send({ path }).expect(204);
    }
    await request(t.url).post('/api/view').set('user-agent', BROWSER).send({ path: '/graphql' }).expect(204);
    await request(t.url).post('/api/view').set('user-agent', BROWSER).send({ nothing: true }).expect(204);
    await counter.flush();
    expect(await viewsOf(secret.id)).toBe(0);
    expect(await viewsOf(restricted.id)).toBe(0);
    expect(await viewsOf(w.priv.id)).toBe(0);
  });

  it('counts a view the web client reports (POST /api/view), with no cookie read or set', async () => {
    const before = await viewOfOpen();
    const res = await request(t.url)
      .post('/api/view')
      .set('user-agent', BROWSER)
      .send({ path: `/thread/${open.id}` })
      .expect(204);
    expect(res.headers['set-cookie']).toBeUndefined();
    await counter.flush();
    expect(await viewOfOpen()).toBe(before + 1);
  });

  it('redirects a click from a thread to the library’s catalogue, counts it, and is no open redirect', async () => {
    // No catalogue address yet: 404.
    await request(t.url).get(`/out/catalogue/${itemId}?thread=${open.id}`).set('user-agent', BROWSER).expect(404);
    for (const bad of [
      'javascript:alert(1)//{isbn}',
      'http://bieb.example/zoek?isbn={isbn}',
      'https://{isbn}.evil.example/',
      'https://bieb.example/zoek',
      'https://user@bieb.example/{isbn}',
    ]) {
      const res = await gql(t, STYLE, { input: { libraryId: w.library.id, catalogueUrlTemplate: bad } }, libAdmin.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.sql(`SELECT catalogue_url_template FROM libraries WHERE id = $1`, [w.library.id])).toEqual([
      { catalogue_url_template: null },
    ]);
    const template = 'https://utrecht.bibliotheek.example/catalogus?isbn={isbn}&ppn={recordId}';
    expect(
      (await ok(t, STYLE, { input: { libraryId: w.library.id, catalogueUrlTemplate: template } }, libAdmin.token)).updateLibraryStyle
        .catalogueUrlTemplate,
    ).toBe(template);

    // A server-rendered thread page (read without scripts) links its items there too.
    const second = await createThread(t, w.manager, w.pub.id, { title: 'Nog een boek' });
    await t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [second.id, itemId]);
    const html = (await request(t.url).get(`/thread/${second.id}`).set('user-agent', 'Googlebot/2.1').expect(200)).text;
    expect(html).toContain(`<a href="/out/catalogue/${itemId}?thread=${second.id}" rel="nofollow">Het woud der verwachting</a>`);
    const res = await request(t.url)
      .get(`/out/catalogue/${itemId}?thread=${open.id}&url=https://evil.example/&next=//evil.example`)
      .set('user-agent', BROWSER)
      .expect(302);
    expect(res.headers.location).toBe('https://utrecht.bibliotheek.example/catalogus?isbn=9789021453736&ppn=PPN%20123%2F45');
    expect(res.headers['set-cookie']).toBeUndefined();
    // A private thread, an item not linked to the thread, a forged id: 404, nothing counted.
    await request(t.url).get(`/out/catalogue/${itemId}?thread=${secret.id}`).set('user-agent', BROWSER).expect(404);
    const [{ id: other }] = await t.sql<{ id: string }>(`INSERT INTO collection_items (title) VALUES ('Los boek') RETURNING id`);
    await t.sql(`INSERT INTO holdings (library_id, item_id, record_id) VALUES ($1, $2, 'X1')`, [w.library.id, other]);
    await request(t.url).get(`/out/catalogue/${other}?thread=${open.id}`).set('user-agent', BROWSER).expect(404);
    await request(t.url).get(`/out/catalogue/${itemId}?thread=https://evil.example`).set('user-agent', BROWSER).expect(404);
    await request(t.url).get(`/out/catalogue/${itemId}`).set('user-agent', BROWSER).expect(404);
    // Crawlers are asked to leave the redirects alone; one that follows anyway is sent on but not counted.
    expect((await request(t.url).get('/robots.txt')).text).toContain('Disallow: /out/');
    await request(t.url).get(`/out/catalogue/${itemId}?thread=${open.id}`).set('user-agent', 'Googlebot/2.1').expect(302);
    await counter.flush();
    expect(await t.sql(`SELECT thread_id, item_id, library_id, community_id, clicks FROM reach_catalogue_clicks`)).toEqual([
      { thread_id: open.id, item_id: itemId, library_id: w.library.id, community_id: w.pub.id, clicks: 1 },
    ]);
  });

  it('shows views, followers (local and remote) and clicks in the figures and their CSVs, to those who may see the figures', async () => {
    const fan = await registerUser(t);
    await ok(t, `mutation($input: FollowInput!) { follow(input: $input) }`, { input: { communityId: w.pub.id } }, fan.token);
    t.app.get(RemoteFollowers, { strict: false }).use(async (ids) => new Map(ids.filter((id) => id === w.pub.id).map((id) => [id, 4])));

    const community = (await ok(t, COMMUNITY_REACH, { id: w.pub.id }, w.manager.token)).communityFigures.reach;
    const threadViews = await viewOfOpen();
    expect(community).toMatchObject({
      pageViews: threadViews + 1,
      catalogueClicks: 1,
      localFollowers: 1,
      remoteFollowers: 4,
      followers: 5,
    });
    expect(community.weeks).toHaveLength(2);
    expect(community.weeks[1]).toMatchObject({ pageViews: threadViews + 1, catalogueClicks: 1 });

    const library = (
      await ok(
        t,
        `query($id: ID!) { libraryFigures(libraryId: $id) { reach { pageViews followers }
      communityReach { community { id } pageViews localFollowers remoteFollowers followers catalogueClicks } } }`,
        { id: w.library.id },
        w.manager.token,
      )
    ).libraryFigures;
    // The library's own page counts for the library, not for a community.
    expect(library.reach).toEqual({ pageViews: threadViews + 2, followers: 5 });
    expect(library.communityReach.find((c: { community: { id: string } }) => c.community.id === w.pub.id)).toEqual({
      community: { id: w.pub.id },
      pageViews: threadViews + 1,
      localFollowers: 1,
      remoteFollowers: 4,
      followers: 5,
      catalogueClicks: 1,
    });

    const national = (
      await ok(
        t,
        `{ nationalDashboard { reach { pageViews followers catalogueClicks } perLibrary { library { id } pageViews followers remoteFollowers catalogueClicks } } }`,
        {},
        w.admin.token,
      )
    ).nationalDashboard;
    // Nationally the item page counts too.
    expect(national.reach).toEqual({ pageViews: threadViews + 3, followers: 5, catalogueClicks: 1 });
    expect(national.perLibrary.find((l: { library: { id: string } }) => l.library.id === w.library.id)).toEqual({
      library: { id: w.library.id },
      pageViews: threadViews + 2,
      followers: 5,
      remoteFollowers: 4,
      catalogueClicks: 1,
    });

    const csv = (path: string, token: string) =>
      request(t.url)
        .get(path)
        .set('authorization', `Bearer ${token}`)
        .expect(200)
        .then((r) => r.text.split('\r\n'));
    const communityCsv = await csv(`/api/figures/communities/${w.pub.id}.csv`, w.manager.token);
    expect(communityCsv).toEqual(
      expect.arrayContaining([
        `page_views,${threadViews + 1}`,
        'catalogue_clicks,1',
        'followers,5',
        'followers_local,1',
        'followers_remote,4',
        'week_start,page_views,catalogue_clicks',
      ]),
    );
    const libraryCsv = await csv(`/api/figures/libraries/${w.library.id}.csv`, w.manager.token);
    expect(libraryCsv).toContain('community,slug,page_views,followers,followers_local,followers_remote,catalogue_clicks');
    expect(libraryCsv.some((l) => l.endsWith(`,${w.pub.slug},${threadViews + 1},5,1,4,1`))).toBe(true);
    const nationalCsv = await csv('/api/figures/national.csv', w.admin.token);
    expect(nationalCsv[0]).toMatch(
      /^library,slug,present,facilitates_value_network,median_first_reply_seconds,page_views,followers,followers_remote,catalogue_clicks,week_/,
    );
    expect(nationalCsv.some((l) => l.includes(`,${w.library.slug},`) && l.includes(`,${threadViews + 2},5,4,1,`))).toBe(true);

    // Someone without the figures' rights gets none of it.
    expect((await gql(t, COMMUNITY_REACH, { id: w.pub.id }, fan.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(t, COMMUNITY_REACH, { id: w.pub.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await request(t.url).get(`/api/figures/libraries/${w.library.id}.csv`).set('authorization', `Bearer ${fan.token}`).expect(403);
  });
});
