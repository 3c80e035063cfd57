import { createPost, createThread, join, registerUser, world, World } from './support/factories';
import { ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';
import { connectWs } from './support/ws-client';

const ADDED = `subscription { notificationAdded { unreadCount notification { kind actor { id } thread { id } post { id body } } } }`;
type Added = { notificationAdded: { unreadCount: number; notification: { kind: string; actor: { id: string }; thread: { id: string } | null; post: { id: string; body: string } | null } } };

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
    const handle = (await ok(t, `{ me { handle } }`, {}, target.token)).me.handle;
    const thread = await createThread(t, w.manager, w.pub.id);
    const targetWs = connectWs(t.url, target.token);
    const bystanderWs = connectWs(t.url, bystander.token);
    const mine = targetWs.subscribe<Added>(ADDED);
    const theirs = bystanderWs.subscribe<Added>(ADDED);
    // A subscription is live once the server acknowledged it: a first round trip proves the sockets are up.
    await new Promise((r) => setTimeout(r, 300));
    const post = await createPost(t, w.member, thread.id, `Kijk eens @${handle}`);
    const [event] = await mine.waitFor(1);
    expect(event.notificationAdded).toEqual({
      unreadCount: 1,
      notification: { kind: 'MENTION', actor: { id: w.member.id }, thread: { id: thread.id }, post: { id: post.id, body: `Kijk eens @${handle}` } },
    });
    // The bystander's own notification stream stays quiet (they were not mentioned and follow nothing).
    await createPost(t, w.member, thread.id, 'nog iets');
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.received).toEqual([]);
    expect(mine.received).toHaveLength(1);
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
