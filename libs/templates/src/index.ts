import { CommunityTemplate } from './community-template.entity';
import { LibraryOnboarding } from './library-onboarding.entity';
import { TemplateAdoption } from './template-adoption.entity';

export * from './templates.module';
export * from './community-template.entity';
export * from './template-adoption.entity';
export * from './library-onboarding.entity';
export * from './onboarding.types';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const TEMPLATES_ENTITIES: (new () => object)[] = [CommunityTemplate, TemplateAdoption, LibraryOnboarding];
