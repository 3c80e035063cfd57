import { createPost, createThread, join, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { ask, codeOf } from './security/helpers';

const REACT = `mutation($input: ReactInput!) { react(input: $input) { id } }`;
const UNREACT = `mutation($input: ReactInput!) { unreact(input: $input) { id } }`;
const KINDS = ['LIKE', 'THANKS', 'INSIGHTFUL', 'AGREE', 'CELEBRATE'];

describe('reactions: RATE_LIMIT_REACTIONS per user, adding and taking back alike', () => {
  let t: TestApp;
  let w: World;
  let posts: { id: string }[];
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_REACTIONS: '4/1m' });
    w = await world(t);
    const thread = await createThread(t, w.manager, w.pub.id);
    posts = [await createPost(t, w.manager, thread.id, 'Een'), await createPost(t, w.manager, thread.id, 'Twee')];
  });
  afterAll(() => t.close());

  const reactions = async (userId: string) =>
    await t.sql<{ post_id: string; kind: string }>('SELECT post_id, kind FROM reactions WHERE user_id = $1 ORDER BY post_id, kind', [
      userId,
    ]);
  const events = async () =>
    Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM live_events WHERE type = 'REACTIONS_CHANGED'`))[0].n);

  it('allows 4 in a minute (as configured), then refuses the fifth with RATE_LIMITED and a reason, writing nothing', async () => {
    const user = await registerUser(t);
    await join(t, user, w.pub.id);
    for (const kind of KINDS.slice(0, 4))
      expect((await ask(t, REACT, { input: { postId: posts[0].id, kind } }, { token: user.token })).body.errors).toBeUndefined();
    const written = await reactions(user.id);
    const announced = await events();

    const refused = await ask(t, REACT, { input: { postId: posts[0].id, kind: 'CELEBRATE' } }, { token: user.token });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const error = refused.body.errors![0];
    expect(error.extensions).toMatchObject({ reason: 'TOO_MANY_REACTIONS', retryAfter: expect.any(Number) });
    expect(error.message).toMatch(
      /^You are reacting too quickly \(at most 4 reactions per minute, taking one back included\)\. Try again in (\d+ seconds?|1 minute)\.$/,
    );
    expect(await reactions(user.id)).toEqual(written);
    expect(await events()).toBe(announced);
  });

  it('counts taking a reaction back on the same budget: a refused unreact leaves the reaction in place', async () => {
    const user = await registerUser(t);
    await join(t, user, w.pub.id);
    const send = (doc: string, kind: string) => ask(t, doc, { input: { postId: posts[1].id, kind } }, { token: user.token });
    for (const [doc, kind] of [
      [REACT, 'LIKE'],
      [UNREACT, 'LIKE'],
      [REACT, 'LIKE'],
      [REACT, 'THANKS'],
    ])
      expect((await send(doc, kind)).body.errors).toBeUndefined();
    expect(codeOf(await send(UNREACT, 'LIKE'))).toBe('RATE_LIMITED');
    expect(await reactions(user.id)).toEqual([
      { post_id: posts[1].id, kind: 'LIKE' },
      { post_id: posts[1].id, kind: 'THANKS' },
    ]);
  });

  it('is per user: another member still reacts while the first is limited', async () => {
    const [first, second] = [await registerUser(t), await registerUser(t)];
    await join(t, first, w.pub.id);
    await join(t, second, w.pub.id);
    for (const kind of KINDS.slice(0, 4)) await ask(t, REACT, { input: { postId: posts[1].id, kind } }, { token: first.token });
    expect(codeOf(await ask(t, REACT, { input: { postId: posts[1].id, kind: 'CELEBRATE' } }, { token: first.token }))).toBe('RATE_LIMITED');
    expect(
      (await ask(t, REACT, { input: { postId: posts[1].id, kind: 'CELEBRATE' } }, { token: second.token })).body.errors,
    ).toBeUndefined();
    expect(await reactions(second.id)).toEqual([{ post_id: posts[1].id, kind: 'CELEBRATE' }]);
  });
});
