/** National community templates and campaigns, and a new library's onboarding checklist (libs/templates). */
import { graphql } from './generated';
import type { CommunityTemplatesQuery, LibraryOnboardingQuery, TemplateAdoptionQuery } from './generated/graphql';

export const LIBRARY_ONBOARDING = graphql(`
  query LibraryOnboarding($slug: String!) {
    library(slug: $slug) { id slug name kind primaryColor }
    me { id isPlatformAdmin }
  }
`);

export const ONBOARDING_STATE = graphql(`
  query OnboardingState($libraryId: ID!) {
    libraryOnboarding(libraryId: $libraryId) { libraryId allDone completedAt steps { key done marked } }
    communities(libraryId: $libraryId, first: 20) { edges { node { id slug name } } }
  }
`);
export type OnboardingLibrary = LibraryOnboardingQuery['library'];

export const MARK_ONBOARDING_STEP = graphql(`
  mutation MarkOnboardingStep($libraryId: ID!, $step: OnboardingStepKey!) {
    markOnboardingStep(libraryId: $libraryId, step: $step) { libraryId allDone steps { key done marked } }
  }
`);

export const COMPLETE_ONBOARDING = graphql(`
  mutation CompleteOnboarding($libraryId: ID!) { completeOnboarding(libraryId: $libraryId) { libraryId allDone completedAt } }
`);

export const COMMUNITY_TEMPLATES = graphql(`
  query CommunityTemplates($includeEnded: Boolean) {
    communityTemplates(includeEnded: $includeEnded) {
      id kind name theme description running startsOn endsOn bannerText bannerColor watchedWords
      starterThreads { title }
      nationalCommunity { id slug name }
    }
  }
`);
export type CommunityTemplateItem = CommunityTemplatesQuery['communityTemplates'][number];

export const ADOPT_COMMUNITY_TEMPLATE = graphql(`
  mutation AdoptCommunityTemplate($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug name } }
`);

export const PUBLISH_COMMUNITY_TEMPLATE = graphql(`
  mutation PublishCommunityTemplate($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id kind name } }
`);

export const TEMPLATE_ADOPTION = graphql(`
  query TemplateAdoption {
    templateAdoption {
      adoptions localLibraries
      template { id kind name startsOn endsOn running }
      libraries { libraryName librarySlug adoptedAt }
    }
  }
`);
export type TemplateAdoptionRow = TemplateAdoptionQuery['templateAdoption'][number];

export const NATIONAL_LIBRARIES = graphql(`
  query NationalLibraries { libraries(first: 100) { edges { node { id slug name kind } } } }
`);

export const NATIONAL_THEME_COMMUNITIES = graphql(`
  query NationalThemeCommunities($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name theme } } } }
`);
