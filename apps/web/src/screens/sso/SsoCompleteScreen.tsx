import '../../i18n/sso';
import { useEffect, useState } from 'preact/hooks';
import { completeSsoLogin } from '../../api/session';
import { asApiError } from '../../api/transport';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { Link, navigate, paths, safeNext } from '../../router';
import { ssoErrorText } from './SsoOptions';

/** The ticket and the way back, read once from the address fragment (never sent to a server), which is then cleared. */
function takeFragment(): { ticket: string | null; next: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return { ticket: params.get('ticket'), next: safeNext(params.get('next')) };
}

/**
 * /login/sso#ticket=…: where the server sends the browser after the library's sign-in service confirmed who it is.
 * Exchanges the ticket for a session (the same as a password login), asking for the two-step code when the
 * account uses it, then goes on to where the person was.
 */
export function SsoCompleteScreen() {
  const [{ ticket, next }] = useState(takeFragment);
  const [state, setState] = useState<'working' | 'code' | 'failed'>(ticket ? 'working' : 'failed');
  const [message, setMessage] = useState<string | null>(ticket ? null : t('sso.noTicket'));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  const complete = async (totpCode?: string) => {
    if (!ticket) return;
    try {
      await completeSsoLogin(ticket, totpCode);
      navigate(next, { replace: true });
    } catch (e) {
      const error = asApiError(e);
      if (error.reason === 'TOTP_REQUIRED' || error.reason === 'TOTP_INVALID') {
        setState('code');
        setCode('');
        setCodeError(error.reason === 'TOTP_INVALID' ? t('auth.totpInvalid') : null);
        requestAnimationFrame(() => document.getElementById('sso-totp')?.focus());
        return;
      }
      setState('failed');
      setMessage(error.reason ? ssoErrorText(error.reason) : t('sso.error.other'));
    }
  };

  useEffect(() => {
    void complete();
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!code.trim()) {
      setCodeError(t('auth.totpMissing'));
      document.getElementById('sso-totp')?.focus();
      return;
    }
    setState('working');
    void complete(code.trim());
  };

  return (
    <>
      <PageHeading title={t('sso.completeTitle')} />
      {state === 'working' ? <p role="status">{t('sso.completing')}</p> : null}
      {state === 'code' ? (
        <form class="auth-form" onSubmit={submit} noValidate>
          <p role="status">{t('auth.totpIntro')}</p>
          <TextField
            id="sso-totp"
            label={t('auth.totpCode')}
            hint={t('auth.totpHint')}
            autoComplete="one-time-code"
            value={code}
            onInput={setCode}
            error={codeError}
          />
          <button type="submit">{t('sso.totpSubmit')}</button>
        </form>
      ) : null}
      {state === 'failed' ? (
        <>
          <p class="error" role="alert">
            {message}
          </p>
          <p>
            <Link href={paths.login(next === '/' ? undefined : next)}>{t('sso.backToLogin')}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
