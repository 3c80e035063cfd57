import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { LOGIN, REGISTER, TestUser, World, createPost, createThread, join, registerUser, world } from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { rawSocket } from './support/ws-client';

const DELETE = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`;
const REFRESH = `mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`;
const SEARCH = `query($q: String!) { search(query: $q, filter: { kind: POST }) { edges { node { post { id } } } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title author { displayName handle } posts(first: 50) { edges { node { id body isDeleted author { id displayName } } } } } }`;
const MOD_LOG = `query($id: ID) { modLog(communityId: $id, first: 50) { edges { node { action targetId actor { id displayName } } } } }`;

const marker = () => `merk${randomBytes(5).toString('hex')}`;

/** Tables, by name, holding `text` in any column of any row: the whole database is searched, so nothing is missed. */
async function tablesHolding(t: TestApp, text: string): Promise<string[]> {
  const tables = await t.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" r WHERE r::text ILIKE '%' || $1 || '%'`, [text]);
    if (row.n) found.push(name);
  }
  return found.sort();
}

/** A member with something of everything: a thread of their own, a reply elsewhere (edited), a reaction, a follow, a report, a claim, a session socket. */
async function activeMember(t: TestApp, w: World, words: { name: string; evidence: string; note: string; own: string; reply: string }) {
  const user = await registerUser(t, { displayName: words.name });
  await join(t, user, w.pub.id);
  const own = await createThread(t, user, w.pub.id, { title: `Alleen van mij ${words.own}`, body: `Opening ${words.own}` });
  const others = await createThread(t, w.member, w.pub.id, { title: 'Gesprek met anderen' });
  const opening = await createThread(t, user, w.pub.id, { title: 'Met antwoorden', body: `Vraag ${words.reply}` });
  const answer = await createPost(t, w.member, opening.id, 'Een antwoord van een ander');
  const reply = await createPost(t, user, others.id, `Eerste versie ${words.reply}`);
  await ok(
    t,
    `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
    { input: { postId: reply.id, body: `Bewerkt ${words.reply}` } },
    user.token,
  );
  await ok(
    t,
    `mutation($input: ReactInput!) { react(input: $input) { id } }`,
    { input: { postId: answer.id, kind: 'THANKS' } },
    user.token,
  );
  await ok(t, `mutation($input: FollowInput!) { follow(input: $input) }`, { input: { threadId: others.id } }, user.token);
  await ok(
    t,
    `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
    { input: { postId: answer.id, reason: 'SPAM', note: words.note } },
    user.token,
  );
  await ok(
    t,
    `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
    { input: { topic: 'Molens', evidence: words.evidence, libraryId: w.library.id } },
    user.token,
  );
  return { user, own, others, opening, answer, reply };
}

describe('deleteAccount: the account and what identifies its owner are gone', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('refuses a wrong password and changes nothing', async () => {
    const user = await registerUser(t);
    const before = await databaseDigest(t);
    const res = await gql(t, DELETE, { input: { password: 'niet mijn wachtwoord', removeContent: true } }, user.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    expect(await databaseDigest(t)).toEqual(before);
    expect((await ok(t, `{ me { id } }`, {}, user.token)).me).toEqual({ id: user.id });
  });

  it('without removeContent: sessions end at once, sign-in fails, identity erased, the address free again, posts stay as "verwijderd account"', async () => {
    const words = { name: `Naam ${marker()}`, evidence: `Bewijs ${marker()}`, note: `Notitie ${marker()}`, own: marker(), reply: marker() };
    const m = await activeMember(t, w, words);
    const socket = rawSocket(t.url);
    await socket.init(m.user.token);
    const second = (await ok(t, LOGIN, { input: { email: m.user.email, password: TEST_PASSWORD } })).login;

    expect((await ok(t, DELETE, { input: { password: TEST_PASSWORD } }, m.user.token)).deleteAccount).toBe(true);

    // Every session: both access tokens, the refresh tokens, the open socket.
    expect((await socket.closed).code).toBe(4403);
    for (const token of [m.user.token, second.accessToken])
      expect((await gql(t, `{ me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const refresh of [m.user.refreshToken, second.refreshToken])
      expect((await gql(t, REFRESH, { t: refresh })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(t, LOGIN, { input: { email: m.user.email, password: TEST_PASSWORD } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // Name, address, evidence and the report's note are nowhere in the database any more.
    for (const gone of [words.name, m.user.email, words.evidence, words.note]) expect(await tablesHolding(t, gone)).toEqual([]);
    const [row] = await t.sql<Record<string, unknown>>(
      `SELECT display_name, handle, bio, password_hash, deleted_at FROM users WHERE id = $1`,
      [m.user.id],
    );
    expect(row).toMatchObject({
      display_name: 'verwijderd account',
      handle: null,
      bio: '',
      password_hash: '',
      deleted_at: expect.any(Date),
    });
    for (const table of [
      'sessions',
      'memberships',
      'reactions',
      'follows',
      'notifications',
      'expertise',
      'password_reset_tokens',
      'email_outbox',
    ]) {
      const column = { notifications: 'recipient_id', email_outbox: 'recipient_id' }[table] ?? 'user_id';
      expect([
        table,
        (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [m.user.id]))[0].n,
      ]).toEqual([table, 0]);
    }

    // The posts stay, by "verwijderd account", and can still be found.
    const thread = (await ok(t, THREAD, { id: m.others.id }, w.member.token)).thread;
    const reply = thread.posts.edges.map((e: { node: { id: string } }) => e.node).find((p: { id: string }) => p.id === m.reply.id);
    expect(reply).toMatchObject({
      body: `Bewerkt ${words.reply}`,
      isDeleted: false,
      author: { id: m.user.id, displayName: 'verwijderd account' },
    });
    expect((await ok(t, SEARCH, { q: words.reply })).search.edges.length).toBeGreaterThan(0);

    // The address can be registered again, as a new account.
    const again = await ok(t, REGISTER, { input: { email: m.user.email, password: TEST_PASSWORD, displayName: 'Opnieuw hier' } });
    expect(again.register.user.id).not.toBe(m.user.id);
  });

  it('with removeContent: own threads go, texts and earlier versions are erased and unfindable, replies by others stay', async () => {
    const words = { name: `Naam ${marker()}`, evidence: `Bewijs ${marker()}`, note: `Notitie ${marker()}`, own: marker(), reply: marker() };
    const m = await activeMember(t, w, words);
    const repliesBefore = (await t.sql<{ reply_count: number }>(`SELECT reply_count FROM threads WHERE id = $1`, [m.others.id]))[0]
      .reply_count;

    expect((await ok(t, DELETE, { input: { password: TEST_PASSWORD, removeContent: true } }, m.user.token)).deleteAccount).toBe(true);

    for (const gone of [words.own, words.reply, words.name, words.evidence]) expect(await tablesHolding(t, gone)).toEqual([]);
    expect(await t.sql(`SELECT id FROM threads WHERE id = $1`, [m.own.id])).toEqual([]);
    expect((await ok(t, SEARCH, { q: words.reply })).search.edges).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM search_posts s JOIN posts p ON p.id = s.post_id WHERE p.author_id = $1`, [m.user.id])).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM post_revisions r JOIN posts p ON p.id = r.post_id WHERE p.author_id = $1`, [m.user.id])).toEqual([]);

    // The thread others answered keeps its place and their reply; its opening post is a deleted post without text.
    const opened = (await ok(t, THREAD, { id: m.opening.id }, w.member.token)).thread;
    const posts = opened.posts.edges.map(
      (e: { node: { id: string; body: string | null; isDeleted: boolean; author: { displayName: string } } }) => e.node,
    );
    expect(posts.find((p: { id: string }) => p.id === m.answer.id)).toMatchObject({ body: 'Een antwoord van een ander' });
    expect(opened.author).toEqual({ displayName: 'verwijderd account', handle: null });
    expect(posts[0]).toMatchObject({ isDeleted: true, author: { displayName: 'verwijderd account' } });
    expect(posts[0].body ?? '').toBe('');
    // The erased reply no longer counts as one.
    expect((await t.sql<{ reply_count: number }>(`SELECT reply_count FROM threads WHERE id = $1`, [m.others.id]))[0].reply_count).toBe(
      repliesBefore - 1,
    );
  });

  it('a deleted moderator\'s audit lines stay, unchanged, and name "verwijderd account" as the actor', async () => {
    const moderatorName = `Moderator ${marker()}`;
    const moderator = await registerUser(t, { displayName: moderatorName });
    await join(t, moderator, w.pub.id);
    await ok(
      t,
      `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }`,
      { input: { communityId: w.pub.id, userId: moderator.id, role: 'MODERATOR' } },
      w.manager.token,
    );
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Twijfelachtig');
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: post.id }, moderator.token);
    const before = await t.sql(`SELECT * FROM moderation_actions WHERE actor_id = $1`, [moderator.id]);
    expect(before).toHaveLength(1);

    await ok(t, DELETE, { input: { password: TEST_PASSWORD } }, moderator.token);

    expect(await t.sql(`SELECT * FROM moderation_actions WHERE actor_id = $1`, [moderator.id])).toEqual(before);
    const lines = (await ok(t, MOD_LOG, { id: w.pub.id }, w.manager.token)).modLog.edges.map((e: { node: unknown }) => e.node);
    expect(lines.find((l: { targetId: string }) => l.targetId === post.id)).toMatchObject({
      action: 'HIDE_POST',
      actor: { id: moderator.id, displayName: 'verwijderd account' },
    });
    expect(await tablesHolding(t, moderatorName)).toEqual([]);
  });

  it("a deleted account's name and address are in no one else's export", async () => {
    const name = `Naam ${marker()}`;
    const leaving: TestUser = await registerUser(t, { displayName: name });
    await join(t, leaving, w.pub.id);
    const thread = await createThread(t, w.member, w.pub.id);
    await createPost(t, leaving, thread.id, 'Ik reageer');
    await ok(t, DELETE, { input: { password: TEST_PASSWORD } }, leaving.token);
    for (const viewer of [w.member, w.manager, w.admin]) {
      const res = await request(t.url).get('/api/me/export').set('authorization', `Bearer ${viewer.token}`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text).account.id).toBe(viewer.id);
      expect(res.text).not.toContain(name);
      expect(res.text).not.toContain(leaving.email);
    }
    expect((await request(t.url).get('/api/me/export').set('authorization', `Bearer ${leaving.token}`)).status).toBe(401);
  });
});
