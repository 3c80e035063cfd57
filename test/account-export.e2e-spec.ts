import { ClientRequest, IncomingMessage, get } from 'node:http';
import request from 'supertest';
import { EXPORT_BATCH, EXPORTS_AT_ONCE } from '@waardenet/accounts';
import type { TestUser } from './support/factories';
import { World, createCommunity, createPost, createThread, join, registerUser, world } from './support/factories';
import { ok } from './support/gql';
import { queryCounter } from './support/query-counter';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/** Seeds `total` posts of `user` by SQL, without the search triggers (no one searches these), in one statement. */
async function seedPosts(t: TestApp, user: TestUser, communityId: string, total: number): Promise<void> {
  await join(t, user, communityId);
  const thread = await createThread(t, user, communityId);
  await t.sql(`ALTER TABLE posts DISABLE TRIGGER posts_search_sync`);
  try {
    await t.sql(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html) SELECT $1, $2, 1 + g, 'Bericht ' || g, '<p>Bericht ' || g || '</p>' FROM generate_series(1, $3) g`,
      [thread.id, user.id, total],
    );
  } finally {
    await t.sql(`ALTER TABLE posts ENABLE TRIGGER posts_search_sync`);
  }
}

/** An export whose reader stopped reading after the headers: the server stalls once the buffers are full, holding its place. */
function stalledExport(t: TestApp, token: string): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = get(`${t.url}/api/me/export`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.pause();
      resolve({ req, res });
    });
    req.on('error', reject);
  });
}

const exportOf = (t: TestApp, token?: string) => {
  const req = request(t.url).get('/api/me/export');
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};

describe('GET /api/me/export: everything stored about the account, as one JSON download', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('needs a signed-in account', async () => {
    const res = await exportOf(t).set('accept', 'application/json');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('holds the profile, sessions, memberships, posts with their versions, reactions, follows, notifications, claims, reports and moderation about them, without secrets or moderators', async () => {
    const user = await registerUser(t, { displayName: 'Exporteur' });
    await join(t, user, w.pub.id);
    const thread = await createThread(t, user, w.pub.id, { title: 'Mijn vraag', body: 'Eerste tekst' });
    const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [thread.id]);
    await ok(
      t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: opening.id, body: 'Tweede tekst' } },
      user.token,
    );
    const answer = await createPost(t, w.member, thread.id, 'Een antwoord');
    await ok(
      t,
      `mutation($input: ReactInput!) { react(input: $input) { id } }`,
      { input: { postId: answer.id, kind: 'THANKS' } },
      user.token,
    );
    await ok(t, `mutation($input: FollowInput!) { follow(input: $input) }`, { input: { communityId: w.pub.id } }, user.token);
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: answer.id, reason: 'SPAM', note: 'reclame' } },
      user.token,
    );
    await ok(
      t,
      `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
      { input: { topic: 'Molens', evidence: 'Molenaar sinds 1999', libraryId: w.library.id } },
      user.token,
    );
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: opening.id }, w.manager.token);

    const res = await exportOf(t, user.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="waardenet-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = JSON.parse(res.text);
    expect(doc.account).toMatchObject({ id: user.id, email: user.email, display_name: 'Exporteur' });
    expect(doc.posts).toEqual([
      expect.objectContaining({
        id: opening.id,
        body: 'Tweede tekst',
        state: 'HIDDEN',
        revisions: [
          expect.objectContaining({ version: 1, body: 'Eerste tekst', editedBy: 'you' }),
          expect.objectContaining({ version: 2, body: 'Tweede tekst', editedBy: 'you' }),
        ],
      }),
    ]);
    expect(doc['threads.author_id']).toEqual([expect.objectContaining({ id: thread.id, title: 'Mijn vraag' })]);
    expect(doc['memberships.user_id']).toEqual([expect.objectContaining({ community_id: w.pub.id, state: 'ACTIVE' })]);
    expect(doc['sessions.user_id']).toHaveLength(1);
    expect(doc['reactions.user_id']).toEqual([expect.objectContaining({ post_id: answer.id, kind: 'THANKS' })]);
    expect(doc['follows.user_id']).toEqual(
      expect.arrayContaining([expect.objectContaining({ target_type: 'COMMUNITY', target_id: w.pub.id })]),
    );
    expect(doc['expertise.user_id']).toEqual([expect.objectContaining({ topic: 'Molens', evidence: 'Molenaar sinds 1999' })]);
    expect(doc.reportsFiled).toEqual([expect.objectContaining({ post_id: answer.id, note: 'reclame' })]);
    // The moderator's hiding of their post is there, but not who did it.
    expect(doc.moderationActionsAboutYou).toEqual([
      expect.objectContaining({ action: 'HIDE_POST', target_id: opening.id, reason: 'Nakijken' }),
    ]);
    expect(doc.moderationActionsAboutYou[0]).not.toHaveProperty('actor_id');
    expect(doc.posts[0]).not.toHaveProperty('moderated_by_id');
    expect(res.text).not.toContain(w.manager.id);
    for (const secret of ['password_hash', 'token_hash', 'refresh']) expect(res.text).not.toContain(secret);
    // Someone else's export holds nothing of this account's.
    expect((await exportOf(t, w.outsider.token)).text).not.toContain(user.email);
  });

  it('a thread moved into a private community the member cannot read: only what they wrote, and no line naming it', async () => {
    const user = await registerUser(t, { displayName: 'Verhuisde schrijver' });
    await join(t, user, w.pub.id);
    const secret = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
    const thread = await createThread(t, user, w.pub.id, { title: 'Utrechtse geschiedenis', body: 'Mijn vraag over de Dom' });
    await createPost(t, w.member, thread.id, 'Een antwoord van voor de verhuizing');
    await ok(
      t,
      `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, communityId: $to) { id } }`,
      { id: thread.id, to: secret.id },
      w.manager.token,
    );
    await createPost(t, w.manager, thread.id, 'Een antwoord van na de verhuizing');

    const res = await exportOf(t, user.token);
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.text);
    expect(doc['threads.author_id']).toEqual([
      {
        id: thread.id,
        author_id: user.id,
        title: 'Utrechtse geschiedenis',
        kind: expect.any(String),
        created_at: expect.any(String),
        community: 'a community you can no longer read',
      },
    ]);
    expect(doc.posts).toEqual([expect.objectContaining({ thread_id: thread.id, body: 'Mijn vraag over de Dom' })]);
    const moves = doc.moderationActionsAboutYou.filter((l: { action: string }) => l.action === 'MOVE_THREAD');
    expect(moves).toHaveLength(2);
    for (const line of moves) expect(line.details).toBeNull();
    // Neither the private community's name nor its id, nor the reply written after the move.
    expect(res.text).not.toContain(secret.name);
    expect(res.text).not.toContain(secret.id);
    expect(res.text).not.toContain('na de verhuizing');

    // Once a member of it (an accepted invitation, here written directly), the thread is exported in full again.
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE') ON CONFLICT DO NOTHING`, [
      secret.id,
      user.id,
    ]);
    const again = JSON.parse((await exportOf(t, user.token)).text);
    expect(again['threads.author_id']).toEqual([expect.objectContaining({ id: thread.id, community_id: secret.id, reply_count: 2 })]);
  });

  it('streams 100,000 posts in bounded pages: each read takes at most one batch, none reads them all', async () => {
    const user = await registerUser(t);
    const total = 100_000;
    await seedPosts(t, user, w.pub.id, total);
    queryCounter.reset();
    const res = await exportOf(t, user.token);
    expect(res.status).toBe(200);
    // Sent as it is read: chunked, no length known up front.
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const doc = JSON.parse(res.text);
    expect(doc.posts).toHaveLength(total + 1);
    expect(new Set(doc.posts.map((p: { id: string }) => p.id)).size).toBe(total + 1);
    // The posts come through a cursor, EXPORT_BATCH rows per FETCH; no statement selects the account's rows outright.
    expect(queryCounter.statements.filter((s) => s === `FETCH ${EXPORT_BATCH} FROM export_posts`)).toHaveLength(
      Math.ceil((total + 1) / EXPORT_BATCH),
    );
    const reads = queryCounter.statements.filter((s) => / t WHERE /.test(s));
    expect(reads.length).toBeGreaterThan(5);
    expect(reads.every((s) => s.startsWith('DECLARE export_'))).toBe(true);
  });

  it('one export per account at a time, and a few per instance: each holds a database connection while it streams', async () => {
    expect(EXPORTS_AT_ONCE).toBe(2);
    const [big, other] = [await registerUser(t), await registerUser(t)];
    for (const u of [big, other]) await seedPosts(t, u, w.pub.id, 100_000);
    const first = await stalledExport(t, big.token);
    expect(first.res.statusCode).toBe(200);
    const again = await exportOf(t, big.token).set('accept', 'application/json');
    expect([again.status, again.body.reason]).toEqual([429, 'EXPORT_IN_PROGRESS']);
    const second = await stalledExport(t, other.token);
    const busy = await exportOf(t, w.outsider.token).set('accept', 'application/json');
    expect([busy.status, busy.body.code, busy.body.reason]).toEqual([429, 'RATE_LIMITED', 'EXPORT_BUSY']);
    expect(busy.body.retryAfter).toBeGreaterThan(0);

    // A reader who goes gives the place back.
    first.req.destroy();
    second.req.destroy();
    await waitFor(async () => (await exportOf(t, big.token).set('accept', 'application/json')).status === 200, {
      timeout: 20_000,
      what: 'the stalled exports to give their places back',
    });
  });
});
