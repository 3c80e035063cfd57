import { queryCounter } from './support/query-counter';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, createPost, createThread, join, registerUser, world, World } from './support/factories';
import { ACCEPT, DECLINE, PROPOSE, WITHDRAW, nationalSetup, openChapter, propose } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
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

type FeedNode = {
  thread: { id: string; title: string };
  syndication: { state: string; fromLibrary: { name: string }; fromCommunity: { id: string } } | null;
};

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
    const proposals = (await ok(t, PROPOSALS, { id: national.community.id }, editor.token)).syndicationProposals.edges.map(
      (e: { node: { id: string; state: string; proposedBy: { id: string } } }) => e.node,
    );
    expect(proposals).toContainEqual(expect.objectContaining({ id, state: 'PROPOSED', proposedBy: { id: w.manager.id } }));
    expect((await feed()).map((n) => n.thread.id)).not.toContain(local.id);

    expect((await ok(t, ACCEPT, { id }, editor.token)).acceptSyndication.state).toBe('ACCEPTED');
    const entries = await feed();
    expect(entries.find((n) => n.thread.id === own.id)?.syndication).toBeNull();
    expect(entries.find((n) => n.thread.id === local.id)?.syndication).toMatchObject({
      state: 'ACCEPTED',
      fromLibrary: { name: `Bibliotheek ${w.library.slug}` },
      fromCommunity: { id: chapter.id },
    });
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
    expect(notChapter.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { threadId: [expect.stringContaining('chapter')] },
    });
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
    expect((await ok(t, DECLINE, { id, reason: 'Te lokaal' }, editor.token)).declineSyndication).toMatchObject({
      state: 'DECLINED',
      reason: 'Te lokaal',
    });
    expect(await errorCode(t, ACCEPT, { id }, editor.token)).toBe('CONFLICT');
    expect((await feed()).map((n) => n.thread.id)).not.toContain(thread.id);
    const declined = (
      await ok(t, PROPOSALS, { id: national.community.id, state: 'DECLINED' }, editor.token)
    ).syndicationProposals.edges.map((e: { node: { id: string } }) => e.node.id);
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
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [
      chapter.id,
      banned.id,
    ]);
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
    const natEvents = await listening(t, () =>
      nat.subscribe<{ communityEvents: { type: string; thread: { id: string; replyCount: number } } }>(COMMUNITY_EVENTS, {
        communityId: national.community.id,
      }),
    );
    const threadEvents = await listening(t, () =>
      reader.subscribe<{ threadEvents: { type: string; post: { body: string } } }>(THREAD_EVENTS, { threadId: thread.id }),
    );
    await ok(t, ACCEPT, { id }, editor.token);
    await createPost(t, nationalMember, thread.id, 'Landelijke reactie');
    await createPost(t, w.member, thread.id, 'Lokale reactie');
    const seen = await natEvents.waitFor(3);
    expect(seen.map((e) => [e.communityEvents.type, e.communityEvents.thread.id])).toEqual([
      ['THREAD_ADDED', thread.id],
      ['THREAD_UPDATED', thread.id],
      ['THREAD_UPDATED', thread.id],
    ]);
    expect(seen[2].communityEvents.thread.replyCount).toBe(2);
    const posts = await threadEvents.waitFor(2);
    expect(posts.map((e) => [e.threadEvents.type, e.threadEvents.post.body])).toEqual([
      ['POST_ADDED', 'Landelijke reactie'],
      ['POST_ADDED', 'Lokale reactie'],
    ]);
    await nat.close();
    await reader.close();
  });

  const Q_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
  const openingOf = async (threadId: string) =>
    (await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadId]))[0].id;
  const syndicationRow = async (id: string) =>
    (
      await t.sql<{ state: string; reason: string | null; decided_by_id: string | null }>(
        `SELECT state, reason, decided_by_id FROM syndications WHERE id = $1`,
        [id],
      )
    )[0];
  const nationalEvents = async (threadId: string) =>
    (
      await t.sql<{ type: string }>(`SELECT type FROM live_events WHERE channel = $1 AND thread_id = $2 ORDER BY seq`, [
        `community:${national.community.id}`,
        threadId,
      ])
    ).map((e) => e.type);

  it('hiding the original withdraws it nationally for good: a moderator restoring it does not bring it back, a new proposal does', async () => {
    const { thread, syndicationId } = await acceptedThread('Wordt verborgen');
    expect((await feed()).map((n) => n.thread.id)).toContain(thread.id);
    const opening = await openingOf(thread.id);
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`, { id: opening }, w.manager.token);
    expect(await syndicationRow(syndicationId)).toEqual({
      state: 'WITHDRAWN',
      reason: expect.stringContaining('hidden'),
      decided_by_id: w.manager.id,
    });
    expect((await feed()).map((n) => n.thread.id)).not.toContain(thread.id);
    expect((await feed(editor.token)).map((n) => n.thread.id)).not.toContain(thread.id);
    // The national community's listeners heard it leave, in the hiding's own transaction.
    expect(await nationalEvents(thread.id)).toEqual(['THREAD_ADDED', 'THREAD_UPDATED']);

    await ok(t, `mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: opening }, w.manager.token);
    // Readers see no syndication; the chapter's moderators see the withdrawn one.
    expect((await ok(t, THREAD, { id: thread.id })).thread.syndications).toEqual([]);
    expect((await ok(t, THREAD, { id: thread.id }, w.manager.token)).thread.syndications).toEqual([{ state: 'WITHDRAWN', showing: false }]);
    expect((await feed()).map((n) => n.thread.id)).not.toContain(thread.id);
    expect((await feed(nationalMember.token)).map((n) => n.thread.id)).not.toContain(thread.id);
    expect(await errorCode(t, Q_POST, { input: { threadId: thread.id, body: 'Weer terug?' } }, nationalMember.token)).toBe('FORBIDDEN');

    // Back nationally only through the chapter and the editors again.
    const again = await propose(t, w.manager, thread.id);
    expect(again).not.toBe(syndicationId);
    await ok(t, ACCEPT, { id: again }, editor.token);
    expect((await feed()).map((n) => n.thread.id)).toContain(thread.id);
  });

  it('removing or deleting the original, or moving it out of its chapter, withdraws its proposals and accepted syndications too', async () => {
    const removed = await acceptedThread('Wordt verwijderd');
    const opening = await openingOf(removed.thread.id);
    await ok(t, `mutation($id: ID!) { removePost(postId: $id, reason: "spam") { id } }`, { id: opening }, w.manager.token);
    expect((await syndicationRow(removed.syndicationId)).state).toBe('WITHDRAWN');
    await ok(t, `mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: opening }, w.manager.token);
    expect((await feed()).map((n) => n.thread.id)).not.toContain(removed.thread.id);

    // The author deletes the opening post of their thread.
    const deleted = await acceptedThread('Wordt gewist');
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: await openingOf(deleted.thread.id) }, w.member.token);
    expect(await syndicationRow(deleted.syndicationId)).toMatchObject({ state: 'WITHDRAWN', decided_by_id: w.member.id });
    expect((await feed()).map((n) => n.thread.id)).not.toContain(deleted.thread.id);

    // Only proposed, then hidden: the proposal is withdrawn and can no longer be accepted.
    const proposedThread = await createThread(t, w.member, chapter.id);
    const proposal = await propose(t, w.manager, proposedThread.id);
    await ok(
      t,
      `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`,
      { id: await openingOf(proposedThread.id) },
      w.manager.token,
    );
    expect((await syndicationRow(proposal)).state).toBe('WITHDRAWN');
    expect(await errorCode(t, ACCEPT, { id: proposal }, editor.token)).toBe('CONFLICT');

    // Moved to another community of the library and back: it stays out.
    const moved = await acceptedThread('Wordt verplaatst');
    const MOVE = `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`;
    await ok(t, MOVE, { t: moved.thread.id, c: w.pub.id }, w.manager.token);
    expect((await syndicationRow(moved.syndicationId)).state).toBe('WITHDRAWN');
    await ok(t, MOVE, { t: moved.thread.id, c: chapter.id }, w.manager.token);
    expect((await feed()).map((n) => n.thread.id)).not.toContain(moved.thread.id);

    // Nothing else was touched: a syndication of another thread stays accepted.
    const bystander = await acceptedThread('Blijft staan');
    await ok(
      t,
      `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`,
      { id: await openingOf((await createThread(t, w.member, chapter.id)).id) },
      w.manager.token,
    );
    expect((await syndicationRow(bystander.syndicationId)).state).toBe('ACCEPTED');
  });

  it('a chapter that stops being PUBLIC withdraws what it syndicated, for good', async () => {
    const second = await acceptedThread('Afdeling gaat dicht');
    const proposedThread = await createThread(t, w.member, chapter.id);
    const proposal = await propose(t, w.manager, proposedThread.id);
    await t.sql(`UPDATE communities SET visibility = 'PRIVATE' WHERE id = $1`, [chapter.id]);
    try {
      expect((await feed(nationalMember.token)).map((n) => n.thread.id)).not.toContain(second.thread.id);
      expect(await errorCode(t, Q_POST, { input: { threadId: second.thread.id, body: 'Hallo?' } }, nationalMember.token)).toBe('NOT_FOUND');
      expect(await syndicationRow(second.syndicationId)).toEqual({
        state: 'WITHDRAWN',
        reason: 'The chapter is no longer public.',
        decided_by_id: null,
      });
      expect((await syndicationRow(proposal)).state).toBe('WITHDRAWN');
    } finally {
      await t.sql(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [chapter.id]);
    }
    expect((await feed()).map((n) => n.thread.id)).not.toContain(second.thread.id);
    expect((await syndicationRow(second.syndicationId)).state).toBe('WITHDRAWN');
  });

  it('viewerCanReply says what createPost allows: yes for a national member on an accepted thread, no once it is withdrawn', async () => {
    const CAN = `query($id: ID!) { thread(id: $id) { viewerCanReply } }`;
    const can = async (threadId: string, who?: TestUser) =>
      (await ok(t, CAN, { id: threadId }, who?.token)).thread.viewerCanReply as boolean;
    const { thread, syndicationId } = await acceptedThread('Mag ik reageren?');
    // The national member is no member of the chapter.
    expect(await t.sql(`SELECT 1 FROM memberships WHERE community_id = $1 AND user_id = $2`, [chapter.id, nationalMember.id])).toEqual([]);
    expect(await can(thread.id, nationalMember)).toBe(true);
    expect(await can(thread.id, w.member)).toBe(true);
    expect(await can(thread.id, w.outsider)).toBe(false);
    expect(await can(thread.id)).toBe(false);
    // The same answer on a page of the national feed.
    const FEED_CAN = `query($slug: String!) { community(slug: $slug) { feed(first: 50) { edges { node { thread { id viewerCanReply } } } } } }`;
    const nodes = (await ok(t, FEED_CAN, { slug: national.community.slug }, nationalMember.token)).community.feed.edges.map(
      (e: { node: { thread: { id: string; viewerCanReply: boolean } } }) => e.node.thread,
    );
    expect(nodes.find((n: { id: string }) => n.id === thread.id)).toEqual({ id: thread.id, viewerCanReply: true });

    // Locked: no (a moderator still may); banned in the chapter: no; only proposed: no.
    await ok(t, `mutation($id: ID!) { lockThread(threadId: $id) { id } }`, { id: thread.id }, w.manager.token);
    expect(await can(thread.id, nationalMember)).toBe(false);
    expect(await can(thread.id, w.manager)).toBe(true);
    await ok(t, `mutation($id: ID!) { unlockThread(threadId: $id) { id } }`, { id: thread.id }, w.manager.token);
    const banned = await registerUser(t);
    await join(t, banned, national.community.id);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [
      chapter.id,
      banned.id,
    ]);
    expect(await can(thread.id, banned)).toBe(false);
    const proposed = await createThread(t, w.member, chapter.id);
    await propose(t, w.manager, proposed.id);
    expect(await can(proposed.id, nationalMember)).toBe(false);

    await createPost(t, nationalMember, thread.id, 'Dat mag');
    await ok(t, WITHDRAW, { id: syndicationId }, editor.token);
    expect(await can(thread.id, nationalMember)).toBe(false);
    expect(await errorCode(t, Q_POST, { input: { threadId: thread.id, body: 'Nu niet meer' } }, nationalMember.token)).toBe('FORBIDDEN');
    expect(await can(thread.id, w.member)).toBe(true);
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
    expect(
      await errorCode(
        t,
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: a.thread.id, body: 'Weg' } },
        nationalMember.token,
      ),
    ).toBe('FORBIDDEN');
  });

  it('the feed pages with cursors, without repeats or gaps, and refuses forged cursors', async () => {
    for (const title of ['Bladzijde een', 'Bladzijde twee', 'Bladzijde drie']) await acceptedThread(title);
    const all = (await feed()).map((n) => n.thread.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: FeedNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(t, FEED, { slug: national.community.slug, first: 2, after })
      ).community.feed;
      walked.push(...page.edges.map((e) => e.node.thread.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
    expect(await errorCode(t, FEED, { slug: national.community.slug, after: Buffer.from('["x","y"]').toString('base64url') })).toBe(
      'BAD_USER_INPUT',
    );
  });
  it('a feed page costs a fixed number of SQL statements, whatever its size', async () => {
    for (let i = 0; i < 22; i += 1) {
      if (i % 2) await acceptedThread(`Bulk lokaal ${i}`);
      else await createThread(t, editor, national.community.id, { title: `Bulk landelijk ${i}` });
    }
    // A literal page size: the cost limit counts a variable `first` as a page of 100.
    const PAGE = (first: number) => `query($slug: String!) { community(slug: $slug) { feed(first: ${first}) { edges { node {
      thread { id title replyCount viewerCanReply author { displayName } community { name } provenance { fromLibrary { name } } }
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
