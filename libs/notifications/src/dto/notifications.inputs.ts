import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { NotificationChannel, NotificationKind } from '../notification-kind';

@InputType({ description: 'Exactly one of threadId and communityId.' })
export class FollowInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  threadId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  communityId?: string;
}

@InputType({ description: 'Either ids (your notifications to mark read) or all: true.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'may hold at most 100 ids' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  @IsEnum(NotificationChannel)
  channel!: NotificationChannel;
}
