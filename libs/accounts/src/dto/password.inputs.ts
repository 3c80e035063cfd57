import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link in the mail.' })
  @IsString()
  @Length(1, 200)
  token!: string;

  @Field({ description: 'At least 10 characters and not a common password (reasons PASSWORD_TOO_SHORT, PASSWORD_BREACHED).' })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters and not a common password (reasons PASSWORD_TOO_SHORT, PASSWORD_BREACHED).' })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  newPassword!: string;
}
