import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, notFound, requireViewer } from '@waardenet/core';
import { Course, CourseModule, CourseQuestion } from './academy.entities';
import { AcademyPolicy } from './academy.policy';
import { AnswerCourseModuleInput, ModuleAnswerResult } from './dto/academy.types';

/** Taking a course: answers checked per module, a module passed when every answer is right, the course completed when every module is. */
@Injectable()
export class CourseAttemptsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AcademyPolicy,
  ) {}

  async answer(ctx: RequestContext, input: AnswerCourseModuleInput): Promise<ModuleAnswerResult> {
    await this.policy.requireLearner(ctx);
    const userId = requireViewer(ctx).id;
    const module = await this.db.getRepository(CourseModule).findOneBy({ id: input.moduleId });
    const course = module && (await this.db.getRepository(Course).findOneBy({ id: module.courseId }));
    if (!module || !course?.publishedAt) throw notFound('That module', { reason: 'COURSE_NOT_FOUND' });
    const questions = await this.db.getRepository(CourseQuestion).find({ where: { moduleId: module.id }, order: { position: 'ASC' } });
    if (input.answers.length !== questions.length) {
      throw badInput(`answers: this module has ${questions.length} question(s); give one answer for each`, {
        reason: 'COURSE_ANSWERS_MISMATCH',
        fields: { answers: [`needs ${questions.length} answer(s)`] },
      });
    }
    const correct = questions.map((q, i) => q.correctOption === input.answers[i]);
    const passed = correct.every(Boolean);
    const completedAt = await this.db.transaction(async (em) => {
      await em.query(`INSERT INTO academy_attempts (user_id, module_id, correct, total) VALUES ($1, $2, $3, $4)`, [
        userId,
        module.id,
        correct.filter(Boolean).length,
        questions.length,
      ]);
      if (passed) {
        await em.query(`INSERT INTO academy_module_passes (user_id, module_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          userId,
          module.id,
        ]);
        // Completed once every module of the course is passed: the first time counts (a course changed later keeps it).
        await em.query(
          `INSERT INTO academy_completions (course_id, user_id)
           SELECT $1, $2 WHERE NOT EXISTS (
             SELECT 1 FROM academy_modules m WHERE m.course_id = $1
               AND NOT EXISTS (SELECT 1 FROM academy_module_passes p WHERE p.module_id = m.id AND p.user_id = $2))
           ON CONFLICT DO NOTHING`,
          [course.id, userId],
        );
      }
      const [row]: { completed_at: Date }[] = await em.query(
        `SELECT completed_at FROM academy_completions WHERE course_id = $1 AND user_id = $2`,
        [course.id, userId],
      );
      return row?.completed_at ?? null;
    });
    return { module, correct, passed, courseCompleted: !!completedAt, completedAt };
  }

  /** The viewer's passed modules, by module id (one query per request). */
  passedLoader(ctx: RequestContext): DataLoader<string, boolean> {
    return ctx.cached(
      'academy.passed',
      () =>
        new DataLoader<string, boolean>(async (moduleIds) => {
          const viewer = ctx.viewer;
          if (!viewer) return moduleIds.map(() => false);
          const rows: { module_id: string }[] = await this.db.query(
            `SELECT module_id FROM academy_module_passes WHERE user_id = $1 AND module_id = ANY($2::uuid[])`,
            [viewer.id, [...moduleIds]],
          );
          const passed = new Set(rows.map((r) => r.module_id));
          return moduleIds.map((id) => passed.has(id));
        }),
    );
  }

  /** When the viewer completed a course, by course id; null: not (yet). */
  completedLoader(ctx: RequestContext): DataLoader<string, Date | null> {
    return ctx.cached(
      'academy.completed',
      () =>
        new DataLoader<string, Date | null>(async (courseIds) => {
          const viewer = ctx.viewer;
          if (!viewer) return courseIds.map(() => null);
          const rows: { course_id: string; completed_at: Date }[] = await this.db.query(
            `SELECT course_id, completed_at FROM academy_completions WHERE user_id = $1 AND course_id = ANY($2::uuid[])`,
            [viewer.id, [...courseIds]],
          );
          return courseIds.map((id) => rows.find((r) => r.course_id === id)?.completed_at ?? null);
        }),
    );
  }
}
