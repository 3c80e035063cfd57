import { World, createPost, createThread, join, registerUser, world } from './support/factories';
import { gql, ok } from './support/gql';
import { fetchMedia, jpegWithGps, png, upload } from './support/media';
import { TestApp, TEST_PASSWORD, createTestApp } from './support/test-app';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id bodyHtml } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

describe('Images in posts: alt text required, only your own uploads, sized and lazy, private where the community is, gone with the post', () => {
  let t: TestApp;
  let w: World;
  let threadId: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    threadId = (await createThread(t, w.member, w.pub.id)).id;
  });
  afterAll(() => t.close());

  const uploadFor = async (token: string, communityId: string) => {
    const res = await upload(t, token, { purpose: 'POST', communityId }, await jpegWithGps(1600, 1200));
    expect(res.status).toBe(201);
    return res.body as { id: string; url: string };
  };
  const postCount = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM posts`))[0].n;

  it('refuses an image without alt text (MEDIA_ALT_REQUIRED), in a reply and in a new thread; nothing written, the upload still an orphan', async () => {
    const media = await uploadFor(w.member.token, w.pub.id);
    const before = await postCount();
    for (const body of [`Kijk: ![](${media.url})`, `Kijk: ![   ](${media.url})`]) {
      const reply = await gql(t, CREATE_POST, { input: { threadId, body } }, w.member.token);
      expect(reply.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MEDIA_ALT_REQUIRED' });
    }
    const thread = await gql(
      t,
      CREATE_THREAD,
      { input: { communityId: w.pub.id, title: 'Molens', body: `![](${media.url})`, kind: 'DISCUSSION' } },
      w.member.token,
    );
    expect(thread.errors?.[0].extensions).toMatchObject({ reason: 'MEDIA_ALT_REQUIRED' });
    expect(await postCount()).toBe(before);
    expect((await t.sql(`SELECT post_id FROM media WHERE id = $1`, [media.id]))[0]).toEqual({ post_id: null });
  });

  it("refuses someone else's upload, one made for another community, and one already used in another post (MEDIA_NOT_YOURS); nothing written", async () => {
    const other = await registerUser(t);
    await join(t, other, w.pub.id);
    const theirs = await uploadFor(other.token, w.pub.id);
    const before = await postCount();
    const foreign = await gql(t, CREATE_POST, { input: { threadId, body: `![Een molen](${theirs.url})` } }, w.member.token);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEDIA_NOT_YOURS' });
    expect(foreign.errors?.[0].message).toMatch(/uploaded for this community/);

    const elsewhere = await uploadFor(w.manager.token, w.restricted.id);
    const wrongCommunity = await gql(t, CREATE_POST, { input: { threadId, body: `![Een molen](${elsewhere.url})` } }, w.manager.token);
    expect(wrongCommunity.errors?.[0].extensions).toMatchObject({ reason: 'MEDIA_NOT_YOURS' });
    expect(await postCount()).toBe(before);

    const mine = await uploadFor(w.member.token, w.pub.id);
    await createPost(t, w.member, threadId, `![Eerste keer](${mine.url})`);
    const again = await gql(t, CREATE_POST, { input: { threadId, body: `![Tweede keer](${mine.url})` } }, w.member.token);
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'MEDIA_NOT_YOURS' });
  });

  it('renders an image with its width, height, loading=lazy and a WebP srcset; anyone may fetch it from a public community, cached long with an ETag', async () => {
    const media = await uploadFor(w.member.token, w.pub.id);
    const post = await createPost(t, w.member, threadId, `De molen bij ons in de straat:\n\n![De molen "De Hoop" in de zon](${media.url})`);
    expect(post.bodyHtml).toContain(
      `<img src="${media.url}" alt="De molen &quot;De Hoop&quot; in de zon" width="1600" height="1200" srcset="${media.url}/320.webp 320w, ${media.url}/640.webp 640w, ${media.url}/1280.webp 1280w, ${media.url}/1600.webp 1600w"`,
    );
    expect(post.bodyHtml).toContain('loading="lazy"');
    expect((await t.sql(`SELECT post_id FROM media WHERE id = $1`, [media.id]))[0]).toEqual({ post_id: post.id });
    const anon = await fetchMedia(t, media.url);
    expect(anon.status).toBe(200);
    expect(anon.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(anon.headers.etag).toBe(`"${media.id}.full"`);
    const webp = await fetchMedia(t, `${media.url}/640.webp`);
    expect(webp.headers['content-type']).toBe('image/webp');
    expect((await fetchMedia(t, `${media.url}/99.webp`)).status).toBe(404);
    // An image source that is not one of our uploads is not shown (no tracking pixels).
    const external = await createPost(t, w.member, threadId, '![Pixel](https://tracker.example/p.png)');
    expect(external.bodyHtml).not.toContain('<img');
  });

  it("answers 404 for a private community's image to a visitor and an outsider, and serves it to a member with Cache-Control private", async () => {
    const insider = await registerUser(t);
    const thread = await createThread(t, w.manager, w.priv.id, { title: 'Besloten' });
    const media = await uploadFor(w.manager.token, w.priv.id);
    await createPost(t, w.manager, thread.id, `![Een foto uit het archief](${media.url})`);
    for (const path of [media.url, `${media.url}/640.webp`]) {
      const visitor = await fetchMedia(t, path);
      expect(visitor.status).toBe(404);
      expect((visitor.body as Buffer).length).toBeLessThan(300);
      expect((await fetchMedia(t, path, w.outsider.token)).status).toBe(404);
      expect((await fetchMedia(t, path, w.member.token)).status).toBe(404);
      const moderator = await fetchMedia(t, path, w.manager.token);
      expect(moderator.status).toBe(200);
      expect(moderator.headers['cache-control']).toMatch(/^private/);
    }
    // A member of the private community (joined by SQL: the invitation flow is tested elsewhere).
    await t.sql(`INSERT INTO memberships (user_id, community_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE') ON CONFLICT DO NOTHING`, [
      insider.id,
      w.priv.id,
    ]);
    const member = await fetchMedia(t, media.url, insider.token);
    expect(member.status).toBe(200);
    expect(member.headers['cache-control']).toBe('private, max-age=300');
    expect(member.headers['content-type']).toBe('image/jpeg');
  });

  it('deletes an image its author takes out of the post by editing it, and keeps the ones still in it', async () => {
    const keep = await uploadFor(w.member.token, w.pub.id);
    const drop = await uploadFor(w.member.token, w.pub.id);
    const post = await createPost(t, w.member, threadId, `![Blijft](${keep.url})\n\n![Gaat weg](${drop.url})`);
    await ok(
      t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: post.id, body: `![Blijft](${keep.url}) en nu zonder de tweede` } },
      w.member.token,
    );
    expect(await t.sql(`SELECT id FROM media WHERE id = $1`, [drop.id])).toEqual([]);
    expect((await fetchMedia(t, drop.url)).status).toBe(404);
    expect((await fetchMedia(t, keep.url)).status).toBe(200);
    // An edit may not bring in someone else's upload either.
    const other = await registerUser(t);
    await join(t, other, w.pub.id);
    const theirs = await uploadFor(other.token, w.pub.id);
    const refused = await gql(
      t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: post.id, body: `![Niet van mij](${theirs.url})` } },
      w.member.token,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'MEDIA_NOT_YOURS' });
    expect((await fetchMedia(t, keep.url)).status).toBe(200);
  });

  it('takes a post image along when its thread moves into a private community: 404 for a visitor from then on', async () => {
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Verhuist' });
    const media = await uploadFor(w.member.token, w.pub.id);
    await createPost(t, w.member, thread.id, `![Een foto die meeverhuist](${media.url})`);
    expect((await fetchMedia(t, media.url)).headers['cache-control']).toMatch(/^public/);
    await ok(
      t,
      `mutation($threadId: ID!, $communityId: ID!) { moveThread(threadId: $threadId, communityId: $communityId) { id } }`,
      { threadId: thread.id, communityId: w.priv.id },
      w.manager.token,
    );
    expect((await fetchMedia(t, media.url)).status).toBe(404);
    expect((await fetchMedia(t, media.url, w.outsider.token)).status).toBe(404);
    expect((await fetchMedia(t, media.url, w.manager.token)).headers['cache-control']).toMatch(/^private/);
  });

  it('deletes the uploads of a post its author deletes, of a post a moderator removes, and of an account that is deleted', async () => {
    const a = await uploadFor(w.member.token, w.pub.id);
    const post = await createPost(t, w.member, threadId, `![Weg ermee](${a.url})`);
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: post.id }, w.member.token);
    expect(await t.sql(`SELECT id FROM media WHERE id = $1`, [a.id])).toEqual([]);
    expect(await t.sql(`SELECT media_id FROM media_blobs WHERE media_id = $1`, [a.id])).toEqual([]);
    expect((await fetchMedia(t, a.url)).status).toBe(404);

    const b = await uploadFor(w.member.token, w.pub.id);
    const removed = await createPost(t, w.member, threadId, `![Wordt verwijderd](${b.url})`);
    await ok(t, `mutation($id: ID!) { removePost(postId: $id, reason: "Niet gepast") { id } }`, { id: removed.id }, w.manager.token);
    expect(await t.sql(`SELECT id FROM media WHERE id = $1`, [b.id])).toEqual([]);
    expect((await fetchMedia(t, b.url)).status).toBe(404);

    const leaver = await registerUser(t);
    await join(t, leaver, w.pub.id);
    const c = await uploadFor(leaver.token, w.pub.id);
    await createPost(t, leaver, threadId, `![Van mij](${c.url})`);
    const avatar = await upload(t, leaver.token, { purpose: 'AVATAR' }, await png());
    await ok(
      t,
      `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
      { input: { password: TEST_PASSWORD } },
      leaver.token,
    );
    expect(await t.sql(`SELECT id FROM media WHERE owner_id = $1`, [leaver.id])).toEqual([]);
    expect(await t.sql(`SELECT media_id FROM media_blobs WHERE media_id = ANY($1)`, [[c.id, avatar.body.id]])).toEqual([]);
    expect((await fetchMedia(t, c.url)).status).toBe(404);
  });

  it('shows avatars with post authors (Post.author.avatarUrl)', async () => {
    const avatar = await upload(t, w.member.token, { purpose: 'AVATAR' }, await png(120, 120));
    const data = await ok(t, `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { author { avatarUrl } } } } } }`, {
      id: threadId,
    });
    expect(data.thread.posts.edges[0].node.author.avatarUrl).toBe(avatar.body.url);
  });
});
