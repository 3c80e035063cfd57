import { Injectable } from '@nestjs/common';
import { RequestContext, forbidden, notFound, unauthenticated } from '@waardenet/core';
import { Thread, ThreadAccess, ThreadsPolicy } from '@waardenet/threads';

/** An ACTIVE membership as it stands now: a ban that ran out counts as the state before it (effectiveMembership). */
const activeMembership = (alias: string, communityAlias: string, viewer: string) =>
  `${alias}.community_id = ${communityAlias}.id AND ${alias}.user_id = ${viewer}
   AND (${alias}.state = 'ACTIVE' OR (${alias}.state = 'BANNED' AND ${alias}.banned_until <= now() AND ${alias}.state_before_ban = 'ACTIVE'))`;

/**
 * The catalogue's rules. Items and holdings are public; what is said about an item follows the
 * community rules: a thread linked to an item shows only where CommunitiesPolicy.access would let the
 * viewer read its community and ThreadsPolicy.canSeeThread would show the thread.
 */
@Injectable()
export class CataloguePolicy {
  constructor(private readonly threads: ThreadsPolicy) {}

  /**
   * Those two rules as SQL over a threads alias `t` joined to its communities alias `c`, for lists
   * (an item's threads, its experts). The viewer's id, when the rule needs it, is appended to `params`.
   */
  readableThreadSql(ctx: RequestContext, params: unknown[]): string {
    const viewer = ctx.viewer;
    if (!viewer) return `(c.visibility = 'PUBLIC' AND t.state = 'VISIBLE')`;
    if (viewer.isPlatformAdmin && !viewer.suspended) return 'TRUE';
    const v = `$${params.push(viewer.id)}`;
    const own = `(t.state = 'VISIBLE' OR (t.state IN ('PENDING', 'HIDDEN') AND t.author_id = ${v}))`;
    // A suspended account reads what a visitor reads (CommunitiesPolicy.computeAccess).
    if (viewer.suspended) return `(c.visibility = 'PUBLIC' AND ${own})`;
    const staff = `EXISTS (SELECT 1 FROM library_staff vs WHERE vs.library_id = c.library_id AND vs.user_id = ${v})`;
    const member = `EXISTS (SELECT 1 FROM memberships vm WHERE ${activeMembership('vm', 'c', v)})`;
    const moderator = `EXISTS (SELECT 1 FROM memberships mm WHERE ${activeMembership('mm', 'c', v)} AND mm.role IN ('OWNER', 'MODERATOR'))`;
    return `((c.visibility = 'PUBLIC' OR ${member} OR ${staff}) AND (${own} OR ${staff} OR ${moderator}))`;
  }

  /**
   * Who may change the items a thread is about: its author while they may post in the community, or
   * one of the community's moderators. A thread the viewer may not read is NOT_FOUND.
   */
  async requireLinker(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess> {
    if (!ctx.viewer) throw unauthenticated();
    if (!thread) throw notFound('That thread');
    const access = await this.threads.readable(ctx, thread);
    const isAuthor = thread.authorId === ctx.viewer.id && access.canPost && !access.banned;
    if (!access.canModerate && !isAuthor) throw forbidden("Only the thread's author or a moderator may change which items it is about.");
    return access;
  }
}
