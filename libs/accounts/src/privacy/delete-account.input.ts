import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password: a borrowed session alone cannot delete the account.' })
  @IsString()
  @Length(1, 200)
  password!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Also erase the text of your posts and their earlier versions (threads only you wrote in go entirely). Without it your posts stay, shown as by "verwijderd account".',
  })
  @IsOptional()
  @IsBoolean()
  removeContent?: boolean;
}
