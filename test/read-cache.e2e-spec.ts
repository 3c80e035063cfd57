/**
 * The anonymous read cache (libs/core/src/read-cache): anonymous reads of public thread and community
 * pages are answered from stored bytes (`x-read-cache: hit`), and a change readers see is never served
 * stale from it: a reply, an edit, a hide or removal, a ban, a move into a private community. Signed-in
 * requests never read or fill it; restricted and private content is never stored; over Redis a change on
 * one instance empties the other's cache.
 *
 * "Fresh" below is the same anonymous request with a comment added to its document: another cache key,
 * so GraphQL runs it now. A cached answer must equal it.
 */
import request from 'supertest';
import { COMMUNITY as COMMUNITY_PAGE, THREAD as THREAD_PAGE } from '../apps/web/src/api/operations';
import { THREAD_EXTRAS } from '../apps/web/src/api/operations-thread';
import { AnonymousReadCache } from '@waardenet/core/read-cache';
import { Community, Visibility } from '@waardenet/communities';
import { DataSource } from 'typeorm';
import { ok } from './support/gql';
import { TestUser, createCommunity, createPost, createThread, join, registerUser, world, World } from './support/factories';
import { describeIf } from './support/requires';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

// The web client's generated documents, as the text it sends.
const THREAD = String(THREAD_PAGE);
const COMMUNITY = String(COMMUNITY_PAGE);
const EXTRAS = String(THREAD_EXTRAS);

interface Answer {
  status: number;
  cache: string | undefined;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function post(t: TestApp, query: string, variables: Record<string, unknown>, token?: string, cookie?: string): Promise<Answer> {
  const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('accept-language', 'en');
  if (token) req.set('authorization', `Bearer ${token}`);
  if (cookie) req.set('cookie', cookie);
  const res = await req.send({ query, variables });
  const cache: string | undefined = res.headers['x-read-cache'];
  return { status: res.status, cache, text: res.text, body: res.body as Answer['body'] };
}

let freshCount = 0;
/** The same anonymous request as GraphQL answers it now (a document the cache has never seen). */
const fresh = (t: TestApp, query: string, variables: Record<string, unknown>) => post(t, `${query}\n# fresh ${++freshCount}`, variables);

/** Asks anonymously until the cache answers (an ask that misses fills it); returns the cached answer. */
async function cached(t: TestApp, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const first = await post(t, query, variables);
  if (first.cache === 'hit') return first;
  expect(first.cache).toBe('miss');
  const second = await post(t, query, variables);
  expect(second.cache).toBe('hit');
  expect(second.text).toBe(first.text);
  return second;
}

const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const HIDE = `mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`;
const REMOVE = `mutation($id: ID!) { removePost(postId: $id, reason: "Weg ermee") { id } }`;
const MOVE = `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, communityId: $to) { id } }`;
const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;

type Post = { node: { id: string; bodyHtml: string | null; state: string } };
const posts = (a: Answer) => (a.body.data!.thread.posts.edges as Post[]).map((e) => e.node);

describe('the anonymous read cache', () => {
  let t: TestApp;
  let w: World;
  let writer: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    writer = await registerUser(t, { displayName: 'Schrijver' });
    await join(t, writer, w.pub.id);
  });
  afterAll(() => t.close());

  it("serves the web client's thread and community pages from the cache, byte for byte what GraphQL answered", async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const page = await cached(t, THREAD, { id: thread.id });
    expect(page.body.data!.thread.id).toBe(thread.id);
    expect((await fresh(t, THREAD, { id: thread.id })).text).toBe(page.text);
    const community = await cached(t, COMMUNITY, { slug: w.pub.slug });
    expect(community.body.data!.community.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(thread.id);
    // Other variables are another page.
    expect((await post(t, COMMUNITY, { slug: w.pub.slug, threads: false })).cache).toBe('miss');
    // GET, with the header Apollo's CSRF rule asks for, is the same page from the same cache.
    const get = await request(t.url)
      .get('/graphql')
      .query({ query: THREAD, variables: JSON.stringify({ id: thread.id }) })
      .set('apollo-require-preflight', '1');
    expect(get.headers['x-read-cache']).toBe('hit');
    expect(get.text).toBe(page.text);
  });

