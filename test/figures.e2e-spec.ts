import request from 'supertest';
import { seedDemoIfEmpty } from '../apps/api/src/demo/seed-demo';
import {
  TestUser,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerAdmin,
  registerUser,
  world,
  World,
} from './support/factories';
import { errorCode, ok } from './support/gql';
import { makeModerator } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

const COMMUNITY_FIGURES = `query($id: ID!, $weeks: Int) { communityFigures(communityId: $id, weeks: $weeks) {
  community { id } members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions answeredShare
  acceptedQuestions unansweredQuestions expertAnswerShare topContributors { user { id } posts }
  weeks { weekStart newThreads newPosts medianFirstReplySeconds } } }`;
const LIBRARY_FIGURES = `query($id: ID!) { libraryFigures(libraryId: $id) { library { id } communities members questions } }`;
const NATIONAL = `query { nationalDashboard(weeks: 4) { libraries librariesPresent librariesFacilitating medianFirstReplySeconds
  perLibrary { library { id } present facilitatesValueNetwork medianFirstReplySeconds trend { weekStart medianFirstReplySeconds } } } }`;

/** Moves a post (and, for an opening post, its thread) back in time. */
async function backdate(t: TestApp, postId: string, secondsAgo: number) {
  await t.sql(`UPDATE posts SET created_at = now() - make_interval(secs => $2) WHERE id = $1`, [postId, secondsAgo]);
  await t.sql(`UPDATE threads SET created_at = p.created_at FROM posts p WHERE p.id = $1 AND p.seq = 1 AND threads.id = p.thread_id`, [
    postId,
  ]);
}

const openingPost = async (t: TestApp, threadId: string) =>
  (await t.sql(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadId]))[0].id as string;

