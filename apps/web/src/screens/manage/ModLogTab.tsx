import { MOD_LOG, type ModLogData } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime, t, type MessageKey } from '../../i18n';

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
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t('manage.log')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('manage.when')}</th>
          <th scope="col">{t('manage.who')}</th>
          <th scope="col">{t('manage.what')}</th>
          <th scope="col">{t('manage.why')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
            </td>
            <td>{e.actor ? e.actor.displayName : t('manage.system')}</td>
            <td>
              {actionText(e.action)}
              {e.details ? <span class="muted"> ({e.details})</span> : null}
            </td>
            <td>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
