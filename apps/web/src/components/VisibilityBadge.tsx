import type { Visibility } from '../api/operations';
import { t } from '../i18n';

const KEYS = { PUBLIC: 'visibility.PUBLIC', RESTRICTED: 'visibility.RESTRICTED', PRIVATE: 'visibility.PRIVATE' } as const;

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return <span class={`badge badge-${visibility.toLowerCase()}`}>{t(KEYS[visibility])}</span>;
}
