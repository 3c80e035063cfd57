import { DomainEvent } from '@waardenet/core';
import { DomainEvents } from '@waardenet/live/channels';
import { errorCode, ok } from './support/gql';
import {
  TestUser,
  World,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerUser,
  world,
} from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { connectWs } from './support/ws-client';

const ACCEPT = `mutation($id: ID!) { acceptAnswer(postId: $id) { id acceptedAnswer { id body } answeredAt } }`;
const UNACCEPT = `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id acceptedAnswer { id } answeredAt timeToAnswerSeconds } }`;
const QUESTION = `query($id: ID!) {
  thread(id: $id) {
    kind firstReplyAt answeredAt timeToFirstReplySeconds timeToAnswerSeconds acceptedAnswer { id body }
    posts(first: 50) { edges { node { id isAcceptedAnswer } } }
  }
}`;

describe('questions: the asker or a moderator accepts one answer, and each question is timed', () => {
  let t: TestApp;
  let w: World;
  let answerer: TestUser;
  const announced: DomainEvent[] = [];

  const question = async (id: string, token?: string) => (await ok(t, QUESTION, { id }, token)).thread;
  const accepted = (q: { posts: { edges: { node: { id: string; isAcceptedAnswer: boolean } }[] } }) =>
    q.posts.edges.filter((e) => e.node.isAcceptedAnswer).map((e) => e.node.id);
  const liveTypes = async (threadId: string) =>
    (
      await t.sql<{ type: string; post_id: string | null }>(`SELECT type, post_id FROM live_events WHERE channel = $1 ORDER BY seq`, [
        `thread:${threadId}`,
      ])
    ).filter((e) => e.type.startsWith('ANSWER_'));

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    answerer = await registerUser(t, { displayName: 'Kenner' });
    await join(t, answerer, w.pub.id);
    t.app.get(DomainEvents).onAny(async (event) => {
      if (event.type === 'answer.accepted') announced.push(event);
    });
  });
  afterAll(() => t.close());

  it("times a question's first reply by someone other than the asker; a discussion has no timings", async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    expect(await question(q.id)).toMatchObject({
      kind: 'QUESTION',
      firstReplyAt: null,
      timeToFirstReplySeconds: null,
      answeredAt: null,
      acceptedAnswer: null,
    });
    await createPost(t, w.member, q.id, 'Nog een aanvulling van mijzelf');
    expect((await question(q.id)).firstReplyAt).toBeNull();
    await t.sql(`UPDATE questions SET asked_at = asked_at - interval '90 seconds' WHERE thread_id = $1`, [q.id]);
    await createPost(t, answerer, q.id, 'Kijk in het stadsarchief');
    const timed = await question(q.id);
    expect(timed.firstReplyAt).not.toBeNull();
    expect(timed.timeToFirstReplySeconds).toBeGreaterThanOrEqual(90);
    const first = timed.firstReplyAt;
    await createPost(t, w.manager, q.id, 'En in de krantenbank');
    expect((await question(q.id)).firstReplyAt).toBe(first);

    const d = await createThread(t, w.member, w.pub.id, { kind: 'DISCUSSION' });
    await createPost(t, answerer, d.id, 'Eens');
    expect(await question(d.id)).toMatchObject({ kind: 'DISCUSSION', firstReplyAt: null, timeToFirstReplySeconds: null });
    expect(await t.sql(`SELECT 1 FROM questions WHERE thread_id = $1`, [d.id])).toEqual([]);
  });

  it('the asker accepts a reply, then changes it: one accepted answer at a time, announced and sent live', async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const a = await createPost(t, answerer, q.id, 'Antwoord A');
    const b = await createPost(t, w.manager, q.id, 'Antwoord B');
    await t.sql(`UPDATE questions SET asked_at = asked_at - interval '1 hour' WHERE thread_id = $1`, [q.id]);

    const res = (await ok(t, ACCEPT, { id: a.id }, w.member.token)).acceptAnswer;
    expect(res.acceptedAnswer).toEqual({ id: a.id, body: 'Antwoord A' });
    const afterA = await question(q.id, w.outsider.token);
    expect(accepted(afterA)).toEqual([a.id]);
    expect(afterA.timeToAnswerSeconds).toBeGreaterThanOrEqual(3600);
    expect(announced.at(-1)).toEqual({
      type: 'answer.accepted',
      postId: a.id,
      threadId: q.id,
      communityId: w.pub.id,
      byUserId: w.member.id,
    });

    await ok(t, ACCEPT, { id: b.id }, w.member.token);
    const afterB = await question(q.id);
    expect(accepted(afterB)).toEqual([b.id]);
    expect(afterB.acceptedAnswer).toEqual({ id: b.id, body: 'Antwoord B' });
    // The question was answered when it first got an accepted answer; changing which one keeps that time.
    expect(afterB.answeredAt).toBe(afterA.answeredAt);
    expect(await liveTypes(q.id)).toEqual([
      { type: 'ANSWER_ACCEPTED', post_id: a.id },
      { type: 'ANSWER_ACCEPTED', post_id: b.id },
    ]);
    // Accepting the same answer again changes nothing and tells no one.
    await ok(t, ACCEPT, { id: b.id }, w.member.token);
    expect(await liveTypes(q.id)).toHaveLength(2);
  });

  it("a community's moderator may accept too; anyone else is refused and nothing changes", async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const reply = await createPost(t, answerer, q.id, 'Mijn antwoord');
    const otherLibrary = await createLibrary(t, w.admin);
    const otherStaff = await registerUser(t);
    await addStaff(t, w.admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
    expect(await errorCode(t, ACCEPT, { id: reply.id })).toBe('UNAUTHENTICATED');
    for (const u of [answerer, w.outsider, otherStaff]) expect(await errorCode(t, ACCEPT, { id: reply.id }, u.token)).toBe('FORBIDDEN');
    expect((await question(q.id)).acceptedAnswer).toBeNull();
    expect(await liveTypes(q.id)).toEqual([]);
    expect((await ok(t, ACCEPT, { id: reply.id }, w.manager.token)).acceptAnswer.acceptedAnswer.id).toBe(reply.id);
    const [row] = await t.sql<{ accepted_by_id: string }>(`SELECT accepted_by_id FROM questions WHERE thread_id = $1`, [q.id]);
    expect(row.accepted_by_id).toBe(w.manager.id);
  });

  it('refuses the opening post, a discussion, a deleted or hidden reply (BAD_USER_INPUT) and a private community (NOT_FOUND)', async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const [opening] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [q.id]);
    expect(await errorCode(t, ACCEPT, { id: opening.id }, w.member.token)).toBe('BAD_USER_INPUT');
    const gone = await createPost(t, answerer, q.id, 'Verwijderd');
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: gone.id }, answerer.token);
    expect(await errorCode(t, ACCEPT, { id: gone.id }, w.member.token)).toBe('BAD_USER_INPUT');
    const hidden = await createPost(t, answerer, q.id, 'Verborgen');
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "ongepast") { id } }`, { id: hidden.id }, w.manager.token);
    expect(await errorCode(t, ACCEPT, { id: hidden.id }, w.manager.token)).toBe('BAD_USER_INPUT');

    const d = await createThread(t, w.member, w.pub.id, { kind: 'DISCUSSION' });
    const dReply = await createPost(t, answerer, d.id, 'Reactie');
    expect(await errorCode(t, ACCEPT, { id: dReply.id }, w.member.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, ACCEPT, { id: dReply.id }, w.outsider.token)).toBe('FORBIDDEN');

    const p = await createThread(t, w.manager, w.priv.id, { kind: 'QUESTION' });
    const pReply = await createPost(t, w.manager, p.id, 'Besloten antwoord');
    expect(await errorCode(t, ACCEPT, { id: pReply.id }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, w.member.token)).toBe('NOT_FOUND');
    expect(await t.sql(`SELECT 1 FROM questions WHERE accepted_post_id IS NOT NULL AND thread_id = ANY($1)`, [[q.id, d.id, p.id]])).toEqual(
      [],
    );
  });

  it('unacceptAnswer takes it back (asker or moderator only); a hidden accepted answer is shown to moderators only', async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const reply = await createPost(t, answerer, q.id, 'Goed antwoord');
    await ok(t, ACCEPT, { id: reply.id }, w.member.token);
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "klacht") { id } }`, { id: reply.id }, w.manager.token);
    expect((await question(q.id, w.outsider.token)).acceptedAnswer).toBeNull();
    expect((await question(q.id)).acceptedAnswer).toBeNull();
    expect((await question(q.id, w.manager.token)).acceptedAnswer).toEqual({ id: reply.id, body: 'Goed antwoord' });

    expect(await errorCode(t, UNACCEPT, { id: q.id })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, UNACCEPT, { id: q.id }, answerer.token)).toBe('FORBIDDEN');
    const res = (await ok(t, UNACCEPT, { id: q.id }, w.member.token)).unacceptAnswer;
    expect(res).toMatchObject({ acceptedAnswer: null, answeredAt: null, timeToAnswerSeconds: null });
    expect(accepted(await question(q.id, w.manager.token))).toEqual([]);
    expect(await errorCode(t, UNACCEPT, { id: q.id }, w.member.token)).toBe('CONFLICT');
    expect((await liveTypes(q.id)).map((e) => e.type)).toEqual(['ANSWER_ACCEPTED', 'ANSWER_UNACCEPTED']);
  });

  it("a thread's readers get ANSWER_ACCEPTED and ANSWER_UNACCEPTED live, with the answer", async () => {
    const q = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const reply = await createPost(t, answerer, q.id, 'Live antwoord');
    const { liveCursor } = (await ok(t, `query($id: ID!) { thread(id: $id) { liveCursor } }`, { id: q.id })).thread;
    await ok(t, ACCEPT, { id: reply.id }, w.member.token);
    await ok(t, UNACCEPT, { id: q.id }, w.member.token);
    const ws = connectWs(t.url);
    const sub = ws.subscribe<{ threadEvents: { type: string; post: { id: string; body: string } | null } }>(
      `subscription($id: ID!, $after: String) { threadEvents(threadId: $id, after: $after) { type post { id body } } }`,
      { id: q.id, after: liveCursor },
    );
    const events = await sub.waitFor(2);
    expect(events.map((e) => e.threadEvents)).toEqual([
      { type: 'ANSWER_ACCEPTED', post: { id: reply.id, body: 'Live antwoord' } },
      { type: 'ANSWER_UNACCEPTED', post: null },
    ]);
    await ws.close();
  });

  it('a reply held for approval counts as the first reply when a moderator approves it', async () => {
    const held = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    const newcomer = await registerUser(t);
    await join(t, newcomer, held.id);
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: held.id, approval: 'NEW_MEMBERS' } },
      w.manager.token,
    );
    const q = await createThread(t, w.manager, held.id, { kind: 'QUESTION' });
    const pending = (
      await ok(
        t,
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id state } }`,
        { input: { threadId: q.id, body: 'Wacht even' } },
        newcomer.token,
      )
    ).createPost;
    expect(pending.state).toBe('PENDING');
    expect((await question(q.id)).firstReplyAt).toBeNull();
    await ok(t, `mutation($id: ID!) { approvePost(postId: $id) { id } }`, { id: pending.id }, w.manager.token);
    expect((await question(q.id)).firstReplyAt).not.toBeNull();
  });
});
