import '../../i18n/lazy';
import { BrowserNotifications } from '../../components/BrowserNotifications';
import { NotificationPreferencesForm } from '../NotificationPreferencesForm';

/**
 * The notification settings as a part of the account screen: the same form as under Meldingen, without
 * the mail's language, which the profile's language above already sets (it is one setting); then browser notifications.
 */
export function NotificationSettings() {
  return (
    <>
      <NotificationPreferencesForm mailLanguage={false} />
      <BrowserNotifications />
    </>
  );
}
