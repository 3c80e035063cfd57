import { Global, Module } from '@nestjs/common';
import { REMOTE_SYNDICATION } from '@waardenet/network';
import { CommunitiesModule } from '@waardenet/communities';
import { ThreadsModule } from '@waardenet/threads';
import { FederationAdminService } from './federation-admin.service';
import { FederationResolver, RemoteCommunityResolver, RemotePostResolver, RemoteUserResolver } from './federation.resolver';
import { FederationRuntime } from './federation.runtime';
import { InboxService } from './inbox.service';
import { RemoteActors } from './remote-actors';
import { RemoteCommunitiesService } from './remote-communities.service';
import { RemoteSyndicationTargets } from './remote-syndication-targets';
import { SyndicationFederation } from './remote-syndications';

/**
 * ActivityPub federation with Fedify (issue 16, asks 4 and 5): docs in README "Federation". Global, so the
 * network domain finds REMOTE_SYNDICATION (syndication to another Waardenet) without importing this library.
 */
@Global()
@Module({
  imports: [CommunitiesModule, ThreadsModule],
  providers: [
    RemoteActors,
    InboxService,
    FederationRuntime,
    FederationAdminService,
    RemoteCommunitiesService,
    SyndicationFederation,
    RemoteSyndicationTargets,
    { provide: REMOTE_SYNDICATION, useExisting: RemoteSyndicationTargets },
    FederationResolver,
    RemoteCommunityResolver,
    RemotePostResolver,
    RemoteUserResolver,
  ],
  exports: [FederationRuntime, REMOTE_SYNDICATION],
})
export class FederationModule {}