  it('a reply is on the next anonymous page, and on the community page', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    await cached(t, THREAD, { id: thread.id });
    await cached(t, COMMUNITY, { slug: w.pub.slug });
    const reply = await createPost(t, writer, thread.id, 'Een nieuw antwoord');
    const after = await post(t, THREAD, { id: thread.id });
    expect(after.cache).toBe('miss');
    expect(posts(after).map((p) => p.id)).toContain(reply.id);
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
    const list = await post(t, COMMUNITY, { slug: w.pub.slug });
    expect(list.text).toBe((await fresh(t, COMMUNITY, { slug: w.pub.slug })).text);
    expect(list.body.data!.community.threads.edges.find((e: { node: { id: string } }) => e.node.id === thread.id).node.replyCount).toBe(1);
  });

  it('a reply held for approval is not on the page; once approved it is on the next anonymous page', async () => {
    const held = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: held.id, approval: 'ALL' } },
      w.manager.token,
    );
    await join(t, writer, held.id);
    const thread = await createThread(t, w.manager, held.id);
    const reply = await createPost(t, writer, thread.id, 'Wacht op goedkeuring');
    const before = await cached(t, THREAD, { id: thread.id });
    expect(posts(before).map((p) => p.id)).not.toContain(reply.id);
    await ok(t, `mutation($id: ID!) { approvePost(postId: $id) { id } }`, { id: reply.id }, w.manager.token);
    const after = await post(t, THREAD, { id: thread.id });
    expect(posts(after).find((p) => p.id === reply.id)?.bodyHtml).toContain('Wacht op goedkeuring');
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
  });

  it('an edit is on the next anonymous page', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const reply = await createPost(t, writer, thread.id, 'Eerste versie');
    await cached(t, THREAD, { id: thread.id });
    await ok(t, EDIT, { input: { postId: reply.id, body: 'Tweede versie' } }, writer.token);
    const after = await post(t, THREAD, { id: thread.id });
    expect(posts(after).find((p) => p.id === reply.id)!.bodyHtml).toContain('Tweede versie');
    expect(after.text).not.toContain('Eerste versie');
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
  });

  it('a hidden or removed post is gone from the next anonymous page', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const hidden = await createPost(t, writer, thread.id, 'Iets ongepasts');
    const removed = await createPost(t, writer, thread.id, 'Iets verbodens');
    await cached(t, THREAD, { id: thread.id });
    await ok(t, HIDE, { id: hidden.id }, w.manager.token);
    let after = await post(t, THREAD, { id: thread.id });
    expect(after.text).not.toContain('Iets ongepasts');
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
    await cached(t, THREAD, { id: thread.id });
    await ok(t, REMOVE, { id: removed.id }, w.manager.token);
    after = await post(t, THREAD, { id: thread.id });
    expect(after.text).not.toContain('Iets verbodens');
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
  });

  it('a ban: the banned member (signed in) never gets the cached page, and the anonymous community page follows', async () => {
    const banned = await registerUser(t, { displayName: 'Dwarsligger' });
    await join(t, banned, w.pub.id);
    const thread = await createThread(t, w.member, w.pub.id);
    const before = await cached(t, COMMUNITY, { slug: w.pub.slug });
    await cached(t, THREAD, { id: thread.id });
    await ok(t, BAN, { input: { communityId: w.pub.id, userId: banned.id, reason: 'Herhaaldelijk storend' } }, w.manager.token);
    const own = await post(t, THREAD, { id: thread.id }, banned.token);
    expect(own.cache).toBeUndefined();
    expect(own.body.data!.thread.viewerCanReply).toBe(false);
    expect(own.body.data!.thread.community.viewerMembership).toEqual({ state: 'BANNED' });
    const after = await post(t, COMMUNITY, { slug: w.pub.slug });
    expect(after.cache).toBe('miss');
    expect(after.text).toBe((await fresh(t, COMMUNITY, { slug: w.pub.slug })).text);
    expect(after.body.data!.community.memberCount).toBe(before.body.data!.community.memberCount - 1);
  });

  it('a thread moved into a private community is refused to visitors at once, and its community page no longer lists it', async () => {
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Verhuizende draad' });
    await cached(t, THREAD, { id: thread.id });
    await cached(t, COMMUNITY, { slug: w.pub.slug });
    await ok(t, MOVE, { id: thread.id, to: w.priv.id }, w.manager.token);
    const after = await post(t, THREAD, { id: thread.id });
    expect(after.body.data?.thread ?? null).toBeNull();
    expect(after.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(after.text).not.toContain('Verhuizende draad');
    // Refusals are never stored either.
    expect((await post(t, THREAD, { id: thread.id })).cache).toBe('miss');
    const list = await post(t, COMMUNITY, { slug: w.pub.slug });
    expect(list.text).not.toContain(thread.id);
  });

  it('a community turned private (a row change through TypeORM, as a settings mutation makes it) is refused to visitors at once', async () => {
    const closing = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const thread = await createThread(t, w.manager, closing.id, { title: 'Straks besloten' });
    await cached(t, THREAD, { id: thread.id });
    await cached(t, COMMUNITY, { slug: closing.slug });
    await t.app.get(DataSource).getRepository(Community).update({ id: closing.id }, { visibility: Visibility.PRIVATE });
    const page = await post(t, THREAD, { id: thread.id });
    expect(page.text).not.toContain('Straks besloten');
    expect(page.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const community = await post(t, COMMUNITY, { slug: closing.slug });
    expect(community.body.data?.community ?? null).toBeNull();
    expect(community.text).not.toContain(closing.name);
  });

  it("a deleted account's name and texts leave the cached pages at once", async () => {
    const leaving = await registerUser(t, { displayName: 'Vertrekkende Lezer' });
    await join(t, leaving, w.pub.id);
    const thread = await createThread(t, w.member, w.pub.id);
    await createPost(t, leaving, thread.id, 'Tekst die mee verdwijnt');
    const before = await cached(t, THREAD, { id: thread.id });
    expect(before.text).toContain('Vertrekkende Lezer');
    await ok(
      t,
      `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
      { input: { password: TEST_PASSWORD, removeContent: true } },
      leaving.token,
    );
    const after = await post(t, THREAD, { id: thread.id });
    expect(after.text).not.toContain('Vertrekkende Lezer');
    expect(after.text).not.toContain('Tekst die mee verdwijnt');
    expect(after.text).toBe((await fresh(t, THREAD, { id: thread.id })).text);
  });

  it('signed-in viewers never get cached anonymous answers, and never fill the cache', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const anonymous = await cached(t, THREAD, { id: thread.id });
    expect(anonymous.body.data!.thread.viewerCanReply).toBe(false);
    const member = await post(t, THREAD, { id: thread.id }, w.member.token);
    expect(member.cache).toBeUndefined();
    expect(member.body.data!.thread.viewerCanReply).toBe(true);
    expect(member.body.data!.thread.community.viewerMembership).toEqual({ state: 'ACTIVE' });
    // A bad token is not anonymous either: it is refused, not answered from the cache.
    const badToken = await post(t, THREAD, { id: thread.id }, 'not-a-token');
    expect(badToken.cache).toBeUndefined();
    // The web client's session cookie marks a signed-in browser: no cache either way.
    expect((await post(t, THREAD, { id: thread.id }, undefined, 'wn_refresh=abc')).cache).toBeUndefined();
    // A signed-in read first does not fill it for anyone.
    const other = await createThread(t, w.member, w.pub.id);
    await post(t, THREAD, { id: other.id }, w.member.token);
    expect((await post(t, THREAD, { id: other.id })).cache).toBe('miss');
  });

  it("the thread page's extras, with where a thread syndicated from another Waardenet comes from, are served from the cache", async () => {
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Leesclub Oeroeg' });
    await t.sql(
      `INSERT INTO syndications (thread_id, from_community_id, to_community_id, state, proposed_by_id, remote_actor_uri, offer_uri, remote_url,
                                 origin_library_name, origin_community_name, remote_told, accepted_at)
       VALUES ($1, NULL, $2, 'ACCEPTED', $3, 'https://bieb.invalid/ap/actors/c-2', 'https://bieb.invalid/ap/syndications/2',
               'https://bieb.invalid/thread/2', 'Bibliotheek Elders', 'Leesclub Elders', 'ACCEPTED', now())`,
      [thread.id, w.pub.id, w.manager.id],
    );
    const extras = await cached(t, EXTRAS, { id: thread.id });
    expect(extras.body.data!.thread.remoteProvenance).toEqual({
      instance: 'bieb.invalid',
      libraryName: 'Bibliotheek Elders',
      communityName: 'Leesclub Elders',
      url: 'https://bieb.invalid/thread/2',
    });
    expect((await fresh(t, EXTRAS, { id: thread.id })).text).toBe(extras.text);
  });

  it('restricted and private content is never stored, nor anything but a query of threads and communities', async () => {
    const stores = () => t.app.get(AnonymousReadCache).cache.stats().stores;
    const restrictedThread = await createThread(t, w.manager, w.restricted.id);
    const privateThread = await createThread(t, w.manager, w.priv.id);
    const publicThread = await createThread(t, w.member, w.pub.id);
    const before = stores();
    for (let i = 0; i < 2; i++) {
      expect((await post(t, COMMUNITY, { slug: w.restricted.slug })).cache).toBe('miss');
      expect((await post(t, COMMUNITY, { slug: w.priv.slug })).cache).toBe('miss');
      expect((await post(t, THREAD, { id: restrictedThread.id })).cache).toBe('miss');
      expect((await post(t, THREAD, { id: privateThread.id })).cache).toBe('miss');
      // A public thread asked for together with a list across communities.
      expect(
        (
          await post(t, `query($id: ID!) { thread(id: $id) { id } communities(first: 5) { edges { node { id } } } }`, {
            id: publicThread.id,
          })
        ).cache,
      ).toBe('miss');
      // Another root field, a mutation.
      expect((await post(t, `query { me { id } }`, {})).cache).toBe('miss');
    }
    expect(stores()).toBe(before);
  });
});

const REDIS_URL = process.env.REDIS_URL;
describeIf(!!REDIS_URL, 'REDIS_URL')('the anonymous read cache on two instances over Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let w: World;
  beforeAll(async () => {
    a = await createTestApp({ REDIS_URL: REDIS_URL! });
    b = await createTestApp({ REDIS_URL: REDIS_URL! }, { sameDatabaseAs: a });
    w = await world(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it("a reply and a hide made on instance A empty instance B's cached page", async () => {
    const thread = await createThread(a, w.member, w.pub.id);
    await cached(b, THREAD, { id: thread.id });
    const reply = await createPost(a, w.manager, thread.id, 'Via instantie A');
    const seen = await waitFor(
      async () => {
        const page = await post(b, THREAD, { id: thread.id });
        return posts(page).some((p) => p.id === reply.id) ? page : null;
      },
      { what: "instance B's page to show the reply made on A" },
    );
    expect(seen.text).toBe((await fresh(b, THREAD, { id: thread.id })).text);

    await cached(b, THREAD, { id: thread.id });
    await ok(a, HIDE, { id: reply.id }, w.manager.token);
    await waitFor(async () => !(await post(b, THREAD, { id: thread.id })).text.includes('Via instantie A'), {
      what: 'instance B to drop the hidden reply',
    });
  });
});
