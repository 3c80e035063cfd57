import { queryCounter } from '@waardenet/core';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, createPost, createThread, join, registerUser, world, World } from './support/factories';
import { ACCEPT, DECLINE, PROPOSE, WITHDRAW, nationalSetup, openChapter, propose } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';
import { connectWs } from './support/ws-client';

const FEED = `query($slug: String!, $first: Int, $after: String) {
  community(slug: $slug) {
    feed(first: $first, after: $after) {
      edges { node { thread { id title } syndication { state fromLibrary { name } fromCommunity { id } acceptedAt } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const THREAD = `query($id: ID!) { thread(id: $id) { id replyCount provenance { fromLibrary { name } fromCommunity { id } } syndications { state showing } } }`;
const PROPOSALS = `query($id: ID!, $state: SyndicationState) { syndicationProposals(communityId: $id, state: $state) { edges { node { id state proposedBy { id } thread { id } } } } }`;
const COMMUNITY_EVENTS = `subscription($communityId: ID!) { communityEvents(communityId: $communityId) { type thread { id title replyCount } } }`;
const THREAD_EVENTS = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) { type post { body } } }`;

type FeedNode = { thread: { id: string; title: string }; syndication: { state: string; fromLibrary: { name: string }; fromCommunity: { id: string } } | null };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('syndication: a chapter’s thread in the national feed, one thread replied to from both places', () => {
  let t: TestApp;
  let w: World;
  let editor: TestUser;
  let nationalMember: TestUser;
  let national: Awaited<ReturnType<typeof nationalSetup>>;
  let chapter: Awaited<ReturnType<typeof openChapter>>;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    national = await nationalSetup(t, w.admin, editor);
    chapter = await openChapter(t, w.manager, national.community.id, w.library.id);
    await join(t, w.member, chapter.id);
    nationalMember = await registerUser(t, { displayName: 'Landelijk lid' });
    await join(t, nationalMember, national.community.id);
  });
  afterAll(() => t.close());

  const feed = async (token?: string): Promise<FeedNode[]> =>
    (await ok(t, FEED, { slug: national.community.slug, first: 50 }, token)).community.feed.edges.map((e: { node: FeedNode }) => e.node);
  const acceptedThread = async (title: string) => {
    const thread = await createThread(t, w.member, chapter.id, { title });
    const id = await propose(t, w.manager, thread.id);
    await ok(t, ACCEPT, { id }, editor.token);
    return { thread, syndicationId: id };
  };

  it('the chapter proposes, the national editor sees the proposal and accepts: the feed shows it with its provenance', async () => {
    const own = await createThread(t, editor, national.community.id, { title: 'Landelijk onderwerp' });
    const local = await createThread(t, w.member, chapter.id, { title: 'Lokaal onderwerp' });
    const id = await propose(t, w.manager, local.id);
    const proposals = (await ok(t, PROPOSALS, { id: national.community.id }, editor.token)).syndicationProposals.edges.map((e: { node: { id: string; state: string; proposedBy: { id: string } } }) => e.node);
    expect(proposals).toContainEqual(expect.objectContaining({ id, state: 'PROPOSED', proposedBy: { id: w.manager.id } }));
    expect((await feed()).map((n) => n.thread.id)).not.toContain(local.id);

    expect((await ok(t, ACCEPT, { id }, editor.token)).acceptSyndication.state).toBe('ACCEPTED');
    const entries = await feed();
    expect(entries.find((n) => n.thread.id === own.id)?.syndication).toBeNull();
    expect(entries.find((n) => n.thread.id === local.id)?.syndication).toMatchObject({ state: 'ACCEPTED', fromLibrary: { name: `Bibliotheek ${w.library.slug}` }, fromCommunity: { id: chapter.id } });
    // Newest activity first: the local thread was created last.
    expect(entries.map((n) => n.thread.id).indexOf(local.id)).toBeLessThan(entries.map((n) => n.thread.id).indexOf(own.id));
    const thread = (await ok(t, THREAD, { id: local.id })).thread;
    expect(thread.provenance).toMatchObject({ fromLibrary: { name: `Bibliotheek ${w.library.slug}` }, fromCommunity: { id: chapter.id } });
    expect(thread.syndications).toEqual([{ state: 'ACCEPTED', showing: true }]);
    expect((await ok(t, THREAD, { id: own.id })).thread.provenance).toBeNull();
  });

  it('refuses the wrong people: proposing, deciding, reviewing and withdrawing', async () => {
    const thread = await createThread(t, w.member, chapter.id);
    expect(await errorCode(t, PROPOSE, { id: thread.id })).toBe('UNAUTHENTICATED');
    // A member, even the thread's author, and a national editor are not the chapter's side.
    for (const who of [w.member, w.outsider, editor]) expect(await errorCode(t, PROPOSE, { id: thread.id }, who.token)).toBe('FORBIDDEN');
    const id = await propose(t, w.manager, thread.id);
    for (const who of [w.manager, w.member, w.outsider, nationalMember]) {
      expect(await errorCode(t, ACCEPT, { id }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, DECLINE, { id }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, PROPOSALS, { id: national.community.id }, who.token)).toBe('FORBIDDEN');
    }
    for (const who of [w.member, w.outsider, nationalMember]) expect(await errorCode(t, WITHDRAW, { id }, who.token)).toBe('FORBIDDEN');
    const [row] = await t.sql(`SELECT state FROM syndications WHERE id = $1`, [id]);
    expect(row.state).toBe('PROPOSED');
  });

  it('only PUBLIC, VISIBLE chapter threads; one open proposal at a time', async () => {
    const plain = await createThread(t, w.member, w.pub.id);
    const notChapter = await gql(t, PROPOSE, { id: plain.id }, w.manager.token);
    expect(notChapter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { threadId: [expect.stringContaining('chapter')] } });
    const thread = await createThread(t, w.member, chapter.id);
    await propose(t, w.manager, thread.id);
    expect(await errorCode(t, PROPOSE, { id: thread.id }, w.manager.token)).toBe('CONFLICT');
    const privateChapterThread = await createThread(t, w.manager, chapter.id);
    await t.sql(`UPDATE communities SET visibility = 'RESTRICTED' WHERE id = $1`, [chapter.id]);
    try {
      expect(await errorCode(t, PROPOSE, { id: privateChapterThread.id }, w.manager.token)).toBe('BAD_USER_INPUT');
    } finally {
      await t.sql(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [chapter.id]);
    }
    const hidden = await createThread(t, w.member, chapter.id);
    await t.sql(`UPDATE threads SET state = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    expect(await errorCode(t, PROPOSE, { id: hidden.id }, w.manager.token)).toBe('BAD_USER_INPUT');
  });

  it('a declined proposal stays out of the feed, keeps its reason, and may be proposed again later', async () => {
    const thread = await createThread(t, w.member, chapter.id);
    const id = await propose(t, w.manager, thread.id);
    expect((await ok(t, DECLINE, { id, reason: 'Te lokaal' }, editor.token)).declineSyndication).toMatchObject({ state: 'DECLINED', reason: 'Te lokaal' });
    expect(await errorCode(t, ACCEPT, { id }, editor.token)).toBe('CONFLICT');
    expect((await feed()).map((n) => n.thread.id)).not.toContain(thread.id);
    const declined = (await ok(t, PROPOSALS, { id: national.community.id, state: 'DECLINED' }, editor.token)).syndicationProposals.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(declined).toContain(id);
    expect(await propose(t, w.manager, thread.id)).not.toBe(id);
  });

  it('members of the national community reply in the one thread; outsiders and the chapter’s banned may not', async () => {
    const { thread } = await acceptedThread('Samen lezen');
    await createPost(t, nationalMember, thread.id, 'Vanuit het landelijke platform');
    await createPost(t, w.member, thread.id, 'Vanuit de afdeling');
    const posts = await t.sql(`SELECT body FROM posts WHERE thread_id = $1 ORDER BY seq`, [thread.id]);
    expect(posts.map((p) => p.body).slice(1)).toEqual(['Vanuit het landelijke platform', 'Vanuit de afdeling']);
    expect((await ok(t, THREAD, { id: thread.id })).thread.replyCount).toBe(2);
    const Q = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
    expect(await errorCode(t, Q, { input: { threadId: thread.id, body: 'Ik ook' } }, w.outsider.token)).toBe('FORBIDDEN');
    const banned = await registerUser(t);
    await join(t, banned, national.community.id);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [chapter.id, banned.id]);
    expect(await errorCode(t, Q, { input: { threadId: thread.id, body: 'Toch' } }, banned.token)).toBe('FORBIDDEN');
    // Not accepted (only proposed): no grant.
    const proposed = await createThread(t, w.member, chapter.id);
    await propose(t, w.manager, proposed.id);
    expect(await errorCode(t, Q, { input: { threadId: proposed.id, body: 'Nog niet' } }, nationalMember.token)).toBe('FORBIDDEN');
  });

  it('live: the national community hears the acceptance and every reply; thread readers get the replies from either place', async () => {
    const thread = await createThread(t, w.member, chapter.id, { title: 'Live onderwerp' });
    const id = await propose(t, w.manager, thread.id);
    const nat = connectWs(t.url, nationalMember.token);
    const reader = connectWs(t.url, w.member.token);
    const natEvents = nat.subscribe<{ communityEvents: { type: string; thread: { id: string; replyCount: number } } }>(COMMUNITY_EVENTS, { communityId: national.community.id });
    const threadEvents = reader.subscribe<{ threadEvents: { type: string; post: { body: string } } }>(THREAD_EVENTS, { threadId: thread.id });
    await sleep(300);
    await ok(t, ACCEPT, { id }, editor.token);
    await createPost(t, nationalMember, thread.id, 'Landelijke reactie');
    await createPost(t, w.member, thread.id, 'Lokale reactie');
    const seen = await natEvents.waitFor(3);
    expect(seen.map((e) => [e.communityEvents.type, e.communityEvents.thread.id])).toEqual([
      ['THREAD_ADDED', thread.id], ['THREAD_UPDATED', thread.id], ['THREAD_UPDATED', thread.id],
    ]);
    expect(seen[2].communityEvents.thread.replyCount).toBe(2);
    const posts = await threadEvents.waitFor(2);
    expect(posts.map((e) => [e.threadEvents.type, e.threadEvents.post.body])).toEqual([['POST_ADDED', 'Landelijke reactie'], ['POST_ADDED', 'Lokale reactie']]);
    await nat.close();
    await reader.close();
  });

  it('hiding the original, or closing the chapter, withdraws it nationally at once', async () => {
    const { thread } = await acceptedThread('Wordt verborgen');
    expect((await feed()).map((n) => n.thread.id)).toContain(thread.id);
    const [opening] = await t.sql(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [thread.id]);
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`, { id: opening.id }, w.manager.token);
    expect((await feed()).map((n) => n.thread.id)).not.toContain(thread.id);
    expect((await feed(editor.token)).map((n) => n.thread.id)).not.toContain(thread.id);

    const second = await acceptedThread('Afdeling gaat dicht');
    await t.sql(`UPDATE communities SET visibility = 'PRIVATE' WHERE id = $1`, [chapter.id]);
    try {
      expect((await feed(nationalMember.token)).map((n) => n.thread.id)).not.toContain(second.thread.id);
      expect(await errorCode(t, `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { threadId: second.thread.id, body: 'Hallo?' } }, nationalMember.token)).toBe('NOT_FOUND');
    } finally {
      await t.sql(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [chapter.id]);
    }
    expect((await feed()).map((n) => n.thread.id)).toContain(second.thread.id);
  });

  it('either side withdraws an accepted thread: it leaves the feed, and replies from the national side stop', async () => {
    const a = await acceptedThread('Teruggetrokken door de afdeling');
    const b = await acceptedThread('Teruggetrokken door de redactie');
    expect((await ok(t, WITHDRAW, { id: a.syndicationId }, w.manager.token)).withdrawSyndication.state).toBe('WITHDRAWN');
    expect((await ok(t, WITHDRAW, { id: b.syndicationId }, editor.token)).withdrawSyndication.state).toBe('WITHDRAWN');
    expect(await errorCode(t, WITHDRAW, { id: a.syndicationId }, w.manager.token)).toBe('CONFLICT');
    const ids = (await feed()).map((n) => n.thread.id);
    expect(ids).not.toContain(a.thread.id);
    expect(ids).not.toContain(b.thread.id);
    expect((await ok(t, THREAD, { id: a.thread.id })).thread.provenance).toBeNull();
    expect(await errorCode(t, `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { threadId: a.thread.id, body: 'Weg' } }, nationalMember.token)).toBe('FORBIDDEN');
  });

  it('the feed pages with cursors, without repeats or gaps, and refuses forged cursors', async () => {
    const all = (await feed()).map((n) => n.thread.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: FeedNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await ok(t, FEED, { slug: national.community.slug, first: 2, after })).community.feed;
      walked.push(...page.edges.map((e) => e.node.thread.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
    expect(await errorCode(t, FEED, { slug: national.community.slug, after: Buffer.from('["x","y"]').toString('base64url') })).toBe('BAD_USER_INPUT');
  });
  it('a feed page costs a fixed number of SQL statements, whatever its size', async () => {
    for (let i = 0; i < 22; i += 1) {
      if (i % 2) await acceptedThread(`Bulk lokaal ${i}`);
      else await createThread(t, editor, national.community.id, { title: `Bulk landelijk ${i}` });
    }
    // A literal page size: the cost limit counts a variable `first` as a page of 100.
    const PAGE = (first: number) => `query($slug: String!) { community(slug: $slug) { feed(first: ${first}) { edges { node {
      thread { id title replyCount author { displayName } community { name } provenance { fromLibrary { name } } }
      syndication { state fromLibrary { name } fromCommunity { name } }
    } } } } }`;
    const measure = async (first: number) => {
      queryCounter.reset();
      const res = await gql(t, PAGE(first), { slug: national.community.slug }, nationalMember.token);
      expect(res.errors).toBeUndefined();
      return { count: queryCounter.count, entries: res.data!.community.feed.edges.length };
    };
    const small = await measure(3);
    const large = await measure(20);
    console.warn(`feed page: ${small.entries} entries → ${small.count} statements; ${large.entries} entries → ${large.count} statements`);
    expect(large.entries).toBe(20);
    expect(large.count).toBe(small.count);
  });
});
