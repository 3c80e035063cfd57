import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { ThreadsModule } from '@waardenet/threads';
import { FederationAdminService } from './federation-admin.service';
import { FederationResolver, RemoteCommunityResolver, RemotePostResolver, RemoteUserResolver } from './federation.resolver';
import { FederationRuntime } from './federation.runtime';
import { InboxService } from './inbox.service';
import { RemoteActors } from './remote-actors';
import { RemoteCommunitiesService } from './remote-communities.service';

/** ActivityPub federation with Fedify (issue 16, asks 4 and 5): docs in README "Federation". */
@Module({
  imports: [CommunitiesModule, ThreadsModule],
  providers: [
    RemoteActors,
    InboxService,
    FederationRuntime,
    FederationAdminService,
    RemoteCommunitiesService,
    FederationResolver,
    RemoteCommunityResolver,
    RemotePostResolver,
    RemoteUserResolver,
  ],
  exports: [FederationRuntime],
})
export class FederationModule {}
