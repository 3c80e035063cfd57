import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden } from '@waardenet/core';
import { RemoteSyndicationPort, RemoteSyndicationTarget } from '@waardenet/network';
import { communityFederable, loadCommunityForFederation } from './federation.gate';
import { RemoteActors, hostOf } from './remote-actors';
import { RemoteCommunitiesService } from './remote-communities.service';

/** The port the network domain asks for remote targets (see libs/network remote-syndication.port.ts). */
@Injectable()
export class RemoteSyndicationTargets implements RemoteSyndicationPort {
  constructor(
    private readonly db: DataSource,
    private readonly remote: RemoteCommunitiesService,
    private readonly actors: RemoteActors,
  ) {}

  async communityFederates(communityId: string): Promise<boolean> {
    return communityFederable(await loadCommunityForFederation(this.db, { id: communityId }));
  }

  async resolveTarget(handle: string): Promise<RemoteSyndicationTarget> {
    const { group, slug, host } = await this.remote.resolveGroup(handle);
    if (await this.actors.isBlocked(group.id))
      throw forbidden('This server does not federate with that one.', { reason: 'INSTANCE_BLOCKED' });
    const actor = await this.actors.upsert(group);
    return { actorUri: actor.uri, handle: `${slug}@${hostOf(group.id) === host ? host : hostOf(group.id)}` };
  }
}
