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
} from './support/factories';
import { gql, ok } from './support/gql';
import { writeMark, writesSince } from './support/db-digest';
import { TestApp, createTestApp } from './support/test-app';

const SAVE = `mutation($input: SaveCourseInput!) { saveCourse(input: $input) {
  id title basic publishedAt modules { id title questions { id prompt options correctOption } } } }`;
const PUBLISH = `mutation($id: ID!, $published: Boolean) { publishCourse(id: $id, published: $published) { id publishedAt } }`;
const COURSES = `query { courses { id title basic publishedAt viewerCompletedAt } }`;
const COURSE = `query($id: ID!) { course(id: $id) { id title viewerCompletedAt modules { id title bodyHtml imageUrl imageAlt viewerPassed
  questions { id prompt options correctOption } } } }`;
const ANSWER = `mutation($input: AnswerCourseModuleInput!) { answerCourseModule(input: $input) {
  module { id } correct passed courseCompleted completedAt } }`;
const TARGETS = `mutation($input: ProgrammeTargetsInput!) { setProgrammeTargets(input: $input) { trained present facilitating } }`;
const DASHBOARD = `query { nationalDashboard(weeks: 4) { libraries librariesTrained librariesPresent librariesFacilitating
  targets { trained present facilitating } perLibrary { library { id } trained trainedAt }
  phaseHistory(weeks: 4) { weekStart trained present facilitating } } }`;

const basicCourse = (over: Record<string, unknown> = {}) => ({
  title: 'Sociale media voor bibliotheken: de basis',
  summary: 'Hoe je als bibliotheek professioneel aanwezig bent.',
  basic: true,
  modules: [
    {
      title: 'Waarom sociale media?',
      body: 'De collectie blijft het **vertrekpunt**.',
      imageUrl: 'https://example.org/waardenet.png',
      imageAlt: 'Een netwerk van lezers rond een boek',
      questions: [
        { prompt: 'Wat blijft het vertrekpunt?', options: ['De collectie', 'De advertenties'], correctOption: 0 },
        { prompt: 'Wie voegen kennis toe?', options: ['Niemand', 'Experts en lezers', 'Alleen robots'], correctOption: 1 },
      ],
    },
    {
      title: 'Je huisstijl',
      body: 'Eén toon, één stijl.',
      questions: [{ prompt: 'Hoeveel stijlen?', options: ['Eén', 'Tien'], correctOption: 0 }],
    },
  ],
  ...over,
});

interface Refusal {
  code?: string;
  reason?: string;
}

