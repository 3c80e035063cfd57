import '../i18n/moderation';
import '../i18n/events';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import {
  NOTIFICATION_KINDS,
  PREFERENCES,
  SET_EMAIL_DELIVERY,
  SET_PREFERENCE,
  type EmailDelivery,
  type MailLocale,
  type NotificationChannel,
  type NotificationKind,
  type Preferences,
} from '../api/operations-search';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { ErrorMessage, Loading } from '../components/Status';
import { t } from '../i18n';

const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL', 'OFF'];
const CHANNEL_TEXT = { IN_APP: 'prefs.IN_APP', EMAIL: 'prefs.EMAIL', OFF: 'prefs.OFF' } as const;
const KIND_NAME = {
  MENTION: 'prefs.kind.MENTION',
  REPLY_TO_POST: 'prefs.kind.REPLY_TO_POST',
  REPLY_IN_FOLLOWED_THREAD: 'prefs.kind.REPLY_IN_FOLLOWED_THREAD',
  THREAD_IN_FOLLOWED_COMMUNITY: 'prefs.kind.THREAD_IN_FOLLOWED_COMMUNITY',
  ANSWER_ACCEPTED: 'prefs.kind.ANSWER_ACCEPTED',
  MEMBERSHIP_APPROVED: 'prefs.kind.MEMBERSHIP_APPROVED',
  REPORT_RESOLVED: 'prefs.kind.REPORT_RESOLVED',
  EXPERTISE_VERIFIED: 'prefs.kind.EXPERTISE_VERIFIED',
  REPORT_FILED: 'prefs.kind.REPORT_FILED',
  JOIN_REQUESTED: 'prefs.kind.JOIN_REQUESTED',
  POST_QUEUED: 'prefs.kind.POST_QUEUED',
  EVENT_REMINDER: 'prefs.kind.EVENT_REMINDER',
  EVENT_CANCELLED: 'prefs.kind.EVENT_CANCELLED',
} as const;
/** Each language named in itself (and marked as such for screen readers). */
const MAIL_LOCALES = [
  { value: 'NL', lang: 'nl', text: 'prefs.locale.NL' },
  { value: 'EN', lang: 'en', text: 'prefs.locale.EN' },
] as const satisfies readonly { value: MailLocale; lang: string; text: string }[];

/**
 * Per kind: in the app, also by email, or off; whether email comes at once or as a daily digest, and in which
 * language (left out with `mailLanguage={false}` where the profile's language is on the same screen). Saved on change.
 */
export function NotificationPreferencesForm({ mailLanguage = true }: { mailLanguage?: boolean }) {
  const { data, error, update } = useQuery(PREFERENCES, {});
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  /** `send` makes the change and gives the preferences as they are after it. */
  const save = async (send: () => Promise<Preferences>) => {
    setSaveError(null);
    try {
      const prefs = await send();
      update(() => ({ notificationPreferences: prefs }));
      announce(t('prefs.saved'));
    } catch (e) {
      setSaveError(asApiError(e));
    }
  };

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const prefs = data.notificationPreferences;
  const channelOf = (kind: NotificationKind) => prefs.kinds.find((k) => k.kind === kind)?.channel ?? 'IN_APP';
  return (
    <section aria-labelledby="prefs-heading" class="preferences">
      <h2 id="prefs-heading">{t('prefs.heading')}</h2>
      {prefs.emailAvailable ? null : <p class="muted">{t('prefs.noEmail')}</p>}
      {NOTIFICATION_KINDS.map((kind) => (
        <div class="field" key={kind}>
          <label for={`pref-${kind}`}>{t(KIND_NAME[kind])}</label>
          <select
            id={`pref-${kind}`}
            value={channelOf(kind)}
            onChange={(e) =>
              save(
                async () =>
                  (await request(SET_PREFERENCE, { input: { kind, channel: e.currentTarget.value as NotificationChannel } }))
                    .setNotificationPreference,
              )
            }
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(CHANNEL_TEXT[c])}
              </option>
            ))}
          </select>
        </div>
      ))}
      <fieldset class="field">
        <legend>{t('prefs.delivery')}</legend>
        {(['IMMEDIATE', 'DAILY'] as EmailDelivery[]).map((d) => (
          <label key={d} class="choice">
            <input
              type="radio"
              name="email-delivery"
              value={d}
              checked={prefs.emailDelivery === d}
              onChange={() => save(async () => (await request(SET_EMAIL_DELIVERY, { delivery: d })).setEmailDelivery)}
            />{' '}
            {d === 'DAILY' ? t('prefs.daily', { hour: prefs.digestHourUtc }) : t('prefs.immediate')}
          </label>
        ))}
      </fieldset>
      {mailLanguage ? (
        <fieldset class="field">
          <legend>{t('prefs.locale')}</legend>
          {MAIL_LOCALES.map((l) => (
            <label key={l.value} class="choice">
              <input
                type="radio"
                name="email-locale"
                value={l.value}
                checked={prefs.locale === l.value}
                onChange={() => save(async () => (await request(SET_EMAIL_DELIVERY, { locale: l.value })).setEmailDelivery)}
              />{' '}
              <span lang={l.lang}>{t(l.text)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {saveError ? <ErrorMessage error={saveError} /> : null}
    </section>
  );
}
