import { ok } from './support/gql';
import { createPost, createThread, join, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { listening } from './support/live-wait';
import { connectWs } from './support/ws-client';

const THREAD_EVENTS = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) { type post { id body bodyHtml } } }`;
type Ev = { threadEvents: { type: string; post: { id: string; body: string | null; bodyHtml: string | null } | null } };
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;

describe('live visibility: each reader gets only what they may see of an event', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  async function watchers(threadId: string) {
    const other = await registerUser(t);
    await join(t, other, w.pub.id);
    const clients = {
      author: connectWs(t.url, w.member.token),
      other: connectWs(t.url, other.token),
      anon: connectWs(t.url),
      moderator: connectWs(t.url, w.manager.token),
    };
    const subs = await listening(
      t,
      () => ({
        author: clients.author.subscribe<Ev>(THREAD_EVENTS, { threadId }),
        other: clients.other.subscribe<Ev>(THREAD_EVENTS, { threadId }),
        anon: clients.anon.subscribe<Ev>(THREAD_EVENTS, { threadId }),
        moderator: clients.moderator.subscribe<Ev>(THREAD_EVENTS, { threadId }),
      }),
      4,
    );
    return { subs, close: () => Promise.all(Object.values(clients).map((c) => c.close())) };
  }

  it('a PENDING post reaches only its author and the moderators', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'wacht op goedkeuring');
    await t.sql(`UPDATE posts SET state = 'PENDING' WHERE id = $1`, [post.id]);
    const { subs, close } = await watchers(thread.id);
    await ok(t, EDIT, { input: { postId: post.id, body: 'nog steeds in afwachting' } }, w.member.token);
    await ok(t, EDIT, { input: { postId: post.id, body: 'definitief' } }, w.manager.token);
    for (const who of ['author', 'moderator'] as const) {
      const seen = await subs[who].waitFor(2);
      expect(seen.map((e) => e.threadEvents.post?.body)).toEqual(['nog steeds in afwachting', 'definitief']);
    }
    // A public event afterwards proves the others were listening all along: had the PENDING edits reached
    // them, they would have come first.
    await createPost(t, w.manager, thread.id, 'voor iedereen');
    for (const who of ['other', 'anon'] as const) {
      const seen = await subs[who].waitFor(1);
      expect(seen.map((e) => e.threadEvents.post?.body)).toEqual(['voor iedereen']);
    }
    await close();
  });

  it('a HIDDEN post reaches moderators with its text and everyone else as POST_REMOVED without it', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'verborgen tekst');
    await t.sql(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [post.id]);
    const { subs, close } = await watchers(thread.id);
    await ok(t, EDIT, { input: { postId: post.id, body: 'aangepaste verborgen tekst' } }, w.manager.token);
    const [mod] = await subs.moderator.waitFor(1);
    expect(mod.threadEvents).toMatchObject({ type: 'POST_EDITED', post: { body: 'aangepaste verborgen tekst' } });
    for (const who of ['author', 'other', 'anon'] as const) {
      const [seen] = await subs[who].waitFor(1);
      expect(seen.threadEvents).toEqual({ type: 'POST_REMOVED', post: { id: post.id, body: null, bodyHtml: null } });
    }
    await close();
  });
});
