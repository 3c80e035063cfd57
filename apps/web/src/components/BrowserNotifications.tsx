import '../i18n/reach';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import { PUSH_SETTINGS, SET_PUSH_KINDS, SUBSCRIBE_PUSH, UNSUBSCRIBE_PUSH } from '../api/operations-push';
import type { NotificationKind } from '../api/generated/graphql';
import { ApiError, asApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from './Announcer';
import { ErrorMessage, Loading } from './Status';
import { t, tn } from '../i18n';

/** The kinds the server pushes (PushService.PUSH_KINDS), as the member may choose them. */
const PUSH_KINDS = [
  ['MENTION', 'push.kind.MENTION'],
  ['REPLY_TO_POST', 'push.kind.REPLY_TO_POST'],
  ['REPLY_IN_FOLLOWED_THREAD', 'push.kind.REPLY_IN_FOLLOWED_THREAD'],
] as const satisfies readonly (readonly [NotificationKind, string])[];

const supported = () =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The key the push service wants: the VAPID public key's bytes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** This browser's push subscription, if it has one (without registering the service worker). */
async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/**
 * Browser notifications for replies and mentions (Web Push): a switch for this browser, and which kinds.
 * Turning it on asks the browser's permission, registers /sw.js and hands the subscription to the server.
 */
export function BrowserNotifications() {
  const { data, error, update } = useQuery(PUSH_SETTINGS, {});
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!supported()) return;
    currentSubscription().then(
      (s) => setOn(!!s),
      () => setOn(false),
    );
  }, []);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const prefs = data.notificationPreferences;
  const key = data.vapidPublicKey;

  const refresh = (next: Partial<typeof prefs>) =>
    update((d) => ({ ...d, notificationPreferences: { ...d.notificationPreferences, ...next } }));

  const turnOn = async () => {
    if (!key) return;
    if ((await Notification.requestPermission()) !== 'granted') {
      setProblem(t('push.denied'));
      return;
    }
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) }));
    const json = subscription.toJSON();
    await request(SUBSCRIBE_PUSH, {
      input: { endpoint: subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } },
    });
    setOn(true);
    refresh({ pushSubscriptions: prefs.pushSubscriptions + 1 });
    announce(t('push.isOn'));
  };

  const turnOff = async () => {
    const subscription = await currentSubscription();
    if (subscription) {
      await request(UNSUBSCRIBE_PUSH, { endpoint: subscription.endpoint });
      await subscription.unsubscribe();
    }
    setOn(false);
    refresh({ pushSubscriptions: Math.max(0, prefs.pushSubscriptions - 1) });
    announce(t('push.isOff'));
  };

  const toggle = async (want: boolean) => {
    setBusy(true);
    setProblem(null);
    setSaveError(null);
    try {
      await (want ? turnOn() : turnOff());
    } catch (e) {
      // A refusal from the server says why; a browser that would not subscribe gets the general sentence.
      if (e instanceof ApiError) setSaveError(e);
      else setProblem(t('push.failed'));
    } finally {
      setBusy(false);
    }
  };

  const setKind = async (kind: NotificationKind, wanted: boolean) => {
    setSaveError(null);
    const kinds = wanted ? [...new Set([...prefs.pushKinds, kind])] : prefs.pushKinds.filter((k) => k !== kind);
    try {
      refresh((await request(SET_PUSH_KINDS, { kinds })).setPushKinds);
      announce(t('prefs.saved'));
    } catch (e) {
      setSaveError(asApiError(e));
    }
  };

  return (
    <section aria-labelledby="push-heading" class="preferences">
      <h2 id="push-heading">{t('push.heading')}</h2>
      <p class="muted">{t('push.intro')}</p>
      {!supported() ? (
        <p>{t('push.unsupported')}</p>
      ) : !key || !prefs.pushAvailable ? (
        <p>{t('push.unavailable')}</p>
      ) : (
        <>
          <div class="field">
            <label class="choice">
              <input
                type="checkbox"
                role="switch"
                checked={!!on}
                disabled={busy || on === null}
                aria-describedby="push-status"
                onChange={(e) => void toggle(e.currentTarget.checked)}
              />{' '}
              {t('push.switch')}
            </label>
            <p id="push-status" class="muted">
              {prefs.pushSubscriptions ? tn('push.count', prefs.pushSubscriptions) : t('push.none')}
            </p>
          </div>
          <fieldset class="field">
            <legend>{t('push.kinds')}</legend>
            {PUSH_KINDS.map(([kind, label]) => (
              <label key={kind} class="choice">
                <input
                  type="checkbox"
                  checked={prefs.pushKinds.includes(kind)}
                  onChange={(e) => void setKind(kind, e.currentTarget.checked)}
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      {saveError ? <ErrorMessage error={saveError} /> : null}
    </section>
  );
}
