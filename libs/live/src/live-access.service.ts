import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RequestContext, Viewer, forbidden, notFound, unauthenticated } from '@waardenet/core';
import { applyStaffTotpRequirement, resolveViewer } from '@waardenet/accounts';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { Thread, ThreadsPolicy, ThreadsService } from '@waardenet/threads';
import { ReaderClass } from './listener';

export interface LiveTarget {
  communityId: string;
  threadId: string | null;
  readerClass: ReaderClass;
  /** The account as it is now (read again for every check): a suspension or a lost admin right shows here. */
  viewer: Viewer | null;
}

/** Asks the domain policies, with a fresh request context each time, what a subscriber may see now. */
@Injectable()
export class LiveAccessService {
  constructor(
    private readonly threads: ThreadsService,
    private readonly threadPolicy: ThreadsPolicy,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  context(viewer: Viewer | null): RequestContext {
    const rc = new RequestContext();
    rc.viewer = viewer;
    return rc;
  }

  /** Throws the same NOT_FOUND / FORBIDDEN a query would. */
  async forThread(viewer: Viewer | null, threadId: string): Promise<LiveTarget> {
    const ctx = await this.freshContext(viewer);
    const access = await this.threadPolicy.readable(ctx, await this.threads.loader(ctx).load(threadId));
    if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    return { communityId: access.community.id, threadId, readerClass: classOf(ctx.viewer, access.canModerate), viewer: ctx.viewer };
  }

  async forCommunity(viewer: Viewer | null, communityId: string): Promise<LiveTarget> {
    const ctx = await this.freshContext(viewer);
    const community = await this.communities.byId(ctx, communityId);
    const access = await this.communityPolicy.requireReadable(ctx, community);
    if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    return { communityId, threadId: null, readerClass: classOf(ctx.viewer, access.canModerate), viewer: ctx.viewer };
  }

  /**
   * A socket keeps the viewer it authenticated with; rights are decided on the account as it is now
   * (a suspension, a revoked session), read again for every subscribe and re-check.
   */
  private async freshContext(viewer: Viewer | null): Promise<RequestContext> {
    if (!viewer) return this.context(null);
    const now = await resolveViewer(this.db, { sub: viewer.id, sid: viewer.sessionId });
    if (!now) throw unauthenticated('This session has ended; log in again.', { reason: 'SESSION_ENDED' });
    return this.context(await applyStaffTotpRequirement(this.db, now, this.config.require2faForStaff));
  }

  /** The reader class now, or null when the viewer may no longer read. */
  async recheck(viewer: Viewer | null, communityId: string, threadId: string | null): Promise<LiveTarget | null> {
    try {
      return threadId ? await this.forThread(viewer, threadId) : await this.forCommunity(viewer, communityId);
    } catch {
      return null;
    }
  }

  /** Whether the viewer may read the thread where it is now (a community's event about a thread that moved on). */
  async mayReadThread(viewer: Viewer | null, thread: Thread): Promise<boolean> {
    try {
      const ctx = await this.freshContext(viewer);
      const access = await this.threadPolicy.readableOrNull(ctx, thread);
      return !!access && !access.banned;
    } catch {
      return false;
    }
  }

  async loadThread(id: string | null): Promise<Thread> {
    const thread = id ? await this.threads.loader(this.context(null)).load(id) : null;
    if (!thread) throw notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
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
