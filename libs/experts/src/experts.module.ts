import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { ThreadsModule } from '@waardenet/threads';
import { ExpertMembershipsResolver } from './expert-memberships.resolver';
import { ExpertMembershipsService } from './expert-memberships.service';
import { PostExpertiseResolver, UserExpertiseResolver } from './expertise-badges.resolver';
import { ExpertiseLogResolver } from './expertise-log.resolver';
import { ExpertiseLogService } from './expertise-log.service';
import { ExpertiseResolver } from './expertise.resolver';
import { ExpertiseService } from './expertise.service';
import { ExpertsPolicy } from './experts.policy';
import { ExpertsSubscriptions } from './experts.subscriptions';
import { LibraryExpertsResolver } from './library-experts.resolver';
import { AcceptedAnswerResolver, QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';
import { UnansweredQuestionsService } from './unanswered-questions.service';

/** Expertise claims verified by libraries, experts in communities, and questions with accepted answers. */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, ThreadsModule],
  providers: [
    ExpertsPolicy,
    ExpertiseService,
    ExpertiseLogService,
    ExpertMembershipsService,
    QuestionsService,
    ExpertsSubscriptions,
    UnansweredQuestionsService,
    ExpertiseResolver,
    ExpertiseLogResolver,
    UserExpertiseResolver,
    PostExpertiseResolver,
    ExpertMembershipsResolver,
    QuestionsResolver,
    AcceptedAnswerResolver,
    LibraryExpertsResolver,
  ],
  exports: [ExpertiseService, QuestionsService, ExpertsPolicy],
})
export class ExpertsModule {}
