import { isDeepStrictEqual } from 'node:util';
import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { LiveHub } from '@waardenet/live';
import { COMMUNITY_EVENTS, THREAD_EVENTS } from '../apps/web/src/api/operations';
import { FEED_EVENTS } from '../apps/web/src/api/operations-network';
import { NOTIFICATION_ADDED } from '../apps/web/src/api/operations-notify';
import { firstDifference, refusal, selectionAt, webOperationNames } from './support/differential';
import { TestUser, addStaff, createPost, createThread, join, registerUser, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { makeModerator } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { LiveEvents, WsClient, connectWs } from './support/ws-client';

/**
 * Differential: whatever a subscriber receives over graphql-ws equals what the same viewer gets from
 * the equivalent HTTP query at that moment, for every subscription field, the web client's own
 * documents and documents that select fields whose value depends on who asks. A frame executed for
 * one viewer and handed to another (a shared frame) shows up here as a difference.
 */

// Fields whose value depends on the viewer, none of them named viewer*: a guess by name misses them.
const PRIVATE_FIELDS = 'id displayName suspension { reason } expertise { topic state evidence rejectReason revokeReason }';
const THREAD_PRIVATE = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) {
  type post { id body bodyHtml state author { ${PRIVATE_FIELDS} } revisions { body } } thread { id title author { ${PRIVATE_FIELDS} } }
} }`;
const THREAD_VIEWER = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) {
  type post { id viewerReactions reactionCounts { kind count } author { id email } } thread { id viewerCanReply viewerFollows community { id viewerCanModerate viewerMembership { state role } } }
} }`;
const COMMUNITY_PRIVATE = `subscription($communityId: ID!) { communityEvents(communityId: $communityId) {
  type thread { id title author { ${PRIVATE_FIELDS} } }
} }`;
const COMMUNITY_VIEWER = `subscription($communityId: ID!) { communityEvents(communityId: $communityId) {
  type thread { id viewerCanReply viewerFollows community { id viewerCanModerate viewerMembership { state role } } }
} }`;
const NOTIFICATION_PRIVATE = `subscription { notificationAdded { unreadCount notification {
  id kind actor { ${PRIVATE_FIELDS} } thread { id title viewerCanReply viewerFollows } post { id body viewerReactions }
} } }`;

// The web client's documents (generated, fragments included) as the text they send.
const THREAD_DOCS = { web: String(THREAD_EVENTS), private: THREAD_PRIVATE, viewer: THREAD_VIEWER };
const COMMUNITY_DOCS = { web: String(COMMUNITY_EVENTS), feed: String(FEED_EVENTS), private: COMMUNITY_PRIVATE, viewer: COMMUNITY_VIEWER };
const NOTIFICATION_DOCS = { web: String(NOTIFICATION_ADDED), private: NOTIFICATION_PRIVATE };

type Frame = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Viewer = { name: string; user: TestUser | null };
interface Sub {
  viewer: Viewer;
  doc: string;
  query: string;
  events: LiveEvents<Frame>;
}

