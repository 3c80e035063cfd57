import { createPost, createThread, join, registerUser, world, World } from './support/factories';
import { ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';
import { channelListening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const ADDED = `subscription { notificationAdded { unreadCount notification { kind actor { id } thread { id } post { id body } } } }`;
type Added = {
  notificationAdded: {
    unreadCount: number;
    notification: { kind: string; actor: { id: string }; thread: { id: string } | null; post: { id: string; body: string } | null };
  };
};

describe('notifications, live over graphql-ws', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  }, 60_000);
  afterAll(() => t.close());

  it('a mention pops up live for the person mentioned, and for nobody else', async () => {
    const target = await registerUser(t);
    const bystander = await registerUser(t);
    await join(t, bystander, w.pub.id);
    const handleOf = async (u: { token: string }) => (await ok(t, `{ me { handle } }`, {}, u.token)).me.handle as string;
    const [handle, bystanderHandle] = [await handleOf(target), await handleOf(bystander)];
    const thread = await createThread(t, w.manager, w.pub.id);
    const targetWs = connectWs(t.url, target.token);
    const bystanderWs = connectWs(t.url, bystander.token);
    const mine = await channelListening(t, `user:${target.id}`, () => targetWs.subscribe<Added>(ADDED));
    const theirs = await channelListening(t, `user:${bystander.id}`, () => bystanderWs.subscribe<Added>(ADDED));
    const post = await createPost(t, w.member, thread.id, `Kijk eens @${handle}`);
    const [event] = await mine.waitFor(1);
    expect(event.notificationAdded).toEqual({
      unreadCount: 1,
      notification: {
        kind: 'MENTION',
        actor: { id: w.member.id },
        thread: { id: thread.id },
        post: { id: post.id, body: `Kijk eens @${handle}` },
      },
    });
    // The bystander's own notification stream stays quiet (they were not mentioned and follow nothing).
    await createPost(t, w.member, thread.id, 'nog iets');
    // The sync point: a later post mentions both; each stream delivers in order, so had 'nog iets' notified
    // anyone, it would arrive before this one.
    await createPost(t, w.member, thread.id, `Tot slot @${handle} en @${bystanderHandle}`);
    const [last] = await theirs.waitFor(1);
    expect(last.notificationAdded.notification.post?.body).toBe(`Tot slot @${handle} en @${bystanderHandle}`);
    expect((await mine.waitFor(2)).map((e) => e.notificationAdded.notification.post?.body)).toEqual([
      `Kijk eens @${handle}`,
      `Tot slot @${handle} en @${bystanderHandle}`,
    ]);
    await targetWs.close();
    await bystanderWs.close();
  });

  it('refuses an anonymous subscriber', async () => {
    const ws = connectWs(t.url);
    const sub = ws.subscribe(ADDED);
    const error = await sub.waitForError();
    expect(JSON.stringify(error)).toContain('UNAUTHENTICATED');
    await ws.close();
  });
});
