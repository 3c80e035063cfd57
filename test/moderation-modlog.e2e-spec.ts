import { errorCode, gql, ok } from './support/gql';
import { createCommunity, createPost, createThread, join } from './support/factories';
import { ModWorld, NO_ID, expectRefused, modWorld } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

const MOD_LOG = `query($id: ID, $first: Int, $after: String) {
  modLog(communityId: $id, first: $first, after: $after) {
    edges { node { id action targetType targetId communityId reason details expiresAt createdAt actor { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PUBLIC_LOG = `query($id: ID!, $first: Int) { publicModLog(communityId: $id, first: $first) { edges { node { action targetType targetId reason details } } } }`;
const SETTINGS = `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`;

type Line = { id: string; action: string; targetType: string; targetId: string; reason: string | null; actor: { id: string } | null };

describe('moderation: the append-only moderation log', () => {
  let t: TestApp;
  let w: ModWorld;
  let c: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await join(t, w.member, c.id);
    const thread = await createThread(t, w.member, c.id);
    const post = await createPost(t, w.member, thread.id, 'Hmm');
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Toon") { id } }`, { id: post.id }, w.manager.token);
    await ok(t, `mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: post.id }, w.manager.token);
    await ok(t, `mutation($id: ID!) { pinThread(threadId: $id) { id } }`, { id: thread.id }, w.manager.token);
    await ok(t, `mutation($id: ID!) { lockThread(threadId: $id, reason: "Klaar") { id } }`, { id: thread.id }, w.manager.token);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await ok(
      t,
      `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`,
      { input: { communityId: c.id, userId: w.member.id, reason: 'Scheldwoorden', until } },
      w.manager.token,
    );
  });
  afterAll(() => t.close());

  it("shows a community's moderators every action, newest first, with actor, target, reason and expiry; paged", async () => {
    const lines: Line[] = (await ok(t, MOD_LOG, { id: c.id, first: 100 }, w.manager.token)).modLog.edges.map((e: { node: Line }) => e.node);
    expect(lines.map((l) => l.action)).toEqual(['BAN_MEMBER', 'LOCK_THREAD', 'PIN_THREAD', 'RESTORE_POST', 'HIDE_POST']);
    expect(lines[0]).toMatchObject({
      targetType: 'USER',
      targetId: w.member.id,
      reason: 'Scheldwoorden',
      expiresAt: expect.any(String),
      actor: { id: w.manager.id },
    });
    expect(lines[1]).toMatchObject({ targetType: 'THREAD', reason: 'Klaar' });
    const first = (await ok(t, MOD_LOG, { id: c.id, first: 2 }, w.manager.token)).modLog;
    const rest = (await ok(t, MOD_LOG, { id: c.id, first: 10, after: first.pageInfo.endCursor }, w.manager.token)).modLog;
    expect([...first.edges, ...rest.edges].map((e: { node: Line }) => e.node.id)).toEqual(lines.map((l) => l.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(await errorCode(t, MOD_LOG, { id: c.id, after: 'nonsense' }, w.manager.token)).toBe('BAD_USER_INPUT');
  });

  it('the whole platform’s log is for platform admins', async () => {
    const all = (await ok(t, MOD_LOG, { first: 100 }, w.admin.token)).modLog.edges;
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(await errorCode(t, MOD_LOG, {}, w.manager.token)).toBe('FORBIDDEN');
  });

  it('refuses the log to anyone who does not moderate the community', async () => {
    await expectRefused(t, w, MOD_LOG, { id: c.id });
    expect(await errorCode(t, MOD_LOG, { id: NO_ID }, w.manager.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, MOD_LOG, { id: w.priv.id }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, MOD_LOG, { id: c.id }, w.moderator.token)).toBe('FORBIDDEN');
  });

  it('the public log is FORBIDDEN until the community turns it on, then shows no moderator', async () => {
    expect(await errorCode(t, PUBLIC_LOG, { id: c.id })).toBe('FORBIDDEN');
    await ok(t, SETTINGS, { input: { communityId: c.id, publicModLog: true } }, w.manager.token);
    const lines = (await ok(t, PUBLIC_LOG, { id: c.id, first: 50 })).publicModLog.edges.map((e: { node: { action: string } }) => e.node);
    expect(lines.map((l: { action: string }) => l.action)).toEqual([
      'UPDATE_SETTINGS',
      'BAN_MEMBER',
      'LOCK_THREAD',
      'PIN_THREAD',
      'RESTORE_POST',
      'HIDE_POST',
    ]);
    expect(lines[1]).toMatchObject({ targetType: 'USER', reason: 'Scheldwoorden' });
    expect(lines[0]).toMatchObject({ details: 'publicModLog: false → true' });
    // There is no way to ask for the moderator: the public type has no actor field.
    expect(
      await errorCode(t, /* graphql:invalid */ `query($id: ID!) { publicModLog(communityId: $id) { edges { node { actor { id } } } } }`, {
        id: c.id,
      }),
    ).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(await gql(t, PUBLIC_LOG, { id: c.id }))).not.toContain(w.manager.id);
  });

  it('a public log of a community the reader may not see or read answers NOT_FOUND or FORBIDDEN', async () => {
    const secret = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
    const restricted = await createCommunity(t, w.manager, w.library.id, 'RESTRICTED');
    for (const x of [secret, restricted]) await ok(t, SETTINGS, { input: { communityId: x.id, publicModLog: true } }, w.manager.token);
    expect(await errorCode(t, PUBLIC_LOG, { id: secret.id }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, PUBLIC_LOG, { id: restricted.id }, w.outsider.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, PUBLIC_LOG, { id: NO_ID })).toBe('NOT_FOUND');
  });

  it('only a PUBLIC community has a public log: not even its own moderators get a PRIVATE or RESTRICTED one there (COMMUNITY_NOT_PUBLIC)', async () => {
    const secret = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
    const restricted = await createCommunity(t, w.manager, w.library.id, 'RESTRICTED');
    for (const x of [secret, restricted]) {
      await ok(t, SETTINGS, { input: { communityId: x.id, publicModLog: true } }, w.manager.token);
      for (const token of [w.manager.token, w.admin.token]) {
        const res = await gql(t, PUBLIC_LOG, { id: x.id }, token);
        expect([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.reason]).toEqual(['FORBIDDEN', 'COMMUNITY_NOT_PUBLIC']);
        expect(JSON.stringify(res)).not.toContain('UPDATE_SETTINGS');
      }
    }
  });

  it('the public log never names a non-public community a thread moved to or from', async () => {
    const secret = await createCommunity(t, w.manager, w.library.id, 'PRIVATE');
    const [{ name }] = await t.sql<{ name: string }>(`SELECT name FROM communities WHERE id = $1`, [secret.id]);
    const outgoing = await createThread(t, w.manager, c.id);
    await ok(
      t,
      `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`,
      { t: outgoing.id, c: secret.id },
      w.manager.token,
    );
    const incoming = await createThread(t, w.manager, secret.id);
    await ok(
      t,
      `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`,
      { t: incoming.id, c: c.id },
      w.manager.token,
    );
    const res = await gql(t, PUBLIC_LOG, { id: c.id, first: 50 });
    const moves = res
      .data!.publicModLog.edges.map((e: { node: unknown }) => e.node)
      .filter((n: { action: string }) => n.action === 'MOVE_THREAD');
    expect(moves).toEqual([
      { action: 'MOVE_THREAD', targetType: 'THREAD', targetId: incoming.id, reason: null, details: null },
      { action: 'MOVE_THREAD', targetType: 'THREAD', targetId: outgoing.id, reason: null, details: null },
    ]);
    expect(JSON.stringify(res)).not.toContain(name);
    // The moderators' own log keeps where it went.
    const mine = (await ok(t, MOD_LOG, { id: c.id, first: 50 }, w.manager.token)).modLog.edges.map(
      (e: { node: { targetId: string; details: string } }) => e.node,
    );
    expect(mine.find((n: { targetId: string }) => n.targetId === outgoing.id).details).toContain(name);
  });

  it("the public log never shows a watched word; the moderators' log does", async () => {
    const phrase = 'geheimwoordje';
    const added = await ok(
      t,
      `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
      { input: { communityId: c.id, phrase, action: 'FLAG' } },
      w.manager.token,
    );
    await ok(t, `mutation($id: ID!) { removeWatchedWord(id: $id) }`, { id: added.addWatchedWord.id }, w.manager.token);
    const res = await gql(t, PUBLIC_LOG, { id: c.id, first: 50 });
    const words = res
      .data!.publicModLog.edges.map((e: { node: { action: string } }) => e.node)
      .filter((n: { action: string }) => n.action.endsWith('WATCHED_WORD'));
    expect(words.map((n: { action: string; details: string | null }) => [n.action, n.details])).toEqual([
      ['REMOVE_WATCHED_WORD', null],
      ['ADD_WATCHED_WORD', null],
    ]);
    expect(JSON.stringify(res)).not.toContain(phrase);
    expect(JSON.stringify(await ok(t, MOD_LOG, { id: c.id, first: 50 }, w.manager.token))).toContain(phrase);
  });

  it('a refused or failed action leaves no line', async () => {
    const before = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM moderation_actions`);
    const thread = await createThread(t, w.manager, c.id);
    await ok(t, `mutation($id: ID!) { pinThread(threadId: $id) { id } }`, { id: thread.id }, w.manager.token);
    expect(await errorCode(t, `mutation($id: ID!) { pinThread(threadId: $id) { id } }`, { id: thread.id }, w.manager.token)).toBe(
      'CONFLICT',
    );
    expect(await errorCode(t, `mutation($id: ID!) { unpinThread(threadId: $id) { id } }`, { id: thread.id }, w.member.token)).toBe(
      'FORBIDDEN',
    );
    expect(await t.sql(`SELECT count(*)::int AS n FROM moderation_actions`)).toEqual([{ n: before[0].n + 1 }]);
  });

  it('the database itself refuses to change or delete a line, even for a direct SQL statement', async () => {
    const [line] = await t.sql<{ id: string; reason: string }>(`SELECT id, reason FROM moderation_actions ORDER BY id LIMIT 1`);
    await expect(t.sql(`UPDATE moderation_actions SET reason = 'herschreven' WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM moderation_actions WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM moderation_actions`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE moderation_actions`)).rejects.toThrow(/append-only/);
    expect((await t.sql(`SELECT reason FROM moderation_actions WHERE id = $1`, [line.id]))[0].reason).toBe(line.reason);
    // Deleting a community leaves its lines in place: the log has no cascading keys.
    const gone = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await ok(t, SETTINGS, { input: { communityId: gone.id, slowModeSeconds: 5 } }, w.manager.token);
    await t.sql(`DELETE FROM communities WHERE id = $1`, [gone.id]);
    expect(await t.sql(`SELECT action FROM moderation_actions WHERE community_id = $1`, [gone.id])).toEqual([
      { action: 'UPDATE_SETTINGS' },
    ]);
  });
});
