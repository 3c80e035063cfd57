import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RequestContext, VIEWER_STAFF_ROLES, forbidden, pausedStaffRefusal, unauthenticated, requireViewer } from '@waardenet/core';
import { LibraryStaff, StaffRole } from './library-staff.entity';

/** Per request; the authenticator may have filled it from the session's statement (VIEWER_STAFF_ROLES in core). */
const STAFF_ROLES = VIEWER_STAFF_ROLES;

/**
 * Who may manage a library: its ADMIN staff and platform admins. Staff roles are read once per request.
 * A suspended account holds no staff role while the suspension lasts: every staff right (figures and
 * their CSVs, expertise review, content database, national editing, moderating the library's
 * communities) asks staffRoles, so it is paused here, in one place. So is the staff role of an account
 * that has to enable two-step verification first (WAARDENET_REQUIRE_2FA_FOR_STAFF).
 */
@Injectable()
export class LibrariesPolicy {
  constructor(private readonly db: DataSource) {}

  /** The viewer's staff roles, by library id. */
  staffRoles(ctx: RequestContext): Promise<Map<string, StaffRole>> {
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended || viewer.totpSetupRequired) return Promise.resolve(new Map<string, StaffRole>());
    return ctx.cached(STAFF_ROLES, async () => {
      const rows = await ctx.reader(this.db).getRepository(LibraryStaff).findBy({ userId: viewer.id });
      return new Map(rows.map((r) => [r.libraryId, r.role]));
    });
  }

  /** Reads the staff roles of many contexts' viewers in one statement (the recipients of a notification), so staffRoles asks nothing per viewer. */
  async primeStaffRoles(contexts: RequestContext[], db: DataSource | EntityManager = this.db): Promise<void> {
    const open = contexts.filter((ctx) => ctx.viewer && !ctx.viewer.suspended);
    if (!open.length) return;
    const rows = await db.getRepository(LibraryStaff).findBy({ userId: In(open.map((ctx) => requireViewer(ctx).id)) });
    for (const ctx of open) {
      const roles = new Map(rows.filter((r) => r.userId === requireViewer(ctx).id).map((r) => [r.libraryId, r.role]));
      void ctx.cached(STAFF_ROLES, async () => roles);
    }
  }

  /** Staff of some library, or a platform admin, and not suspended: the network-wide staff tools (expertise review, content database). */
  async isAnyStaff(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    return viewer.isPlatformAdmin || (await this.staffRoles(ctx)).size > 0;
  }

  async isStaff(ctx: RequestContext, libraryId: string): Promise<boolean> {
    return (await this.staffRoles(ctx)).has(libraryId);
  }

  async requireLibraryAdmin(ctx: RequestContext, libraryId: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    if (ctx.viewer.isPlatformAdmin) return;
    if ((await this.staffRoles(ctx)).get(libraryId) !== StaffRole.ADMIN) {
      throw forbidden("Only this library's admins may manage its staff.", { reason: 'STAFF_ONLY' });
    }
  }

  async requireStaff(ctx: RequestContext, libraryId: string, what: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    if (ctx.viewer.isPlatformAdmin || (await this.isStaff(ctx, libraryId))) return;
    throw forbidden(`Only this library's staff may ${what}.`, { reason: 'STAFF_ONLY' });
  }
}
