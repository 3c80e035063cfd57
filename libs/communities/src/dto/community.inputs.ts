import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Visibility } from '../community.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateCommunityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 100, { message: 'must be between 3 and 100 characters long' })
  name!: string;

  @Field({ nullable: true, description: 'Made from the name when left out.' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold only lower-case letters, digits and single hyphens' })
  @Length(3, 80)
  slug?: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 5000, { message: 'must be between 1 and 5000 characters long' })
  description!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 60, { message: 'must be between 2 and 60 characters long' })
  theme!: string;

  @Field(() => Visibility)
  @IsEnum(Visibility)
  visibility!: Visibility;
}

@InputType()
export class MembershipDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  communityId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId!: string;

  @Field({ nullable: true, description: 'Why: written to the moderation log with the decision.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason?: string;
}
