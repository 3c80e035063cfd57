import { Injectable } from '@nestjs/common';
import { RequestContext, bindNamed, forbidden, notFound, unauthenticated } from '@waardenet/core';
import { Thread, ThreadAccess, ThreadsPolicy } from '@waardenet/threads';

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
    const rule = this.threads.readableThreadSql(ctx, 't', 'c');
    return bindNamed(rule.sql, rule.params, params);
  }

  /**
   * Who may change the items a thread is about: its author while they may post in the community, or
   * one of the community's moderators. A thread the viewer may not read is NOT_FOUND.
   */
  async requireLinker(ctx: RequestContext, thread: Thread | null): Promise<ThreadAccess> {
    if (!ctx.viewer) throw unauthenticated();
    if (!thread) throw notFound('That thread', { reason: 'THREAD_NOT_FOUND' });
    const access = await this.threads.readable(ctx, thread);
    const isAuthor = thread.authorId === ctx.viewer.id && access.canPost && !access.banned;
    if (!access.canModerate && !isAuthor)
      throw forbidden("Only the thread's author or a moderator may change which items it is about.", { reason: 'NOT_THE_AUTHOR' });
    return access;
  }
}
