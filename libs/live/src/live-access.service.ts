import { Injectable } from '@nestjs/common';
import { RequestContext, Viewer, notFound } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { Thread, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { ReaderClass } from './listener';

export interface LiveTarget {
  communityId: string;
  threadId: string | null;
  readerClass: ReaderClass;
}

/** Asks the domain policies, with a fresh request context each time, what a subscriber may see now. */
@Injectable()
export class LiveAccessService {
  constructor(
    private readonly threads: ThreadsService,
    private readonly threadPolicy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
  ) {}

  context(viewer: Viewer | null): RequestContext {
    const rc = new RequestContext();
    rc.viewer = viewer;
    return rc;
  }

  /** Throws the same NOT_FOUND / FORBIDDEN a query would. */
  async forThread(viewer: Viewer | null, threadId: string): Promise<LiveTarget> {
    const ctx = this.context(viewer);
    const access = await this.threadPolicy.readable(ctx, await this.threads.loader(ctx).load(threadId));
    return { communityId: access.community.id, threadId, readerClass: classOf(viewer, access.canModerate) };
  }

  async forCommunity(viewer: Viewer | null, communityId: string): Promise<LiveTarget> {
    const ctx = this.context(viewer);
    const community = await this.communities.byId(ctx, communityId);
    const access = await this.communityPolicy.requireReadable(ctx, community);
    return { communityId, threadId: null, readerClass: classOf(viewer, access.canModerate) };
  }

  /** The reader class now, or null when the viewer may no longer read. */
  async recheck(viewer: Viewer | null, communityId: string, threadId: string | null): Promise<LiveTarget | null> {
    try {
      return threadId ? await this.forThread(viewer, threadId) : await this.forCommunity(viewer, communityId);
    } catch {
      return null;
    }
  }

  async loadThread(id: string | null): Promise<Thread> {
    const thread = id ? await this.threads.loader(this.context(null)).load(id) : null;
    if (!thread) throw notFound('That thread');
    return thread;
  }

  async loadCommunity(id: string): Promise<Community | null> {
    return this.communities.loader(this.context(null)).load(id);
  }
}

function classOf(viewer: Viewer | null, canModerate: boolean): ReaderClass {
  if (!viewer) return 'anonymous';
  return canModerate ? 'moderator' : 'reader';
}
