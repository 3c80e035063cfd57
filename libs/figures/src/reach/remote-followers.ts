import { Injectable } from '@nestjs/common';

/** Counts, per community id, the remote (federated) accounts that follow it. */
export type RemoteFollowerSource = (communityIds: string[]) => Promise<Map<string, number>>;

/**
 * The hook through which federation (libs/federation) tells the figures how many remote accounts follow
 * each community. Until a source is registered every community has 0 remote followers. Federation
 * registers one at start: `remoteFollowers.use((ids) => …)` (see /work/shared-notes/reach-figures.md).
 */
@Injectable()
export class RemoteFollowers {
  private source: RemoteFollowerSource | null = null;

  use(source: RemoteFollowerSource): void {
    this.source = source;
  }

  async count(communityIds: string[]): Promise<Map<string, number>> {
    if (!this.source || !communityIds.length) return new Map();
    return this.source(communityIds);
  }
}
