import type { ApiError } from '../../api/transport';
import { t } from '../../i18n';

export const MIN_PASSWORD = 10;

/** Why the server refused a new password (PASSWORD_TOO_SHORT, PASSWORD_BREACHED), or null when it refused something else. */
export function newPasswordRefusal(error: ApiError): string | null {
  if (error.reason === 'PASSWORD_BREACHED') return t('auth.passwordBreached');
  if (error.reason === 'PASSWORD_TOO_SHORT') return t('auth.passwordShort', { min: MIN_PASSWORD });
  return null;
}
