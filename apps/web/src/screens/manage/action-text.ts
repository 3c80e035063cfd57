import '../../i18n/lazy';
import '../../i18n/moderation';
import { t, type MessageKey } from '../../i18n';

// The server's action names, in the reader's language.
const KNOWN = new Set([
  'ADD_LIBRARY_STAFF',
  'ADD_WATCHED_WORD',
  'APPROVE_MEMBER',
  'APPROVE_POST',
  'BAN_MEMBER',
  'CHANGE_LIBRARY_STAFF_ROLE',
  'DELETE_POST',
  'EDIT_POST',
  'HIDE_POST',
  'IMPORT_CATALOGUE',
  'INVITE_MEMBER',
  'LOCK_THREAD',
  'MOVE_THREAD',
  'PIN_THREAD',
  'REDACT_REVISION',
  'REJECT_MEMBER',
  'REJECT_POST',
  'REMOVE_LIBRARY_STAFF',
  'REMOVE_MEMBER',
  'REMOVE_POST',
  'REMOVE_WATCHED_WORD',
  'RESOLVE_REPORT',
  'RESTORE_POST',
  'SET_MEMBER_ROLE',
  'SUSPEND_USER',
  'UNBAN_MEMBER',
  'UNLOCK_THREAD',
  'UNPIN_THREAD',
  'UNSUSPEND_USER',
  'UPDATE_LIBRARY_STYLE',
  'UPDATE_SETTINGS',
  'CREATE_INVITE_LINK',
  'REVOKE_INVITE_LINK',
  'OWNERSHIP_TRANSFERRED',
  'CONFIGURE_LIBRARY_SSO',
  'SAVE_COURSE',
  'PUBLISH_COURSE',
  'UNPUBLISH_COURSE',
  'SET_PROGRAMME_TARGETS',
  'PUBLISH_TEMPLATE',
  'ADOPT_TEMPLATE',
]);

/** What a moderator did, in plain words; an action newer than this client reads as "another moderation action", never as a code. */
export const actionText = (action: string): string => (KNOWN.has(action) ? t(`modAction.${action}` as MessageKey) : t('modAction.other'));
