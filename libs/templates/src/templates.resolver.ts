import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { Community } from '@waardenet/communities';
import { CommunityTemplate, TemplateKind } from './community-template.entity';
import { AdoptCommunityTemplateInput, PublishCommunityTemplateInput } from './dto/templates.inputs';
import { OnboardingService } from './onboarding.service';
import { OnboardingStepKey, OnboardingView } from './onboarding.types';
import { TemplatesService, isRunning } from './templates.service';

@ObjectType({ description: 'A library that adopted a template or campaign.' })
export class TemplateAdopter {
  @Field()
  libraryName!: string;

  @Field()
  librarySlug!: string;

  @Field()
  adoptedAt!: Date;
}

@ObjectType({ description: 'How many local libraries adopted a template or campaign (the national dashboard).' })
export class TemplateAdoptionFigure {
  @Field(() => CommunityTemplate)
  template!: CommunityTemplate;

  @Field(() => Int)
  adoptions!: number;

  @Field(() => Int, { description: 'Local libraries in all: what the adoptions are out of.' })
  localLibraries!: number;

  @Field(() => [TemplateAdopter], { description: 'In the order they adopted it.' })
  libraries!: TemplateAdopter[];
}

@ObjectType({ description: "A running campaign's banner in a community that adopted it." })
export class CampaignBanner {
  @Field()
  name!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  color!: string | null;

  @Field()
  endsOn!: string;
}

@Resolver(() => CommunityTemplate)
export class TemplatesResolver {
  constructor(private readonly templates: TemplatesService) {}

  @Access('user')
  @Mutation(() => CommunityTemplate, {
    description:
      'Publishes a community template or campaign for a national theme community: staff of that NATIONAL library and platform admins. Audited.',
  })
  publishCommunityTemplate(@Args('input') input: PublishCommunityTemplateInput, @Ctx() ctx: RequestContext): Promise<CommunityTemplate> {
    return this.templates.publish(ctx, input);
  }

  @Access('user')
  @Mutation(() => Community, {
    description:
      "Adopts a template or running campaign for a local library, in one step: its chapter of the theme community (opened now, or the one it has) gets the starter threads and watched words. The library's staff; audited.",
  })
  adoptCommunityTemplate(@Args('input') input: AdoptCommunityTemplateInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return this.templates.adopt(ctx, input);
  }

  @Access('user')
  @Query(() => [CommunityTemplate], {
    description:
      'National templates and campaigns, newest first (ended campaigns only with includeEnded): library staff and platform admins.',
  })
  communityTemplates(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => TemplateKind, nullable: true }) kind?: TemplateKind,
    @Args('includeEnded', { nullable: true }) includeEnded?: boolean,
  ): Promise<CommunityTemplate[]> {
    return this.templates.list(ctx, kind, includeEnded ?? false);
  }

  @Access('user')
  @Query(() => [TemplateAdoptionFigure], {
    description: 'Adoption per template and campaign, with the adopting libraries: national staff and platform admins.',
  })
  async templateAdoption(@Ctx() ctx: RequestContext): Promise<TemplateAdoptionFigure[]> {
    return (await this.templates.adoptions(ctx)).map((a) => ({
      template: a.template,
      adoptions: a.libraries.length,
      localLibraries: a.localLibraries,
      libraries: a.libraries,
    }));
  }

  @ViewerDependent()
  @ResolveField(() => Community, { nullable: true, description: 'The national theme community, when the viewer may see it.' })
  nationalCommunity(@Parent() template: CommunityTemplate, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return this.templates.nationalCommunity(ctx, template);
  }

  @ResolveField(() => Boolean, { description: 'It may be adopted today (templates always; campaigns within their period).' })
  running(@Parent() template: CommunityTemplate): boolean {
    return isRunning(template);
  }
}

@Resolver(() => OnboardingView)
export class OnboardingResolver {
  constructor(private readonly onboarding: OnboardingService) {}

  @Access('user')
  @Query(() => OnboardingView, { description: "A library's onboarding checklist: its staff and platform admins." })
  libraryOnboarding(@Args('libraryId', { type: () => ID }) libraryId: string, @Ctx() ctx: RequestContext): Promise<OnboardingView> {
    return this.onboarding.view(ctx, libraryId);
  }

  @Access('user')
  @Mutation(() => OnboardingView, {
    description:
      'Marks an invitation step (STAFF, EXPERT) done after inviting by email; the other steps follow from the facts. The library’s staff.',
  })
  markOnboardingStep(
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Args('step', { type: () => OnboardingStepKey }) step: OnboardingStepKey,
    @Ctx() ctx: RequestContext,
  ): Promise<OnboardingView> {
    return this.onboarding.mark(ctx, libraryId, step);
  }

  @Access('user')
  @Mutation(() => OnboardingView, {
    description: 'Completes the checklist once every step is done (then the staff home no longer shows it). The library’s staff.',
  })
  completeOnboarding(@Args('libraryId', { type: () => ID }) libraryId: string, @Ctx() ctx: RequestContext): Promise<OnboardingView> {
    return this.onboarding.complete(ctx, libraryId);
  }
}

@Resolver(() => Community)
export class CommunityCampaignResolver {
  constructor(private readonly templates: TemplatesService) {}

  @ResolveField(() => CampaignBanner, {
    nullable: true,
    description: 'The banner of a running national campaign this community adopted (the latest published, when several).',
  })
  async campaignBanner(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<CampaignBanner | null> {
    const campaign = await this.templates.runningCampaign(ctx, community.id);
    if (!campaign?.bannerText || !campaign.endsOn) return null;
    return { name: campaign.name, text: campaign.bannerText, color: campaign.bannerColor, endsOn: campaign.endsOn };
  }
}
