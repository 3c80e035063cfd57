import { LiveEventsService } from '@waardenet/live/channels';
import { createPost, createThread, join, registerUser, TestUser, world, World } from './support/factories';
import { errorCode, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const NOTIFICATIONS = `query($unreadOnly: Boolean) {
  notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind read detail actor { id } community { id } thread { id title } post { id body } } } }
  unreadCount
}`;
type Node = {
  id: string;
  kind: string;
  read: boolean;
  detail: string | null;
  actor: { id: string } | null;
  community: { id: string } | null;
  thread: { id: string; title: string } | null;
  post: { id: string; body: string } | null;
};

async function inbox(t: TestApp, user: TestUser, unreadOnly = false): Promise<{ nodes: Node[]; unread: number }> {
  const data = await ok(t, NOTIFICATIONS, { unreadOnly }, user.token);
  return { nodes: data.notifications.edges.map((e: { node: Node }) => e.node), unread: data.unreadCount };
}

async function handleOf(t: TestApp, user: TestUser): Promise<string> {
  return (await ok(t, `{ me { handle } }`, {}, user.token)).me.handle;
}

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) }`;
const UNFOLLOW = `mutation($input: FollowInput!) { unfollow(input: $input) }`;

describe('following and notifications', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  }, 60_000);
  afterAll(() => t.close());

  it('gives every account a unique handle from its display name, and lets them choose another', async () => {
    const a = await registerUser(t, { displayName: 'Zoë de Boer' });
    const b = await registerUser(t, { displayName: 'Zoe de Boer' });
    expect(await handleOf(t, a)).toBe('zoedeboer');
    expect(await handleOf(t, b)).toBe('zoedeboer2');
    const set = await ok(t, `mutation { setHandle(input: { handle: "@ZoeB" }) { handle } }`, {}, a.token);
    expect(set.setHandle.handle).toBe('zoeb');
    expect(await errorCode(t, `mutation { setHandle(input: { handle: "zoeb" }) { handle } }`, {}, b.token)).toBe('CONFLICT');
    expect(await errorCode(t, `mutation { setHandle(input: { handle: "zo ë!" }) { handle } }`, {}, b.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, `mutation { setHandle(input: { handle: "someone" }) { handle } }`)).toBe('UNAUTHENTICATED');
  });

  it('notifies the author of a thread about replies (authors follow their threads), never the one who acted', async () => {
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Wie leest mee?' });
    const other = await registerUser(t);
    await join(t, other, w.pub.id);
    const reply = await createPost(t, other, thread.id, 'Ik lees mee');
    await createPost(t, w.member, thread.id, 'Fijn!');
    const { nodes, unread } = await inbox(t, w.member);
    const mine = nodes.filter((n) => n.thread?.id === thread.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'REPLY_IN_FOLLOWED_THREAD',
      read: false,
      actor: { id: other.id },
      post: { id: reply.id, body: 'Ik lees mee' },
    });
    expect(unread).toBeGreaterThanOrEqual(1);
    expect((await inbox(t, other)).nodes.filter((n) => n.thread?.id === thread.id)).toEqual([]);
  });

  it('follows and unfollows threads and communities; a new thread reaches community followers', async () => {
    const fan = await registerUser(t);
    await ok(t, FOLLOW, { input: { communityId: w.pub.id } }, fan.token);
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Nieuw in de gemeenschap' });
    expect((await inbox(t, fan)).nodes.map((n) => [n.kind, n.thread?.id])).toContainEqual(['THREAD_IN_FOLLOWED_COMMUNITY', thread.id]);

    await ok(t, FOLLOW, { input: { threadId: thread.id } }, fan.token);
    expect((await ok(t, `query($id: ID!) { thread(id: $id) { viewerFollows } }`, { id: thread.id }, fan.token)).thread.viewerFollows).toBe(
      true,
    );
    await createPost(t, w.member, thread.id, 'Eerste reactie');
    expect((await inbox(t, fan)).nodes.filter((n) => n.kind === 'REPLY_IN_FOLLOWED_THREAD' && n.thread?.id === thread.id)).toHaveLength(1);

    await ok(t, UNFOLLOW, { input: { threadId: thread.id } }, fan.token);
    await createPost(t, w.member, thread.id, 'Tweede reactie');
    expect((await inbox(t, fan)).nodes.filter((n) => n.kind === 'REPLY_IN_FOLLOWED_THREAD' && n.thread?.id === thread.id)).toHaveLength(1);
    expect(await errorCode(t, FOLLOW, { input: { threadId: thread.id, communityId: w.pub.id } }, fan.token)).toBe('BAD_USER_INPUT');
  });

  it('an outsider cannot follow what they may not read', async () => {
    const secret = await createThread(t, w.manager, w.priv.id);
    expect(await errorCode(t, FOLLOW, { input: { threadId: secret.id } }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, FOLLOW, { input: { communityId: w.priv.id } }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, FOLLOW, { input: { communityId: w.restricted.id } }, w.outsider.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, FOLLOW, { input: { communityId: w.pub.id } })).toBe('UNAUTHENTICATED');
  });

  it('a reply to your post that also mentions you, in a thread you follow, gives one notification: the mention', async () => {
    const asker = await registerUser(t);
    await join(t, asker, w.pub.id);
    const thread = await createThread(t, asker, w.pub.id);
    const question = await createPost(t, asker, thread.id, 'Mijn vraag');
    const handle = await handleOf(t, asker);
    const answer = await createPost(t, w.member, thread.id, `Goede vraag @${handle}, en \`@${handle}\` in code telt niet`, question.id);
    const about = (await inbox(t, asker)).nodes.filter((n) => n.post?.id === answer.id);
    expect(about.map((n) => n.kind)).toEqual(['MENTION']);
    const plain = await createPost(t, w.member, thread.id, 'Nog een antwoord', question.id);
    expect((await inbox(t, asker)).nodes.filter((n) => n.post?.id === plain.id).map((n) => n.kind)).toEqual(['REPLY_TO_POST']);
  });

  it('a mention in a private community gives nothing to someone who may not read it', async () => {
    const thread = await createThread(t, w.manager, w.priv.id, { title: 'Besloten overleg' });
    const before = (await inbox(t, w.outsider)).nodes.length;
    await createPost(t, w.manager, thread.id, `Zullen we @${await handleOf(t, w.outsider)} erbij halen?`);
    expect((await inbox(t, w.outsider)).nodes).toHaveLength(before);
    expect(await t.sql(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND thread_id = $2`, [w.outsider.id, thread.id])).toEqual([]);
  });

  it('re-checks at read time: a member who loses access sees no thread or post in an older notification', async () => {
    const insider = await registerUser(t);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      w.priv.id,
      insider.id,
    ]);
    const thread = await createThread(t, w.manager, w.priv.id, { title: 'Geheim plan' });
    await createPost(t, w.manager, thread.id, `Wat vind jij, @${await handleOf(t, insider)}?`);
    const [n] = (await inbox(t, insider)).nodes.filter((x) => x.kind === 'MENTION');
    expect(n.thread?.title).toBe('Geheim plan');
    await ok(t, `mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: w.priv.id }, insider.token);
    const [after] = (await inbox(t, insider)).nodes.filter((x) => x.id === n.id);
    expect(after).toMatchObject({ kind: 'MENTION', thread: null, post: null, community: null });
  });

  it('a post held for approval notifies nobody until a moderator approves it', async () => {
    const c = (
      await ok(
        t,
        `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
        {
          input: { libraryId: w.library.id, name: `Voorgemodereerd ${Date.now()}`, description: 'x', theme: 'lezen', visibility: 'PUBLIC' },
        },
        w.manager.token,
      )
    ).createCommunity;
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: c.id, approval: 'ALL' } },
      w.manager.token,
    );
    const writer = await registerUser(t);
    const target = await registerUser(t);
    await join(t, writer, c.id);
    const thread = await createThread(t, w.manager, c.id);
    const held = await createPost(t, writer, thread.id, `Hallo @${await handleOf(t, target)}`);
    expect((await inbox(t, target)).nodes.filter((n) => n.post?.id === held.id)).toEqual([]);
    // Its moderators hear of it only as work waiting for them (a moderator alert), not as a reply.
    expect((await inbox(t, w.manager)).nodes.filter((n) => n.post?.id === held.id).map((n) => n.kind)).toEqual(['POST_QUEUED']);
    await ok(t, `mutation($id: ID!) { approvePost(postId: $id) { id } }`, { id: held.id }, w.manager.token);
    expect((await inbox(t, target)).nodes.filter((n) => n.post?.id === held.id).map((n) => n.kind)).toEqual(['MENTION']);
    expect(
      (await inbox(t, w.manager)).nodes
        .filter((n) => n.post?.id === held.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['POST_QUEUED', 'REPLY_IN_FOLLOWED_THREAD']);
  });

  it('tells a person their membership was approved and the outcome of their report', async () => {
    const applicant = await registerUser(t);
    await join(t, applicant, w.restricted.id);
    await ok(
      t,
      `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
      { input: { communityId: w.restricted.id, userId: applicant.id } },
      w.manager.token,
    );
    expect((await inbox(t, applicant)).nodes).toContainEqual(
      expect.objectContaining({ kind: 'MEMBERSHIP_APPROVED', community: { id: w.restricted.id }, actor: { id: w.manager.id } }),
    );

    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Koop nu!');
    const reporter = await registerUser(t);
    await join(t, reporter, w.pub.id);
    const report = await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: post.id, reason: 'SPAM' } },
      reporter.token,
    );
    await ok(
      t,
      `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id } }`,
      { input: { reportId: report.reportContent.id, outcome: 'ACTED', action: 'REMOVE' } },
      w.manager.token,
    );
    const outcome = (await inbox(t, reporter)).nodes.find((n) => n.kind === 'REPORT_RESOLVED');
    expect(outcome).toMatchObject({ detail: 'ACTED', actor: null, community: { id: w.pub.id } });
  });

  it('reacts to the experts domain’s events: an accepted answer and verified expertise (never for one’s own act)', async () => {
    const thread = await createThread(t, w.manager, w.pub.id, { kind: 'QUESTION' });
    const answer = await createPost(t, w.member, thread.id, 'Het antwoord');
    const live = t.app.get(LiveEventsService);
    const expertiseId = '00000000-0000-4000-8000-000000000001';
    await live.transaction(async (_em, events) => {
      await events.announce({
        type: 'answer.accepted',
        postId: answer.id,
        threadId: thread.id,
        communityId: w.pub.id,
        byUserId: w.manager.id,
      });
      await events.announce({
        type: 'expertise.verified',
        expertiseId,
        userId: w.member.id,
        libraryId: w.library.id,
        byUserId: w.manager.id,
      });
      await events.announce({
        type: 'expertise.verified',
        expertiseId,
        userId: w.manager.id,
        libraryId: w.library.id,
        byUserId: w.manager.id,
      });
    });
    const got = (await inbox(t, w.member)).nodes.filter((n) => ['ANSWER_ACCEPTED', 'EXPERTISE_VERIFIED'].includes(n.kind));
    expect(got.map((n) => `${n.kind}:${n.post?.id ?? '-'}`).sort()).toEqual([`ANSWER_ACCEPTED:${answer.id}`, 'EXPERTISE_VERIFIED:-']);
    expect((await inbox(t, w.manager)).nodes.filter((n) => n.kind === 'EXPERTISE_VERIFIED')).toEqual([]);
  });

  it('marks notifications read, only the viewer’s own, by ids or all', async () => {
    const reader = await registerUser(t);
    await join(t, reader, w.pub.id);
    const thread = await createThread(t, reader, w.pub.id);
    for (const body of ['een', 'twee', 'drie']) await createPost(t, w.member, thread.id, body);
    const { nodes, unread } = await inbox(t, reader);
    expect(unread).toBe(3);
    const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;
    // Someone else's ids change nothing.
    expect((await ok(t, MARK, { input: { ids: [nodes[0].id] } }, w.member.token)).markNotificationsRead).toBe(0);
    expect((await ok(t, MARK, { input: { ids: [nodes[0].id] } }, reader.token)).markNotificationsRead).toBe(1);
    expect((await inbox(t, reader, true)).nodes.map((n) => n.id)).toEqual(nodes.slice(1).map((n) => n.id));
    expect((await ok(t, MARK, { input: { all: true } }, reader.token)).markNotificationsRead).toBe(2);
    expect((await inbox(t, reader)).unread).toBe(0);
    expect(await errorCode(t, MARK, { input: {} }, reader.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, MARK, { input: { all: true } })).toBe('UNAUTHENTICATED');
  });

  it('pages notifications newest first with opaque cursors', async () => {
    const reader = await registerUser(t);
    await join(t, reader, w.pub.id);
    const thread = await createThread(t, reader, w.pub.id);
    const posts = [];
    for (const body of ['a1', 'a2', 'a3']) posts.push(await createPost(t, w.member, thread.id, body));
    const Q = `query($after: String) { notifications(first: 2, after: $after) { edges { node { post { id } } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = (await ok(t, Q, {}, reader.token)).notifications;
    const p2 = (await ok(t, Q, { after: p1.pageInfo.endCursor }, reader.token)).notifications;
    expect([...p1.edges, ...p2.edges].map((e: { node: { post: { id: string } } }) => e.node.post.id)).toEqual(
      posts.map((p) => p.id).reverse(),
    );
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(await errorCode(t, `{ notifications(first: 101) { edges { cursor } } }`, {}, reader.token)).toBe('BAD_USER_INPUT');
  });

  it('respects preferences per kind: OFF writes nothing', async () => {
    const quiet = await registerUser(t);
    await join(t, quiet, w.pub.id);
    const prefs = await ok(t, `{ notificationPreferences { emailDelivery emailAvailable kinds { kind channel } } }`, {}, quiet.token);
    expect(prefs.notificationPreferences.kinds).toContainEqual({ kind: 'MENTION', channel: 'EMAIL' });
    expect(prefs.notificationPreferences.kinds).toContainEqual({ kind: 'REPLY_IN_FOLLOWED_THREAD', channel: 'IN_APP' });
    expect(prefs.notificationPreferences.emailAvailable).toBe(false);
    await ok(
      t,
      `mutation { setNotificationPreference(input: { kind: REPLY_IN_FOLLOWED_THREAD, channel: OFF }) { kinds { kind channel } } }`,
      {},
      quiet.token,
    );
    const thread = await createThread(t, quiet, w.pub.id);
    await createPost(t, w.member, thread.id, 'Stil maar');
    expect((await inbox(t, quiet)).nodes).toEqual([]);
    // Email is off on this server (no SMTP_URL): nothing is queued even for EMAIL kinds.
    await createPost(t, w.member, thread.id, `Hoi @${await handleOf(t, quiet)}`);
    expect((await inbox(t, quiet)).nodes.map((n) => n.kind)).toEqual(['MENTION']);
    expect(await t.sql(`SELECT 1 FROM email_outbox WHERE recipient_id = $1`, [quiet.id])).toEqual([]);
  });
});
