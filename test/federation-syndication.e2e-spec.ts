import { addStaff, createCommunity, createLibrary, createPost, createThread, join, registerUser, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { freePort } from './support/server-process';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/**
 * Issue 16 ask 5: a library that runs its own Waardenet (B) syndicates a thread to a national theme
 * community on the national instance (A), over ActivityPub between the two, with the provenance of local
 * syndication. Two instances, two databases, loopback HTTP (the explicit test setting).
 */
async function instance(): Promise<TestApp> {
  const port = await freePort();
  return createTestApp(
    { PUBLIC_URL: `http://127.0.0.1:${port}`, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1', FEDERATION_POLL_MS: '50' },
    { port },
  );
}

const SET_FEDERATION = `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled } }`;
const PROPOSE = `mutation($threadId: ID!, $targetHandle: String) {
  proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) { id state targetHandle toCommunityId fromCommunityId }
}`;
const PROPOSALS = `query($id: ID!, $state: SyndicationState) {
  syndicationProposals(communityId: $id, state: $state) {
    edges { node { id state fromLibrary { id } origin { instance libraryName communityName url } thread { id title state } } }
  }
}`;
const ACCEPT = `mutation($id: ID!) { acceptSyndication(syndicationId: $id) { id state showing } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawSyndication(syndicationId: $id) { id state } }`;
const ON_B = `query($id: ID!) { thread(id: $id) { syndications { id state targetHandle remoteUrl reason } } }`;
const MIRROR = `query($id: ID!) {
  thread(id: $id) { id title state provenance { fromLibrary { id } } remoteProvenance { instance libraryName communityName url }
    posts { edges { node { body state } } } }
}`;
const SETTINGS = `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`;

/** The reason of the first error (the operation must fail). */
async function reasonOf(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<string> {
  const res = await gql(t, query, variables, token);
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return (res.errors[0].extensions?.reason ?? res.errors[0].extensions?.code) as string;
}

type Proposal = {
  id: string;
  state: string;
  fromLibrary: null;
  origin: { instance: string; libraryName: string; communityName: string; url: string };
  thread: { id: string; title: string; state: string };
};

describe('syndication from a library’s own Waardenet (B) to a national community on the national instance (A)', () => {
  let a: TestApp;
  let b: TestApp;
  let wa: World;
  let wb: World;
  let national: { id: string; slug: string };
  let editor: Awaited<ReturnType<typeof registerUser>>;
  let reader: Awaited<ReturnType<typeof registerUser>>;
  const hostA = () => new URL(a.config.email.publicUrl).host;
  const hostB = () => new URL(b.config.email.publicUrl).host;
  const handle = () => `${national.slug}@${hostA()}`;
  const proposalsOnA = async (state = 'PROPOSED'): Promise<Proposal[]> =>
    (await ok(a, PROPOSALS, { id: national.id, state }, editor.token)).syndicationProposals.edges.map((e: { node: Proposal }) => e.node);
  const syndicationsOnB = async (threadId: string) =>
    (await ok(b, ON_B, { id: threadId }, wb.manager.token)).thread.syndications as {
      id: string;
      state: string;
      targetHandle: string;
      remoteUrl: string | null;
      reason: string | null;
    }[];
  /** Everything A holds that could have come from B, as text. */
  const allOnA = async () =>
    JSON.stringify([
      await a.sql(`SELECT title FROM threads`),
      await a.sql(`SELECT body, body_html FROM posts`),
      await a.sql(`SELECT uri FROM federation_objects`),
      await a.sql(`SELECT * FROM syndications`),
    ]);

  beforeAll(async () => {
    [a, b] = await Promise.all([instance(), instance()]);
    [wa, wb] = await Promise.all([world(a), world(b)]);
    const lib = await createLibrary(a, wa.admin, { kind: 'NATIONAL' });
    editor = await registerUser(a, { displayName: 'Landelijke redacteur' });
    await addStaff(a, wa.admin, lib.id, editor, 'COMMUNITY_MANAGER');
    national = await createCommunity(a, editor, lib.id, 'PUBLIC');
    await ok(a, SET_FEDERATION, { input: { communityId: national.id, enabled: true } }, editor.token);
    reader = await registerUser(a, { displayName: 'Lezer op A' });
    await join(a, reader, national.id);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** The audit lines of one syndication on one server, oldest first. */
  const auditOf = (on: TestApp, id: string) =>
    on.sql<{ actor_id: string | null; action: string; community_id: string | null; reason: string | null; details: string | null }>(
      `SELECT actor_id, action, community_id, reason, details FROM moderation_actions WHERE target_type = 'SYNDICATION' AND target_id = $1 ORDER BY id`,
      [id],
    );

  let thread: { id: string };
  it('refuses, with a reason and nothing written, what may not leave B', async () => {
    thread = await createThread(b, wb.member, wb.pub.id, { title: 'Leesclub over Hella Haasse', body: 'Wie leest mee met *Oeroeg*?' });
    const secret = await createThread(b, wb.manager, wb.priv.id, { title: 'Geheim bestuursoverleg', body: 'Alleen voor leden.' });
    // Federation still off for B's public community.
    expect(await reasonOf(b, PROPOSE, { threadId: thread.id, targetHandle: handle() }, wb.manager.token)).toBe('SYNDICATION_NOT_FEDERATED');
    await ok(b, SET_FEDERATION, { input: { communityId: wb.pub.id, enabled: true } }, wb.manager.token);
    expect(await reasonOf(b, PROPOSE, { threadId: secret.id, targetHandle: handle() }, wb.manager.token)).toBe('SYNDICATION_NOT_PUBLIC');
    expect(await reasonOf(b, PROPOSE, { threadId: thread.id, targetHandle: handle() }, wb.member.token)).toBe('ONLY_MODERATORS');
    expect(await reasonOf(b, PROPOSE, { threadId: thread.id, targetHandle: 'geen handle' }, wb.manager.token)).toBe(
      'REMOTE_HANDLE_INVALID',
    );
    expect(await reasonOf(b, PROPOSE, { threadId: thread.id, targetHandle: `onbekend@${hostA()}` }, wb.manager.token)).toBe(
      'REMOTE_COMMUNITY_NOT_FOUND',
    );
    expect(await b.sql(`SELECT * FROM syndications`)).toEqual([]);
    expect(await a.sql(`SELECT * FROM syndications`)).toEqual([]);
    expect(await b.sql(`SELECT * FROM moderation_actions WHERE target_type = 'SYNDICATION'`)).toEqual([]);
  });

  let proposal: Proposal;
  it('B proposes the thread to the national community on A: A’s national editors see it with its provenance, nobody else does', async () => {
    const proposed = (await ok(b, PROPOSE, { threadId: thread.id, targetHandle: handle() }, wb.manager.token)).proposeSyndication;
    expect(proposed).toMatchObject({ state: 'PROPOSED', targetHandle: handle(), toCommunityId: null, fromCommunityId: wb.pub.id });
    expect(await auditOf(b, proposed.id)).toEqual([
      {
        actor_id: wb.manager.id,
        action: 'PROPOSE_SYNDICATION',
        community_id: wb.pub.id,
        reason: null,
        details: expect.stringContaining(handle()),
      },
    ]);
    expect(await reasonOf(b, PROPOSE, { threadId: thread.id, targetHandle: handle() }, wb.manager.token)).toBe('ALREADY_SYNDICATED');
    [proposal] = await waitFor(async () => ((await proposalsOnA()).length ? proposalsOnA() : null), {
      what: 'the proposal on A',
      timeout: 20_000,
    });
    expect(proposal.fromLibrary).toBeNull();
    expect(proposal.origin).toEqual({
      instance: hostB(),
      libraryName: wb.library.name,
      communityName: wb.pub.name,
      url: `${b.config.email.publicUrl}/thread/${thread.id}`,
    });
    expect(proposal.thread).toMatchObject({ title: 'Leesclub over Hella Haasse', state: 'HIDDEN' });
    // Readers on A do not see the thread before the editors decide; B cannot decide for A.
    expect(await reasonOf(a, MIRROR, { id: proposal.thread.id }, reader.token)).toBe('THREAD_NOT_FOUND');
    expect(await reasonOf(a, ACCEPT, { id: proposal.id }, reader.token)).toBe('NOT_NATIONAL_EDITOR');
    expect(await reasonOf(b, ACCEPT, { id: proposed.id }, wb.manager.token)).toBe('SYNDICATION_DECIDED_ELSEWHERE');
    expect((await proposalsOnA())[0].state).toBe('PROPOSED');
  });

  it('A’s national editor accepts: the thread shows on A with its provenance and link back, and B hears it was accepted', async () => {
    expect((await ok(a, ACCEPT, { id: proposal.id }, editor.token)).acceptSyndication).toMatchObject({ state: 'ACCEPTED', showing: true });
    expect(await auditOf(a, proposal.id)).toEqual([
      {
        actor_id: editor.id,
        action: 'ACCEPT_SYNDICATION',
        community_id: national.id,
        reason: null,
        details: expect.stringContaining('from another Waardenet'),
      },
    ]);
    const mirror = (await ok(a, MIRROR, { id: proposal.thread.id })).thread;
    expect(mirror).toMatchObject({
      title: 'Leesclub over Hella Haasse',
      state: 'VISIBLE',
      provenance: null,
      remoteProvenance: proposal.origin,
    });
    expect(mirror.posts.edges[0].node.body).toContain('Oeroeg');
    const feed = await ok(a, `query($slug: String!) { community(slug: $slug) { threads { edges { node { id } } } } }`, {
      slug: national.slug,
    });
    expect(JSON.stringify(feed)).toContain(proposal.thread.id);
    const [onB] = await waitFor(
      async () => ((await syndicationsOnB(thread.id))[0]?.state === 'ACCEPTED' ? syndicationsOnB(thread.id) : null),
      {
        what: 'B to hear of the acceptance',
        timeout: 20_000,
      },
    );
    expect(onB.remoteUrl).toBe(`${a.config.email.publicUrl}/thread/${proposal.thread.id}`);
  });

  it('a reply on A reaches B through B’s moderation (held, then approved there)', async () => {
    await ok(b, SETTINGS, { input: { communityId: wb.pub.id, approval: 'ALL' } }, wb.manager.token);
    await createPost(a, reader, proposal.thread.id, 'Groeten van de landelijke gemeenschap: ik lees *Het woud der verwachting*.');
    const [held] = await waitFor(
      async () => {
        const rows = await b.sql<{ id: string; state: string }>(
          `SELECT id, state FROM posts WHERE thread_id = $1 AND body LIKE '%woud der%'`,
          [thread.id],
        );
        return rows.length ? rows : null;
      },
      { what: 'the reply from A on B', timeout: 20_000 },
    );
    expect(held.state).toBe('PENDING');
    const before = await ok(b, `query($id: ID!) { thread(id: $id) { posts { edges { node { body } } } } }`, { id: thread.id });
    expect(JSON.stringify(before)).not.toContain('woud der');
    await ok(b, `mutation($id: ID!) { approvePost(postId: $id) { state } }`, { id: held.id }, wb.manager.token);
    const after = await ok(b, `query($id: ID!) { thread(id: $id) { posts { edges { node { body } } } } }`, { id: thread.id });
    expect(JSON.stringify(after)).toContain('woud der');
    await ok(b, SETTINGS, { input: { communityId: wb.pub.id, approval: 'OFF' } }, wb.manager.token);
  });

  it('a reply on B reaches A through A’s moderation (held, then approved there); A’s own reply does not come back twice', async () => {
    await ok(a, SETTINGS, { input: { communityId: national.id, approval: 'ALL' } }, editor.token);
    await createPost(b, wb.member, thread.id, 'Vanuit de bibliotheek: we lezen ook *De avonden*.');
    const [held] = await waitFor(
      async () => {
        const rows = await a.sql<{ id: string; state: string }>(
          `SELECT id, state FROM posts WHERE thread_id = $1 AND body LIKE '%De avonden%'`,
          [proposal.thread.id],
        );
        return rows.length ? rows : null;
      },
      { what: 'the reply from B on A', timeout: 20_000 },
    );
    expect(held.state).toBe('PENDING');
    await ok(a, `mutation($id: ID!) { approvePost(postId: $id) { state } }`, { id: held.id }, editor.token);
    const mirror = (await ok(a, MIRROR, { id: proposal.thread.id })).thread;
    expect(JSON.stringify(mirror.posts)).toContain('De avonden');
    await ok(a, SETTINGS, { input: { communityId: national.id, approval: 'OFF' } }, editor.token);
    const copies = await a.sql(`SELECT id FROM posts WHERE thread_id = $1 AND body LIKE '%woud der%'`, [proposal.thread.id]);
    expect(copies).toHaveLength(1);
  });

  it('an edit of the original on B reaches the thread on A', async () => {
    const [opening] = await b.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [thread.id]);
    await ok(
      b,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: opening.id, body: 'Wie leest mee met *Oeroeg* en *Sleuteloog*?' } },
      wb.member.token,
    );
    await waitFor(async () => JSON.stringify((await ok(a, MIRROR, { id: proposal.thread.id })).thread.posts).includes('Sleuteloog'), {
      what: 'the edit on A',
      timeout: 20_000,
    });
  });

  it('withdrawing on B retracts the thread on A', async () => {
    const [s] = await syndicationsOnB(thread.id);
    expect((await ok(b, WITHDRAW, { id: s.id }, wb.manager.token)).withdrawSyndication.state).toBe('WITHDRAWN');
    expect((await auditOf(b, s.id)).map((l) => [l.action, l.actor_id, l.community_id])).toEqual([
      ['PROPOSE_SYNDICATION', wb.manager.id, wb.pub.id],
      ['WITHDRAW_SYNDICATION', wb.manager.id, wb.pub.id],
    ]);
    await waitFor(async () => (await proposalsOnA('WITHDRAWN')).some((p) => p.id === proposal.id), {
      what: 'the withdrawal on A',
      timeout: 20_000,
    });
    expect(await reasonOf(a, MIRROR, { id: proposal.thread.id }, reader.token)).toBe('THREAD_NOT_FOUND');
    const feed = await ok(a, `query($slug: String!) { community(slug: $slug) { threads { edges { node { id } } } } }`, {
      slug: national.slug,
    });
    expect(JSON.stringify(feed)).not.toContain(proposal.thread.id);
  });

  it('removing the original on B retracts it on A; a decline on A reaches B as DECLINED', async () => {
    const second = await createThread(b, wb.member, wb.pub.id, { title: 'Tweede leesclub', body: 'Over *Max Havelaar*.' });
    await ok(b, PROPOSE, { threadId: second.id, targetHandle: handle() }, wb.manager.token);
    const p2 = await waitFor(async () => (await proposalsOnA()).find((p) => p.thread?.title === 'Tweede leesclub'), {
      what: 'the second proposal on A',
      timeout: 20_000,
    });
    await ok(a, ACCEPT, { id: p2.id }, editor.token);
    await waitFor(async () => (await syndicationsOnB(second.id))[0]?.state === 'ACCEPTED', { what: 'acceptance on B', timeout: 20_000 });
    const [opening] = await b.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [second.id]);
    await ok(
      b,
      `mutation($id: ID!, $reason: String!) { removePost(postId: $id, reason: $reason) { state } }`,
      { id: opening.id, reason: 'Dubbel geplaatst' },
      wb.manager.token,
    );
    await waitFor(async () => (await proposalsOnA('WITHDRAWN')).some((p) => p.id === p2.id), {
      what: 'the retraction on A',
      timeout: 20_000,
    });
    expect(await reasonOf(a, MIRROR, { id: p2.thread.id }, reader.token)).toBe('THREAD_NOT_FOUND');

    const third = await createThread(b, wb.member, wb.pub.id, { title: 'Derde leesclub', body: 'Over *Kaas*.' });
    await ok(b, PROPOSE, { threadId: third.id, targetHandle: handle() }, wb.manager.token);
    const p3 = await waitFor(async () => (await proposalsOnA()).find((p) => p.thread?.title === 'Derde leesclub'), {
      what: 'the third proposal on A',
      timeout: 20_000,
    });
    await ok(a, DECLINE, { id: p3.id, reason: 'Past niet in het thema' }, editor.token);
    const [declined] = await waitFor(
      async () => ((await syndicationsOnB(third.id))[0]?.state === 'DECLINED' ? syndicationsOnB(third.id) : null),
      { what: 'the decline on B', timeout: 20_000 },
    );
    expect(declined.reason).toBe('Past niet in het thema');
    expect(await reasonOf(a, MIRROR, { id: p3.thread.id }, reader.token)).toBe('THREAD_NOT_FOUND');
  });

  it('switching federation off on B takes back on A what B’s community sent (Delete), and nothing more leaves', async () => {
    const FOLLOW = `mutation($handle: String!) { followRemoteCommunity(handle: $handle) { id accepted } }`;
    const followed = (await ok(a, FOLLOW, { handle: `${wb.pub.slug}@${hostB()}` }, reader.token)).followRemoteCommunity;
    await waitFor(
      async () =>
        (await a.sql<{ accepted: boolean }>(`SELECT accepted FROM federation_remote_communities WHERE id = $1`, [followed.id]))[0]
          ?.accepted,
      { what: 'B to accept the Follow', timeout: 20_000 },
    );
    const before = await createThread(b, wb.member, wb.pub.id, { title: 'Vlak voor het uitzetten', body: 'Nog even federatie.' });
    const uri = `${b.config.email.publicUrl}/ap/threads/${before.id}`;
    const onA = () =>
      a.sql<{ deleted: boolean; content_html: string }>(
        `SELECT deleted_at IS NOT NULL AS deleted, content_html FROM federation_remote_posts WHERE uri = $1`,
        [uri],
      );
    await waitFor(async () => (await onA()).length > 0, { what: 'the thread on A', timeout: 20_000 });
    await ok(b, SET_FEDERATION, { input: { communityId: wb.pub.id, enabled: false } }, wb.manager.token);
    await waitFor(async () => (await onA())[0]?.deleted, { what: 'the Delete on A', timeout: 20_000 });
    expect((await onA())[0].content_html).toBe('');
    // Nothing new leaves: a thread written after goes nowhere, and B's community is unknown to WebFinger again.
    await createThread(b, wb.member, wb.pub.id, { title: 'Na het uitzetten', body: 'Dit blijft hier.' });
    await waitFor(async () => (await b.sql<{ n: number }>(`SELECT count(*)::int AS n FROM federation_changes`))[0].n === 0, {
      what: 'B’s worker to look at the new thread',
      timeout: 20_000,
    });
    expect(await a.sql(`SELECT 1 FROM federation_remote_posts WHERE title = 'Na het uitzetten'`)).toEqual([]);
    expect((await fetch(`${b.url}/.well-known/webfinger?resource=acct:${wb.pub.slug}@${hostB()}`)).status).toBe(404);
    expect(await reasonOf(b, PROPOSE, { threadId: before.id, targetHandle: handle() }, wb.manager.token)).toBe('SYNDICATION_NOT_FEDERATED');
  });

  it('nothing private ever crossed to A', async () => {
    const onA = await allOnA();
    expect(onA).not.toContain('Geheim bestuursoverleg');
    expect(onA).not.toContain('Alleen voor leden');
    expect(onA).toContain('Leesclub over Hella Haasse');
  });
});
