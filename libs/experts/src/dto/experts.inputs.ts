import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ID_RULE = { message: 'must be an id' };

@InputType()
export class ClaimExpertiseInput {
  @Field({ description: 'What you know about, e.g. "Utrechtse stadsgeschiedenis".' })
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: 'must be between 2 and 100 characters long' })
  topic!: string;

  @Field({ description: 'Why a library should believe you: a profession, publications, a link. Only you and library staff see it.' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000, { message: 'must be between 1 and 2000 characters long' })
  @Matches(/\S/, { message: 'must not be blank' })
  evidence!: string;

  @Field(() => ID, {
    description:
      'The library you ask to verify it: only its staff (and platform admins) see and decide the claim, and its badge it becomes.',
  })
  @IsUUID('all', ID_RULE)
  libraryId!: string;
}

@InputType()
export class VerifyExpertiseInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  expertiseId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The library the claim was made at (it vouches for it; you must be on its staff). Needed only for claims from before claimants chose a library.',
  })
  @IsOptional()
  @IsUUID('all', ID_RULE)
  libraryId?: string;
}

@InputType()
export class RevokeExpertiseInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  expertiseId!: string;

  @Field({ description: 'Shown in the library’s expertise log and to the expert.' })
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason!: string;
}

@InputType()
export class RejectExpertiseInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  expertiseId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The library the claim was made at, in whose name it is rejected (you must be on its staff). Needed only for claims from before claimants chose a library.',
  })
  @IsOptional()
  @IsUUID('all', ID_RULE)
  libraryId?: string;

  @Field({ description: 'Shown to the claimant and in the library’s expertise log.' })
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason!: string;
}
