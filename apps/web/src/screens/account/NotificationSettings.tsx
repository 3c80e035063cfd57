import '../../i18n/lazy';
import { NotificationPreferencesForm } from '../NotificationPreferencesForm';

/**
 * The notification settings as a part of the account screen: the same form as under Meldingen, without
 * the mail's language, which the profile's language above already sets (it is one setting).
 */
export function NotificationSettings() {
  return <NotificationPreferencesForm mailLanguage={false} />;
}
