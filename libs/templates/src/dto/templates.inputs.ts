import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Visibility } from '@waardenet/communities';
import { TemplateKind } from '../community-template.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value;
const ID_RULE = { message: 'must be an id' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: 'must be a day written YYYY-MM-DD' };

@InputType()
export class StarterThreadInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 200, { message: 'must be between 3 and 200 characters long' })
  title!: string;

  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @IsString()
  @Length(1, 10000, { message: 'must be between 1 and 10000 characters long' })
  body!: string;
}

@InputType()
export class PublishCommunityTemplateInput {
  @Field(() => TemplateKind)
  @IsEnum(TemplateKind)
  kind!: TemplateKind;

  @Field(() => ID, { description: 'A community of a NATIONAL library: the theme a library opens its chapter of.' })
  @IsUUID('all', ID_RULE)
  nationalCommunityId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 100, { message: 'must be between 3 and 100 characters long' })
  name!: string;

  @Field({ description: 'The description a community started from it gets (markdown).' })
  @Transform(trim)
  @IsString()
  @Length(1, 5000, { message: 'must be between 1 and 5000 characters long' })
  description!: string;

  @Field(() => [StarterThreadInput], { nullable: true, description: 'At most 5.' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'may hold at most 5 threads' })
  @ValidateNested({ each: true })
  @Type(() => StarterThreadInput)
  starterThreads?: StarterThreadInput[];

  @Field(() => [String], { nullable: true, description: 'At most 20 plain phrases.' })
  @IsOptional()
  @Transform(trimAll)
  @ArrayMaxSize(20, { message: 'may hold at most 20 phrases' })
  @IsString({ each: true })
  @Length(2, 100, { each: true, message: 'each phrase must be between 2 and 100 characters long' })
  watchedWords?: string[];

  @Field(() => String, { nullable: true, description: 'Campaigns: first day, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Campaigns: last day, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Campaigns: the banner text.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'must be between 1 and 200 characters long' })
  bannerText?: string | null;

  @Field(() => String, { nullable: true, description: 'Campaigns: the banner colour, #rrggbb.' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb' })
  bannerColor?: string | null;
}

@InputType()
export class AdoptCommunityTemplateInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  templateId!: string;

  @Field(() => ID, { description: 'The LOCAL library that adopts it.' })
  @IsUUID('all', ID_RULE)
  libraryId!: string;

  @Field({ nullable: true, description: 'For a new chapter: defaults to the template’s name and the library’s name.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 100, { message: 'must be between 3 and 100 characters long' })
  name?: string;

  @Field({ nullable: true, description: 'For a new chapter: made from the name when left out.' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold only lower-case letters, digits and single hyphens' })
  @Length(3, 80)
  slug?: string;

  @Field(() => Visibility, { nullable: true, description: 'For a new chapter: defaults to PUBLIC.' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
}
