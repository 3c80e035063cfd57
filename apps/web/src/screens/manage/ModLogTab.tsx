import { MOD_LOG } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { t } from '../../i18n';
import { actionText } from './action-text';
import { LogTable } from './LogTable';

/** The community's moderation log, newest first, with who acted. */
export function ModLogTab({ communityId }: { communityId: string }) {
  const { data, error } = useQuery(MOD_LOG, { communityId });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const entries = data.modLog.edges.map((e) => e.node);
  if (!entries.length) return <p class="muted">{t('manage.logEmpty')}</p>;
  return <LogTable caption={t('manage.log')} entries={entries} what={(e) => actionText(e.action)} />;
}
