import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { StaffRole } from '@waardenet/libraries';

const ID_RULE = { message: 'must be an id' };
const address = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class InviteByEmailInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field({ description: 'Who to invite. The answer is the same whether or not the address has an account here.' })
  @Transform(address)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class InviteStaffByEmailInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  libraryId!: string;

  @Field({ description: 'Who to invite. The answer is the same whether or not the address has an account here.' })
  @Transform(address)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role!: StaffRole;
}

@ObjectType({ description: 'What an email invitation is for, shown to whoever opens its link.' })
export class EmailInvitationPreview {
  @Field({ nullable: true, description: 'The community it invites to (a member invitation).' })
  communityName?: string;

  @Field({ nullable: true })
  communitySlug?: string;

  @Field({ description: 'The library: the community’s, or the one whose staff it invites to.' })
  libraryName!: string;

  @Field()
  librarySlug!: string;

  @Field(() => StaffRole, { nullable: true, description: 'A staff invitation: the role it gives.' })
  staffRole?: StaffRole;
}
