import { Field, ID, InputType } from '@nestjs/graphql';
import { MarkdownBody } from '@waardenet/core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const tagList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set((value as unknown[]).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)))] : value;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = { message: 'must be a date as YYYY-MM-DD' };

/** The optional fields of an item, shared by create and update (null clears one on update). */
@InputType({ isAbstract: true })
class ContentDetails {
  @Field(() => [String], { nullable: true, description: 'At most 20, stored in lower case.' })
  @IsOptional()
  @Transform(tagList)
  @ArrayMaxSize(20, { message: 'may hold at most 20 tags' })
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be between 1 and 40 characters long' })
  tags?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters long' })
  campaign?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters long' })
  licence?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  validUntil?: string | null;

  @Field({ nullable: true, description: 'A local item that staff of every library may browse and publish.' })
  @IsOptional()
  @IsBoolean()
  sharedNationally?: boolean;
}

const TITLE = { message: 'must be between 3 and 200 characters long' };

@InputType()
export class CreateContentItemInput extends ContentDetails {
  @Field(() => ID, { description: 'The library that keeps it (a NATIONAL library for national items).' })
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 200, TITLE)
  title!: string;

  @Field({ description: 'Markdown; becomes the opening post when published.' })
  @MarkdownBody()
  body!: string;
}

@InputType()
export class UpdateContentItemInput extends ContentDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 200, TITLE)
  title?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MarkdownBody()
  body?: string;
}

@InputType()
export class ContentFilter {
  @Field({ nullable: true, description: 'Words looked for in the title, body and tags.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'must be between 1 and 200 characters long' })
  query?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Length(1, 40)
  tag?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  campaign?: string;

  @Field(() => ID, { nullable: true, description: 'Items kept by this library.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  libraryId?: string;

  @Field({ nullable: true, description: 'Items that may be published on this day (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  validOn?: string;

  @Field({ nullable: true, description: "Include archived items (only the viewer's own libraries' archived items are shown)." })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@InputType()
export class PublishContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  contentItemId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  communityId!: string;
}
