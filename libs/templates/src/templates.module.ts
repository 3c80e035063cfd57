import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { NetworkModule } from '@waardenet/network';
import { ThreadsModule } from '@waardenet/threads';
import { OnboardingService } from './onboarding.service';
import { CommunityCampaignResolver, OnboardingResolver, TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

/** National community templates and campaigns, and a new library's onboarding checklist. */
@Module({
  imports: [LibrariesModule, CommunitiesModule, ThreadsModule, NetworkModule],
  providers: [TemplatesService, OnboardingService, TemplatesResolver, OnboardingResolver, CommunityCampaignResolver],
})
export class TemplatesModule {}
