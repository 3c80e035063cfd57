import { Injectable } from '@nestjs/common';
import { RequestContext, forbidden, pausedStaffRefusal, unauthenticated } from '@waardenet/core';
import { LibrariesPolicy, LibrariesService, Library, LibraryKind, StaffRole } from '@waardenet/libraries';

/** What the viewer is to the Academy: national staff (author, publish), library staff (take courses), or neither. */
export interface AcademyStanding {
  /** Platform admin, or staff of a NATIONAL library: writes and publishes courses, sees drafts. */
  nationalStaff: boolean;
  /** Platform admin, or an ADMIN of a NATIONAL library: edits the programme's targets. */
  nationalAdmin: boolean;
  /** Staff of some library (local or national): takes courses. */
  libraryStaff: boolean;
}

/**
 * Who may do what in the Academy. Refusals carry their own reasons: the national foundation's staff write and
 * publish (ACADEMY_NATIONAL_STAFF_ONLY), library staff read and take courses (ACADEMY_STAFF_ONLY,
 * ACADEMY_LIBRARY_STAFF_ONLY), the foundation's admins set the targets (PROGRAMME_TARGETS_ADMINS_ONLY).
 * A suspended account, or staff waiting to set up two-step verification, has its staff rights paused.
 */
@Injectable()
export class AcademyPolicy {
  constructor(
    private readonly libraryPolicy: LibrariesPolicy,
    private readonly libraries: LibrariesService,
  ) {}

  standing(ctx: RequestContext): Promise<AcademyStanding> {
    return ctx.cached('academy.standing', async () => {
      const viewer = ctx.viewer;
      if (!viewer) return { nationalStaff: false, nationalAdmin: false, libraryStaff: false };
      const roles = await this.libraryPolicy.staffRoles(ctx);
      const libraries = (await this.libraries.loader(ctx).loadMany([...roles.keys()])).filter((l): l is Library => l instanceof Library);
      const national = libraries.filter((l) => l.kind === LibraryKind.NATIONAL);
      return {
        nationalStaff: viewer.isPlatformAdmin || national.length > 0,
        nationalAdmin: viewer.isPlatformAdmin || national.some((l) => roles.get(l.id) === StaffRole.ADMIN),
        libraryStaff: roles.size > 0,
      };
    });
  }

  private async signedIn(ctx: RequestContext): Promise<AcademyStanding> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    return this.standing(ctx);
  }

  /** Reading the published courses: library staff and national staff. */
  async requireReader(ctx: RequestContext): Promise<AcademyStanding> {
    const s = await this.signedIn(ctx);
    if (s.nationalStaff || s.libraryStaff) return s;
    throw forbidden('The Academy is for library staff: only the staff of a library and platform admins may read its courses.', {
      reason: 'ACADEMY_STAFF_ONLY',
    });
  }

  /** Writing and publishing courses: the national foundation's staff and platform admins. */
  async requireAuthor(ctx: RequestContext): Promise<AcademyStanding> {
    const s = await this.signedIn(ctx);
    if (s.nationalStaff) return s;
    throw forbidden('Only the national foundation’s staff and platform admins may write and publish courses.', {
      reason: 'ACADEMY_NATIONAL_STAFF_ONLY',
    });
  }

  /** Taking a course (answering its check questions): the staff of a library. */
  async requireLearner(ctx: RequestContext): Promise<AcademyStanding> {
    const s = await this.signedIn(ctx);
    if (s.libraryStaff) return s;
    throw forbidden('Only the staff of a library take the Academy’s courses.', { reason: 'ACADEMY_LIBRARY_STAFF_ONLY' });
  }

  /** Changing the programme's targets: the national foundation's admins and platform admins. */
  async requireTargetEditor(ctx: RequestContext): Promise<void> {
    const s = await this.signedIn(ctx);
    if (s.nationalAdmin) return;
    throw forbidden('Only the national foundation’s admins and platform admins may change the programme’s targets.', {
      reason: 'PROGRAMME_TARGETS_ADMINS_ONLY',
    });
  }
}
