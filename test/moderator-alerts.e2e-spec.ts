import { createPost, createThread, join, registerUser, TestUser } from './support/factories';
import { ok } from './support/gql';
import { channelListening } from './support/live-wait';
import { ModWorld, makeModerator, modWorld } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';
import { connectWs } from './support/ws-client';

const INBOX = `query { notifications(first: 50) { edges { node { id kind read actor { id } community { id } thread { id } post { id } } } } unreadCount }`;
type Node = {
  id: string;
  kind: string;
  read: boolean;
  actor: { id: string } | null;
  community: { id: string } | null;
  thread: { id: string } | null;
  post: { id: string } | null;
};
const ADDED = `subscription { notificationAdded { unreadCount notification { kind actor { id } community { id } post { id } } } }`;
type Added = {
  notificationAdded: {
    unreadCount: number;
    notification: { kind: string; actor: { id: string } | null; community: { id: string } | null; post: { id: string } | null };
  };
};

const ALERTS = new Set(['REPORT_FILED', 'JOIN_REQUESTED', 'POST_QUEUED']);
async function alerts(t: TestApp, user: TestUser): Promise<Node[]> {
  const data = await ok(t, INBOX, {}, user.token);
  return data.notifications.edges.map((e: { node: Node }) => e.node).filter((n: Node) => ALERTS.has(n.kind));
}
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`;
const SETTINGS = `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`;

describe('moderator alerts: reports, requests to join and queued posts reach the moderators, live and as notifications', () => {
  let t: TestApp;
  let w: ModWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('a new report reaches the community moderator (live) and the library staff, without the reporter; nobody else', async () => {
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Te koop' });
    const reply = await createPost(t, w.member, thread.id, 'Koop nu goedkope horloges');
    const reporter = await registerUser(t);
    await join(t, reporter, w.pub.id);
    const ws = connectWs(t.url, w.moderator.token);
    const live = await channelListening(t, `user:${w.moderator.id}`, () => ws.subscribe<Added>(ADDED));
    await ok(t, REPORT, { input: { postId: reply.id, reason: 'SPAM' } }, reporter.token);
    const [event] = await live.waitFor(1);
    expect(event.notificationAdded.notification).toEqual({
      kind: 'REPORT_FILED',
      actor: null,
      community: { id: w.pub.id },
      post: { id: reply.id },
    });
    expect(event.notificationAdded.unreadCount).toBeGreaterThanOrEqual(1);
    await ws.close();

    expect((await alerts(t, w.manager)).filter((n) => n.kind === 'REPORT_FILED' && n.post?.id === reply.id)).toHaveLength(1);
    for (const nobody of [reporter, w.member, w.outsider, w.otherMod, w.otherStaff]) {
      expect((await alerts(t, nobody)).filter((n) => n.post?.id === reply.id)).toEqual([]);
    }
  });

  it('a request to join a restricted community reaches its moderators with who asked; an open join alerts nobody', async () => {
    const asker = await registerUser(t, { displayName: 'Vrager' });
    expect(await join(t, asker, w.restricted.id)).toBe('PENDING');
    const requests = (await alerts(t, w.manager)).filter((n) => n.kind === 'JOIN_REQUESTED' && n.community?.id === w.restricted.id);
    expect(requests).toHaveLength(1);
    expect(requests[0].actor).toEqual({ id: asker.id });
    // Asking again while pending writes no second alert.
    await join(t, asker, w.restricted.id);
    expect((await alerts(t, w.manager)).filter((n) => n.kind === 'JOIN_REQUESTED' && n.community?.id === w.restricted.id)).toHaveLength(1);
    const before = (await alerts(t, w.moderator)).length;
    await join(t, await registerUser(t), w.pub.id);
    expect((await alerts(t, w.moderator)).length).toBe(before);
    expect((await alerts(t, w.otherMod)).filter((n) => n.community?.id === w.restricted.id)).toEqual([]);
  });

  it('a post held for approval reaches the moderators, not its author; a moderator who steps down no longer sees the alert', async () => {
    const community = w.sibling;
    const mod = await registerUser(t, { displayName: 'Tijdelijke moderator' });
    await makeModerator(t, mod, community.id);
    await ok(t, SETTINGS, { input: { communityId: community.id, approval: 'ALL' } }, w.manager.token);
    const writer = await registerUser(t);
    await join(t, writer, community.id);
    const thread = await createThread(t, writer, community.id, { title: 'Wacht op goedkeuring' });
    const queued = (await alerts(t, mod)).filter((n) => n.kind === 'POST_QUEUED' && n.thread?.id === thread.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ actor: { id: writer.id }, community: { id: community.id } });
    expect(queued[0].post).not.toBeNull();
    expect((await alerts(t, w.manager)).filter((n) => n.thread?.id === thread.id)).toHaveLength(1);
    expect((await alerts(t, writer)).filter((n) => n.thread?.id === thread.id)).toEqual([]);
    expect((await alerts(t, w.moderator)).filter((n) => n.thread?.id === thread.id)).toEqual([]);

    // Fail closed: once no longer a moderator, the alert (who wrote what, awaiting approval) is gone from their list.
    await t.sql(`UPDATE memberships SET role = 'MEMBER' WHERE community_id = $1 AND user_id = $2`, [community.id, mod.id]);
    expect((await alerts(t, mod)).filter((n) => n.thread?.id === thread.id)).toEqual([]);
  });
});
