import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { normalizeDisplayName } from '../display-name';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class RegisterInput {
  @Field()
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters and not a common password: refused with reason PASSWORD_TOO_SHORT or PASSWORD_BREACHED.' })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  password!: string;

  @Field({
    description: "NFKC-normalized; invisible, control and bidi characters are refused, as is a look-alike of a staff member's name.",
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeDisplayName(value) : value))
  @IsString()
  @Length(2, 60, { message: 'must be between 2 and 60 characters long' })
  displayName!: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'With two-step verification on: the code from the authenticator app, or a recovery code (once). Without it login is refused with reason TOTP_REQUIRED; a wrong or used one with TOTP_INVALID.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  totpCode?: string | null;
}
