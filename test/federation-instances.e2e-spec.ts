import { createPost, createThread, registerUser, world, World } from './support/factories';
import { errorCode, ok } from './support/gql';
import { freePort } from './support/server-process';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/** Two Waardenet instances federating over loopback HTTP (allowed only with the explicit test setting). */
async function instance(): Promise<TestApp> {
  const port = await freePort();
  return createTestApp(
    {
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1',
      FEDERATION_POLL_MS: '50',
    },
    { port },
  );
}

const SET_FEDERATION = `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled handle remoteFollowers } }`;
const FOLLOW = `mutation($handle: String!) { followRemoteCommunity(handle: $handle) { id handle name accepted } }`;
const REMOTE = `query($id: ID!) { remoteCommunity(id: $id) { accepted threads { id title contentHtml authorName editedAt likeCount replies { id contentHtml authorName } } } }`;
const REPLY = `mutation($input: ReplyToRemoteInput!) { replyToRemoteThread(input: $input) { id contentHtml } }`;

type RemoteThread = {
  id: string;
  title: string;
  contentHtml: string;
  authorName: string;
  editedAt: string | null;
  likeCount: number;
  replies: { id: string; contentHtml: string }[];
};

/* eslint-disable @typescript-eslint/no-explicit-any -- ActivityPub JSON as servers send it */
describe('federation: a member on B follows a community on A', () => {
  let a: TestApp;
  let b: TestApp;
  let wa: World;
  let wb: World;
  let remoteId: string;
  const hostA = () => new URL(a.config.email.publicUrl).host;
  const threadsOnB = async (): Promise<RemoteThread[]> => (await ok(b, REMOTE, { id: remoteId }, wb.member.token)).remoteCommunity.threads;
  /** Everything B ever stored from A, as text: what the private-content checks search. */
  const allOnB = async () => JSON.stringify(await b.sql(`SELECT uri, title, content_html FROM federation_remote_posts`));

  beforeAll(async () => {
    [a, b] = await Promise.all([instance(), instance()]);
    [wa, wb] = await Promise.all([world(a), world(b)]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('federation is off by default: the community is no Group, WebFinger does not know it', async () => {
    const res = await fetch(`${a.url}/.well-known/webfinger?resource=acct:${wa.pub.slug}@${hostA()}`);
    expect(res.status).toBe(404);
    expect(await errorCode(b, FOLLOW, { handle: `${wa.pub.slug}@${hostA()}` }, wb.member.token)).toBe('NOT_FOUND');
    expect(await b.sql(`SELECT * FROM federation_remote_communities`)).toEqual([]);
  });

  it('only PUBLIC communities can federate, and only their moderators switch it on (audited)', async () => {
    expect(await errorCode(a, SET_FEDERATION, { input: { communityId: wa.priv.id, enabled: true } }, wa.manager.token)).toBe('FORBIDDEN');
    expect(await errorCode(a, SET_FEDERATION, { input: { communityId: wa.restricted.id, enabled: true } }, wa.manager.token)).toBe(
      'FORBIDDEN',
    );
    expect(await errorCode(a, SET_FEDERATION, { input: { communityId: wa.pub.id, enabled: true } }, wa.member.token)).toBe('FORBIDDEN');
    expect(await a.sql(`SELECT * FROM federated_communities`)).toEqual([]);
    const on = await ok(a, SET_FEDERATION, { input: { communityId: wa.pub.id, enabled: true } }, wa.manager.token);
    expect(on.setCommunityFederation).toEqual({ enabled: true, handle: `${wa.pub.slug}@${hostA()}`, remoteFollowers: 0 });
    const [line] = await a.sql(`SELECT action, details FROM moderation_actions WHERE community_id = $1 AND details LIKE 'federation%'`, [
      wa.pub.id,
    ]);
    expect(line).toEqual({ action: 'UPDATE_SETTINGS', details: 'federation: off → on' });
  });

  it('WebFinger and NodeInfo 2.1 answer; the community is a Group', async () => {
    const wf: any = await (await fetch(`${a.url}/.well-known/webfinger?resource=acct:${wa.pub.slug}@${hostA()}`)).json();
    const self = wf.links.find((l: { rel: string }) => l.rel === 'self');
    const group: any = await (await fetch(self.href, { headers: { accept: 'application/activity+json' } })).json();
    expect(group.type).toBe('Group');
    expect(group.preferredUsername).toBe(wa.pub.slug);
    expect(group.publicKey.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    const links: any = await (await fetch(`${a.url}/.well-known/nodeinfo`)).json();
    const nodeinfo: any = await (await fetch(links.links[0].href)).json();
    expect(nodeinfo.version).toBe('2.1');
    expect(nodeinfo.software.name).toBe('waardenet');
  });

  it('a member on B follows it by handle: A stores and counts the follower, B the remote community and what came before', async () => {
    const earlier = await createThread(a, wa.member, wa.pub.id, { title: 'Van voor het volgen', body: 'Al eerder geschreven.' });
    await createPost(a, wa.manager, earlier.id, 'Een eerder antwoord.');
    const followed = await ok(b, FOLLOW, { handle: `${wa.pub.slug}@${hostA()}` }, wb.member.token);
    remoteId = followed.followRemoteCommunity.id;
    expect(followed.followRemoteCommunity.handle).toBe(`${wa.pub.slug}@${hostA()}`);
    await waitFor(async () => (await ok(b, REMOTE, { id: remoteId }, wb.member.token)).remoteCommunity.accepted, {
      what: 'A to accept the Follow',
      timeout: 20_000,
    });
    const status = await ok(a, `query($id: ID!) { communityFederation(communityId: $id) { remoteFollowers } }`, { id: wa.pub.id });
    expect(status.communityFederation.remoteFollowers).toBe(1);
    // Backfill: the Group's outbox filled in the thread (and its reply) written before the follow.
    const before = (await threadsOnB()).find((t) => t.title === 'Van voor het volgen');
    expect(before?.replies.map((r) => r.contentHtml)).toEqual(['<p>Een eerder antwoord.</p>\n']);
  });

  let threadOnA: { id: string };
  let threadOnB: RemoteThread;
  it('a thread on A arrives on B', async () => {
    threadOnA = await createThread(a, wa.member, wa.pub.id, {
      title: 'Welk boek lees je deze zomer?',
      body: 'Ik begin aan **Max Havelaar**.',
    });
    threadOnB = await waitFor(async () => (await threadsOnB()).find((t) => t.title === 'Welk boek lees je deze zomer?'), {
      what: 'the thread on B',
      timeout: 20_000,
    });
    expect(threadOnB.contentHtml).toContain('<strong>Max Havelaar</strong>');
    expect(threadOnB.authorName).toBe('Lid');
  });

  it('a reaction on A reaches B as a Like, and taking it back as its Undo', async () => {
    const [opening] = await a.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadOnA.id]);
    const REACT = `mutation($input: ReactInput!) { react(input: $input) { id } }`;
    await ok(a, REACT, { input: { postId: opening.id, kind: 'THANKS' } }, wa.manager.token);
    await waitFor(async () => (await threadsOnB()).find((t) => t.id === threadOnB.id)?.likeCount === 1, {
      what: 'the Like on B',
      timeout: 20_000,
    });
    await ok(
      a,
      `mutation($input: ReactInput!) { unreact(input: $input) { id } }`,
      { input: { postId: opening.id, kind: 'THANKS' } },
      wa.manager.token,
    );
    await waitFor(async () => (await threadsOnB()).find((t) => t.id === threadOnB.id)?.likeCount === 0, {
      what: 'the Undo on B',
      timeout: 20_000,
    });
  });

  it('a reply on A arrives on B under the thread', async () => {
    await createPost(a, wa.manager, threadOnA.id, 'Mooie keuze!');
    await waitFor(
      async () => (await threadsOnB()).find((t) => t.id === threadOnB.id)?.replies.some((r) => r.contentHtml.includes('Mooie keuze!')),
      { what: 'the reply on B', timeout: 20_000 },
    );
  });

  let replyFromB: string;
  it("a reply from B goes through A's moderation: held while pre-moderation is on, delivered to A's readers once approved", async () => {
    await ok(
      a,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: wa.pub.id, approval: 'ALL' } },
      wa.manager.token,
    );
    replyFromB = (
      await ok(b, REPLY, { input: { remotePostId: threadOnB.id, body: 'Groeten uit *B*: ik lees Hella Haasse.' } }, wb.member.token)
    ).replyToRemoteThread.id;
    const [held] = await waitFor(
      async () => {
        const rows = await a.sql<{ id: string; state: string; body: string }>(
          `SELECT p.id, p.state, p.body FROM posts p WHERE p.thread_id = $1 AND p.body LIKE '%Hella Haasse%'`,
          [threadOnA.id],
        );
        return rows.length ? rows : null;
      },
      { what: 'the reply from B on A', timeout: 20_000 },
    );
    expect(held.state).toBe('PENDING');
    const [remoteAuthor] = await a.sql(
      `SELECT a.handle FROM posts p JOIN federation_remote_actors a ON a.user_id = p.author_id WHERE p.id = $1`,
      [held.id],
    );
    expect(remoteAuthor.handle).toMatch(new RegExp(`@${new URL(b.config.email.publicUrl).host.replace(/\./g, '\\.')}$`));
    // Readers on A do not see it yet.
    const page = await ok(a, `query($id: ID!) { thread(id: $id) { posts { edges { node { body } } } } }`, { id: threadOnA.id });
    expect(JSON.stringify(page)).not.toContain('Hella Haasse');
    await ok(a, `mutation($id: ID!) { approvePost(postId: $id) { state } }`, { id: held.id }, wa.manager.token);
    const after = await ok(a, `query($id: ID!) { thread(id: $id) { posts { edges { node { body } } } } }`, { id: threadOnA.id });
    expect(JSON.stringify(after)).toContain('Hella Haasse');
    await ok(
      a,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: wa.pub.id, approval: 'OFF' } },
      wa.manager.token,
    );
  });

  it('from B, the member edits and deletes their reply and likes the thread: A follows each', async () => {
    const bodyOnA = async () =>
      (
        await a.sql<{ body: string; deleted: boolean }>(
          `SELECT p.body, p.deleted_at IS NOT NULL AS deleted FROM posts p JOIN federation_objects o ON o.post_id = p.id WHERE o.uri LIKE $1`,
          [`${b.config.email.publicUrl}/ap/replies/%`],
        )
      )[0];
    await ok(
      b,
      `mutation($input: ReplyToRemoteInput!) { editRemoteReply(input: $input) { id } }`,
      { input: { remotePostId: replyFromB, body: 'Ik lees toch Nescio.' } },
      wb.member.token,
    );
    await waitFor(async () => (await bodyOnA())?.body.includes('Nescio'), { what: 'the edit from B on A', timeout: 20_000 });
    const [opening] = await a.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadOnA.id]);
    await ok(
      b,
      `mutation($input: SetRemoteLikeInput!) { setRemoteLike(input: $input) { id likeCount } }`,
      { input: { remotePostId: threadOnB.id, liked: true } },
      wb.member.token,
    );
    await waitFor(async () => (await a.sql(`SELECT 1 FROM reactions WHERE post_id = $1 AND kind = 'LIKE'`, [opening.id])).length === 1, {
      what: 'the Like from B on A',
      timeout: 20_000,
    });
    await ok(
      b,
      `mutation($input: SetRemoteLikeInput!) { setRemoteLike(input: $input) { id } }`,
      { input: { remotePostId: threadOnB.id, liked: false } },
      wb.member.token,
    );
    await waitFor(async () => (await a.sql(`SELECT 1 FROM reactions WHERE post_id = $1`, [opening.id])).length === 0, {
      what: 'the Undo from B on A',
      timeout: 20_000,
    });
    await ok(b, `mutation($id: ID!) { deleteRemoteReply(remotePostId: $id) }`, { id: replyFromB }, wb.member.token);
    await waitFor(async () => (await bodyOnA())?.deleted, { what: 'the deletion from B on A', timeout: 20_000 });
  });

  it('an edit on A reaches B', async () => {
    const [opening] = await a.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadOnA.id]);
    await ok(
      a,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: opening.id, body: 'Ik lees toch **De avonden**.' } },
      wa.member.token,
    );
    await waitFor(async () => (await threadsOnB()).find((t) => t.id === threadOnB.id)?.contentHtml.includes('De avonden'), {
      what: 'the edit on B',
      timeout: 20_000,
    });
  });

  it('a deletion on A reaches B', async () => {
    const reply = await createPost(a, wa.manager, threadOnA.id, 'Dit trek ik zo weer in.');
    await waitFor(
      async () => (await threadsOnB()).find((t) => t.id === threadOnB.id)?.replies.some((r) => r.contentHtml.includes('zo weer in')),
      { what: 'the reply on B', timeout: 20_000 },
    );
    await ok(a, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: reply.id }, wa.manager.token);
    await waitFor(async () => !(await allOnB()).includes('zo weer in'), { what: 'the deletion on B', timeout: 20_000 });
  });

  it('nothing of a private community, nor a pending or removed post, ever reaches B', async () => {
    // The private community cannot federate, and its content is not delivered even to a follower of the public one.
    await createThread(a, wa.manager, wa.priv.id, { title: 'Geheim overleg', body: 'Vertrouwelijk: alleen voor leden.' });
    // A thread held for approval, and one removed by a moderator.
    await ok(
      a,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: wa.pub.id, approval: 'ALL' } },
      wa.manager.token,
    );
    const newcomer = await registerUser(a);
    await ok(a, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: wa.pub.id }, newcomer.token);
    await createThread(a, newcomer, wa.pub.id, { title: 'Wacht op goedkeuring', body: 'Nog niet zichtbaar.' });
    await ok(
      a,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: wa.pub.id, approval: 'OFF' } },
      wa.manager.token,
    );
    const removed = await createThread(a, wa.member, wa.pub.id, { title: 'Wordt verwijderd', body: 'Straks weg.' });
    const [removedPost] = await a.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [removed.id]);
    // Sent first, so that its removal must be sent as a Delete.
    await waitFor(async () => (await allOnB()).includes('Straks weg'), { what: 'the thread on B', timeout: 20_000 });
    await ok(
      a,
      `mutation($id: ID!, $reason: String!) { removePost(postId: $id, reason: $reason) { state } }`,
      { id: removedPost.id, reason: 'Niet passend hier' },
      wa.manager.token,
    );
    // A marker thread afterwards: once it is on B, everything before it was handled.
    await createThread(a, wa.member, wa.pub.id, { title: 'Markering', body: 'Na de rest.' });
    await waitFor(async () => (await allOnB()).includes('Markering'), { what: 'the marker thread on B', timeout: 20_000 });
    await waitFor(async () => !(await allOnB()).includes('Straks weg'), { what: 'the removal on B', timeout: 20_000 });
    const everything = await allOnB();
    for (const secret of ['Geheim overleg', 'Vertrouwelijk', 'Wacht op goedkeuring', 'Nog niet zichtbaar', 'Straks weg'])
      expect(everything).not.toContain(secret);
    // A thread that went out and is then moved into the private community is taken back from B.
    const moved = await createThread(a, wa.member, wa.pub.id, { title: 'Verhuist straks', body: 'Eerst openbaar.' });
    await createPost(a, wa.manager, moved.id, 'Een openbaar antwoord.');
    await waitFor(async () => (await allOnB()).includes('Een openbaar antwoord'), {
      what: 'the thread to be moved, on B',
      timeout: 20_000,
    });
    await ok(
      a,
      `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`,
      { t: moved.id, c: wa.priv.id },
      wa.manager.token,
    );
    await waitFor(async () => !(await allOnB()).includes('Eerst openbaar') && !(await allOnB()).includes('Een openbaar antwoord'), {
      what: 'the moved thread to leave B',
      timeout: 20_000,
    });
    // Nor is a private community's actor or thread served to anyone.
    const [privThread] = await a.sql<{ id: string }>(`SELECT t.id FROM threads t WHERE t.community_id = $1`, [wa.priv.id]);
    expect((await fetch(`${a.url}/ap/threads/${privThread.id}`, { headers: { accept: 'application/activity+json' } })).status).not.toBe(
      200,
    );
    expect((await fetch(`${a.url}/ap/actors/c-${wa.priv.id}`, { headers: { accept: 'application/activity+json' } })).status).not.toBe(200);
  });
});
