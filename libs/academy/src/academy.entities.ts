import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';

/**
 * A short course of the Academy (issue #18 ask 5): modules of text, an image and a few check questions,
 * written and published by the national foundation's staff, taken by library staff. At most one course is
 * the basic course: a library counts as trained once one of its staff completed it.
 */
@ObjectType({ description: 'A course of the Academy: modules of text and images with a few check questions each.' })
@Entity('academy_courses')
@Index('academy_courses_basic_key', ['basic'], { unique: true, where: 'basic' })
export class Course {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'One or two sentences: what the course teaches (plain text).' })
  @Column('text', { default: '' })
  summary!: string;

  @Field({ description: 'The basic course: completing it makes the library of whoever completed it count as trained.' })
  @Column('boolean', { default: false })
  basic!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was published (library staff see only published courses); null: a draft.' })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One module of a course: a text (markdown), an optional image and its check questions.' })
@Entity('academy_modules')
@Index('academy_modules_course_idx', ['courseId', 'position'])
export class CourseModule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'course_id' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: Course;

  @Field(() => Int, { description: 'Its place in the course, from 0.' })
  @Column('integer')
  position!: number;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'The text as written (markdown).' })
  @Column('text')
  body!: string;

  @Field(() => String, { nullable: true, description: 'An image: an https address or one uploaded here (/media/<id>).' })
  @Column('text', { name: 'image_url', nullable: true })
  imageUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The image's alternative text (required with an image)." })
  @Column('text', { name: 'image_alt', nullable: true })
  imageAlt!: string | null;
}

@ObjectType({ description: 'A check question with a few options, exactly one of them right.' })
@Entity('academy_questions')
@Index('academy_questions_module_idx', ['moduleId', 'position'])
export class CourseQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @ManyToOne(() => CourseModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: CourseModule;

  @Field(() => Int)
  @Column('integer')
  position!: number;

  @Field()
  @Column('text')
  prompt!: string;

  @Field(() => [String])
  @Column('text', { array: true })
  options!: string[];

  /** Read through CourseQuestion.correctOption, for the national staff only. */
  @Column('integer', { name: 'correct_option' })
  correctOption!: number;
}

/** Every answer sent for a module: who, when, how many right (the attempts behind a completion). */
@Entity('academy_attempts')
@Index('academy_attempts_user_idx', ['userId', 'moduleId'])
export class CourseAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @ManyToOne(() => CourseModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: CourseModule;

  @Column('integer')
  correct!: number;

  @Column('integer')
  total!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A module someone answered every question of right (once; the first time counts). */
@Entity('academy_module_passes')
export class CourseModulePass {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn('uuid', { name: 'module_id' })
  moduleId!: string;

  @ManyToOne(() => CourseModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: CourseModule;

  @Column('timestamptz', { name: 'passed_at', default: () => 'now()' })
  passedAt!: Date;
}

/** A course someone completed: every module passed. The basic course's completions make libraries trained. */
@Entity('academy_completions')
@Index('academy_completions_user_idx', ['userId'])
export class CourseCompletion {
  @PrimaryColumn('uuid', { name: 'course_id' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: Course;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('timestamptz', { name: 'completed_at', default: () => 'now()' })
  completedAt!: Date;
}

/** The national programme's three targets (one row), editable by the national foundation's admins. */
@ObjectType({ description: "The national programme's targets: libraries trained, professionally present, facilitating a value network." })
@Entity('programme_targets')
export class ProgrammeTargets {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int)
  @Column('integer', { default: 167 })
  trained!: number;

  @Field(() => Int)
  @Column('integer', { default: 125 })
  present!: number;

  @Field(() => Int)
  @Column('integer', { default: 50 })
  facilitating!: number;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'updated_at', nullable: true })
  updatedAt!: Date | null;

  @Column('uuid', { name: 'updated_by_id', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: User;
}

export const ACADEMY_ENTITIES: (new () => object)[] = [
  Course,
  CourseModule,
  CourseQuestion,
  CourseAttempt,
  CourseModulePass,
  CourseCompletion,
  ProgrammeTargets,
];