const REACT = `mutation($input: ReactInput!) { react(input: $input) { id } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`;
const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) }`;

const until = (check: () => boolean, what: string, ms = 10_000) => waitFor(check, { what, timeout: ms });

describe("live differential: a frame equals the same viewer's HTTP answer", () => {
  let t: TestApp;
  let w: World;
  let viewers: Viewer[];
  let author: TestUser;
  let moderator: TestUser;
  let suspended: TestUser;
  const sockets: WsClient[] = [];
  // Subscriptions to a user's notification channel, counted as the engine confirms them (the socket gives no sign).
  let userChannels = 0;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    const pubsub = t.app.get<PubSubEngine>(PUBSUB);
    const subscribe = pubsub.subscribe.bind(pubsub);
    pubsub.subscribe = async (channel, handler) => {
      const stop = await subscribe(channel, handler);
      if (channel.startsWith('user:')) userChannels++;
      return stop;
    };
    author = await registerUser(t, { displayName: 'Auteur met claim' });
    await join(t, author, w.pub.id);
    await claimExpertise(author, 'Mijn privé-bewijs: diploma archivistiek');
    const member = await registerUser(t, { displayName: 'Tweede lid' });
    await join(t, member, w.pub.id);
    moderator = await registerUser(t, { displayName: 'Moderator' });
    await makeModerator(t, moderator, w.pub.id);
    await claimExpertise(moderator, 'Bewijs van de moderator');
    const staff = await registerUser(t, { displayName: 'Bibliotheekmedewerker' });
    await addStaff(t, w.admin, w.library.id, staff, 'COMMUNITY_MANAGER');
    const banned = await registerUser(t, { displayName: 'Verbannen lid' });
    await join(t, banned, w.pub.id);
    await ok(t, BAN, { input: { communityId: w.pub.id, userId: banned.id, reason: 'Spam' } }, w.manager.token);
    suspended = await registerUser(t, { displayName: 'Geschorst lid' });
    await join(t, suspended, w.pub.id);
    // The author first: today's grouping runs a shared frame as the first subscriber of a group.
    viewers = [
      { name: 'author', user: author },
      { name: 'member', user: member },
      { name: 'admin', user: w.admin },
      { name: 'moderator', user: moderator },
      { name: 'staff', user: staff },
      { name: 'visitor', user: null },
      { name: 'banned', user: banned },
    ];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await t.close();
  });

  async function claimExpertise(user: TestUser, evidence: string) {
    // The claim names a library where the schema asks for one (a claim is made at a library).
    const fields = (await ok(t, `{ __type(name: "ClaimExpertiseInput") { inputFields { name } } }`)).__type.inputFields.map(
      (f: { name: string }) => f.name,
    );
    const input = {
      topic: `Onderwerp van ${user.id.slice(0, 8)}`,
      evidence,
      ...(fields.includes('libraryId') ? { libraryId: w.library.id } : {}),
    };
    await ok(t, `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`, { input }, user.token);
  }

  /** Every viewer subscribes with every document; returns once each subscription is live or refused. */
  async function subscribeAll(docs: Record<string, string>, variables: Record<string, unknown>, live: () => number): Promise<Sub[]> {
    const subs: Sub[] = [];
    // One viewer after the other, in the order of `viewers`: which subscriber comes first in a group is then known.
    for (const viewer of viewers) {
      const socket = connectWs(t.url, viewer.user?.token);
      sockets.push(socket);
      for (const [doc, query] of Object.entries(docs)) subs.push({ viewer, doc, query, events: socket.subscribe<Frame>(query, variables) });
      await until(
        () => live() + subs.filter((s) => s.events.errors.length).length >= subs.length,
        `${viewer.name}'s subscriptions to be live or refused`,
      );
    }
    return subs;
  }

  /** Waits for frame `n` (1-based) on every accepted subscription, then asks HTTP the same as each viewer and compares. */
  async function compareFrames(subs: Sub[], n: number, http: (s: Sub, frame: Frame) => Promise<{ frame: unknown; answer: unknown }>) {
    const accepted = subs.filter((s) => !s.events.errors.length);
    await until(() => accepted.every((s) => s.events.received.length >= n || s.events.errors.length), `frame ${n} on every subscription`);
    const diffs: unknown[] = [];
    for (const s of accepted) {
      if (s.events.errors.length) {
        diffs.push({ viewer: s.viewer.name, doc: s.doc, ended: s.events.errors[0] });
        continue;
      }
      const { frame, answer } = await http(s, s.events.received[n - 1]);
      const differs = firstDifference(frame, answer);
      if (differs) diffs.push({ event: n, viewer: s.viewer.name, doc: s.doc, ...differs });
    }
    expect(diffs).toEqual([]);
  }

  /**
   * A subscription refused means the HTTP equivalent refuses the same viewer with the same code, and the
   * other way round; except that a banned member, who may still read a public community, may not
   * subscribe to it (docs/permissions.md: "A banned member cannot post, react, report, subscribe …").
   */
  async function compareRefusals(subs: Sub[], http: (v: Viewer) => Promise<{ errors?: unknown[] }>, community = true) {
    const diffs: unknown[] = [];
    for (const viewer of viewers) {
      const answer = await http(viewer);
      for (const s of subs.filter((x) => x.viewer === viewer)) {
        const live = s.events.errors.length ? refusal(s.events.errors[0]) : 'accepted';
        let expected: unknown = answer.errors?.length ? refusal(answer.errors) : 'accepted';
        if (community && viewer.name === 'banned' && expected === 'accepted') expected = { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' };
        if (!isDeepStrictEqual(live, expected)) diffs.push({ viewer: viewer.name, doc: s.doc, live, http: expected });
      }
    }
    expect(diffs).toEqual([]);
  }

  it('uses every subscription document of the web client', () => {
    const used = [THREAD_EVENTS, COMMUNITY_EVENTS, FEED_EVENTS, NOTIFICATION_ADDED].map(
      (d) => /^\s*subscription (\w+)/.exec(String(d))![1],
    );
    expect(webOperationNames('subscription').sort()).toEqual(used.sort());
  });

  it('threadEvents: post and thread in every frame equal thread(id) { posts } over HTTP, for every viewer and document', async () => {
    const hub = t.app.get(LiveHub);
    const thread = await createThread(t, w.manager, w.pub.id);
    const held = await createPost(t, suspended, thread.id, 'Een bericht van iemand die straks geschorst wordt');
    await ok(t, SUSPEND, { input: { userId: suspended.id, reason: 'Herhaald schelden' } }, w.admin.token);
    const before = hub.listenerCount;
    const subs = await subscribeAll(THREAD_DOCS, { threadId: thread.id }, () => hub.listenerCount - before);
    await compareRefusals(subs, (v) => gql(t, `query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id }, v.user?.token));

    const http = async (s: Sub, frame: Frame) => {
      const event = frame.threadEvents;
      const postSel = selectionAt(s.query, ['threadEvents', 'post']);
      const threadSel = selectionAt(s.query, ['threadEvents', 'thread']);
      // graphql:dynamic: made of the subscription documents' selections (each checked where it is written).
      const data = await ok(
        t,
        /* graphql:dynamic */ `query($id: ID!) { thread(id: $id) { ${threadSel.slice(1, -1)} posts(first: 50) { edges { node ${postSel} } } } }`,
        { id: thread.id },
        s.viewer.user?.token,
      );
      const { posts, ...threadFields } = data.thread;
      const post = posts.edges.map((e: { node: { id: string } }) => e.node).find((p: { id: string }) => p.id === event.post?.id) ?? null;
      return { frame: { post: event.post, thread: event.thread }, answer: { post, thread: threadFields } };
    };
    // A reply by a member with a pending expertise claim (evidence only they and staff may read).
    await createPost(t, author, thread.id, 'Een antwoord van iemand met een openstaande claim');
    await compareFrames(subs, 1, http);
    // A moderator edits the post of a suspended member (the suspension only they and admins may read).
    await ok(t, EDIT, { input: { postId: held.id, body: 'Door de moderator ingekort' } }, moderator.token);
    await compareFrames(subs, 2, http);
    // A reaction: the viewer's own reactions differ per viewer.
    await ok(t, REACT, { input: { postId: held.id, kind: 'LIKE' } }, viewers[1].user!.token);
    await compareFrames(subs, 3, http);
  });

  it('communityEvents: the thread in every frame equals thread(id) over HTTP, for every viewer and document', async () => {
    const hub = t.app.get(LiveHub);
    const before = hub.listenerCount;
    const subs = await subscribeAll(COMMUNITY_DOCS, { communityId: w.pub.id }, () => hub.listenerCount - before);
    await compareRefusals(subs, (v) =>
      gql(
        t,
        `query($slug: String!) { community(slug: $slug) { id threads(first: 1) { edges { node { id } } } } }`,
        { slug: w.pub.slug },
        v.user?.token,
      ).then((res) =>
        res.errors?.length || res.data?.community?.threads
          ? res
          : { errors: [{ message: 'threads: null', extensions: { code: 'FORBIDDEN' } }] },
      ),
    );
    await createThread(t, author, w.pub.id, { title: 'Een nieuw onderwerp van de auteur met claim' });
    await compareFrames(subs, 1, async (s, frame) => {
      const event = frame.communityEvents;
      const data = await ok(
        t,
        /* graphql:dynamic */ `query($id: ID!) { thread(id: $id) ${selectionAt(s.query, ['communityEvents', 'thread'])} }`,
        { id: event.thread.id },
        s.viewer.user?.token,
      );
      return { frame: event.thread, answer: data.thread };
    });
  });

  it('a PRIVATE community and its threads: refused over both paths alike, NOT_FOUND to whoever may not see them', async () => {
    const hub = t.app.get(LiveHub);
    const thread = await createThread(t, w.manager, w.priv.id);
    let before = hub.listenerCount;
    const threadSubs = await subscribeAll({ web: THREAD_DOCS.web }, { threadId: thread.id }, () => hub.listenerCount - before);
    await compareRefusals(threadSubs, (v) => gql(t, `query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id }, v.user?.token));
    before = hub.listenerCount;
    const communitySubs = await subscribeAll({ web: COMMUNITY_DOCS.web }, { communityId: w.priv.id }, () => hub.listenerCount - before);
    await compareRefusals(communitySubs, (v) =>
      gql(t, `query($slug: String!) { community(slug: $slug) { id } }`, { slug: w.priv.slug }, v.user?.token),
    );
    expect(refusal(threadSubs.find((s) => s.viewer.name === 'member')!.events.errors[0])).toEqual({
      code: 'NOT_FOUND',
      reason: 'THREAD_NOT_FOUND',
    });
  });

  it('notificationAdded: every frame equals the newest of notifications and unreadCount over HTTP', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const followers = new Set<Viewer>();
    for (const v of viewers)
      if (v.user && !(await gql(t, FOLLOW, { input: { threadId: thread.id } }, v.user.token)).errors) followers.add(v);
    const before = userChannels;
    const subs = await subscribeAll(NOTIFICATION_DOCS, {}, () => userChannels - before);
    await compareRefusals(subs, (v) => gql(t, `{ unreadCount }`, {}, v.user?.token), false);
    await createPost(t, author, thread.id, 'Een antwoord in een gevolgde draad');
    // Who follows the thread is told; the author is not told of their own post.
    const told = subs.filter((s) => !s.events.errors.length && followers.has(s.viewer) && s.viewer !== viewers[0]);
    expect(told.map((s) => s.viewer.name)).toEqual(expect.arrayContaining(['member', 'moderator']));
    await compareFrames(told, 1, async (s, frame) => {
      const sel = selectionAt(s.query, ['notificationAdded', 'notification']);
      const data = await ok(
        t,
        /* graphql:dynamic */ `{ unreadCount notifications(first: 1) { edges { node ${sel} } } }`,
        {},
        s.viewer.user?.token,
      );
      return {
        frame: frame.notificationAdded,
        answer: { unreadCount: data.unreadCount, notification: data.notifications.edges[0]?.node ?? null },
      };
    });
  });
});