async function refusal(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<Refusal> {
  const res = await gql(t, query, variables, token);
  if (!res.errors?.length) throw new Error(`expected a refusal, got ${JSON.stringify(res.data)}`);
  const ext = res.errors[0].extensions as Refusal;
  return { code: ext.code, reason: ext.reason };
}

/** A refusal that writes nothing at all (every table's row trigger stays quiet). */
async function refusedUnchanged(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<Refusal> {
  const mark = await writeMark(t);
  const r = await refusal(t, query, variables, token);
  expect(await writesSince(t, mark)).toEqual({});
  return r;
}

describe('the Academy: national staff publish courses, library staff take them, libraries count as trained', () => {
  let t: TestApp;
  let admin: TestUser;
  let nationalStaff: TestUser;
  let nationalAdmin: TestUser;
  let localStaff: TestUser;
  let localAdmin: TestUser;
  let otherStaff: TestUser;
  let user: TestUser;
  let suspendedStaff: TestUser;
  let local: { id: string; slug: string };
  let courseId: string;
  let modules: { id: string; questions: { correctOption: number | null }[] }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    const national = await createLibrary(t, admin, { kind: 'NATIONAL' });
    local = await createLibrary(t, admin);
    const other = await createLibrary(t, admin);
    [nationalStaff, nationalAdmin, localStaff, localAdmin, otherStaff, user, suspendedStaff] = await Promise.all(
      ['Landelijk', 'Landelijk beheer', 'Bibliothecaris', 'Bibliotheekbeheer', 'Andere bieb', 'Lezer', 'Geschorst'].map((displayName) =>
        registerUser(t, { displayName }),
      ),
    );
    await addStaff(t, admin, national.id, nationalStaff, 'COMMUNITY_MANAGER');
    await addStaff(t, admin, national.id, nationalAdmin, 'ADMIN');
    await addStaff(t, admin, local.id, localStaff, 'COMMUNITY_MANAGER');
    await addStaff(t, admin, local.id, localAdmin, 'ADMIN');
    await addStaff(t, admin, other.id, otherStaff, 'COMMUNITY_MANAGER');
    await addStaff(t, admin, local.id, suspendedStaff, 'COMMUNITY_MANAGER');
    await t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [suspendedStaff.id]);
  });

  afterAll(() => t?.close());

  it('only the national staff and platform admins write courses; everyone else is refused with a reason and nothing is written', async () => {
    const input = basicCourse();
    expect(await refusedUnchanged(t, SAVE, { input })).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
    for (const who of [user, localStaff, localAdmin, otherStaff]) {
      expect(await refusedUnchanged(t, SAVE, { input }, who.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACADEMY_NATIONAL_STAFF_ONLY' });
    }
    expect(await refusedUnchanged(t, SAVE, { input }, suspendedStaff.token)).toEqual({ code: 'FORBIDDEN', reason: 'SUSPENDED_READ_ONLY' });
    // Content the validators cannot see: an image without its text, a right answer that is not an option.
    const noAlt = basicCourse({ modules: [{ title: 'Beeld', body: 'x', imageUrl: 'https://example.org/a.png', questions: [] }] });
    expect(await refusedUnchanged(t, SAVE, { input: noAlt }, nationalStaff.token)).toMatchObject({ reason: 'COURSE_IMAGE_ALT_REQUIRED' });
    const badImage = basicCourse({
      modules: [{ title: 'Beeld', body: 'x', imageUrl: 'javascript:alert(1)', imageAlt: 'a', questions: [] }],
    });
    expect(await refusedUnchanged(t, SAVE, { input: badImage }, nationalStaff.token)).toMatchObject({ reason: 'COURSE_IMAGE_INVALID' });
    const badQuestion = basicCourse({
      modules: [{ title: 'Vraag', body: 'x', questions: [{ prompt: 'Wat?', options: ['a', 'b'], correctOption: 3 }] }],
    });
    expect(await refusedUnchanged(t, SAVE, { input: badQuestion }, nationalStaff.token)).toMatchObject({
      reason: 'COURSE_QUESTION_INVALID',
    });
    expect(await t.sql(`SELECT 1 FROM academy_courses`)).toHaveLength(0);
  });

  it('the national staff write a draft and publish it, audited; library staff see it only once published, without the right answers', async () => {
    const saved = (await ok(t, SAVE, { input: basicCourse() }, nationalStaff.token)).saveCourse;
    courseId = saved.id;
    modules = saved.modules;
    expect(saved).toMatchObject({ basic: true, publishedAt: null });
    expect(saved.modules[0].questions.map((q: { correctOption: number }) => q.correctOption)).toEqual([0, 1]);
    expect(await t.sql(`SELECT action, target_type, actor_id FROM moderation_actions WHERE target_id = $1`, [courseId])).toEqual([
      { action: 'SAVE_COURSE', target_type: 'COURSE', actor_id: nationalStaff.id },
    ]);

    // A draft: not listed and not found for library staff; the national staff see it.
    expect((await ok(t, COURSES, {}, localStaff.token)).courses).toEqual([]);
    expect(await refusal(t, COURSE, { id: courseId }, localStaff.token)).toEqual({ code: 'NOT_FOUND', reason: 'COURSE_NOT_FOUND' });
    expect((await ok(t, COURSES, {}, nationalStaff.token)).courses.map((c: { id: string }) => c.id)).toEqual([courseId]);
    // Library staff cannot answer a draft's questions either.
    const draftAnswer = { input: { moduleId: modules[1].id, answers: [0] } };
    expect(await refusedUnchanged(t, ANSWER, draftAnswer, localStaff.token)).toEqual({ code: 'NOT_FOUND', reason: 'COURSE_NOT_FOUND' });

    // Publishing: only national staff; others refused, nothing written.
    for (const who of [user, localStaff, localAdmin]) {
      expect(await refusedUnchanged(t, PUBLISH, { id: courseId }, who.token)).toEqual({
        code: 'FORBIDDEN',
        reason: 'ACADEMY_NATIONAL_STAFF_ONLY',
      });
    }
    expect(await refusedUnchanged(t, PUBLISH, { id: courseId })).toMatchObject({ code: 'UNAUTHENTICATED' });
    const published = (await ok(t, PUBLISH, { id: courseId }, nationalStaff.token)).publishCourse;
    expect(published.publishedAt).toBeTruthy();
    expect(await t.sql(`SELECT action FROM moderation_actions WHERE target_id = $1 ORDER BY id`, [courseId])).toEqual([
      { action: 'SAVE_COURSE' },
      { action: 'PUBLISH_COURSE' },
    ]);

    for (const who of [localStaff, localAdmin, otherStaff, admin]) {
      expect((await ok(t, COURSES, {}, who.token)).courses.map((c: { id: string }) => c.id)).toEqual([courseId]);
    }
    const seen = (await ok(t, COURSE, { id: courseId }, localStaff.token)).course;
    expect(seen.modules[0].bodyHtml).toContain('<strong>vertrekpunt</strong>');
    expect(seen.modules[0]).toMatchObject({
      imageUrl: 'https://example.org/waardenet.png',
      imageAlt: 'Een netwerk van lezers rond een boek',
    });
    expect(seen.modules.flatMap((m: { questions: { correctOption: number | null }[] }) => m.questions.map((q) => q.correctOption))).toEqual(
      [null, null, null],
    );
  });

  it('reading the Academy: visitors must sign in, members who are no library staff are refused with a reason', async () => {
    expect(await refusedUnchanged(t, COURSES, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refusedUnchanged(t, COURSES, {}, user.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACADEMY_STAFF_ONLY' });
    expect(await refusedUnchanged(t, COURSE, { id: courseId }, user.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACADEMY_STAFF_ONLY' });
    expect(await refusedUnchanged(t, COURSES, {}, suspendedStaff.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED' });
  });

  it('only library staff take courses: others are refused with a reason and nothing is written', async () => {
    const input = { moduleId: modules[1].id, answers: [0] };
    expect(await refusedUnchanged(t, ANSWER, { input })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refusedUnchanged(t, ANSWER, { input }, user.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACADEMY_LIBRARY_STAFF_ONLY' });
    expect(await refusedUnchanged(t, ANSWER, { input }, admin.token)).toEqual({ code: 'FORBIDDEN', reason: 'ACADEMY_LIBRARY_STAFF_ONLY' });
    expect(await refusedUnchanged(t, ANSWER, { input }, suspendedStaff.token)).toEqual({
      code: 'FORBIDDEN',
      reason: 'SUSPENDED_READ_ONLY',
    });
    const wrongCount = { input: { moduleId: modules[0].id, answers: [0] } };
    expect(await refusedUnchanged(t, ANSWER, wrongCount, localStaff.token)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'COURSE_ANSWERS_MISMATCH',
    });
  });

  it('a library counts as trained once one of its staff passed every module of the basic course; the dashboard and its history rise', async () => {
    const before = (await ok(t, DASHBOARD, {}, admin.token)).nationalDashboard;
    expect(before.librariesTrained).toBe(0);
    expect(before.targets).toEqual({ trained: 167, present: 125, facilitating: 50 });
    expect(before.phaseHistory).toHaveLength(4);
    expect(before.phaseHistory.at(-1).trained).toBe(0);

    // One wrong answer: checked per question, the module is not passed, the attempt is recorded.
    const wrong = (await ok(t, ANSWER, { input: { moduleId: modules[0].id, answers: [0, 2] } }, localStaff.token)).answerCourseModule;
    expect(wrong).toMatchObject({ correct: [true, false], passed: false, courseCompleted: false, completedAt: null });
    const right = (await ok(t, ANSWER, { input: { moduleId: modules[0].id, answers: [0, 1] } }, localStaff.token)).answerCourseModule;
    expect(right).toMatchObject({ correct: [true, true], passed: true, courseCompleted: false });
    expect((await ok(t, DASHBOARD, {}, admin.token)).nationalDashboard.librariesTrained).toBe(0);
    const last = (await ok(t, ANSWER, { input: { moduleId: modules[1].id, answers: [0] } }, localStaff.token)).answerCourseModule;
    expect(last).toMatchObject({ passed: true, courseCompleted: true });
    expect(last.completedAt).toBeTruthy();
    expect(await t.sql(`SELECT correct, total FROM academy_attempts WHERE user_id = $1 ORDER BY id`, [localStaff.id])).toEqual([
      { correct: 1, total: 2 },
      { correct: 2, total: 2 },
      { correct: 1, total: 1 },
    ]);

    const course = (await ok(t, COURSE, { id: courseId }, localStaff.token)).course;
    expect(course.viewerCompletedAt).toBeTruthy();
    expect(course.modules.map((m: { viewerPassed: boolean }) => m.viewerPassed)).toEqual([true, true]);
    // Another library's staff did not complete it.
    expect((await ok(t, COURSE, { id: courseId }, otherStaff.token)).course.viewerCompletedAt).toBeNull();

    const after = (await ok(t, DASHBOARD, {}, nationalStaff.token)).nationalDashboard;
    expect(after.librariesTrained).toBe(1);
    const mine = after.perLibrary.find((l: { library: { id: string } }) => l.library.id === local.id);
    expect(mine.trained).toBe(true);
    expect(mine.trainedAt).toBeTruthy();
    expect(after.perLibrary.filter((l: { trained: boolean }) => l.trained)).toHaveLength(1);
    expect(after.phaseHistory.at(-1).trained).toBe(1);
    // Completing again changes nothing: the first completion counts.
    await ok(t, ANSWER, { input: { moduleId: modules[1].id, answers: [0] } }, localStaff.token);
    expect(await t.sql(`SELECT count(*)::int AS n FROM academy_completions`)).toEqual([{ n: 1 }]);
  });

  it("the national foundation's admins set the targets (audited); others are refused with a reason and nothing is written", async () => {
    const input = { trained: 170, present: 120, facilitating: 55 };
    expect(await refusedUnchanged(t, TARGETS, { input })).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const who of [user, localStaff, localAdmin, nationalStaff]) {
      expect(await refusedUnchanged(t, TARGETS, { input }, who.token)).toEqual({
        code: 'FORBIDDEN',
        reason: 'PROGRAMME_TARGETS_ADMINS_ONLY',
      });
    }
    expect((await ok(t, TARGETS, { input }, nationalAdmin.token)).setProgrammeTargets).toEqual(input);
    expect((await ok(t, DASHBOARD, {}, admin.token)).nationalDashboard.targets).toEqual(input);
    expect(await t.sql(`SELECT action, target_type, details FROM moderation_actions WHERE action = 'SET_PROGRAMME_TARGETS'`)).toEqual([
      { action: 'SET_PROGRAMME_TARGETS', target_type: 'PROGRAMME', details: 'trained/present/facilitating 167/125/50 → 170/120/55' },
    ]);
    await ok(t, TARGETS, { input: { trained: 167, present: 125, facilitating: 50 } }, admin.token);
  });

  it('the phase history counts a library present in the weeks whose last 30 days hold a staff post, as the dashboard does now', async () => {
    const community = await createCommunity(t, localStaff, local.id, 'PUBLIC');
    const thread = await createThread(t, localStaff, community.id, { title: 'Welkom in onze leesclub' });
    await t.sql(`UPDATE posts SET created_at = now() - interval '20 days' WHERE thread_id = $1`, [thread.id]);
    await t.sql(`UPDATE threads SET created_at = now() - interval '20 days' WHERE id = $1`, [thread.id]);
    const d = (
      await ok(t, `query { nationalDashboard(weeks: 6) { librariesPresent phaseHistory(weeks: 6) { present } } }`, {}, admin.token)
    ).nationalDashboard;
    expect(d.librariesPresent).toBe(1);
    const present = d.phaseHistory.map((w: { present: number }) => w.present);
    // The first week ended 28–35 days ago, before the post; the current one ends now, with it in its 30 days.
    expect(present[0]).toBe(0);
    expect(present.at(-1)).toBe(d.librariesPresent);
  });

  it('the programme CSV: the three phases against their targets, per library and per week, for the national staff only', async () => {
    const res = await request(t.url).get('/api/academy/programme.csv?weeks=3').set('authorization', `Bearer ${nationalStaff.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'phase,libraries,target',
      'trained,1,167',
      expect.stringMatching(/^present,\d+,125$/),
      expect.stringMatching(/^facilitating,\d+,50$/),
    ]);
    expect(lines).toContain('library,slug,trained,trained_at,present,facilitates_value_network');
    expect(lines.find((l) => l.includes(`,${local.slug},`))).toMatch(
      new RegExp(`,${local.slug},true,\\d{4}-\\d\\d-\\d\\dT[^,]+,true,false$`),
    );
    const weekHeader = lines.indexOf('week_start,trained,present,facilitating');
    const phaseHeader = lines.indexOf('library,slug,week_start,trained,present,facilitating');
    expect(phaseHeader).toBe(weekHeader + 5);
    expect(lines[weekHeader + 3]).toMatch(/^\d{4}-\d\d-\d\dT[^,]+,1,\d+,\d+$/);
    // Per library and week, 1/0: three weeks for each local library.
    expect(lines.slice(phaseHeader + 1).filter((l) => l.includes(`,${local.slug},`))).toEqual([
      expect.stringMatching(new RegExp(`,${local.slug},\\d{4}-\\d\\d-\\d\\d,[01],[01],0$`)),
      expect.stringMatching(new RegExp(`,${local.slug},\\d{4}-\\d\\d-\\d\\d,[01],[01],0$`)),
      expect.stringMatching(new RegExp(`,${local.slug},\\d{4}-\\d\\d-\\d\\d,1,1,0$`)),
    ]);

    const refused = await request(t.url).get('/api/academy/programme.csv').set('authorization', `Bearer ${localStaff.token}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', reason: 'NATIONAL_STAFF_ONLY' });
    expect((await request(t.url).get('/api/academy/programme.csv')).body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('per library and week: trained in week 1, present from week 2, no longer present from week 6, facilitating in weeks 1–4; nationally and in the CSVs', async () => {
    // A new library: its staff member completes the basic course on the Tuesday of week 1 (of 8, the current one is week 7),
    // writes in its community on the Wednesday of week 2, and ten readers (one an expert) talk there on the Friday of week 1.
    const NATIONAL_PHASES = `query { nationalDashboard(weeks: 8) { phaseHistory(weeks: 8) { weekStart trained present facilitating }
      perLibrary { library { id } phaseHistory(weeks: 8) { weekStart trained present facilitating } } } }`;
    const before = (await ok(t, NATIONAL_PHASES, {}, nationalStaff.token)).nationalDashboard.phaseHistory;
    const lib = await createLibrary(t, admin);
    const staffer = await registerUser(t, { displayName: 'Nieuwe bibliothecaris' });
    await addStaff(t, admin, lib.id, staffer, 'COMMUNITY_MANAGER');
    const community = await createCommunity(t, staffer, lib.id, 'PUBLIC');
    const readers = await Promise.all(Array.from({ length: 10 }, (_, i) => registerUser(t, { displayName: `Lezer ${i}` })));
    for (const r of readers) await join(t, r, community.id);
    await t.sql(`UPDATE memberships SET role = 'EXPERT' WHERE community_id = $1 AND user_id = $2`, [community.id, readers[0].id]);
    const talk = await createThread(t, readers[0], community.id, { title: 'Welk boek lezen we?' });
    for (const r of readers.slice(1)) await createPost(t, r, talk.id, 'Dit boek!');
    const welcome = await createThread(t, staffer, community.id, { title: 'Welkom bij de leesclub' });
    const [{ cur }] = await t.sql<{ cur: string }>(`SELECT date_trunc('week', now() AT TIME ZONE 'UTC')::date::text AS cur`);
    const day = (week: number, weekday: number, hour = 12) =>
      new Date(Date.parse(`${cur}T00:00:00Z`) - (7 - week) * 7 * 86_400_000 + weekday * 86_400_000 + hour * 3_600_000);
    await t.sql(`UPDATE posts SET created_at = $2 WHERE thread_id = $1`, [talk.id, day(1, 4)]);
    await t.sql(`UPDATE threads SET created_at = $2 WHERE id = $1`, [talk.id, day(1, 4)]);
    await t.sql(`UPDATE posts SET created_at = $2 WHERE thread_id = $1`, [welcome.id, day(2, 2)]);
    await t.sql(`UPDATE threads SET created_at = $2 WHERE id = $1`, [welcome.id, day(2, 2)]);
    await t.sql(`INSERT INTO academy_completions (course_id, user_id, completed_at) VALUES ($1, $2, $3)`, [
      courseId,
      staffer.id,
      day(1, 1),
    ]);

    const trained = [0, 1, 1, 1, 1, 1, 1, 1];
    const present = [0, 0, 1, 1, 1, 1, 0, 0];
    const facilitating = [0, 1, 1, 1, 1, 0, 0, 0];
    const expected = trained.map((_, i) => ({
      weekStart: day(i, 0, 0).toISOString(),
      trained: trained[i] === 1,
      present: present[i] === 1,
      facilitating: facilitating[i] === 1,
    }));
    // The library's own figures, for its staff.
    const own = (
      await ok(
        t,
        `query($id: ID!) { libraryFigures(libraryId: $id) { phaseHistory(weeks: 8) { weekStart trained present facilitating } } }`,
        { id: lib.id },
        staffer.token,
      )
    ).libraryFigures;
    expect(own.phaseHistory).toEqual(expected);
    // Nationally: its row, and the counts per week rose by exactly its phases.
    const after = (await ok(t, NATIONAL_PHASES, {}, nationalStaff.token)).nationalDashboard;
    expect(after.perLibrary.find((l: { library: { id: string } }) => l.library.id === lib.id).phaseHistory).toEqual(expected);
    expect(
      after.phaseHistory.map((w: { trained: number; present: number; facilitating: number }, i: number) => [
        w.trained - before[i].trained,
        w.present - before[i].present,
        w.facilitating - before[i].facilitating,
      ]),
    ).toEqual(trained.map((_, i) => [trained[i], present[i], facilitating[i]]));
    // The national counts are the libraries' phases added up.
    for (const phase of ['trained', 'present', 'facilitating'] as const) {
      expect(after.phaseHistory.map((w: Record<string, number>) => w[phase])).toEqual(
        after.phaseHistory.map(
          (_: unknown, i: number) =>
            after.perLibrary.filter((l: { phaseHistory: Record<string, boolean>[] }) => l.phaseHistory[i][phase]).length,
        ),
      );
    }
    // The CSVs: the programme's (national staff) and the library's own (its staff), one row per week, 1/0.
    const [{ name, slug }] = await t.sql<{ name: string; slug: string }>(`SELECT name, slug FROM libraries WHERE id = $1`, [lib.id]);
    const rows = expected.map((w, i) => `${name},${slug},${w.weekStart.slice(0, 10)},${trained[i]},${present[i]},${facilitating[i]}`);
    const programme = await request(t.url).get('/api/academy/programme.csv?weeks=8').set('authorization', `Bearer ${nationalStaff.token}`);
    expect(programme.text.split('\r\n').filter((l) => l.includes(`,${slug},`) && /,\d{4}-\d\d-\d\d,/.test(l))).toEqual(rows);
    const mine = await request(t.url)
      .get(`/api/academy/libraries/${lib.id}/phases.csv?weeks=8`)
      .set('authorization', `Bearer ${staffer.token}`);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toContain('text/csv');
    expect(mine.text).toBe(['library,slug,week_start,trained,present,facilitating', ...rows, ''].join('\r\n'));

    // Staff of another library, and library staff asking nationally: FORBIDDEN, nothing of it in the answer, nothing written.
    const ownQuery = `query($id: ID!) { libraryFigures(libraryId: $id) { phaseHistory(weeks: 8) { weekStart present } } }`;
    const res = await gql(t, ownQuery, { id: lib.id }, otherStaff.token);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' })]);
    expect(await refusedUnchanged(t, ownQuery, { id: lib.id }, localStaff.token)).toEqual({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    expect(await refusedUnchanged(t, NATIONAL_PHASES, {}, staffer.token)).toEqual({ code: 'FORBIDDEN', reason: 'NATIONAL_STAFF_ONLY' });
    const refusedCsv = await request(t.url)
      .get(`/api/academy/libraries/${lib.id}/phases.csv`)
      .set('authorization', `Bearer ${otherStaff.token}`);
    expect(refusedCsv.status).toBe(403);
    expect(refusedCsv.body).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    expect(refusedCsv.text).not.toContain(slug);
    expect(await refusal(t, `query { nationalDashboard { phaseHistory(weeks: 53) { trained } } }`, {}, admin.token)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'WEEKS_OUT_OF_RANGE',
    });
  });

  it('a changed course keeps the modules it names (their passes stay) and drops the others; a stranger module id is refused', async () => {
    const input = basicCourse({ id: courseId, modules: [{ ...basicCourse().modules[1], id: modules[1].id }] });
    const saved = (await ok(t, SAVE, { input }, nationalStaff.token)).saveCourse;
    expect(saved.modules.map((m: { id: string }) => m.id)).toEqual([modules[1].id]);
    expect(await t.sql(`SELECT module_id FROM academy_module_passes WHERE user_id = $1`, [localStaff.id])).toEqual([
      { module_id: modules[1].id },
    ]);
    const stranger = basicCourse({ id: courseId, modules: [{ ...basicCourse().modules[1], id: modules[0].id }] });
    expect(await refusedUnchanged(t, SAVE, { input: stranger }, nationalStaff.token)).toEqual({
      code: 'NOT_FOUND',
      reason: 'COURSE_MODULE_NOT_FOUND',
    });
    // Back to a draft: library staff lose sight of it, audited.
    await ok(t, PUBLISH, { id: courseId, published: false }, admin.token);
    expect((await ok(t, COURSES, {}, localStaff.token)).courses).toEqual([]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM moderation_actions WHERE action = 'UNPUBLISH_COURSE'`)).toEqual([{ n: 1 }]);
  });
});

describe('the demo: the Academy’s basic course, published, for the demo library staff to take', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('seeds one published basic course with modules and check questions', async () => {
    expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
    const courses = await t.sql<{ title: string; basic: boolean; published: boolean; modules: number; questions: number }>(
      `SELECT c.title, c.basic, c.published_at IS NOT NULL AS published,
         (SELECT count(*)::int FROM academy_modules m WHERE m.course_id = c.id) AS modules,
         (SELECT count(*)::int FROM academy_questions q JOIN academy_modules m ON m.id = q.module_id WHERE m.course_id = c.id) AS questions
       FROM academy_courses c`,
    );
    expect(courses).toEqual([
      { title: 'Sociale media voor bibliotheken: de basis', basic: true, published: true, modules: 4, questions: 5 },
    ]);
    // Nobody has completed it yet: the demo's national dashboard starts at 0 trained.
    expect(await t.sql(`SELECT 1 FROM academy_completions`)).toEqual([]);
  });
});
