import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, ViewerDependent, renderMarkdown } from '@waardenet/core';
import { Course, CourseModule, CourseQuestion } from './academy.entities';
import { AcademyPolicy } from './academy.policy';
import { CourseAttemptsService } from './course-attempts.service';
import { CoursesService } from './courses.service';
import { AcademyAccess, AnswerCourseModuleInput, ModuleAnswerResult, SaveCourseInput } from './dto/academy.types';

@Resolver(() => Course)
export class AcademyResolver {
  constructor(
    private readonly courseService: CoursesService,
    private readonly attempts: CourseAttemptsService,
    private readonly policy: AcademyPolicy,
  ) {}

  @Access('public')
  @Query(() => AcademyAccess, { description: 'What the viewer may do in the Academy (all false for visitors and suspended accounts).' })
  async academyAccess(@Ctx() ctx: RequestContext): Promise<AcademyAccess> {
    const s = ctx.viewer && !ctx.viewer.suspended ? await this.policy.standing(ctx) : null;
    return {
      canRead: !!s && (s.nationalStaff || s.libraryStaff),
      canAuthor: !!s?.nationalStaff,
      canTake: !!s?.libraryStaff,
      canEditTargets: !!s?.nationalAdmin,
    };
  }

  @Access('user')
  @Query(() => [Course], {
    description: "The Academy's courses: published ones for library staff (the basic course first); drafts too for the national staff.",
  })
  courses(@Ctx() ctx: RequestContext): Promise<Course[]> {
    return this.courseService.list(ctx);
  }

  @Access('user')
  @Query(() => Course, { description: 'One course of the Academy (a draft only for the national staff).' })
  course(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Course> {
    return this.courseService.byId(ctx, id);
  }

  @Access('user')
  @Mutation(() => Course, { description: 'Writes a new draft course or changes one: the national staff and platform admins. Audited.' })
  saveCourse(@Ctx() ctx: RequestContext, @Args('input') input: SaveCourseInput): Promise<Course> {
    return this.courseService.save(ctx, input);
  }

  @Access('user')
  @Mutation(() => Course, {
    description:
      'Publishes a course to library staff (published: true) or takes it back to a draft: the national staff and platform admins. Audited.',
  })
  publishCourse(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('published', { defaultValue: true }) published: boolean,
  ): Promise<Course> {
    return this.courseService.publish(ctx, id, published);
  }

  @Access('user')
  @Mutation(() => ModuleAnswerResult, {
    description:
      "Answers a module's check questions (library staff): each answer is checked; all right passes the module, all modules passed completes the course.",
  })
  answerCourseModule(@Ctx() ctx: RequestContext, @Args('input') input: AnswerCourseModuleInput): Promise<ModuleAnswerResult> {
    return this.attempts.answer(ctx, input);
  }

  @ResolveField(() => [CourseModule], { description: 'Its modules, in order.' })
  modules(@Parent() course: Course, @Ctx() ctx: RequestContext): Promise<CourseModule[]> {
    return this.courseService.modulesLoader(ctx).load(course.id);
  }

  @ViewerDependent()
  @ResolveField(() => Date, { nullable: true, description: 'When the viewer completed this course; null: not (yet).' })
  viewerCompletedAt(@Parent() course: Course, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return this.attempts.completedLoader(ctx).load(course.id);
  }
}

@Resolver(() => CourseModule)
export class CourseModuleResolver {
  constructor(
    private readonly courseService: CoursesService,
    private readonly attempts: CourseAttemptsService,
  ) {}

  @ResolveField(() => String, { description: 'The text as HTML (rendered and sanitized on the server).' })
  bodyHtml(@Parent() module: CourseModule): string {
    return renderMarkdown(module.body);
  }

  @ResolveField(() => [CourseQuestion], { description: 'Its check questions, in order.' })
  questions(@Parent() module: CourseModule, @Ctx() ctx: RequestContext): Promise<CourseQuestion[]> {
    return this.courseService.questionsLoader(ctx).load(module.id);
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'The viewer answered every question of this module right (once is enough).' })
  viewerPassed(@Parent() module: CourseModule, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.attempts.passedLoader(ctx).load(module.id);
  }
}

@Resolver(() => CourseQuestion)
export class CourseQuestionResolver {
  constructor(private readonly policy: AcademyPolicy) {}

  @ViewerDependent()
  @ResolveField(() => Int, {
    nullable: true,
    description:
      'The right option (from 0): for the national staff who write the course; null for everyone else (answers are checked on the server).',
  })
  async correctOption(@Parent() question: CourseQuestion, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await this.policy.standing(ctx)).nationalStaff ? question.correctOption : null;
  }
}
