/**
 * setCommunityVisibility (issue 18): a community's owners, its library's staff and platform admins change who can see
 * it after creation, audited; nothing that caches or pushes content keeps showing it. A differential over every way a
 * visitor reaches content — GraphQL (through the anonymous read cache), the server-rendered pages, the Atom feed, the
 * sitemap, search, a live subscription, federation — after PUBLIC → PRIVATE and again after PRIVATE → PUBLIC.
 */
import request from 'supertest';
import { LiveHub } from '@waardenet/live';
import { COMMUNITY as COMMUNITY_PAGE, THREAD as THREAD_PAGE } from '../apps/web/src/api/operations';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, createCommunity, createThread, registerUser, world, World } from './support/factories';
import { freePort } from './support/server-process';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { connectWs } from './support/ws-client';

const SET = `mutation($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }`;
const FEDERATE = `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled } }`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { id name threads(first: 10) { edges { node { id title } } } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title } }`;
const LIST = `query($libraryId: ID) { communities(first: 100, libraryId: $libraryId) { edges { node { id } } } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { edges { node { kind thread { id } community { id } } } } }`;
/** The web client's own documents, as it sends them: what the anonymous read cache stores. */
const WEB_THREAD = String(THREAD_PAGE);
const WEB_COMMUNITY = String(COMMUNITY_PAGE);
const COMMUNITY_EVENTS = `subscription($id: ID!) { communityEvents(communityId: $id) { type threadId } }`;

describe('setCommunityVisibility: who may, the audit, and every path a visitor reads by re-checks at once', () => {
  let t: TestApp;
  let w: World;
  let moderator: TestUser;
  let owner: TestUser;
  let hub: LiveHub;

  beforeAll(async () => {
    const port = await freePort();
    t = await createTestApp({ PUBLIC_URL: `http://127.0.0.1:${port}`, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1' }, { port });
    w = await world(t);
    hub = t.app.get(LiveHub);
    moderator = await registerUser(t, { displayName: 'Moderator' });
    owner = await registerUser(t, { displayName: 'Eigenaar' });
  });
  afterAll(() => t.close());

  const visibilityOf = async (id: string) =>
    (await t.sql<{ visibility: string }>(`SELECT visibility FROM communities WHERE id = $1`, [id]))[0].visibility;
  const auditCount = async (id: string) =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM moderation_actions WHERE community_id = $1`, [id]))[0].n;

  async function staffed(visibility: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') {
    const c = await createCommunity(t, w.manager, w.library.id, visibility);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MODERATOR', 'ACTIVE')`, [
      c.id,
      moderator.id,
    ]);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'OWNER', 'ACTIVE')`, [c.id, owner.id]);
    return c;
  }

  it('refuses a moderator who is not an owner, an outsider and a visitor, and changes nothing', async () => {
    const c = await staffed();
    const before = await auditCount(c.id);
    const input = { communityId: c.id, visibility: 'PRIVATE' };
    const mod = await gql(t, SET, { input }, moderator.token);
    expect(mod.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'VISIBILITY_OWNERS_OR_STAFF_ONLY' });
    expect(await errorCode(t, SET, { input }, w.outsider.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, SET, { input }, undefined)).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, SET, { input: { ...input, visibility: 'SECRET' } }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await visibilityOf(c.id)).toBe('PUBLIC');
    expect(await auditCount(c.id)).toBe(before);
  });

  it('lets an owner who is not staff change it, logged with the reason; the same value again logs nothing', async () => {
    const c = await staffed();
    const before = await auditCount(c.id);
    const done = await ok(t, SET, { input: { communityId: c.id, visibility: 'RESTRICTED', reason: 'Eerst kennismaken' } }, owner.token);
    expect(done.setCommunityVisibility.visibility).toBe('RESTRICTED');
    const [line] = await t.sql<{ action: string; actor_id: string; reason: string; details: string }>(
      `SELECT action, actor_id, reason, details FROM moderation_actions WHERE community_id = $1 ORDER BY id DESC LIMIT 1`,
      [c.id],
    );
    expect(line).toEqual({
      action: 'UPDATE_SETTINGS',
      actor_id: owner.id,
      reason: 'Eerst kennismaken',
      details: 'visibility: PUBLIC → RESTRICTED',
    });
    await ok(t, SET, { input: { communityId: c.id, visibility: 'RESTRICTED' } }, w.manager.token);
    expect(await auditCount(c.id)).toBe(before + 1);
  });

  it('PUBLIC → PRIVATE: a visitor gets nothing by query, page, feed, sitemap, search, live or federation; PRIVATE → PUBLIC: back', async () => {
    const c = await staffed();
    const word = `zichtbaarheidsproef${Date.now().toString(36)}`;
    const thread = await createThread(t, w.manager, c.id, { title: `Over ${word}`, body: `Een draad over ${word}.` });
    await ok(t, FEDERATE, { input: { communityId: c.id, enabled: true } }, w.manager.token);

    const actor = () => request(t.url).get(`/ap/actors/c-${c.id}`).set('accept', 'application/activity+json');
    const sitemap = async () => {
      const index = await request(t.url).get('/sitemap.xml');
      const parts = [...index.text.matchAll(/<loc>[^<]*?(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]);
      return (await Promise.all(parts.map((p) => request(t.url).get(p)))).map((r) => r.text).join('\n');
    };
    /** The web client's thread and community pages, anonymously: the answer and whether the read cache gave it. */
    const webPages = async () => {
      const ask = (query: string, variables: Record<string, unknown>) =>
        request(t.url).post('/graphql').set('content-type', 'application/json').send({ query, variables });
      const [th, co] = [await ask(WEB_THREAD, { id: thread.id }), await ask(WEB_COMMUNITY, { slug: c.slug })];
      return {
        shows: th.text.includes(word) && co.text.includes(thread.id),
        cached: th.headers['x-read-cache'] === 'hit' && co.headers['x-read-cache'] === 'hit',
      };
    };
    /** What a visitor gets on each path: true where the community or its thread shows. */
    const seen = async () => {
      const query = await gql(t, THREAD, { id: thread.id });
      const community = await gql(t, COMMUNITY, { slug: c.slug });
      const listed = await ok(t, LIST, { libraryId: w.library.id });
      const hits = await ok(t, SEARCH, { q: word });
      const page = await request(t.url).get(`/thread/${thread.id}`).set('accept', 'text/html');
      const communityPage = await request(t.url).get(`/community/${c.slug}`).set('accept', 'text/html');
      const feed = await request(t.url).get(`/community/${c.slug}/feed.atom`);
      return {
        query: query.data?.thread?.title === thread.title,
        community: community.data?.community?.id === c.id,
        listed: listed.communities.edges.some((e: { node: { id: string } }) => e.node.id === c.id),
        search: hits.search.edges.some((e: { node: { thread: { id: string } | null } }) => e.node.thread?.id === thread.id),
        page: page.status === 200 && page.text.includes(word),
        communityPage: communityPage.status === 200,
        feed: feed.status === 200 && feed.text.includes(word),
        sitemap: (await sitemap()).includes(thread.id),
        federation: (await actor()).status === 200,
      };
    };
    const everywhere = {
      query: true,
      community: true,
      listed: true,
      search: true,
      page: true,
      communityPage: true,
      feed: true,
      sitemap: true,
    };
    const nowhere = Object.fromEntries(Object.keys(everywhere).map((k) => [k, false]));

    // Asked twice, so the read cache and the page cache hold the answers before the change.
    await seen();
    expect(await seen()).toEqual({ ...everywhere, federation: true });
    await webPages();
    expect(await webPages()).toEqual({ shows: true, cached: true });

    const ws = connectWs(t.url);
    const before = hub.listenerCount;
    const feed = ws.subscribe(COMMUNITY_EVENTS, { id: c.id });
    await waitFor(() => hub.listenerCount > before, { what: 'the visitor listening', timeout: 10_000 });

    await ok(t, SET, { input: { communityId: c.id, visibility: 'PRIVATE', reason: 'Alleen voor de leesclub' } }, owner.token);
    expect(await seen()).toEqual({ ...nowhere, federation: false });
    expect((await webPages()).shows).toBe(false);
    // The visitor's open subscription ended; a thread started now reaches no one outside.
    await feed.waitForCompletion();
    await createThread(t, w.manager, c.id, { title: 'Binnenskamers' });
    expect(feed.received).toEqual([]);
    await ws.close();
    // Leaving PUBLIC switched federation off, in the same logged change.
    expect(
      (await t.sql<{ enabled: boolean }>(`SELECT enabled FROM federated_communities WHERE community_id = $1`, [c.id]))[0].enabled,
    ).toBe(false);
    const [line] = await t.sql<{ details: string }>(
      `SELECT details FROM moderation_actions WHERE community_id = $1 ORDER BY id DESC LIMIT 1`,
      [c.id],
    );
    expect(line.details).toBe('visibility: PUBLIC → PRIVATE; federation: on → off');
    // Members still read it.
    expect((await ok(t, THREAD, { id: thread.id }, moderator.token)).thread.id).toBe(thread.id);

    await ok(t, SET, { input: { communityId: c.id, visibility: 'PUBLIC' } }, w.manager.token);
    // Visible again everywhere; federation stays off until someone switches it on again.
    expect(await seen()).toEqual({ ...everywhere, federation: false });
    expect((await webPages()).shows).toBe(true);
    await ok(t, FEDERATE, { input: { communityId: c.id, enabled: true } }, w.manager.token);
    expect((await actor()).status).toBe(200);
  });

  it('a PRIVATE community made PUBLIC by the library staff opens to visitors', async () => {
    const c = await staffed('PRIVATE');
    expect(await errorCode(t, COMMUNITY, { slug: c.slug })).toBe('NOT_FOUND');
    await ok(t, SET, { input: { communityId: c.id, visibility: 'PUBLIC' } }, w.manager.token);
    expect((await ok(t, COMMUNITY, { slug: c.slug })).community.id).toBe(c.id);
  });
});
