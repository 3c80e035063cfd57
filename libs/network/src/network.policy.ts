import { Injectable } from '@nestjs/common';
import { RequestContext, forbidden, unauthenticated, requireViewer } from '@waardenet/core';
import { CommunitiesPolicy, Community, CommunityAccess } from '@waardenet/communities';
import { LibrariesPolicy, LibrariesService, LibraryKind } from '@waardenet/libraries';
import { ContentItem } from './content-item.entity';

/**
 * Who may act in the national network. National editors: the staff of a NATIONAL library (and platform
 * admins). A chapter's side: whoever moderates the chapter community (its OWNER and MODERATOR members,
 * its library's staff, platform admins). The content database: staff of any library, and platform admins.
 */
@Injectable()
export class NetworkPolicy {
  constructor(
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
    private readonly communityPolicy: CommunitiesPolicy,
  ) {}

  async isNationalLibrary(ctx: RequestContext, libraryId: string): Promise<boolean> {
    return (await this.libraries.loader(ctx).load(libraryId))?.kind === LibraryKind.NATIONAL;
  }

  /** A national editor of this library: a platform admin, or staff of it when it is NATIONAL. */
  async isNationalEditor(ctx: RequestContext, libraryId: string): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return false;
    if (viewer.isPlatformAdmin) return true;
    return (await this.isNationalLibrary(ctx, libraryId)) && (await this.libraryPolicy.isStaff(ctx, libraryId));
  }

  async requireNationalEditor(ctx: RequestContext, national: Community, what: string): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (!(await this.isNationalEditor(ctx, national.libraryId)))
      throw forbidden(`Only the national editors of this community may ${what}.`, { reason: 'NOT_NATIONAL_EDITOR' });
  }

  /** The chapter side of a syndication: those who moderate the chapter community. */
  requireChapterSide(ctx: RequestContext, chapter: Community): Promise<CommunityAccess> {
    return this.communityPolicy.requireModerator(ctx, chapter);
  }

  /** Staff of any library (and platform admins) use the content database; everyone else is refused. */
  async requireContentBrowser(ctx: RequestContext): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (!(await this.libraryPolicy.isAnyStaff(ctx)))
      throw forbidden('Only library staff may use the content database.', { reason: 'NOT_LIBRARY_STAFF' });
  }

  /** National items and nationally shared ones for all staff; a library's own items for its staff; everything for platform admins. */
  async canBrowseItem(ctx: RequestContext, item: ContentItem): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer || viewer.suspended) return false;
    if (viewer.isPlatformAdmin) return true;
    const roles = await this.libraryPolicy.staffRoles(ctx);
    if (!roles.size) return false;
    return roles.has(item.ownerLibraryId) || item.sharedNationally || (await this.isNationalLibrary(ctx, item.ownerLibraryId));
  }

  /** The rule of canBrowseItem in SQL over a content_items alias (the caller has passed requireContentBrowser). */
  browsableSql(ctx: RequestContext, alias: string): { sql: string; params: Record<string, unknown> } {
    if (requireViewer(ctx).isPlatformAdmin) return { sql: 'TRUE', params: {} };
    return {
      sql: `(${alias}.shared_nationally
        OR EXISTS (SELECT 1 FROM library_staff bs WHERE bs.library_id = ${alias}.owner_library_id AND bs.user_id = :browserId)
        OR EXISTS (SELECT 1 FROM libraries bl WHERE bl.id = ${alias}.owner_library_id AND bl.kind = 'NATIONAL'))`,
      params: { browserId: requireViewer(ctx).id },
    };
  }

  /** Items are kept by their owner library's staff (national editors for national items) and platform admins. */
  requireItemKeeper(ctx: RequestContext, item: Pick<ContentItem, 'ownerLibraryId'>): Promise<void> {
    return this.libraryPolicy.requireStaff(ctx, item.ownerLibraryId, 'change its content items');
  }
}
