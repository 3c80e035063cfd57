import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { ModAction, ModTarget, RequestContext, appendAudit, badInput, notFound, requireViewer } from '@waardenet/core';
import { Course, CourseModule, CourseQuestion } from './academy.entities';
import { AcademyPolicy } from './academy.policy';
import { SaveCourseInput } from './dto/academy.types';

const IMAGE_URL = /^(https:\/\/[^\s]+|\/media\/[0-9a-f-]{36}(\/[0-9]+\.(webp|jpg|png))?)$/i;

/** Writing, publishing and reading the Academy's courses (national staff write; library staff read what is published). */
@Injectable()
export class CoursesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AcademyPolicy,
  ) {}

  /** The courses the viewer may read: published ones (the basic course first); the national staff see drafts too. */
  async list(ctx: RequestContext): Promise<Course[]> {
    const standing = await this.policy.requireReader(ctx);
    const qb = this.db
      .getRepository(Course)
      .createQueryBuilder('c')
      .orderBy('c.basic', 'DESC')
      .addOrderBy('c.published_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('c.created_at', 'DESC');
    if (!standing.nationalStaff) qb.where('c.published_at IS NOT NULL');
    return qb.getMany();
  }

  /** One course; a draft is not found for anyone but the national staff. */
  async byId(ctx: RequestContext, id: string): Promise<Course> {
    const standing = await this.policy.requireReader(ctx);
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course || (!course.publishedAt && !standing.nationalStaff)) throw notFound('That course', { reason: 'COURSE_NOT_FOUND' });
    return course;
  }

  modulesLoader(ctx: RequestContext): DataLoader<string, CourseModule[]> {
    return ctx.cached(
      'academy.modules',
      () =>
        new DataLoader<string, CourseModule[]>(async (courseIds) => {
          const rows = await this.db
            .getRepository(CourseModule)
            .find({ where: { courseId: In([...courseIds]) }, order: { position: 'ASC' } });
          return courseIds.map((id) => rows.filter((m) => m.courseId === id));
        }),
    );
  }

  questionsLoader(ctx: RequestContext): DataLoader<string, CourseQuestion[]> {
    return ctx.cached(
      'academy.questions',
      () =>
        new DataLoader<string, CourseQuestion[]>(async (moduleIds) => {
          const rows = await this.db
            .getRepository(CourseQuestion)
            .find({ where: { moduleId: In([...moduleIds]) }, order: { position: 'ASC' } });
          return moduleIds.map((id) => rows.filter((q) => q.moduleId === id));
        }),
    );
  }

  /** Creates a draft or changes a course (modules kept by id keep their passes; the others go). Audited SAVE_COURSE. */
  async save(ctx: RequestContext, input: SaveCourseInput): Promise<Course> {
    await this.policy.requireAuthor(ctx);
    checkContent(input);
    const actorId = requireViewer(ctx).id;
    const id = await this.db.transaction(async (em) => {
      let course: Course;
      if (input.id) {
        const found = await em.getRepository(Course).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        if (!found) throw notFound('That course', { reason: 'COURSE_NOT_FOUND' });
        course = found;
      } else {
        course = em.getRepository(Course).create({ createdById: actorId, publishedAt: null });
      }
      if (input.basic)
        await em.query(`UPDATE academy_courses SET basic = false WHERE basic AND id IS DISTINCT FROM $1`, [course.id ?? null]);
      Object.assign(course, { title: input.title, summary: input.summary, basic: input.basic, updatedAt: new Date() });
      course = await em.getRepository(Course).save(course);
      await this.saveModules(em, course.id, input);
      await appendAudit(em, {
        actorId,
        action: ModAction.SAVE_COURSE,
        targetType: ModTarget.COURSE,
        targetId: course.id,
        communityId: null,
        details: `${input.id ? 'changed' : 'created'}: "${input.title}", ${input.modules.length} module(s)${input.basic ? ', basic course' : ''}`,
      });
      return course.id;
    });
    return this.db.getRepository(Course).findOneByOrFail({ id });
  }

  private async saveModules(em: EntityManager, courseId: string, input: SaveCourseInput): Promise<void> {
    const existing = new Set((await em.getRepository(CourseModule).findBy({ courseId })).map((m) => m.id));
    const kept = input.modules.flatMap((m) => (m.id ? [m.id] : []));
    const stranger = kept.find((id) => !existing.has(id));
    if (stranger) throw notFound('That module of this course', { reason: 'COURSE_MODULE_NOT_FOUND' });
    const gone = [...existing].filter((id) => !kept.includes(id));
    if (gone.length) await em.getRepository(CourseModule).delete({ id: In(gone) });
    if (kept.length) await em.getRepository(CourseQuestion).delete({ moduleId: In(kept) });
    for (const [position, m] of input.modules.entries()) {
      const saved = await em.getRepository(CourseModule).save({
        ...(m.id ? { id: m.id } : {}),
        courseId,
        position,
        title: m.title,
        body: m.body,
        imageUrl: m.imageUrl || null,
        imageAlt: m.imageUrl ? m.imageAlt || null : null,
      });
      if (m.questions.length) {
        await em.getRepository(CourseQuestion).insert(
          m.questions.map((q, i) => ({
            moduleId: saved.id,
            position: i,
            prompt: q.prompt,
            options: q.options,
            correctOption: q.correctOption,
          })),
        );
      }
    }
  }

  /** Publishes a course (library staff see it from now on) or takes it back to a draft. Audited. */
  async publish(ctx: RequestContext, id: string, published: boolean): Promise<Course> {
    await this.policy.requireAuthor(ctx);
    await this.db.transaction(async (em) => {
      const course = await em.getRepository(Course).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw notFound('That course', { reason: 'COURSE_NOT_FOUND' });
      if (!!course.publishedAt === published) return;
      await em.getRepository(Course).update({ id }, { publishedAt: published ? new Date() : null, updatedAt: new Date() });
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: published ? ModAction.PUBLISH_COURSE : ModAction.UNPUBLISH_COURSE,
        targetType: ModTarget.COURSE,
        targetId: id,
        communityId: null,
        details: `"${course.title}"${course.basic ? ' (basic course)' : ''}`,
      });
    });
    return this.db.getRepository(Course).findOneByOrFail({ id });
  }
}

/** What the validators cannot see: the right option among the options, an image with its alternative text. */
function checkContent(input: SaveCourseInput): void {
  for (const [i, m] of input.modules.entries()) {
    if (m.imageUrl && !IMAGE_URL.test(m.imageUrl)) {
      throw badInput(`modules[${i}].imageUrl: must be an https address or /media/<id>`, {
        reason: 'COURSE_IMAGE_INVALID',
        fields: { [`modules.${i}.imageUrl`]: ['must be an https address or /media/<id>'] },
      });
    }
    if (m.imageUrl && !m.imageAlt) {
      throw badInput(`modules[${i}].imageAlt: an image needs a text saying what it shows`, {
        reason: 'COURSE_IMAGE_ALT_REQUIRED',
        fields: { [`modules.${i}.imageAlt`]: ['is required with an image'] },
      });
    }
    for (const [j, q] of m.questions.entries()) {
      if (q.correctOption >= q.options.length) {
        throw badInput(`modules[${i}].questions[${j}].correctOption: must be one of the options`, {
          reason: 'COURSE_QUESTION_INVALID',
          fields: { [`modules.${i}.questions.${j}.correctOption`]: ['must be one of the options'] },
        });
      }
    }
  }
}
