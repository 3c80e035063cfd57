import { errorCode, gql, ok } from './support/gql';
import { TestUser, World, createPost, createThread, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const POST = `id seq threadId replyToId body bodyHtml isDeleted editedAt author { id }
  reactionCounts { kind count } viewerReactions revisions { version body editorId }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST} } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { ${POST} } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(postId: $id) { ${POST} } }`;
const REACT = `mutation($input: ReactInput!) { react(input: $input) { id reactionCounts { kind count } viewerReactions } }`;
const UNREACT = `mutation($input: ReactInput!) { unreact(input: $input) { id reactionCounts { kind count } viewerReactions } }`;
const THREAD = `query($id: ID!) {
  thread(id: $id) { replyCount viewerCanReply posts(first: 100) { edges { node { ${POST} } } } }
}`;

const NO_ID = '00000000-0000-4000-8000-000000000000';

describe('posts: members reply, edit, delete and react', () => {
  let t: TestApp;
  let w: World;
  let other: TestUser;
  let thread: { id: string };

  /** One post as a reader (or a visitor, without a token) sees it in its thread. */
  async function read(threadId: string, postId: string, token?: string) {
    const { thread: th } = await ok(t, THREAD, { id: threadId }, token);
    return th.posts.edges.map((e: { node: { id: string } }) => e.node).find((p: { id: string }) => p.id === postId);
  }
  const replyCount = async (threadId: string) => (await ok(t, THREAD, { id: threadId })).thread.replyCount as number;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    other = await registerUser(t, { displayName: 'Ander lid' });
    await join(t, other, w.pub.id);
    thread = await createThread(t, w.member, w.pub.id);
  });
  afterAll(() => t.close());

  describe('createPost', () => {
    it('a member replies, and replies to an earlier post of the same thread; markdown is rendered', async () => {
      const th = await createThread(t, w.member, w.pub.id);
      const first = (await ok(t, CREATE_POST, { input: { threadId: th.id, body: '*Mooi* boek, zie https://example.nl' } }, other.token))
        .createPost;
      expect(first).toMatchObject({ seq: 2, threadId: th.id, replyToId: null, isDeleted: false, author: { id: other.id } });
      expect(first.bodyHtml).toContain('<em>Mooi</em>');
      expect(first.bodyHtml).toContain('<a href="https://example.nl" rel="nofollow ugc noopener">https://example.nl</a>');
      expect(first.revisions).toEqual([{ version: 1, body: '*Mooi* boek, zie https://example.nl', editorId: other.id }]);

      const answer = (
        await ok(t, CREATE_POST, { input: { threadId: th.id, body: '- een\n- twee\n\n`code`', replyToId: first.id } }, w.member.token)
      ).createPost;
      expect(answer).toMatchObject({ seq: 3, replyToId: first.id });
      expect(answer.bodyHtml).toBe('<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n<p><code>code</code></p>\n');
      expect(await replyCount(th.id)).toBe(2);
      expect(await t.sql(`SELECT post_seq, reply_count FROM threads WHERE id = $1`, [th.id])).toEqual([{ post_seq: 3, reply_count: 2 }]);
    });

    it('answers NOT_FOUND to a reply to a post of another thread, or to no post, and writes nothing', async () => {
      const elsewhere = await createPost(t, other, (await createThread(t, w.member, w.pub.id)).id);
      const before = await t.sql(`SELECT post_seq, reply_count, last_activity_at FROM threads WHERE id = $1`, [thread.id]);
      for (const replyToId of [elsewhere.id, NO_ID]) {
        expect(await errorCode(t, CREATE_POST, { input: { threadId: thread.id, body: 'Hallo', replyToId } }, other.token)).toBe(
          'NOT_FOUND',
        );
      }
      expect(await t.sql(`SELECT post_seq, reply_count, last_activity_at FROM threads WHERE id = $1`, [thread.id])).toEqual(before);
      expect(await t.sql(`SELECT 1 FROM posts WHERE thread_id = $1 AND body = 'Hallo'`, [thread.id])).toEqual([]);
    });

    const XSS = [
      '<script>alert(1)</script>',
      '[klik](javascript:alert(1))',
      '[klik](JaVaScRiPt:alert(1))',
      '<a href="javascript:alert(1)">klik</a>',
      '<img src=x onerror=alert(1)>',
      '![plaatje](x" onerror="alert(1))',
      '<svg onload=alert(1)><circle r="1"/></svg>',
      '<iframe src="https://evil.example"></iframe>',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    ];
    it.each(XSS)('neutralises %s', async (body) => {
      const post = await createPost(t, other, thread.id, body);
      expect(post.body).toBe(body);
      expect(post.bodyHtml).not.toMatch(/<(script|svg|img|iframe|object|embed|style)\b/i);
      expect(post.bodyHtml).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(post.bodyHtml).not.toMatch(/<[^>]*\s(href|src)\s*=\s*"?\s*(javascript|data|vbscript):/i);
      expect(post.bodyHtml).not.toMatch(/<[^>]*\sstyle=/i);
      const [row] = await t.sql<{ body_html: string }>(`SELECT body_html FROM posts WHERE id = $1`, [post.id]);
      expect(row.body_html).toBe(post.bodyHtml);
    });

    it('refuses an outsider, a visitor, an unknown thread and a private thread', async () => {
      const input = { threadId: thread.id, body: 'Mag ik ook?' };
      expect(await errorCode(t, CREATE_POST, { input }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, CREATE_POST, { input })).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, CREATE_POST, { input: { ...input, threadId: NO_ID } }, w.member.token)).toBe('NOT_FOUND');
      const secret = await createThread(t, w.manager, w.priv.id);
      expect(await errorCode(t, CREATE_POST, { input: { ...input, threadId: secret.id } }, w.member.token)).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT 1 FROM posts WHERE body = 'Mag ik ook?'`)).toEqual([]);
    });

    it('refuses a member who was banned, for replies and reactions alike', async () => {
      const banned = await registerUser(t);
      await join(t, banned, w.pub.id);
      const target = await createPost(t, w.member, thread.id, 'Doe maar');
      await t.sql(`UPDATE memberships SET state = 'BANNED' WHERE user_id = $1`, [banned.id]);
      expect(await errorCode(t, CREATE_POST, { input: { threadId: thread.id, body: 'Ik weer' } }, banned.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, REACT, { input: { postId: target.id, kind: 'LIKE' } }, banned.token)).toBe('FORBIDDEN');
      expect(
        await t.sql(`SELECT 1 FROM posts WHERE author_id = $1 UNION ALL SELECT 1 FROM reactions WHERE user_id = $1`, [banned.id]),
      ).toEqual([]);
    });

    it('a locked thread refuses members but lets a moderator post', async () => {
      const th = await createThread(t, w.member, w.pub.id);
      await t.sql(`UPDATE threads SET locked = true WHERE id = $1`, [th.id]);
      expect(await errorCode(t, CREATE_POST, { input: { threadId: th.id, body: 'Nog één ding' } }, other.token)).toBe('FORBIDDEN');
      expect((await ok(t, THREAD, { id: th.id }, other.token)).thread.viewerCanReply).toBe(false);
      expect((await ok(t, THREAD, { id: th.id }, w.manager.token)).thread.viewerCanReply).toBe(true);
      const closing = await createPost(t, w.manager, th.id, 'Deze draad is gesloten.');
      expect(closing.seq).toBe(2);
      expect(await replyCount(th.id)).toBe(1);
    });

    it.each([
      ['an empty body', { body: '' }, 'body'],
      ['a blank body', { body: ' \n ' }, 'body'],
      ['a body over 32,000 characters', { body: 'x'.repeat(32_001) }, 'body'],
      ['a malformed threadId', { threadId: 'abc' }, 'threadId'],
      ['a malformed replyToId', { replyToId: 'abc' }, 'replyToId'],
    ])('refuses %s with a field message', async (_what, over, field) => {
      const res = await gql(t, CREATE_POST, { input: { threadId: thread.id, body: 'Goed', ...over } }, other.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual([field]);
    });
  });

  describe('editPost', () => {
    it('keeps every revision, oldest first, and re-renders the text', async () => {
      const post = await createPost(t, other, thread.id, 'Versie een');
      await ok(t, EDIT_POST, { input: { postId: post.id, body: 'Versie **twee**' } }, other.token);
      const edited = (await ok(t, EDIT_POST, { input: { postId: post.id, body: 'Versie drie' } }, other.token)).editPost;
      expect(edited).toMatchObject({ body: 'Versie drie', bodyHtml: '<p>Versie drie</p>\n' });
      expect(edited.editedAt).toEqual(expect.any(String));
      const expected = [
        { version: 1, body: 'Versie een', editorId: other.id },
        { version: 2, body: 'Versie **twee**', editorId: other.id },
        { version: 3, body: 'Versie drie', editorId: other.id },
      ];
      expect(edited.revisions).toEqual(expected);
      // The edit history is the author's and the moderators': another member sees that it was edited, not the versions.
      expect((await read(thread.id, post.id, w.manager.token)).revisions).toEqual(expected);
      expect((await read(thread.id, post.id, w.member.token)).revisions).toEqual([]);
    });

    it('lets a moderator edit, recorded as their revision; saving the same text adds none', async () => {
      const post = await createPost(t, other, thread.id, 'Met een t1kfout');
      const edited = (await ok(t, EDIT_POST, { input: { postId: post.id, body: 'Met een tikfout' } }, w.manager.token)).editPost;
      expect(edited.revisions.map((r: { editorId: string }) => r.editorId)).toEqual([other.id, w.manager.id]);
      await ok(t, EDIT_POST, { input: { postId: post.id, body: 'Met een tikfout' } }, w.manager.token);
      expect(await t.sql(`SELECT version FROM post_revisions WHERE post_id = $1 ORDER BY version`, [post.id])).toEqual([
        { version: 1 },
        { version: 2 },
      ]);
    });

    it('refuses another member, an outsider and a visitor, and changes nothing', async () => {
      const post = await createPost(t, other, thread.id, 'Van mij');
      const input = { postId: post.id, body: 'Van jou' };
      expect(await errorCode(t, EDIT_POST, { input }, w.member.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, EDIT_POST, { input }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, EDIT_POST, { input })).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, EDIT_POST, { input: { ...input, postId: NO_ID } }, other.token)).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT body, edited_at FROM posts WHERE id = $1`, [post.id])).toEqual([{ body: 'Van mij', edited_at: null }]);
      expect(await t.sql(`SELECT version FROM post_revisions WHERE post_id = $1`, [post.id])).toEqual([{ version: 1 }]);
    });

    it('refuses to edit a deleted post with CONFLICT', async () => {
      const post = await createPost(t, other, thread.id, 'Weg ermee');
      await ok(t, DELETE_POST, { id: post.id }, other.token);
      expect(await errorCode(t, EDIT_POST, { input: { postId: post.id, body: 'Toch niet' } }, other.token)).toBe('CONFLICT');
      expect(await errorCode(t, EDIT_POST, { input: { postId: post.id, body: 'Toch niet' } }, w.manager.token)).toBe('CONFLICT');
      expect(await t.sql(`SELECT body FROM posts WHERE id = $1`, [post.id])).toEqual([{ body: 'Weg ermee' }]);
    });
  });

  describe('deletePost', () => {
    it('the author deletes softly: readers see a placeholder, the moderator still sees the text, and replyCount goes down once', async () => {
      const th = await createThread(t, w.member, w.pub.id);
      await createPost(t, w.member, th.id, 'Blijft staan');
      const post = await createPost(t, other, th.id, 'Spijt van');
      expect(await replyCount(th.id)).toBe(2);

      const deleted = (await ok(t, DELETE_POST, { id: post.id }, other.token)).deletePost;
      expect(deleted).toMatchObject({ isDeleted: true, body: null, bodyHtml: null, revisions: [] });
      for (const token of [undefined, w.member.token, other.token]) {
        expect(await read(th.id, post.id, token)).toMatchObject({ seq: 3, isDeleted: true, body: null, bodyHtml: null, revisions: [] });
      }
      const seenByModerator = await read(th.id, post.id, w.manager.token);
      expect(seenByModerator).toMatchObject({ isDeleted: true, body: 'Spijt van', bodyHtml: '<p>Spijt van</p>\n' });
      expect(seenByModerator.revisions).toEqual([{ version: 1, body: 'Spijt van', editorId: other.id }]);
      expect(await replyCount(th.id)).toBe(1);

      await ok(t, DELETE_POST, { id: post.id }, other.token);
      await ok(t, DELETE_POST, { id: post.id }, w.manager.token);
      expect(await replyCount(th.id)).toBe(1);
      expect(await t.sql(`SELECT reply_count FROM threads WHERE id = $1`, [th.id])).toEqual([{ reply_count: 1 }]);
      expect(await t.sql(`SELECT deleted_by_id FROM posts WHERE id = $1`, [post.id])).toEqual([{ deleted_by_id: other.id }]);
    });

    it("a moderator deletes a member's post", async () => {
      const th = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, other, th.id, 'Ongepast');
      await ok(t, DELETE_POST, { id: post.id }, w.manager.token);
      expect(await t.sql(`SELECT deleted_by_id FROM posts WHERE id = $1 AND deleted_at IS NOT NULL`, [post.id])).toEqual([
        { deleted_by_id: w.manager.id },
      ]);
      expect(await replyCount(th.id)).toBe(0);
    });

    it('refuses another member, an outsider and a visitor, and leaves the post as it was', async () => {
      const th = await createThread(t, w.member, w.pub.id);
      const post = await createPost(t, other, th.id, 'Van mij');
      expect(await errorCode(t, DELETE_POST, { id: post.id }, w.member.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, DELETE_POST, { id: post.id }, w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, DELETE_POST, { id: post.id })).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, DELETE_POST, { id: NO_ID }, other.token)).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT deleted_at FROM posts WHERE id = $1`, [post.id])).toEqual([{ deleted_at: null }]);
      expect(await replyCount(th.id)).toBe(1);
    });
  });

  describe('react and unreact', () => {
    let post: { id: string };
    beforeAll(async () => (post = await createPost(t, w.member, thread.id, 'Reageer maar')));
    const input = (kind: string, postId = post.id) => ({ input: { postId, kind } });

    it('counts one reaction per kind per user, shows the viewer their own, and unreacting removes only theirs', async () => {
      await ok(t, REACT, input('LIKE'), other.token);
      const twice = (await ok(t, REACT, input('LIKE'), other.token)).react;
      expect(twice).toMatchObject({ reactionCounts: [{ kind: 'LIKE', count: 1 }], viewerReactions: ['LIKE'] });
      await ok(t, REACT, input('LIKE'), w.manager.token);
      await ok(t, REACT, input('THANKS'), w.manager.token);
      await ok(t, REACT, input('INSIGHTFUL'), other.token);

      const counts = [
        { kind: 'INSIGHTFUL', count: 1 },
        { kind: 'LIKE', count: 2 },
        { kind: 'THANKS', count: 1 },
      ];
      expect(await read(thread.id, post.id, other.token)).toMatchObject({
        reactionCounts: counts,
        viewerReactions: ['INSIGHTFUL', 'LIKE'],
      });
      expect(await read(thread.id, post.id, w.manager.token)).toMatchObject({
        reactionCounts: counts,
        viewerReactions: ['LIKE', 'THANKS'],
      });
      expect(await read(thread.id, post.id)).toMatchObject({ reactionCounts: counts, viewerReactions: [] });
      expect(await t.sql(`SELECT count(*)::int AS n FROM reactions WHERE post_id = $1`, [post.id])).toEqual([{ n: 4 }]);

      const after = (await ok(t, UNREACT, input('LIKE'), other.token)).unreact;
      expect(after).toMatchObject({
        viewerReactions: ['INSIGHTFUL'],
        reactionCounts: [
          { kind: 'INSIGHTFUL', count: 1 },
          { kind: 'LIKE', count: 1 },
          { kind: 'THANKS', count: 1 },
        ],
      });
      await ok(t, UNREACT, input('LIKE'), other.token);
      expect((await read(thread.id, post.id, w.manager.token)).viewerReactions).toEqual(['LIKE', 'THANKS']);
    });

    it('refuses a reaction to your own post', async () => {
      expect(await errorCode(t, REACT, input('LIKE'), w.member.token)).toBe('BAD_USER_INPUT');
      expect(await t.sql(`SELECT 1 FROM reactions WHERE post_id = $1 AND user_id = $2`, [post.id, w.member.id])).toEqual([]);
    });

    it('refuses an outsider, a visitor and an unknown kind', async () => {
      expect(await errorCode(t, REACT, input('LIKE'), w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, UNREACT, input('LIKE'), w.outsider.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, REACT, input('LIKE'))).toBe('UNAUTHENTICATED');
      expect(await errorCode(t, REACT, input('LOVE'), other.token)).toBe('BAD_USER_INPUT');
      const res = await gql(t, REACT, input('LIKE', 'not-an-id'), other.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { postId: expect.any(Array) } });
      expect(await t.sql(`SELECT 1 FROM reactions WHERE post_id = $1 AND user_id = $2`, [post.id, w.outsider.id])).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown post, a deleted one and one in a private community', async () => {
      expect(await errorCode(t, REACT, input('LIKE', NO_ID), other.token)).toBe('NOT_FOUND');
      const gone = await createPost(t, w.member, thread.id, 'Zo weer weg');
      await ok(t, DELETE_POST, { id: gone.id }, w.member.token);
      expect(await errorCode(t, REACT, input('LIKE', gone.id), other.token)).toBe('NOT_FOUND');
      const secret = await createThread(t, w.manager, w.priv.id);
      const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1`, [secret.id]);
      expect(await errorCode(t, REACT, input('LIKE', opening.id), other.token)).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT 1 FROM reactions WHERE post_id = ANY($1)`, [[gone.id, opening.id]])).toEqual([]);
    });
  });
});
