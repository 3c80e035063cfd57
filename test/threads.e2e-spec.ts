import { errorCode, gql, ok } from './support/gql';
import { World, createCommunity, createPost, createThread, join, registerUser, world } from './support/factories';
import { forgedCursor } from './support/cursors';
import { TestApp, createTestApp } from './support/test-app';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id title kind replyCount pinned locked author { id } community { id } }
}`;
const THREAD_POSTS = `query($id: ID!, $first: Int, $after: String) {
  thread(id: $id) {
    id title replyCount
    posts(first: $first, after: $after) {
      edges { cursor node { id seq body bodyHtml author { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const COMMUNITY_THREADS = `query($slug: String!, $first: Int, $after: String) {
  community(slug: $slug) {
    threads(first: $first, after: $after) { edges { cursor node { id title pinned } } pageInfo { hasNextPage endCursor } }
  }
}`;

type ThreadPage = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('threads: a member starts a thread, and readers page through it', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.sql<{ threads: string; posts: string; revisions: string }>(
      `SELECT (SELECT count(*) FROM threads) AS threads, (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM post_revisions) AS revisions`,
    );
    return row;
  };

  describe('createThread', () => {
    it('a member starts a discussion: the opening post is post 1, rendered and sanitized, with no replies yet', async () => {
      const body = '# Leesclub\n\n**Welkom** bij _de_ club.\n\n<script>alert(1)</script>';
      const { createThread: thread } = await ok(
        t,
        CREATE_THREAD,
        { input: { communityId: w.pub.id, title: '  Wat lezen we in mei?  ', body, kind: 'DISCUSSION' } },
        w.member.token,
      );
      expect(thread).toMatchObject({
        title: 'Wat lezen we in mei?',
        kind: 'DISCUSSION',
        replyCount: 0,
        pinned: false,
        locked: false,
        author: { id: w.member.id },
        community: { id: w.pub.id },
      });

      const { thread: read } = await ok(t, THREAD_POSTS, { id: thread.id }, w.member.token);
      expect(read.posts.edges).toHaveLength(1);
      const opening = read.posts.edges[0].node;
      expect(opening).toMatchObject({ seq: 1, body, author: { id: w.member.id } });
      expect(opening.bodyHtml).toContain('<h1>Leesclub</h1>');
      expect(opening.bodyHtml).toContain('<strong>Welkom</strong>');
      expect(opening.bodyHtml).not.toMatch(/<script/i);

      const rows = await t.sql(`SELECT post_seq, reply_count FROM threads WHERE id = $1`, [thread.id]);
      expect(rows).toEqual([{ post_seq: 1, reply_count: 0 }]);
      expect(await t.sql(`SELECT version, body FROM post_revisions WHERE post_id = $1`, [opening.id])).toEqual([{ version: 1, body }]);
    });

    it('a member asks a question', async () => {
      const { createThread: thread } = await ok(
        t,
        CREATE_THREAD,
        { input: { communityId: w.pub.id, title: 'Wie kent dit boek?', body: 'Een blauwe kaft, 1978.', kind: 'QUESTION' } },
        w.member.token,
      );
      expect(thread).toMatchObject({ kind: 'QUESTION', replyCount: 0 });
      expect(await t.sql(`SELECT kind FROM threads WHERE id = $1`, [thread.id])).toEqual([{ kind: 'QUESTION' }]);
    });

    it('accepts a 200-character title and a 32,000-character body', async () => {
      const thread = await createThread(t, w.member, w.pub.id, { title: 't'.repeat(200), body: 'b'.repeat(32_000) });
      expect(thread.title).toHaveLength(200);
      const [row] = await t.sql<{ n: number }>(`SELECT length(body) AS n FROM posts WHERE thread_id = $1`, [thread.id]);
      expect(row.n).toBe(32_000);
    });

    it('refuses an outsider in a public community, and writes nothing', async () => {
      const before = await counts();
      const input = { communityId: w.pub.id, title: 'Ik hoor er niet bij', body: 'Toch?', kind: 'DISCUSSION' };
      expect(await errorCode(t, CREATE_THREAD, { input }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('refuses a visitor who is not logged in', async () => {
      const before = await counts();
      const input = { communityId: w.pub.id, title: 'Anoniem', body: 'Hallo', kind: 'DISCUSSION' };
      expect(await errorCode(t, CREATE_THREAD, { input })).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    });

    it('answers NOT_FOUND to an outsider in a private community, as for one that does not exist', async () => {
      const input = { communityId: w.priv.id, title: 'Geheim', body: 'Hallo', kind: 'DISCUSSION' };
      expect(await errorCode(t, CREATE_THREAD, { input }, w.outsider.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, CREATE_THREAD, { input }, w.member.token)).toBe('NOT_FOUND');
      const unknown = { ...input, communityId: '00000000-0000-4000-8000-000000000000' };
      expect(await errorCode(t, CREATE_THREAD, { input: unknown }, w.member.token)).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT 1 FROM threads WHERE title = 'Geheim'`)).toEqual([]);
    });

    it('refuses a member whose request to join a restricted community is still pending', async () => {
      const pending = await registerUser(t);
      expect(await join(t, pending, w.restricted.id)).toBe('PENDING');
      const input = { communityId: w.restricted.id, title: 'Nog niet binnen', body: 'Hallo', kind: 'DISCUSSION' };
      expect(await errorCode(t, CREATE_THREAD, { input }, pending.token)).toBe('FORBIDDEN');
    });

    it('refuses a member who was banned', async () => {
      const banned = await registerUser(t);
      await join(t, banned, w.pub.id);
      await createThread(t, banned, w.pub.id);
      await t.sql(`UPDATE memberships SET state = 'BANNED' WHERE user_id = $1`, [banned.id]);
      const input = { communityId: w.pub.id, title: 'Weer terug', body: 'Hallo', kind: 'DISCUSSION' };
      expect(await errorCode(t, CREATE_THREAD, { input }, banned.token)).toBe('FORBIDDEN');
      expect(await t.sql(`SELECT count(*)::int AS n FROM threads WHERE author_id = $1`, [banned.id])).toEqual([{ n: 1 }]);
    });

    const valid = { title: 'Een goede titel', body: 'Een goede tekst', kind: 'DISCUSSION' };
    it.each([
      ['a title under 3 characters', { title: 'ab' }, 'title'],
      ['a title of 3 characters only after trimming', { title: '  ab   ' }, 'title'],
      ['a title over 200 characters', { title: 't'.repeat(201) }, 'title'],
      ['an empty body', { body: '' }, 'body'],
      ['a blank body', { body: '  \n\t ' }, 'body'],
      ['a body over 32,000 characters', { body: 'b'.repeat(32_001) }, 'body'],
      ['a malformed communityId', { communityId: 'not-an-id' }, 'communityId'],
    ])('refuses %s with a field message and writes nothing', async (_what, over, field) => {
      const before = await counts();
      const res = await gql(t, CREATE_THREAD, { input: { communityId: w.pub.id, ...valid, ...over } }, w.member.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual([field]);
      expect(await counts()).toEqual(before);
    });

    it('refuses an unknown kind and writes nothing', async () => {
      const before = await counts();
      const res = await gql(t, CREATE_THREAD, { input: { communityId: w.pub.id, ...valid, kind: 'POLL' } }, w.member.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/kind/);
      expect(await counts()).toEqual(before);
    });
  });

  describe('thread(id) and its posts', () => {
    it('lets a visitor read a public thread, hides a private one and keeps a restricted one for members', async () => {
      const pubThread = await createThread(t, w.member, w.pub.id);
      const privThread = await createThread(t, w.manager, w.priv.id);
      const restrictedThread = await createThread(t, w.manager, w.restricted.id);
      expect((await ok(t, THREAD_POSTS, { id: pubThread.id })).thread.posts.edges).toHaveLength(1);
      expect(await errorCode(t, THREAD_POSTS, { id: privThread.id })).toBe('NOT_FOUND');
      expect(await errorCode(t, THREAD_POSTS, { id: privThread.id }, w.outsider.token)).toBe('NOT_FOUND');
      expect(await errorCode(t, THREAD_POSTS, { id: restrictedThread.id }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, THREAD_POSTS, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await errorCode(t, THREAD_POSTS, { id: 'nope' })).toBe('BAD_USER_INPUT');
    });

    it('pages in arrival order with opaque cursors, and page 2 continues exactly where page 1 stopped while posts arrive', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      for (let i = 2; i <= 8; i++) await createPost(t, i % 2 ? w.member : w.manager, thread.id, `Bericht ${i}`);

      const page1 = (await ok(t, THREAD_POSTS, { id: thread.id, first: 5 }, w.member.token)).thread.posts;
      expect(page1.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.pageInfo.endCursor).toBe(page1.edges[4].cursor);
      for (const { cursor } of page1.edges) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);

      // Five new posts arrive between the two page loads.
      for (let i = 9; i <= 13; i++) await createPost(t, w.manager, thread.id, `Later ${i}`);

      const page2 = (await ok(t, THREAD_POSTS, { id: thread.id, first: 5, after: page1.pageInfo.endCursor }, w.member.token)).thread.posts;
      const page3 = (await ok(t, THREAD_POSTS, { id: thread.id, first: 5, after: page2.pageInfo.endCursor }, w.member.token)).thread.posts;
      expect(page2.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([6, 7, 8, 9, 10]);
      expect(page3.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([11, 12, 13]);
      expect(page3.pageInfo.hasNextPage).toBe(false);
      const ids = [...page1.edges, ...page2.edges, ...page3.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(13);
      expect(ids).toEqual(
        (await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 ORDER BY seq`, [thread.id])).map((r) => r.id),
      );
    });

    it('serves up to 100 posts a page and refuses more', async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      expect((await ok(t, THREAD_POSTS, { id: thread.id, first: 100 })).thread.posts.edges).toHaveLength(1);
      expect(await errorCode(t, THREAD_POSTS, { id: thread.id, first: 101 })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, THREAD_POSTS, { id: thread.id, first: 0 })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, THREAD_POSTS, { id: thread.id, first: -5 })).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['not base64 JSON at all', 'bm90IGpzb24'],
      ['garbage characters', '!!!***'],
      ['a string instead of a number', forgedCursor('posts', ['abc'])],
      ['too many values', forgedCursor('posts', [1, 2])],
      ['an object', forgedCursor('posts', { seq: 1 })],
      ['a number too large for a sequence', forgedCursor('posts', [1e20])],
      ['a negative number', forgedCursor('posts', [-1])],
      ['a cursor of another list', forgedCursor('threads', [1])],
      ['a later envelope version', forgedCursor('posts', [1], 2)],
    ])('refuses a forged post cursor (%s)', async (_what, after) => {
      const thread = await createThread(t, w.member, w.pub.id);
      expect(await errorCode(t, THREAD_POSTS, { id: thread.id, after })).toBe('BAD_USER_INPUT');
    });
  });

  describe('Community.threads', () => {
    let community: { id: string; slug: string };
    let expected: string[];

    beforeAll(async () => {
      community = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
      await join(t, w.member, community.id);
      const threads = [];
      for (let i = 0; i < 7; i++) threads.push(await createThread(t, w.member, community.id, { title: `Draad ${i}` }));
      // Spread the activity out in time (thread 0 oldest); threads 4 and 6 share one instant, so the id breaks the tie.
      const base = Date.now();
      for (let i = 0; i < 7; i++) {
        const hoursAgo = i === 4 ? 4 : 10 - i;
        await t.sql(`UPDATE threads SET last_activity_at = $2 WHERE id = $1`, [threads[i].id, new Date(base - hoursAgo * 3_600_000)]);
      }
      await t.sql(`UPDATE threads SET pinned = true WHERE id = ANY($1)`, [[threads[1].id, threads[5].id]]);
      // A reply in the oldest thread makes it the most recently active one.
      await createPost(t, w.member, threads[0].id, 'Nog een reactie');
      const [a, b] = [threads[4].id, threads[6].id].sort().reverse();
      expected = [threads[5].id, threads[1].id, threads[0].id, a, b, threads[3].id, threads[2].id];
    });

    it('lists pinned threads first, then the most recently active, with a reply bumping its thread', async () => {
      const { community: c } = await ok(t, COMMUNITY_THREADS, { slug: community.slug, first: 50 });
      expect(c.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected);
      expect(c.threads.edges.map((e: { node: { pinned: boolean } }) => e.node.pinned)).toEqual([
        true,
        true,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(c.threads.pageInfo.hasNextPage).toBe(false);
    });

    it('pages through them two at a time with no duplicates or gaps, across the pinned boundary and a tie', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let round = 0; round < 10; round++) {
        const data: { community: { threads: ThreadPage } } = await ok(
          t,
          COMMUNITY_THREADS,
          { slug: community.slug, first: 2, after },
          w.member.token,
        );
        const { edges, pageInfo } = data.community.threads;
        seen.push(...edges.map((e) => e.node.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('refuses more than 100 threads a page', async () => {
      expect(await errorCode(t, COMMUNITY_THREADS, { slug: community.slug, first: 101 })).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a non-boolean pinned flag and a bad date', forgedCursor('threads', ['x', 'not-a-date', 'not-an-id'])],
      ['a bad date', forgedCursor('threads', [false, 'not-a-date', '00000000-0000-4000-8000-000000000000'])],
      ['an impossible date', forgedCursor('threads', [false, '2024-02-30T25:00:00.000Z', '00000000-0000-4000-8000-000000000000'])],
      ['a bad id', forgedCursor('threads', [false, new Date().toISOString(), 'not-an-id'])],
      ['too few values', forgedCursor('threads', [false, new Date().toISOString()])],
    ])('refuses a forged thread cursor (%s)', async (_what, after) => {
      expect(await errorCode(t, COMMUNITY_THREADS, { slug: community.slug, after })).toBe('BAD_USER_INPUT');
    });

    it('shows no threads of a restricted community to an outsider, and its members do see them', async () => {
      const thread = await createThread(t, w.manager, w.restricted.id);
      const outside = await ok(t, COMMUNITY_THREADS, { slug: w.restricted.slug }, w.outsider.token);
      expect(outside.community.threads).toBeNull();
      const inside = await ok(t, COMMUNITY_THREADS, { slug: w.restricted.slug }, w.manager.token);
      expect(inside.community.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(thread.id);
    });
  });
});
