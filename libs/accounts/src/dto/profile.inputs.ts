import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Locale } from '@waardenet/core';
import { normalizeDisplayName } from '../display-name';
import { BIO_MAX, HANDLE, normalizeBio, normalizeHandle } from '../handle-rules';

@InputType({ description: 'What to change in your profile; a field left out stays as it is.' })
export class UpdateProfileInput {
  @Field({
    nullable: true,
    description:
      "As at registration: NFKC-normalized; invisible, control and bidi characters are refused, as is a look-alike of a staff member's name.",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeDisplayName(value) : value))
  @IsString()
  @Length(2, 60, { message: 'must be between 2 and 60 characters long' })
  displayName?: string;

  @Field({ nullable: true, description: `Plain text, at most ${BIO_MAX} characters (reason BIO_TOO_LONG); an empty string removes it.` })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeBio(value) : value))
  @IsString()
  // A bound before anything else runs; ProfileService counts the characters (an emoji is one).
  @MaxLength(2 * BIO_MAX, { message: `must be at most ${BIO_MAX} characters long`, context: { reason: 'BIO_TOO_LONG' } })
  bio?: string;

  @Field(() => Locale, { nullable: true, description: 'Your preferred language: the web client and your mail.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class SetHandleInput {
  @Field({ description: '3 to 30 lower-case letters (a–z) and digits; upper case is lowered, a leading @ dropped.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeHandle(value) : value))
  @IsString()
  @Matches(HANDLE, { message: 'must be 3 to 30 letters (a–z) and digits' })
  handle!: string;
}
