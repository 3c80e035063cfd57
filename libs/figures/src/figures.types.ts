import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { CommunityReach, ReachFigures } from './reach/reach-figures.types';

@ObjectType({ description: 'One calendar week (Monday 00:00 UTC onwards).' })
export class WeekFigures {
  @Field()
  weekStart!: Date;

  @Field(() => Int)
  newThreads!: number;

  @Field(() => Int, { description: 'Replies (posts after the opening post) written that week.' })
  newPosts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median seconds to the first reply by someone else, over threads started that week that got one.',
  })
  medianFirstReplySeconds!: number | null;
}

@ObjectType()
export class Contributor {
  @Field(() => User)
  user!: User;

  @Field(() => Int, { description: 'Visible posts in the last 30 days.' })
  posts!: number;
}

@ObjectType({
  description:
    'How a community (or all communities of a library) is doing. Only visible content counts. "Active" means wrote a visible post; ' +
    '"answered" means a reply by someone other than the asker.',
})
export class Figures {
  @Field(() => Int, { description: 'ACTIVE members (moderators, experts and owners included).' })
  members!: number;

  @Field(() => Int)
  activeMembers7d!: number;

  @Field(() => Int)
  activeMembers30d!: number;

  @Field(() => [WeekFigures], { description: 'The last `weeks` weeks, oldest first, the current week last.' })
  weeks!: WeekFigures[];

  @Field(() => Float, {
    nullable: true,
    description: 'Median seconds to the first reply by someone else, over threads of the period that got one.',
  })
  medianFirstReplySeconds!: number | null;

  @Field(() => Int, { description: 'QUESTION threads started in the period.' })
  questions!: number;

  @Field(() => Int, { description: 'Of those, answered (a reply by someone else).' })
  answeredQuestions!: number;

  @Field(() => Float, { nullable: true, description: 'answeredQuestions / questions; null without questions.' })
  answeredShare!: number | null;

  @Field(() => Int, { description: 'Of those, with an accepted answer.' })
  acceptedQuestions!: number;

  @Field(() => Int, { description: 'Visible QUESTION threads of any age still without a reply by someone else.' })
  unansweredQuestions!: number;

  @Field(() => [Contributor], { description: 'The five who wrote most visible posts in the last 30 days.' })
  topContributors!: Contributor[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Share of replies in questions (last 30 days) written by experts: the community's EXPERT members or holders of expertise verified by its library.",
  })
  expertAnswerShare!: number | null;

  @Field(() => ReachFigures, { description: 'Page views, followers and catalogue clicks (issue #16: reach).' })
  reach!: ReachFigures;
}

@ObjectType()
export class CommunityFigures extends Figures {
  @Field(() => Community)
  community!: Community;
}

@ObjectType()
export class LibraryFigures extends Figures {
  @Field(() => Library)
  library!: Library;

  @Field(() => Int)
  communities!: number;

  @Field(() => [CommunityReach], {
    description: 'Reach per community of the library (page views, followers local and remote, catalogue clicks).',
  })
  communityReach!: CommunityReach[];
}

@ObjectType()
export class WeeklyMedian {
  @Field()
  weekStart!: Date;

  @Field(() => Float, { nullable: true })
  medianFirstReplySeconds!: number | null;
}

@ObjectType({ description: "One library's standing against the national strategy's targets." })
export class LibraryStanding {
  @Field(() => Library)
  library!: Library;

  @Field({ description: 'At least one community with a staff member of this library active (a visible post) in the last 30 days.' })
  present!: boolean;

  @Field({ description: 'A community with at least 10 active members (30 days) and at least one verified expert.' })
  facilitatesValueNetwork!: boolean;

  @Field(() => Float, { nullable: true, description: 'Median seconds to a first reply, threads of the last 30 days.' })
  medianFirstReplySeconds!: number | null;

  @Field(() => [WeeklyMedian], { description: 'The service speed per week, oldest first.' })
  trend!: WeeklyMedian[];

  @Field(() => Int, { description: 'Views of its public pages in the period (the last `weeks` weeks).' })
  pageViews!: number;

  @Field(() => Int, { description: 'Followers of its communities, local and remote, now.' })
  followers!: number;

  @Field(() => Int, { description: 'Of those, accounts on other servers.' })
  remoteFollowers!: number;

  @Field(() => Int, { description: 'Clicks from its threads to its catalogue in the period.' })
  catalogueClicks!: number;
}

@ObjectType({ description: "The national foundation's dashboard: the strategy's own targets over every LOCAL library." })
export class NationalDashboard {
  @Field(() => Int)
  libraries!: number;

  @Field(() => Int)
  librariesPresent!: number;

  @Field(() => Int)
  librariesFacilitating!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median seconds to a first reply over all local libraries, threads of the last 30 days.',
  })
  medianFirstReplySeconds!: number | null;

  @Field(() => [LibraryStanding])
  perLibrary!: LibraryStanding[];

  @Field(() => ReachFigures, {
    description: 'Reach over the whole server: every public page (item pages too), all followers, all catalogue clicks.',
  })
  reach!: ReachFigures;
}
