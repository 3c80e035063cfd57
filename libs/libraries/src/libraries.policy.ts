import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, forbidden, unauthenticated } from '@waardenet/core';
import { LibraryStaff, StaffRole } from './library-staff.entity';

/** Who may manage a library: its ADMIN staff and platform admins. Staff roles are read once per request. */
@Injectable()
export class LibrariesPolicy {
  constructor(private readonly db: DataSource) {}

  /** The viewer's staff roles, by library id. */
  staffRoles(ctx: RequestContext): Promise<Map<string, StaffRole>> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(new Map());
    return ctx.cached('libraries.viewerStaff', async () => {
      const rows = await ctx.reader(this.db).getRepository(LibraryStaff).findBy({ userId: viewer.id });
      return new Map(rows.map((r) => [r.libraryId, r.role]));
    });
  }

  /** Staff of some library, or a platform admin, and not suspended: the network-wide staff tools (expertise review, content database). */
  async isAnyStaff(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return false;
    return viewer.isPlatformAdmin || (await this.staffRoles(ctx)).size > 0;
  }

  async isStaff(ctx: RequestContext, libraryId: string): Promise<boolean> {
    return (await this.staffRoles(ctx)).has(libraryId);
  }

  async requireLibraryAdmin(ctx: RequestContext, libraryId: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.isPlatformAdmin) return;
    if ((await this.staffRoles(ctx)).get(libraryId) !== StaffRole.ADMIN) {
      throw forbidden("Only this library's admins may manage its staff.");
    }
  }

  async requireStaff(ctx: RequestContext, libraryId: string, what: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.isPlatformAdmin || (await this.isStaff(ctx, libraryId))) return;
    throw forbidden(`Only this library's staff may ${what}.`);
  }
}
