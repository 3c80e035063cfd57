import { Injectable } from '@nestjs/common';
import { RequestContext, forbidden, unauthenticated } from '@waardenet/core';
import { LibrariesPolicy } from '@waardenet/libraries';
import type { Expertise } from './expertise.entity';

/**
 * Who may review and see expertise. A claim is made at one library (the claimant picks it): that
 * library's staff and platform admins see it with its evidence and decide it (verify, reject), and the
 * verifying library's staff revoke it; staff of other libraries see only verified badges, like anyone.
 * Platform admins see and decide every claim. A suspended account does none of this meanwhile
 * (LibrariesPolicy gives it no staff role, and it is no admin).
 */
@Injectable()
export class ExpertsPolicy {
  constructor(private readonly libraries: LibrariesPolicy) {}

  /** Staff of some library, or a platform admin: may open the review (each sees only their libraries' claims). */
  isReviewer(ctx: RequestContext): Promise<boolean> {
    return this.libraries.isAnyStaff(ctx);
  }

  /**
   * Whether the viewer decides this expertise: a platform admin, or staff of the library it was claimed
   * at (or verified, rejected or revoked by). A claim from before claimants chose a library has none: platform admins only.
   */
  async decides(ctx: RequestContext, e: Pick<Expertise, 'libraryId'>): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return false;
    if (viewer.isPlatformAdmin) return true;
    return !!e.libraryId && (await this.libraries.isStaff(ctx, e.libraryId));
  }

  /** Whether the viewer sees this expertise's evidence and reasons, and a claim that is not (or no longer) verified: the claimant and its deciders. */
  async seesDetails(ctx: RequestContext, e: Pick<Expertise, 'userId' | 'libraryId'>): Promise<boolean> {
    return ctx.viewer?.id === e.userId || this.decides(ctx, e);
  }

  /** The library ids whose claims the viewer reviews, or 'all' for a platform admin. */
  async reviewedLibraries(ctx: RequestContext): Promise<string[] | 'all'> {
    if (ctx.viewer?.isPlatformAdmin && !ctx.viewer.suspended) return 'all';
    return [...(await this.libraries.staffRoles(ctx)).keys()];
  }

  async requireReviewer(ctx: RequestContext): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (!(await this.isReviewer(ctx))) throw forbidden('Only library staff may review expertise claims.', { reason: 'STAFF_ONLY' });
  }

  /** Refuses anyone but the deciders of this expertise (staff of another library included: FORBIDDEN). */
  async requireDecider(ctx: RequestContext, e: Pick<Expertise, 'libraryId'>, what: string): Promise<void> {
    if (e.libraryId) return this.requireLibraryStaff(ctx, e.libraryId, what);
    if (!(await this.decides(ctx, e)))
      throw forbidden('This claim names no library; only platform admins decide it.', { reason: 'ADMINS_ONLY' });
  }

  async requireLibraryStaff(ctx: RequestContext, libraryId: string, what: string): Promise<void> {
    await this.libraries.requireStaff(ctx, libraryId, what);
  }
}
