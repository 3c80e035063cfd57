import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { LibrariesModule } from '@waardenet/libraries';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesResolver, MembershipResolver } from './communities.resolver';
import { CommunitiesService } from './communities.service';
import { EmailInvitationsResolver } from './email-invitations.resolver';
import { EmailInvitationsService } from './email-invitations.service';
import { InviteLinksResolver } from './invite-links.resolver';
import { InviteLinksService } from './invite-links.service';
import { MembershipsService } from './memberships.service';
import { MyCommunitiesResolver, MyCommunitiesService } from './my-communities';

@Module({
  imports: [AccountsModule, LibrariesModule],
  providers: [
    CommunitiesService,
    MembershipsService,
    InviteLinksService,
    CommunitiesPolicy,
    CommunitiesResolver,
    MembershipResolver,
    InviteLinksResolver,
    EmailInvitationsService,
    EmailInvitationsResolver,
    MyCommunitiesService,
    MyCommunitiesResolver,
  ],
  exports: [CommunitiesService, MembershipsService, CommunitiesPolicy],
})
export class CommunitiesModule {}
