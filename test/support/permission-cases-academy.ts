import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');

const SAVE = `mutation($input: SaveCourseInput!) { saveCourse(input: $input) { id modules { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishCourse(id: $id) { id publishedAt } }`;

const courseInput = (title: string) => ({
  title,
  summary: 'Een cursus voor de permissietabel.',
  basic: false,
  modules: [
    {
      title: 'Module een',
      body: 'Tekst van de module.',
      questions: [{ prompt: 'Klopt dit?', options: ['Ja', 'Nee'], correctOption: 0 }],
    },
  ],
});

/** A fresh course written by the platform admin (national staff), published unless asked not to. */
async function freshCourse(w: PermissionWorld, published = true): Promise<{ id: string; moduleId: string; title: string }> {
  const title = `Cursus ${unique()}`;
  const saved = (await ok(w.t, SAVE, { input: courseInput(title) }, w.admin.token)).saveCourse;
  if (published) await ok(w.t, PUBLISH, { id: saved.id }, w.admin.token);
  return { id: saved.id, moduleId: saved.modules[0].id, title };
}

const COURSE_FIELDS = `query($id: ID!) { course(id: $id) { id viewerCompletedAt modules { id viewerPassed questions { id correctOption } } } }`;

/** How the Academy's operations of docs/permissions.md are tried (libs/academy). */
export const ACADEMY_CASES: Record<string, Case> = {
  // Everyone may ask; the answer is the actor's own: staff read and take, the platform admin writes and sets targets.
  academyAccess: async () => ({
    query: `query { academyAccess { canRead canAuthor canTake canEditTargets } }`,
    variables: {},
    verify: ({ data, actor }) => {
      const staff = ['staff', 'other staff', 'lib admin'].includes(actor);
      const admin = actor === 'admin';
      expect(data.academyAccess).toEqual({ canRead: staff || admin, canAuthor: admin, canTake: staff, canEditTargets: admin });
    },
  }),
  courses: async (w) => {
    const course = await freshCourse(w);
    return {
      query: `query { courses { id title } }`,
      variables: {},
      verify: ({ data }) => expect(data.courses).toContainEqual({ id: course.id, title: course.title }),
    };
  },
  course: async (w) => {
    const course = await freshCourse(w);
    return {
      query: `query($id: ID!) { course(id: $id) { id title modules { id } } }`,
      variables: { id: course.id },
      verify: ({ data }) => expect(data.course).toEqual({ id: course.id, title: course.title, modules: [{ id: course.moduleId }] }),
    };
  },
  readDraftCourse: async (w) => {
    const course = await freshCourse(w, false);
    return {
      query: `query($id: ID!) { course(id: $id) { id publishedAt } }`,
      variables: { id: course.id },
      verify: ({ data }) => expect(data.course).toEqual({ id: course.id, publishedAt: null }),
    };
  },
  saveCourse: async (w) => {
    const title = `Cursus ${unique()}`;
    return {
      query: SAVE,
      variables: { input: courseInput(title) },
      verify: async ({ data }) =>
        expect(await sqlValue(w, `SELECT title FROM academy_courses WHERE id = $1`, [data.saveCourse.id])).toBe(title),
    };
  },
  publishCourse: async (w) => {
    const course = await freshCourse(w, false);
    return {
      query: PUBLISH,
      variables: { id: course.id },
      verify: async () =>
        expect(await sqlValue(w, `SELECT published_at IS NOT NULL FROM academy_courses WHERE id = $1`, [course.id])).toBe(true),
    };
  },
  answerCourseModule: async (w) => {
    const course = await freshCourse(w);
    return {
      query: `mutation($input: AnswerCourseModuleInput!) { answerCourseModule(input: $input) { passed courseCompleted } }`,
      variables: { input: { moduleId: course.moduleId, answers: [0] } },
      verify: async ({ data, viewer }) => {
        expect(data.answerCourseModule).toEqual({ passed: true, courseCompleted: true });
        expect(
          await sqlValue(w, `SELECT count(*)::int FROM academy_completions WHERE course_id = $1 AND user_id = $2`, [course.id, viewer?.id]),
        ).toBe(1);
      },
    };
  },
  setProgrammeTargets: async (w) => {
    const trained = 100 + Math.floor(Math.random() * 900);
    return {
      query: `mutation($input: ProgrammeTargetsInput!) { setProgrammeTargets(input: $input) { trained present facilitating } }`,
      variables: { input: { trained, present: 125, facilitating: 50 } },
      verify: async ({ data }) => {
        expect(data.setProgrammeTargets).toEqual({ trained, present: 125, facilitating: 50 });
        expect(await sqlValue(w, `SELECT trained FROM programme_targets`)).toBe(trained);
      },
    };
  },
  nationalDashboardProgramme: async (w) => ({
    query: `query { nationalDashboard(weeks: 2) { librariesTrained targets { trained present facilitating }
      phaseHistory(weeks: 2) { weekStart trained present facilitating }
      perLibrary { library { id } trained trainedAt phaseHistory(weeks: 2) { weekStart trained present facilitating } } } }`,
    variables: {},
    verify: ({ data }) => {
      const d = data.nationalDashboard;
      expect(d.librariesTrained).toBe(d.perLibrary.filter((l: { trained: boolean }) => l.trained).length);
      expect(d.phaseHistory).toHaveLength(2);
      // The national counts are the libraries' phases added up.
      expect(d.phaseHistory[1].present).toBe(
        d.perLibrary.filter((l: { phaseHistory: { present: boolean }[] }) => l.phaseHistory[1].present).length,
      );
      expect(d.targets.present).toBeGreaterThanOrEqual(0);
      expect(d.perLibrary.map((l: { library: { id: string } }) => l.library.id)).toContain(w.library.id);
    },
  }),
  // The library's staff member writes in its public community: the library is present this week.
  libraryFiguresPhases: async (w) => {
    await createThread(w.t, w.staff, w.communities.pub.id, { title: `Welkom ${unique()}` });
    return {
      query: `query($id: ID!) { libraryFigures(libraryId: $id) { library { id } phaseHistory(weeks: 3) { weekStart trained present facilitating } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => {
        expect(data.libraryFigures.library.id).toBe(w.library.id);
        expect(data.libraryFigures.phaseHistory).toHaveLength(3);
        expect(data.libraryFigures.phaseHistory[2]).toMatchObject({ weekStart: expect.any(String), present: true });
      },
    };
  },
  'CourseQuestion.correctOption': async (w) => {
    const course = await freshCourse(w);
    const value = (data: Record<string, any>) => data.course.modules[0].questions[0].correctOption; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { query: COURSE_FIELDS, variables: { id: course.id }, value, verify: ({ data }) => expect(value(data)).toBe(0) };
  },
  // The world's staff member completed this course; nobody else did.
  'Course.viewerCompletedAt': async (w) => {
    const course = await freshCourse(w);
    await w.t.sql(`INSERT INTO academy_completions (course_id, user_id) VALUES ($1, $2)`, [course.id, w.staff.id]);
    const value = (data: Record<string, any>) => data.course.viewerCompletedAt; // eslint-disable-line @typescript-eslint/no-explicit-any
    return {
      query: COURSE_FIELDS,
      variables: { id: course.id },
      value,
      verify: ({ data }) => expect(value(data)).toEqual(expect.any(String)),
    };
  },
  'CourseModule.viewerPassed': async (w) => {
    const course = await freshCourse(w);
    await w.t.sql(`INSERT INTO academy_module_passes (user_id, module_id) VALUES ($1, $2)`, [w.staff.id, course.moduleId]);
    const value = (data: Record<string, any>) => data.course.modules[0].viewerPassed; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { query: COURSE_FIELDS, variables: { id: course.id }, value, verify: ({ data }) => expect(value(data)).toBe(true) };
  },
};
