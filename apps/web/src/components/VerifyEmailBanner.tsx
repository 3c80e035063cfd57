import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { RESEND_VERIFICATION } from '../api/operations-email';
import { session } from '../api/session';
import { asApiError } from '../api/transport';
import { t } from '../i18n';
import { useStore } from '../store';
import { errorText } from './Status';

/** Shown to a signed-in account whose address is not confirmed yet, with "stuur opnieuw" for a fresh link. */
export function VerifyEmailBanner() {
  const state = useStore(session);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'signedIn' || state.user.emailVerified !== false) return null;

  const resend = async () => {
    setBusy(true);
    try {
      await request(RESEND_VERIFICATION, {});
      setMessage({ text: t('verify.resent'), error: false });
    } catch (e) {
      setMessage({ text: errorText(asApiError(e)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="verify-banner">
      {t('verify.banner')}
      <button type="button" onClick={resend} disabled={busy}>
        {t('verify.resend')}
      </button>
      <span role={message?.error ? 'alert' : 'status'}> {message?.text ?? ''}</span>
    </section>
  );
}
