import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Community } from '@waardenet/communities';

@ObjectType({ description: 'Reach in one calendar week (Monday 00:00 UTC onwards).' })
export class ReachWeek {
  @Field()
  weekStart!: Date;

  @Field(() => Int, { description: 'Views of public pages that week.' })
  pageViews!: number;

  @Field(() => Int, { description: 'Clicks from a thread to the library’s catalogue that week.' })
  catalogueClicks!: number;
}

@ObjectType({
  description:
    'Reach: views of public pages (server-rendered or opened in the web client; bots, prefetches and private pages not counted), ' +
    'followers, and clicks from threads to the library’s catalogue. Counted per day, without cookies and without storing addresses.',
})
export class ReachFigures {
  @Field(() => Int, { description: 'Views of public pages in the period (the last `weeks` weeks).' })
  pageViews!: number;

  @Field(() => Int, { description: 'Clicks from a thread to the library’s catalogue in the period.' })
  catalogueClicks!: number;

  @Field(() => Int, { description: 'Accounts on this server that follow the community (or the communities), now.' })
  localFollowers!: number;

  @Field(() => Int, { description: 'Accounts on other servers (the fediverse) that follow it, now; 0 without federation.' })
  remoteFollowers!: number;

  @Field(() => Int, { description: 'localFollowers + remoteFollowers.' })
  followers!: number;

  @Field(() => [ReachWeek], { description: 'The last `weeks` weeks, oldest first.' })
  weeks!: ReachWeek[];
}

@ObjectType({ description: 'One community’s reach in the period.' })
export class CommunityReach {
  @Field(() => Community)
  community!: Community;

  @Field(() => Int)
  pageViews!: number;

  @Field(() => Int)
  catalogueClicks!: number;

  @Field(() => Int)
  localFollowers!: number;

  @Field(() => Int)
  remoteFollowers!: number;

  @Field(() => Int)
  followers!: number;
}