describe('figures for moderators, library staff and the national foundation', () => {
  let t: TestApp;
  let w: World;
  let expert: TestUser;
  let helper: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    expert = await registerUser(t, { displayName: 'Deskundige' });
    helper = await registerUser(t, { displayName: 'Helper' });
    await join(t, expert, w.pub.id);
    await join(t, helper, w.pub.id);
    await t.sql(`UPDATE memberships SET role = 'EXPERT' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, expert.id]);
    // A question answered by the expert after 600 s, one answered by a member after 1800 s, one unanswered
    // (the asker's own reply does not count), and a discussion with a reply after 60 s.
    const q1 = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Vraag een' });
    const a1 = await createPost(t, expert, q1.id, 'Antwoord van de deskundige');
    const q2 = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Vraag twee' });
    const a2 = await createPost(t, helper, q2.id, 'Antwoord van een lid');
    const q3 = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION', title: 'Vraag drie' });
    await createPost(t, w.member, q3.id, 'Nog iemand?');
    const d = await createThread(t, helper, w.pub.id, { title: 'Gesprek' });
    const r = await createPost(t, w.member, d.id, 'Snel antwoord');
    for (const [thread, reply, asked, after] of [
      [q1, a1, 7200, 600],
      [q2, a2, 7200, 1800],
      [d, r, 3600, 60],
    ] as const) {
      await backdate(t, await openingPost(t, thread.id), asked);
      await backdate(t, reply.id, asked - after);
    }
    // Old activity: 40 days ago, outside the 30-day window.
    const old = await createThread(t, w.manager, w.pub.id, { title: 'Oud' });
    await backdate(t, await openingPost(t, old.id), 40 * 86400);
  }, 60_000);
  afterAll(() => t.close());

  it('gives a community its members, activity, first-reply time, questions and experts’ share', async () => {
    const f = (await ok(t, COMMUNITY_FIGURES, { id: w.pub.id, weeks: 8 }, w.manager.token)).communityFigures;
    expect(f.community.id).toBe(w.pub.id);
    expect(f.members).toBe(4); // the manager (owner), member, expert, helper
    expect(f.activeMembers30d).toBe(3); // member, expert, helper; the manager's post is 40 days old
    expect(f.activeMembers7d).toBe(3);
    expect(f.medianFirstReplySeconds).toBeCloseTo(600, 0); // of 60, 600 and 1800
    expect(f.questions).toBe(3);
    expect(f.answeredQuestions).toBe(2);
    expect(f.answeredShare).toBeCloseTo(2 / 3, 5);
    expect(f.unansweredQuestions).toBe(1);
    expect(f.expertAnswerShare).toBeCloseTo(0.5, 5); // two answers to questions, one by the expert
    expect(f.topContributors[0]).toEqual({ user: { id: w.member.id }, posts: 5 });
    expect(f.weeks).toHaveLength(8);
    const total = f.weeks.reduce((n: number, wk: { newThreads: number }) => n + wk.newThreads, 0);
    expect(total).toBe(5); // 40 days ago is within 8 weeks
  });

  it('lets the library see the same over its communities, and the nation its targets', async () => {
    const lib = (await ok(t, LIBRARY_FIGURES, { id: w.library.id }, w.manager.token)).libraryFigures;
    expect(lib).toMatchObject({ library: { id: w.library.id }, communities: 3, questions: 3 });
    const nat = (await ok(t, NATIONAL, {}, w.admin.token)).nationalDashboard;
    const mine = nat.perLibrary.find((l: { library: { id: string } }) => l.library.id === w.library.id);
    // The manager's only post is 40 days old: not present; 4 active members < 10: not facilitating.
    expect(mine).toMatchObject({ present: false, facilitatesValueNetwork: false });
    expect(mine.medianFirstReplySeconds).toBeCloseTo(600, 0);
    expect(mine.trend).toHaveLength(4);
  });

  it('counts a library present once its staff is active, and facilitating with 10 active members and an expert', async () => {
    const lib = await createLibrary(t, w.admin);
    const staff = await registerUser(t);
    await addStaff(t, w.admin, lib.id, staff, 'COMMUNITY_MANAGER');
    const c = await createCommunity(t, staff, lib.id, 'PUBLIC');
    const th = await createThread(t, staff, c.id);
    const people = await Promise.all(Array.from({ length: 9 }, () => registerUser(t)));
    for (const p of people) {
      await join(t, p, c.id);
      await createPost(t, p, th.id, 'Ik doe mee');
    }
    let row = (await ok(t, NATIONAL, {}, w.admin.token)).nationalDashboard.perLibrary.find(
      (l: { library: { id: string } }) => l.library.id === lib.id,
    );
    expect(row).toMatchObject({ present: true, facilitatesValueNetwork: false }); // 10 active, no expert yet
    await t.sql(`UPDATE memberships SET role = 'EXPERT' WHERE community_id = $1 AND user_id = $2`, [c.id, people[0].id]);
    const nat = (await ok(t, NATIONAL, {}, w.admin.token)).nationalDashboard;
    row = nat.perLibrary.find((l: { library: { id: string } }) => l.library.id === lib.id);
    expect(row).toMatchObject({ present: true, facilitatesValueNetwork: true });
    expect(nat.librariesPresent).toBe(nat.perLibrary.filter((l: { present: boolean }) => l.present).length);
    expect(nat.librariesFacilitating).toBeGreaterThanOrEqual(1);
  });

  it('refuses the figures to anyone but moderators, the library’s staff and national editors', async () => {
    const moderator = await registerUser(t);
    await makeModerator(t, moderator, w.pub.id);
    expect((await ok(t, COMMUNITY_FIGURES, { id: w.pub.id }, moderator.token)).communityFigures.members).toBeGreaterThan(0);
    expect(await errorCode(t, COMMUNITY_FIGURES, { id: w.pub.id })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, COMMUNITY_FIGURES, { id: w.pub.id }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, COMMUNITY_FIGURES, { id: w.priv.id }, w.outsider.token)).toBe('NOT_FOUND');
    expect(await errorCode(t, COMMUNITY_FIGURES, { id: w.pub.id, weeks: 0 }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, LIBRARY_FIGURES, { id: w.library.id }, moderator.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, NATIONAL, {}, w.manager.token)).toBe('FORBIDDEN');
    const national = await createLibrary(t, w.admin, { kind: 'NATIONAL' });
    const editor = await registerUser(t);
    await addStaff(t, w.admin, national.id, editor, 'COMMUNITY_MANAGER');
    expect((await ok(t, NATIONAL, {}, editor.token)).nationalDashboard.libraries).toBeGreaterThanOrEqual(2);
  });

  it('offers the same figures as CSV downloads with the same rights', async () => {
    const res = await request(t.url)
      .get(`/api/figures/communities/${w.pub.id}.csv?weeks=4`)
      .set('authorization', `Bearer ${w.manager.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.text).toContain('questions,3\r\n');
    expect(res.text).toContain('unanswered_questions,1\r\n');
    // The weekly rows (week_start, new_threads, new_posts, median): four columns; the reach rows per week below them have three.
    expect(res.text.split('\r\n').filter((l) => /^\d{4}-\d\d-\d\dT[^,]*,[^,]*,[^,]*,/.test(l))).toHaveLength(4);
    expect(res.text.split('\r\n').filter((l) => /^\d{4}-\d\d-\d\dT[^,]*,\d+,\d+$/.test(l))).toHaveLength(4);
    const lib = await request(t.url).get(`/api/figures/libraries/${w.library.id}.csv`).set('authorization', `Bearer ${w.manager.token}`);
    expect(lib.text).toContain('communities,3\r\n');
    const nat = await request(t.url).get('/api/figures/national.csv').set('authorization', `Bearer ${w.admin.token}`);
    expect(nat.text.split('\r\n')[0]).toMatch(
      /^library,slug,present,facilitates_value_network,median_first_reply_seconds,page_views,followers,followers_remote,catalogue_clicks,week_/,
    );
    expect((await request(t.url).get(`/api/figures/communities/${w.pub.id}.csv`)).body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const refused = await request(t.url).get(`/api/figures/communities/${w.pub.id}.csv`).set('authorization', `Bearer ${w.member.token}`);
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const national = await request(t.url).get('/api/figures/national.csv').set('authorization', `Bearer ${w.manager.token}`);
    expect(national.status).toBe(403);
  });
});

describe('the national dashboard on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
  }, 60_000);
  afterAll(() => t.close());

  it('counts the demo libraries: Utrecht present (its manager posts), Rotterdam not (no staff), none facilitating yet', async () => {
    const admin = await registerAdmin(t);
    const nat = (await ok(t, NATIONAL, {}, admin.token)).nationalDashboard;
    const bySlug = Object.fromEntries(
      await Promise.all(
        nat.perLibrary.map(async (l: { library: { id: string } }) => [
          (await t.sql(`SELECT slug FROM libraries WHERE id = $1`, [l.library.id]))[0].slug,
          l,
        ]),
      ),
    );
    expect(Object.keys(bySlug).sort()).toEqual(['bibliotheek-rotterdam', 'bibliotheek-utrecht']);
    expect(bySlug['bibliotheek-utrecht']).toMatchObject({ present: true, medianFirstReplySeconds: 9000 }); // demo replies come 150 minutes apart
    expect(bySlug['bibliotheek-rotterdam']).toMatchObject({ present: false, facilitatesValueNetwork: false });
    expect(nat).toMatchObject({ libraries: 2, librariesPresent: 1, librariesFacilitating: 0 });
  });
});
