import { errorCode, gql, ok } from './support/gql';
import { createCommunity, createThread, join, registerUser } from './support/factories';
import { ModWorld, NO_ID, expectCode, expectRefused, logLines, modWorld } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

const SETTINGS = `mutation($input: CommunitySettingsInput!) {
  updateCommunitySettings(input: $input) { id slowModeSeconds publicModLog moderationSettings { approval reportThreshold slowModeSeconds publicModLog } }
}`;
const SLOW = `mutation($id: ID!, $seconds: Int!) { setSlowMode(communityId: $id, seconds: $seconds) { id slowModeSeconds } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { slowModeSeconds publicModLog moderationSettings { approval reportThreshold } } }`;

describe('moderation: community settings and slow mode', () => {
  let t: TestApp;
  let w: ModWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
  });
  afterAll(() => t.close());

  it('defaults: no approval, threshold 3, no slow mode, private log; only moderators see the settings', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    expect((await ok(t, COMMUNITY, { slug: c.slug }, w.manager.token)).community).toEqual({
      slowModeSeconds: 0,
      publicModLog: false,
      moderationSettings: { approval: 'OFF', reportThreshold: 3 },
    });
    expect((await ok(t, COMMUNITY, { slug: c.slug })).community.moderationSettings).toBeNull();
    expect((await ok(t, COMMUNITY, { slug: w.pub.slug }, w.member.token)).community.moderationSettings).toBeNull();
  });

  it('a moderator changes settings; each change is logged as before → after, and an unchanged value logs nothing', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const changed = (
      await ok(
        t,
        SETTINGS,
        { input: { communityId: c.id, approval: 'NEW_MEMBERS', reportThreshold: 5, publicModLog: true } },
        w.manager.token,
      )
    ).updateCommunitySettings;
    expect(changed.moderationSettings).toEqual({ approval: 'NEW_MEMBERS', reportThreshold: 5, slowModeSeconds: 0, publicModLog: true });
    expect((await logLines(t)).at(-1)).toMatchObject({
      action: 'UPDATE_SETTINGS',
      actor_id: w.manager.id,
      target_id: c.id,
      community_id: c.id,
      details: 'approval: OFF → NEW_MEMBERS; reportThreshold: 3 → 5; publicModLog: false → true',
    });
    const lines = (await logLines(t)).length;
    await ok(t, SETTINGS, { input: { communityId: c.id, reportThreshold: 5 } }, w.manager.token);
    expect((await logLines(t)).length).toBe(lines);
    expect((await ok(t, SLOW, { id: c.id, seconds: 30 }, w.manager.token)).setSlowMode.slowModeSeconds).toBe(30);
    expect((await logLines(t)).at(-1)?.details).toBe('slowModeSeconds: 0 → 30');
  });

  it('setSlowMode is deprecated in favour of updateCommunitySettings, the one path the web client uses', async () => {
    const { __type } = await ok(
      t,
      `{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
    );
    const fields = __type.fields as { name: string; isDeprecated: boolean; deprecationReason: string | null }[];
    expect(fields.find((f) => f.name === 'setSlowMode')).toMatchObject({
      isDeprecated: true,
      deprecationReason: expect.stringContaining('updateCommunitySettings'),
    });
    expect(fields.find((f) => f.name === 'updateCommunitySettings')?.isDeprecated).toBe(false);
  });

  it('refuses bad values, no values, unknown communities and the wrong people, writing nothing', async () => {
    for (const over of [
      { reportThreshold: 0 },
      { reportThreshold: 101 },
      { slowModeSeconds: -1 },
      { slowModeSeconds: 86_401 },
      { approval: 'SOME' },
      {},
      { communityId: 'abc', approval: 'ALL' },
    ]) {
      await expectCode(t, SETTINGS, { input: { communityId: w.pub.id, ...over } }, w.manager.token, 'BAD_USER_INPUT');
    }
    await expectCode(t, SETTINGS, { input: { communityId: NO_ID, approval: 'ALL' } }, w.manager.token, 'NOT_FOUND');
    await expectRefused(t, w, SETTINGS, { input: { communityId: w.pub.id, approval: 'ALL' } });
    await expectRefused(
      t,
      w,
      SETTINGS,
      { input: { communityId: w.priv.id, approval: 'ALL' } },
      { member: 'NOT_FOUND', outsider: 'NOT_FOUND', otherMod: 'NOT_FOUND', otherStaff: 'NOT_FOUND' },
    );
    for (const seconds of [-5, 86_401]) await expectCode(t, SLOW, { id: w.pub.id, seconds }, w.manager.token, 'BAD_USER_INPUT');
    await expectCode(t, SLOW, { id: NO_ID, seconds: 10 }, w.manager.token, 'NOT_FOUND');
    await expectCode(t, SLOW, { id: 'abc', seconds: 10 }, w.manager.token, 'BAD_USER_INPUT');
    await expectRefused(t, w, SLOW, { id: w.pub.id, seconds: 10 });
  });

  it('slow mode: a member waits between posts (RATE_LIMITED with retryAfter, nothing written); moderators are exempt', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const member = await registerUser(t);
    await join(t, member, c.id);
    const thread = await createThread(t, w.manager, c.id);
    await ok(t, SLOW, { id: c.id, seconds: 60 }, w.manager.token);
    await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Eerste' } }, member.token);
    const before = await t.sql(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [thread.id]);
    const res = await gql(t, CREATE_POST, { input: { threadId: thread.id, body: 'Tweede' } }, member.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    const retryAfter = res.errors?.[0].extensions?.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // A new thread is a post too.
    expect(
      await errorCode(
        t,
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { communityId: c.id, title: 'Nog een', body: 'Hoi' } },
        member.token,
      ),
    ).toBe('RATE_LIMITED');
    expect(await t.sql(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [thread.id])).toEqual(before);
    // Moderators are exempt; other communities are not affected.
    await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Beheer 1' } }, w.manager.token);
    await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Beheer 2' } }, w.manager.token);
    await join(t, member, w.sibling.id);
    await createThread(t, member, w.sibling.id);
    // Once the wait is over, the member posts again.
    await t.sql(`UPDATE posts SET created_at = created_at - interval '61 seconds' WHERE author_id = $1`, [member.id]);
    await ok(t, CREATE_POST, { input: { threadId: thread.id, body: 'Tweede' } }, member.token);
  });

  it('slow mode holds when a member sends several posts at once', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const member = await registerUser(t);
    await join(t, member, c.id);
    const thread = await createThread(t, w.manager, c.id);
    await ok(t, SLOW, { id: c.id, seconds: 60 }, w.manager.token);
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) => gql(t, CREATE_POST, { input: { threadId: thread.id, body: `Tegelijk ${i}` } }, member.token)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'RATE_LIMITED').length).toBe(3);
  });
});
