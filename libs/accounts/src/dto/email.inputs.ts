import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class RequestEmailChangeInput {
  @Field({ description: 'The address to move to: it gets a confirmation link; nothing changes until that is used.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  newEmail!: string;

  @Field({ description: 'Your current password (reason WRONG_PASSWORD when it is not).' })
  @IsString()
  @Length(1, 200)
  password!: string;
}
