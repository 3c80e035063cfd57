import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, IsUrl, Length, Matches, ValidateIf } from 'class-validator';
import { LibraryKind } from '../library.entity';
import { StaffRole } from '../library-staff.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** https, a plain host (no user, no placeholder in it), then a path or query holding {isbn} or {recordId}. */
export const CATALOGUE_URL_TEMPLATE =
  /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d{1,5})?[/?][^\s"'<>\\^`|]*\{(isbn|recordId)\}[^\s"'<>\\^`|]*$/;

@InputType()
export class CreateLibraryInput {
  @Field()
  @Transform(trim)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold only lower-case letters, digits and single hyphens' })
  @Length(2, 60)
  slug!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field(() => LibraryKind)
  @IsEnum(LibraryKind)
  kind!: LibraryKind;
}

@InputType()
export class LibraryStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId!: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role!: StaffRole;

  @Field({ nullable: true, description: "Why: written to the library's audit log." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason?: string;
}

@InputType()
export class RemoveLibraryStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId!: string;

  @Field({ nullable: true, description: "Why: written to the library's audit log." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason?: string;
}

@InputType({ description: "A library's house style; a field left out stays as it is, null clears it." })
export class UpdateLibraryStyleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field({ nullable: true, description: 'Cannot be cleared.' })
  @ValidateIf((_o, v) => v !== undefined)
  @Transform(trim)
  @IsString({ message: 'must be a name' })
  @Length(2, 120)
  name?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: true }, { message: 'must be an https:// address' })
  @Length(1, 500)
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written as #RRGGBB' })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Length(0, 2000, { message: 'must be at most 2000 characters long' })
  welcomeText?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An https URL with {isbn} or {recordId}, e.g. https://bibliotheek.example.nl/zoeken?isbn={isbn}',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Length(1, 500, { message: 'must be at most 500 characters long' })
  @Matches(CATALOGUE_URL_TEMPLATE, { message: 'must be an https:// address with {isbn} or {recordId} in its path or query' })
  catalogueUrlTemplate?: string | null;
}
