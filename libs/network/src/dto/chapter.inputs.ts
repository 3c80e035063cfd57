import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Visibility } from '@waardenet/communities';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateChapterInput {
  @Field(() => ID, { description: 'A community of a NATIONAL library.' })
  @IsUUID('all', { message: 'must be an id' })
  nationalCommunityId!: string;

  @Field(() => ID, { description: 'The LOCAL library that opens the chapter.' })
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field({ nullable: true, description: "Defaults to the national community's name and the library's name." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 100, { message: 'must be between 3 and 100 characters long' })
  name?: string;

  @Field({ nullable: true, description: 'Made from the name when left out.' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold only lower-case letters, digits and single hyphens' })
  @Length(3, 80)
  slug?: string;

  @Field({ nullable: true, description: "Defaults to the national community's description." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 5000, { message: 'must be between 1 and 5000 characters long' })
  description?: string;

  @Field(() => Visibility, { nullable: true, description: 'Defaults to PUBLIC (only PUBLIC chapters can syndicate threads).' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
}
