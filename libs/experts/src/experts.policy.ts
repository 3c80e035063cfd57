import { Injectable } from '@nestjs/common';
import { RequestContext, forbidden, unauthenticated } from '@waardenet/core';
import { LibrariesPolicy } from '@waardenet/libraries';

/**
 * Who may review and see expertise. Claims (and their evidence) are for the claimant, every library's
 * staff (any library may verify a claim) and platform admins; verifying, revoking and a library's log
 * are for that library's staff and platform admins. A suspended account does none of this meanwhile.
 */
@Injectable()
export class ExpertsPolicy {
  constructor(private readonly libraries: LibrariesPolicy) {}

  /** Staff of some library, or a platform admin: may review claims. */
  isReviewer(ctx: RequestContext): Promise<boolean> {
    return this.libraries.isAnyStaff(ctx);
  }

  /** Whether the viewer sees a user's claims, revocations and evidence, not only their verified expertise. */
  async seesAllOf(ctx: RequestContext, userId: string): Promise<boolean> {
    return ctx.viewer?.id === userId || this.isReviewer(ctx);
  }

  async requireReviewer(ctx: RequestContext): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (!(await this.isReviewer(ctx))) throw forbidden("Only library staff may review expertise claims.");
  }

  async requireLibraryStaff(ctx: RequestContext, libraryId: string, what: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.suspended) throw forbidden('Your account is suspended.');
    await this.libraries.requireStaff(ctx, libraryId, what);
  }
}
