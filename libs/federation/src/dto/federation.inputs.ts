import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { MarkdownBody } from '@waardenet/core';

/** A host name with an optional port: what the blocklist and handles name. */
export const HOST = /^(?=.{1,253}(:\d{1,5})?$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

@InputType()
export class SetCommunityFederationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  communityId!: string;

  @Field({ description: 'On: the community is a Group others can follow, and its threads and replies go to its followers.' })
  @IsBoolean({ message: 'must be true or false' })
  enabled!: boolean;
}

@InputType()
export class BlockInstanceInput {
  @Field({ description: "The server's host name, e.g. social.example.org (with :port when not the default)." })
  @IsString({ message: 'must be a host name' })
  @Matches(HOST, { message: 'must be a host name such as social.example.org' })
  host!: string;

  @Field()
  @IsString({ message: 'must be text' })
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(500, { message: 'must be at most 500 characters' })
  reason!: string;
}

@InputType()
export class SetRemoteLikeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  remotePostId!: string;

  @Field({ description: 'True: like it; false: take the like back.' })
  @IsBoolean({ message: 'must be true or false' })
  liked!: boolean;
}

@InputType()
export class ReplyToRemoteInput {
  @Field(() => ID, { description: 'The remote thread or reply answered (RemotePost.id).' })
  @IsUUID('all', { message: 'must be an id' })
  remotePostId!: string;

  @Field({ description: 'Markdown.' })
  @MarkdownBody()
  body!: string;
}
