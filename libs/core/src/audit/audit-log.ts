import { registerEnumType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';

/** What a moderator, a library's staff or a platform admin did: one line of the audit log (moderation_actions). */
export enum ModAction {
  HIDE_POST = 'HIDE_POST',
  RESTORE_POST = 'RESTORE_POST',
  REMOVE_POST = 'REMOVE_POST',
  APPROVE_POST = 'APPROVE_POST',
  REJECT_POST = 'REJECT_POST',
  /** Someone else's post deleted (deletePost by a moderator); an author deleting their own post is no staff action. */
  DELETE_POST = 'DELETE_POST',
  /** Someone else's post edited by a moderator. */
  EDIT_POST = 'EDIT_POST',
  /** A revision's text removed for good. */
  REDACT_REVISION = 'REDACT_REVISION',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
  PIN_THREAD = 'PIN_THREAD',
  UNPIN_THREAD = 'UNPIN_THREAD',
  MOVE_THREAD = 'MOVE_THREAD',
  BAN_MEMBER = 'BAN_MEMBER',
  UNBAN_MEMBER = 'UNBAN_MEMBER',
  REMOVE_MEMBER = 'REMOVE_MEMBER',
  APPROVE_MEMBER = 'APPROVE_MEMBER',
  REJECT_MEMBER = 'REJECT_MEMBER',
  INVITE_MEMBER = 'INVITE_MEMBER',
  /** An invitation link made (details: its expiry and use limit) or revoked. */
  CREATE_INVITE_LINK = 'CREATE_INVITE_LINK',
  REVOKE_INVITE_LINK = 'REVOKE_INVITE_LINK',
  SUSPEND_USER = 'SUSPEND_USER',
  UNSUSPEND_USER = 'UNSUSPEND_USER',
  RESOLVE_REPORT = 'RESOLVE_REPORT',
  UPDATE_SETTINGS = 'UPDATE_SETTINGS',
  ADD_WATCHED_WORD = 'ADD_WATCHED_WORD',
  REMOVE_WATCHED_WORD = 'REMOVE_WATCHED_WORD',
  SET_MEMBER_ROLE = 'SET_MEMBER_ROLE',
  ADD_LIBRARY_STAFF = 'ADD_LIBRARY_STAFF',
  REMOVE_LIBRARY_STAFF = 'REMOVE_LIBRARY_STAFF',
  CHANGE_LIBRARY_STAFF_ROLE = 'CHANGE_LIBRARY_STAFF_ROLE',
  UPDATE_LIBRARY_STYLE = 'UPDATE_LIBRARY_STYLE',
  IMPORT_CATALOGUE = 'IMPORT_CATALOGUE',
  /** A community's only owner deleted their account: its library's staff became its owners (by the system). */
  OWNERSHIP_TRANSFERRED = 'OWNERSHIP_TRANSFERRED',
  /** A library's single sign-on (OpenID Connect) was configured, changed, switched on or off. */
  CONFIGURE_LIBRARY_SSO = 'CONFIGURE_LIBRARY_SSO',
  /** A platform admin stopped (or resumed) federating with a server (libs/federation). */
  BLOCK_INSTANCE = 'BLOCK_INSTANCE',
  UNBLOCK_INSTANCE = 'UNBLOCK_INSTANCE',
  /** The Academy (libs/academy): a course written or changed, published or withdrawn by the national staff. */
  SAVE_COURSE = 'SAVE_COURSE',
  PUBLISH_COURSE = 'PUBLISH_COURSE',
  UNPUBLISH_COURSE = 'UNPUBLISH_COURSE',
  /** The national programme's targets (trained, present, facilitating) changed by a national admin. */
  SET_PROGRAMME_TARGETS = 'SET_PROGRAMME_TARGETS',
  /** National staff published a community template or campaign (libs/templates). */
  PUBLISH_TEMPLATE = 'PUBLISH_TEMPLATE',
  /** A library's staff adopted a national template or campaign into their chapter. */
  ADOPT_TEMPLATE = 'ADOPT_TEMPLATE',
  /** A library event planned, changed or cancelled in a community (libs/events; details: its title or the fields changed). */
  CREATE_EVENT = 'CREATE_EVENT',
  UPDATE_EVENT = 'UPDATE_EVENT',
  CANCEL_EVENT = 'CANCEL_EVENT',
  /**
   * Syndication (libs/network): a chapter's moderators proposed a thread to the national community (here or on another
   * Waardenet), a national editor accepted or declined it (reason: the editor's), either side withdrew it (reason: theirs,
   * or why taking the original down withdrew it). On the community whose side acted; details: the thread and the other side.
   */
  PROPOSE_SYNDICATION = 'PROPOSE_SYNDICATION',
  ACCEPT_SYNDICATION = 'ACCEPT_SYNDICATION',
  DECLINE_SYNDICATION = 'DECLINE_SYNDICATION',
  WITHDRAW_SYNDICATION = 'WITHDRAW_SYNDICATION',
  /** The national content database (libs/network): an item written, changed or archived by its library's staff (library-level lines). */
  CREATE_CONTENT_ITEM = 'CREATE_CONTENT_ITEM',
  UPDATE_CONTENT_ITEM = 'UPDATE_CONTENT_ITEM',
  ARCHIVE_CONTENT_ITEM = 'ARCHIVE_CONTENT_ITEM',
  /** A content item published as a thread in a community (details: the item's title and the new thread). */
  PUBLISH_CONTENT_ITEM = 'PUBLISH_CONTENT_ITEM',
}
registerEnumType(ModAction, { name: 'ModAction' });

/**
 * The actions whose `details` may be shown to someone who is not a moderator there (the public moderation
 * log, a member's data export): details the server writes from nothing private. Not MOVE_THREAD (it names
 * the other community, which may be private) nor the watched-word actions (the phrase is what a watched
 * word keeps from its audience); a new action shows none until listed.
 */
export const PUBLIC_DETAIL_ACTIONS: ReadonlySet<ModAction> = new Set<ModAction>([
  ModAction.UPDATE_SETTINGS,
  ModAction.RESOLVE_REPORT,
  ModAction.SET_MEMBER_ROLE,
  ModAction.EDIT_POST,
  ModAction.REDACT_REVISION,
  ModAction.ADOPT_TEMPLATE,
]);

export enum ModTarget {
  POST = 'POST',
  THREAD = 'THREAD',
  USER = 'USER',
  REPORT = 'REPORT',
  COMMUNITY = 'COMMUNITY',
  WATCHED_WORD = 'WATCHED_WORD',
  REVISION = 'REVISION',
  LIBRARY = 'LIBRARY',
  /** A remote server (federation_blocked_instances). */
  INSTANCE = 'INSTANCE',
  /** An Academy course (academy_courses). */
  COURSE = 'COURSE',
  /** The national programme's targets (programme_targets). */
  PROGRAMME = 'PROGRAMME',
  /** A library event (library_events). */
  EVENT = 'EVENT',
  /** A syndication of a thread to a national community (syndications). */
  SYNDICATION = 'SYNDICATION',
  /** An item of the content database (content_items). */
  CONTENT_ITEM = 'CONTENT_ITEM',
}
registerEnumType(ModTarget, { name: 'ModTarget' });

/** One audit line: who (null: the system), what, on what, where (a community, a library or neither) and why. */
export interface AuditLine {
  actorId: string | null;
  action: ModAction;
  targetType: ModTarget;
  targetId: string;
  communityId: string | null;
  /** Set for library-level lines (staff changes, house style, imports): that library's admins read them (libraryAuditLog). */
  libraryId?: string | null;
  reason?: string | null;
  details?: string | null;
  expiresAt?: Date | null;
}

/**
 * Writes an audit line into the append-only moderation_actions table, on the EntityManager the action
 * runs on, so the action and its line commit or roll back together. Plain SQL: domains below the
 * moderation library (communities, threads, libraries, catalogue) write here without depending on it.
 */
export async function appendAudit(em: EntityManager, line: AuditLine): Promise<void> {
  await em.query(
    `INSERT INTO moderation_actions (actor_id, action, target_type, target_id, community_id, library_id, reason, details, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      line.actorId,
      line.action,
      line.targetType,
      line.targetId,
      line.communityId,
      line.libraryId ?? null,
      line.reason ?? null,
      line.details ?? null,
      line.expiresAt ?? null,
    ],
  );
}
