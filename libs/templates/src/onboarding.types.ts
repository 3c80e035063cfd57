import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OnboardingStepKey {
  /** Library profile and house style (a colour, logo or welcome text set). */
  PROFILE = 'PROFILE',
  /** Staff invited (a second staff member, or marked done after an invitation by email). */
  STAFF = 'STAFF',
  /** A community started (from a national template or otherwise). */
  COMMUNITY = 'COMMUNITY',
  /** The catalogue uploaded (the library holds items). */
  CATALOGUE = 'CATALOGUE',
  /** An expert invited (a claim at the library, an EXPERT member, or marked done after an invitation by email). */
  EXPERT = 'EXPERT',
}
registerEnumType(OnboardingStepKey, { name: 'OnboardingStepKey' });

@ObjectType()
export class OnboardingStep {
  @Field(() => OnboardingStepKey)
  key!: OnboardingStepKey;

  @Field({ description: 'Done: the facts show it, or staff marked it done.' })
  done!: boolean;

  @Field({ description: 'Marked done by staff (invitations by email).' })
  marked!: boolean;
}

@ObjectType({ description: "A new library's checklist: it stays on the staff home until every step is done and completed." })
export class OnboardingView {
  @Field(() => ID)
  libraryId!: string;

  @Field(() => [OnboardingStep], { description: 'In the wizard’s order.' })
  steps!: OnboardingStep[];

  @Field({ description: 'Every step done.' })
  allDone!: boolean;

  @Field(() => Date, { nullable: true, description: 'When staff completed the checklist (then it is no longer shown).' })
  completedAt!: Date | null;
}
