import { queryCounter } from './support/query-counter';
import { gql, ok } from './support/gql';
import { TestUser, World, createCommunity, createPost, createThread, join, registerUser, world } from './support/factories';
import { nationalSetup } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@waardenet/core';
import { COMMUNITY as COMMUNITY_PAGE, THREAD } from '../apps/web/src/api/operations';

const PAGE = `query($id: ID!, $first: Int, $after: String) {
  thread(id: $id) {
    id title replyCount viewerCanReply author { displayName }
    posts(first: $first, after: $after) {
      edges { cursor node { id seq bodyHtml author { displayName } reactionCounts { kind count } viewerReactions } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const THREADS = `query($slug: String!, $first: Int) {
  community(slug: $slug) { threads(first: $first) { edges { node { id title replyCount viewerCanReply author { displayName } community { name } } } } }
}`;

/**
 * The upper bound for one page request, whatever its size: one statement per loader, not per row. It was 12,
 * then 8; since the session statement also reads the viewer's staff roles, the thread statement the viewer's
 * membership and follow, the question row and the library (ThreadsService.addColumn), and the posts statement
 * the viewer's reactions, the authors' avatars and badges (PostsService.addAuthorColumn), the web client's
 * thread page is 2 statements for a visitor and 3 signed in (the last test), and these richer pages at most 6.
 */
const BOUND = 6;
/**
 * A reply also logs two live events (the thread's and the community's: a counter upsert and an insert
 * each), and the domains that react to it inside its transaction add a fixed number: questions (1),
 * syndication (1), notifications (10: the post, thread and followers, the recipients' rights in one
 * batch, their preferences, one multi-row insert). None of it grows with the thread or its followers.
 */
const WRITE_BOUND = 12 + 4 + 12;
const KINDS = ['LIKE', 'THANKS', 'INSIGHTFUL', 'AGREE', 'CELEBRATE'];

type Node = {
  seq: number;
  bodyHtml: string;
  author: { displayName: string };
  reactionCounts: { kind: string; count: number }[];
  viewerReactions: string[];
};

describe('query count: a page of posts costs a fixed number of SQL statements, whatever its size', () => {
  let t: TestApp;
  let w: World;
  let viewer: TestUser;
  let thread: { id: string };
  let community: { id: string; slug: string };

  /** Runs one request and returns its data and the SQL statements the app sent for it. */
  async function measure(query: string, variables: Record<string, unknown>, token?: string) {
    queryCounter.reset();
    const res = await gql(t, query, variables, token);
    const count = queryCounter.count;
    const statements = [...queryCounter.statements];
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return { data: res.data as Record<string, any>, count, statements }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  /** Holds the big request to the bound and to the small one's count, showing the statements when it fails. */
  function report(what: string, big: { count: number; statements: string[] }, small: { count: number }) {
    console.warn(`SQL statements for ${what}: ${big.count} (for the smaller page: ${small.count})`);
    if (big.count > BOUND || big.count !== small.count) {
      throw new Error(
        `${what}: ${big.count} statements, ${small.count} for the smaller page (bound ${BOUND}):\n${big.statements.join('\n')}`,
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    community = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const authors: TestUser[] = [];
    for (let i = 0; i < 8; i++) authors.push(await registerUser(t, { displayName: `Schrijver ${i}` }));
    viewer = await registerUser(t, { displayName: 'Meelezer' });
    for (const u of [...authors, viewer]) await join(t, u, community.id);

    thread = await createThread(t, authors[0], community.id, { body: 'Openingsbericht' });
    const posts = [];
    for (let i = 0; i < 60; i++) posts.push(await createPost(t, authors[i % authors.length], thread.id, `Reactie **${i}**`));
    // Reactions of several kinds from several people, the viewer among them, spread over the page.
    const reactions: { postId: string; userId: string; kind: string }[] = [];
    posts.forEach((post, i) => {
      for (let r = 0; r < i % 4; r++) {
        const reactor = authors[(i + r + 1) % authors.length];
        if (reactor.id !== authors[i % authors.length].id)
          reactions.push({ postId: post.id, userId: reactor.id, kind: KINDS[(i + r) % KINDS.length] });
      }
      if (i % 3 === 0) reactions.push({ postId: post.id, userId: viewer.id, kind: KINDS[i % KINDS.length] });
    });
    await t.sql(`INSERT INTO reactions (post_id, user_id, kind) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      reactions.map((r) => r.postId),
      reactions.map((r) => r.userId),
      reactions.map((r) => r.kind),
    ]);
    for (let i = 0; i < 20; i++) await createThread(t, authors[i % authors.length], community.id);
  }, 120_000);
  afterAll(() => t.close());

  it('counts what the app sends (the counter is wired to its DataSource)', async () => {
    const { count, statements } = await measure(PAGE, { id: thread.id, first: 5 }, viewer.token);
    expect(count).toBeGreaterThan(0);
    expect(statements.some((s) => /FROM "?posts"?/.test(s))).toBe(true);
  });

  it('50 posts with authors, reactions, viewer reactions and HTML, as a logged-in member: a small constant, the same as for 10', async () => {
    const fifty = await measure(PAGE, { id: thread.id, first: 50 }, viewer.token);
    const ten = await measure(PAGE, { id: thread.id, first: 10 }, viewer.token);

    // The loaders really ran: different authors, reactions counted per kind, the viewer's own marked.
    const nodes: Node[] = fifty.data.thread.posts.edges.map((e: { node: Node }) => e.node);
    expect(nodes).toHaveLength(50);
    expect(new Set(nodes.map((n) => n.author.displayName)).size).toBe(8);
    expect(nodes.filter((n) => n.reactionCounts.length > 1).length).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.viewerReactions.length > 0).length).toBeGreaterThan(5);
    expect(nodes[2].bodyHtml).toBe('<p>Reactie <strong>1</strong></p>\n');
    const total = nodes.reduce((sum, n) => sum + n.reactionCounts.reduce((s, c) => s + c.count, 0), 0);
    const [db] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM reactions r JOIN posts p ON p.id = r.post_id WHERE p.thread_id = $1 AND p.seq <= 50`,
      [thread.id],
    );
    expect(total).toBe(db.n);

    report('50 posts', fifty, ten);
  });

  it('the next page, a visitor and a moderator cost no more per post either', async () => {
    const first = await measure(PAGE, { id: thread.id, first: 10 }, viewer.token);
    const next = await measure(PAGE, { id: thread.id, first: 50, after: first.data.thread.posts.pageInfo.endCursor }, viewer.token);
    expect(next.data.thread.posts.edges[0].node.seq).toBe(11);
    expect(next.count).toBe(first.count);

    const visitor50 = await measure(PAGE, { id: thread.id, first: 50 });
    const visitor10 = await measure(PAGE, { id: thread.id, first: 10 });
    expect(visitor50.count).toBeLessThanOrEqual(BOUND);
    expect(visitor50.count).toBe(visitor10.count);
    // Signed in costs the session's statement (which reads the staff roles too), nothing else: membership and
    // following come with the thread's statement, the viewer's own reactions with the posts'.
    const member50 = await measure(PAGE, { id: thread.id, first: 50 }, viewer.token);
    expect({ member: member50.count, statements: member50.statements }).toEqual({
      member: visitor50.count + 1,
      statements: member50.statements,
    });

    const moderator50 = await measure(PAGE, { id: thread.id, first: 50 }, w.manager.token);
    const moderator10 = await measure(PAGE, { id: thread.id, first: 10 }, w.manager.token);
    expect(moderator50.count).toBeLessThanOrEqual(BOUND);
    expect(moderator50.count).toBe(moderator10.count);
  });

  it('asking for every revision of each post on a page does not cost a statement per post', async () => {
    const withRevisions = PAGE.replace(
      'viewerReactions }',
      'viewerReactions revisionCount editedByModerator revisions { version body editorId } }',
    );
    // As a moderator: the edit history is the author's and the moderators' (a member reads it as empty lists).
    const fifty = await measure(withRevisions, { id: thread.id, first: 50 }, w.manager.token);
    const ten = await measure(withRevisions, { id: thread.id, first: 10 }, w.manager.token);
    const nodes = fifty.data.thread.posts.edges.map((e: { node: { seq: number; revisions: unknown[] } }) => e.node);
    expect(nodes[2]).toMatchObject({ revisionCount: 1, editedByModerator: false });
    expect(nodes[2].revisions).toEqual([{ version: 1, body: 'Reactie **1**', editorId: expect.any(String) }]);
    expect(fifty.count).toBe(ten.count);
    report('50 posts with revisions', fifty, ten);
  });

  it("a community's thread list with authors does not grow with its size either", async () => {
    const twenty = await measure(THREADS, { slug: community.slug, first: 20 }, viewer.token);
    const five = await measure(THREADS, { slug: community.slug, first: 5 }, viewer.token);
    expect(twenty.data.community.threads.edges).toHaveLength(20);
    expect(
      new Set(twenty.data.community.threads.edges.map((e: { node: { author: { displayName: string } } }) => e.node.author.displayName))
        .size,
    ).toBe(8);
    report('20 threads', twenty, five);
  });

  it('a reply costs the same number of statements whoever writes it', async () => {
    const post = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq author { displayName } reactionCounts { kind count } } }`;
    const a = await measure(post, { input: { threadId: thread.id, body: 'Nog een' } }, viewer.token);
    const b = await measure(post, { input: { threadId: thread.id, body: 'En nog een' } }, viewer.token);
    expect(a.count).toBeLessThanOrEqual(WRITE_BOUND);
    expect(b.count).toBe(a.count);
    expect((await ok(t, PAGE, { id: thread.id, first: 1 })).thread.replyCount).toBe(62);
  });
  it("the web client's thread page is the thread's statement and the posts' (and the session's when signed in), avatars, badges and answers included", async () => {
    const [author, expert] = await Promise.all([
      registerUser(t, { displayName: 'Vraagsteller' }),
      registerUser(t, { displayName: 'Kenner' }),
    ]);
    for (const u of [author, expert]) await join(t, u, community.id);
    const question = await createThread(t, author, community.id, { kind: 'QUESTION', body: 'Wie weet het?' });
    const answer = await createPost(t, expert, question.id, 'Ik weet het.');
    await ok(t, `mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id }, author.token);
    // Two avatars (the newest shows) and a post image (not an avatar); badges: one of this library, one from
    // before claims named a library, one revoked (none shown for it).
    const media = `INSERT INTO media (owner_id, purpose, content_type, bytes, upload_bytes, storage, variants, created_at)
      VALUES ($1, $2, 'image/webp', 1, 1, 'postgres', '[]', $3) RETURNING id`;
    await t.sql(media, [expert.id, 'AVATAR', '2026-01-01T00:00:00Z']);
    const [newest] = await t.sql<{ id: string }>(media, [expert.id, 'AVATAR', '2026-02-01T00:00:00Z']);
    await t.sql(media, [expert.id, 'POST_IMAGE', '2026-03-01T00:00:00Z']);
    const badge = `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id) VALUES ($1, $2, lower($2), 'bewijs', $3, $4)`;
    await t.sql(badge, [expert.id, 'Streekromans', 'VERIFIED', w.library.id]);
    await t.sql(badge, [expert.id, 'Dialecten', 'VERIFIED', null]);
    await t.sql(badge, [expert.id, 'Oude kaarten', 'REVOKED', w.library.id]);

    const page = String(THREAD);
    const visitor = await measure(page, { id: question.id });
    const member = await measure(page, { id: question.id }, viewer.token);
    expect({ visitor: visitor.count, member: member.count }).toEqual({ visitor: 2, member: 3 });
    type Page = { thread: { posts: { edges: { node: Record<string, unknown> }[] } } };
    const shown = (d: unknown) =>
      (d as Page).thread.posts.edges.map((e) => [e.node.author, e.node.authorExpertise, e.node.isAcceptedAnswer]);
    expect(shown(member.data)).toEqual(shown(visitor.data));
    const posts = visitor.data.thread.posts.edges.map((e: { node: Record<string, any> }) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(posts.map((p: { isAcceptedAnswer: boolean }) => p.isAcceptedAnswer)).toEqual([false, true]);
    expect(posts[1].author.avatarUrl).toBe(`/media/${newest.id}`);
    expect(posts[0].author.avatarUrl).toBeNull();
    expect(
      posts[1].authorExpertise.map((e: { topic: string; library: { name: string } | null }) => [e.topic, e.library?.name ?? null]),
    ).toEqual([
      ['Dialecten', null],
      ['Streekromans', w.library.name],
    ]);
    expect(posts[0].authorExpertise).toEqual([]);
    // A discussion asks no question row either.
    const discussion = await measure(page, { id: thread.id });
    expect(discussion.count).toBe(2);
  });

  it("the web client's community page costs the same with or without a running campaign: its banner comes with the community's statement", async () => {
    // 8 for a visitor, 11 signed in (the session, the viewer's membership and follow): the banner's own look-up made
    // them 9/12 on every community page, with a campaign or without (see CommunitiesService.addColumn).
    const expected = { visitor: 8, member: 11 };
    let asked = 0;
    const page = async (token?: string) => {
      // A document the anonymous read cache has not seen: it would answer a visitor's repeat without SQL.
      const m = await measure(`${String(COMMUNITY_PAGE)}\n# ${++asked}`, { slug: community.slug }, token);
      const campaign = m.statements.filter((q) => q.includes('template_adoptions'));
      expect(campaign).toHaveLength(1);
      expect(campaign[0]).toMatch(/FROM communities c WHERE c\.slug = \$1/);
      return m;
    };
    const both = async () => {
      const [visitor, member] = [await page(), await page(viewer.token)];
      if (visitor.count !== expected.visitor || member.count !== expected.member) {
        throw new Error(
          `community page: ${JSON.stringify({ visitor: visitor.count, member: member.count })}, expected ${JSON.stringify(expected)}:\n` +
            `${visitor.statements.join('\n')}\n\nsigned in:\n${member.statements.join('\n')}`,
        );
      }
      expect(member.data.community.campaignBanner).toEqual(visitor.data.community.campaignBanner);
      return visitor.data.community.campaignBanner as { name: string; text: string } | null;
    };
    const { community: national } = await nationalSetup(t, w.admin);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const adopt = async (name: string, from: number, to: number, bannerText: string | null) => {
      const [template] = await t.sql<{ id: string }>(
        `INSERT INTO community_templates (kind, name, national_community_id, theme, description, starter_threads, starts_on, ends_on,
           banner_text, banner_color, published_by_id)
         VALUES ('CAMPAIGN', $1, $2, 'lezen', 'Een campagne', '[]', $3, $4, $5, '#aa3300', $6) RETURNING id`,
        [name, national.id, day(from), day(to), bannerText, w.admin.id],
      );
      await t.sql(`INSERT INTO template_adoptions (template_id, library_id, community_id, adopted_by_id) VALUES ($1, $2, $3, $4)`, [
        template.id,
        w.library.id,
        community.id,
        w.manager.id,
      ]);
    };

    expect(await both()).toBeNull();
    await adopt('Voorbij', -30, -2, 'Al voorbij');
    expect(await both()).toBeNull();
    await adopt('Nederland Leest', -1, 20, 'Lees mee in november');
    // A later one without banner text does not hide it.
    await adopt('Zonder banner', -1, 20, null);
    expect(await both()).toMatchObject({ name: 'Nederland Leest', text: 'Lees mee in november' });
  });
  it('runs the hot statements prepared: parsed once per connection, counted like any other, plain inside a transaction', async () => {
    const db = new DataSource({ type: 'postgres', url: t.databaseUrl, extra: { max: 1 } });
    await db.initialize();
    try {
      const text = `SELECT id, title FROM threads WHERE id = $1`;
      const first = await preparedQuery<{ id: string; title: string }>(db, text, [thread.id]);
      const again = await preparedQuery<{ id: string; title: string }>(db, text, [thread.id]);
      expect(again).toEqual(first);
      expect(first[0].id).toBe(thread.id);
      const prepared = await db.query<{ statement: string }[]>(`SELECT statement FROM pg_prepared_statements`);
      expect(prepared.map((p) => p.statement)).toEqual([text]);
      // In a transaction it is an ordinary statement of that transaction (no name kept on its connection).
      await db.transaction((em) => preparedQuery(em, `SELECT 1 AS one WHERE $1::uuid IS NOT NULL`, [thread.id]));
      expect((await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_prepared_statements`))[0].n).toBe(1);
      // A failure is TypeORM's, as for any other statement.
      await expect(preparedQuery(db, `SELECT id FROM threads WHERE id = $1`, ['geen-uuid'])).rejects.toMatchObject({
        name: 'QueryFailedError',
        driverError: expect.objectContaining({ code: '22P02' }),
      });
    } finally {
      await db.destroy();
    }
  });
});
