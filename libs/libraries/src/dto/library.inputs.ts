import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';
import { LibraryKind } from '../library.entity';
import { StaffRole } from '../library-staff.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
}

@InputType()
export class RemoveLibraryStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  libraryId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId!: string;
}
