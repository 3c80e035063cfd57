import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RequestContext, viewerOf } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community, Membership } from '@waardenet/communities';
import { LibrariesPolicy } from '@waardenet/libraries';
import { Post, Thread, ThreadsPolicy } from '@waardenet/threads';

/**
 * Asks the domain policies what a recipient may read, as if they asked themselves (the way libs/live
 * checks a subscriber at delivery): a notification about a post is made, shown and mailed only if the
 * recipient may read that post now.
 */
@Injectable()
export class RecipientAccess {
  constructor(
    private readonly threadsPolicy: ThreadsPolicy,
    private readonly communitiesPolicy: CommunitiesPolicy,
    private readonly communities: CommunitiesService,
    private readonly libraries: LibrariesPolicy,
    private readonly db: DataSource,
  ) {}

  /**
   * A request context per user, with their rights as they stand now (admin, suspended). Given the
   * community the question is about, each context's loaders are primed with it and with the user's
   * membership there and with their library staff roles, each read for all users in one statement: the
   * policies then ask nothing per user about them.
   */
  async contexts(userIds: string[], em: EntityManager = this.db.manager, community?: Community): Promise<Map<string, RequestContext>> {
    const out = new Map<string, RequestContext>();
    if (!userIds.length) return out;
    const rows: { id: string; is_platform_admin: boolean; suspended: boolean }[] = await em.query(
      `SELECT id, is_platform_admin, (suspended_at IS NOT NULL AND (suspended_until IS NULL OR suspended_until > now())) AS suspended
         FROM users WHERE id = ANY($1)`,
      [userIds],
    );
    for (const row of rows) {
      const ctx = new RequestContext();
      if (em !== this.db.manager) ctx.manager = em;
      ctx.viewer = viewerOf({ id: row.id, sessionId: '', isPlatformAdmin: row.is_platform_admin, suspended: row.suspended });
      out.set(row.id, ctx);
    }
    if (community && out.size) {
      await this.libraries.primeStaffRoles([...out.values()], em);
      const memberships = await em.getRepository(Membership).findBy({ communityId: community.id, userId: In([...out.keys()]) });
      const byUser = new Map(memberships.map((m) => [m.userId, m]));
      for (const [userId, ctx] of out) {
        this.communities.loader(ctx).prime(community.id, community);
        this.communitiesPolicy.membershipLoader(ctx).prime(community.id, byUser.get(userId) ?? null);
      }
    }
    return out;
  }

  /** Whether the recipient may read the post's text in its thread (a banned member counts as not). */
  async canReadPost(ctx: RequestContext, thread: Thread | null, post: Post | null): Promise<boolean> {
    if (!thread || !post || post.threadId !== thread.id) return false;
    const access = await this.threadsPolicy.readableOrNull(ctx, thread);
    if (!access || access.banned) return false;
    return this.threadsPolicy.canList(ctx, access, post) && this.threadsPolicy.canSeeText(ctx, access, post);
  }

  async canReadThread(ctx: RequestContext, thread: Thread | null): Promise<boolean> {
    const access = await this.threadsPolicy.readableOrNull(ctx, thread);
    return !!access && !access.banned;
  }

  /** Whether the recipient moderates the community now. */
  async canModerate(ctx: RequestContext, communityId: string | null): Promise<boolean> {
    if (!communityId) return false;
    const community = await this.communities.loader(ctx).load(communityId);
    return !!community && (await this.communitiesPolicy.access(ctx, community)).canModerate;
  }

  async canSeeCommunity(ctx: RequestContext, communityId: string | null): Promise<boolean> {
    if (!communityId) return false;
    const community = await this.communities.loader(ctx).load(communityId);
    return !!community && (await this.communitiesPolicy.access(ctx, community)).canSee;
  }

  /** Whether the recipient may read the community's threads (and events) now. */
  async canReadCommunity(ctx: RequestContext, communityId: string | null): Promise<boolean> {
    if (!communityId) return false;
    const community = await this.communities.loader(ctx).load(communityId);
    return !!community && (await this.communitiesPolicy.access(ctx, community)).canRead;
  }
}
