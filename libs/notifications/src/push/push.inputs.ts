import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDefined, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

@InputType({ description: "The keys of a browser's push subscription (PushSubscription.toJSON().keys), base64url." })
export class PushKeysInput {
  @Field()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]{80,100}={0,2}$/, { message: 'must be the P-256 public key of the subscription, base64url' })
  p256dh!: string;

  @Field()
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_-]{16,32}={0,2}$/, { message: 'must be the 16-byte auth secret of the subscription, base64url' })
  auth!: string;
}

@InputType({ description: "A browser's push subscription, as its service worker got it with this server's vapidPublicKey." })
export class SubscribePushInput {
  @Field()
  @IsString()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  @Matches(/^https?:\/\/\S+$/, { message: 'must be the https URL of a push service' })
  endpoint!: string;

  @Field(() => PushKeysInput)
  @IsDefined()
  @ValidateNested()
  @Type(() => PushKeysInput)
  keys!: PushKeysInput;
}
