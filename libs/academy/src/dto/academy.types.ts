import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CourseModule } from '../academy.entities';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CourseQuestionInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 500)
  prompt!: string;

  @Field(() => [String], { description: '2 to 6 options.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  options!: string[];

  @Field(() => Int, { description: 'The right option, counted from 0.' })
  @IsInt()
  @Min(0)
  @Max(5)
  correctOption!: number;
}

@InputType()
export class CourseModuleInput {
  @Field(() => ID, { nullable: true, description: 'An existing module of this course to keep (its passes stay); none: a new module.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title!: string;

  @Field({ description: 'The text (markdown).' })
  @IsString()
  @Length(1, 20000)
  body!: string;

  @Field(() => String, { nullable: true, description: 'An https address, or /media/<id> of an image uploaded here.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  imageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with an image: what it shows.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  imageAlt?: string | null;

  @Field(() => [CourseQuestionInput], { description: 'Up to 10 check questions (none: the module is passed by reading it).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CourseQuestionInput)
  questions!: CourseQuestionInput[];
}

@InputType()
export class SaveCourseInput {
  @Field(() => ID, { nullable: true, description: 'The course to change; none: a new draft.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  summary!: string;

  @Field({
    defaultValue: false,
    description: 'Make this the basic course (the one that makes a library trained); another basic course stops being one.',
  })
  @IsBoolean()
  basic!: boolean;

  @Field(() => [CourseModuleInput], { description: '1 to 20 modules, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CourseModuleInput)
  modules!: CourseModuleInput[];
}

@InputType()
export class AnswerCourseModuleInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => [Int], { description: "The chosen option of each of the module's questions, in their order (from 0)." })
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  answers!: number[];
}

@InputType()
export class ProgrammeTargetsInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10000)
  trained!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10000)
  present!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10000)
  facilitating!: number;
}

@ObjectType({ description: 'What answering a module came to: which answers were right, and whether the module and the course are passed.' })
export class ModuleAnswerResult {
  @Field(() => CourseModule)
  module!: CourseModule;

  @Field(() => [Boolean], { description: 'Per question, in order: answered right.' })
  correct!: boolean[];

  @Field({ description: 'Every question right: the module is passed (it stays passed).' })
  passed!: boolean;

  @Field({ description: 'Every module of the course is passed now.' })
  courseCompleted!: boolean;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType({ description: 'The three phase figures of one week (the count at the end of that week).' })
export class PhaseWeek {
  @Field()
  weekStart!: Date;

  @Field(() => Int, { description: 'Libraries with a staff member who completed the basic course by the end of the week.' })
  trained!: number;

  @Field(() => Int, {
    description:
      'Libraries with a staff member who wrote a visible post in one of its communities in the 30 days up to the end of the week.',
  })
  present!: number;

  @Field(() => Int, {
    description:
      'Libraries with a community of 10+ active members in the 30 days up to the end of the week and an expert member (as the dashboard counts now).',
  })
  facilitating!: number;
}

@ObjectType({
  description:
    "One library's three phases in one calendar week (Monday 00:00 UTC), as they stood at the end of that week (now, for the current one).",
})
export class LibraryPhaseWeek {
  @Field()
  weekStart!: Date;

  @Field({ description: 'A current staff member had completed the basic course by the end of the week.' })
  trained!: boolean;

  @Field({
    description: 'Professionally present: a current staff member wrote a visible post in one of its communities in the 30 days up to then.',
  })
  present!: boolean;

  @Field({
    description:
      'Facilitating a value network: one of its communities, with an expert member, had 10+ active members in the 30 days up to then.',
  })
  facilitating!: boolean;
}

@ObjectType({
  description: 'What the viewer may do in the Academy (every answer false for a visitor): the client shows its screens by it.',
})
export class AcademyAccess {
  @Field({ description: 'Reads the published courses: staff of a library, platform admins.' })
  canRead!: boolean;

  @Field({ description: "Writes and publishes courses: the national foundation's staff, platform admins." })
  canAuthor!: boolean;

  @Field({ description: 'Takes courses: staff of a library.' })
  canTake!: boolean;

  @Field({ description: "Sets the programme's targets: the national foundation's admins, platform admins." })
  canEditTargets!: boolean;
}
