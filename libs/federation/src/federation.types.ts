import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "A community's federation: whether it is a Group others can follow (PUBLIC communities only) and how many remote followers it has.",
})
export class CommunityFederation {
  @Field(() => ID)
  communityId!: string;

  @Field()
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'slug@host: what people elsewhere follow (null while off).' })
  handle!: string | null;

  @Field(() => Int, { description: 'Remote actors following it (servers elsewhere).' })
  remoteFollowers!: number;
}
