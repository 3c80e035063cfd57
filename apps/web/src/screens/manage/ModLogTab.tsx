import { MOD_LOG, type ModLogData } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { t, type MessageKey } from '../../i18n';
import { LogTable } from './LogTable';

// The server's action names, in the reader's language (an unknown, newer one is shown as it is).
const KNOWN = new Set([
  'ADD_WATCHED_WORD', 'APPROVE_POST', 'BAN_MEMBER', 'HIDE_POST', 'LOCK_THREAD', 'MOVE_THREAD', 'PIN_THREAD', 'REJECT_POST', 'REMOVE_POST', 'REMOVE_WATCHED_WORD',
  'RESOLVE_REPORT', 'RESTORE_POST', 'SET_MEMBER_ROLE', 'SUSPEND_USER', 'UNBAN_MEMBER', 'UNLOCK_THREAD', 'UNPIN_THREAD', 'UNSUSPEND_USER', 'UPDATE_SETTINGS',
]);
const actionText = (action: string): string => (KNOWN.has(action) ? t(`modAction.${action}` as MessageKey) : action);

/** The community's moderation log, newest first, with who acted. */
export function ModLogTab({ communityId }: { communityId: string }) {
  const { data, error } = useQuery<ModLogData>(MOD_LOG, { communityId });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const entries = data.modLog.edges.map((e) => e.node);
  if (!entries.length) return <p class="muted">{t('manage.logEmpty')}</p>;
  return <LogTable caption={t('manage.log')} entries={entries} what={(e) => actionText(e.action)} />;
}
