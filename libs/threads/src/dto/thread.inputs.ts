import { Field, ID, InputType } from '@nestjs/graphql';
import { MarkdownBody } from '@waardenet/core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ThreadKind } from '../thread.entity';
import { ReactionKind } from '../reaction.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  communityId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 200, { message: 'must be between 3 and 200 characters long' })
  title!: string;

  @Field({ description: 'Markdown.' })
  @MarkdownBody()
  body!: string;

  @Field(() => ThreadKind, { defaultValue: ThreadKind.DISCUSSION })
  @IsEnum(ThreadKind)
  kind!: ThreadKind;

  @Field(() => [ID], { nullable: true, description: 'Catalogue items the thread is about (at most 10).' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'may name at most 10 items' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  itemIds?: string[];
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  threadId!: string;

  @Field({ description: 'Markdown.' })
  @MarkdownBody()
  body!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  replyToId?: string;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  postId!: string;

  @Field({ description: 'Markdown.' })
  @MarkdownBody()
  body!: string;

  @Field({ nullable: true, description: "Why a moderator edits someone else's post: written to the moderation log." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason?: string;
}

@InputType()
export class RedactRevisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  revisionId!: string;

  @Field({ description: 'Why the text is removed for good: written to the moderation log.' })
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason!: string;
}

@InputType()
export class ReactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  postId!: string;

  @Field(() => ReactionKind)
  @IsEnum(ReactionKind)
  kind!: ReactionKind;
}
