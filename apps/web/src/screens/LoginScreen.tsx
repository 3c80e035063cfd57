import { useState } from 'preact/hooks';
import { logIn } from '../api/session';
import { asApiError } from '../api/transport';
import { PageHeading } from '../components/PageHeading';
import { FormFailure, errorText } from '../components/Status';
import { TextField } from '../components/TextField';
import { locale, t } from '../i18n';
import { lazyScreen } from '../lazy';
import { Link, navigate, paths, safeNext } from '../router';

// Signing in with a library's own account: its code and texts load with the screen, outside the initial-JS budget.
const SsoOptions = lazyScreen(() => import('./sso/SsoOptions').then((m) => m.SsoOptions));

export function LoginScreen({ next, ssoError = null }: { next: string | null; ssoError?: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; totp?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  // Asked for once the server answered TOTP_REQUIRED: the account uses two-step verification.
  const [askCode, setAskCode] = useState(false);
  const [code, setCode] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = { email: email.trim() ? undefined : t('auth.emailMissing'), password: password ? undefined : t('auth.passwordMissing') };
    setErrors(found);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    if (askCode && !code.trim()) {
      setErrors({ totp: t('auth.totpMissing') });
      document.getElementById('login-totp')?.focus();
      return;
    }
    setBusy(true);
    try {
      await logIn(email.trim(), password, askCode ? code.trim() : undefined);
      navigate(safeNext(next), { replace: true });
    } catch (e) {
      const error = asApiError(e);
      setBusy(false);
      if (error.reason === 'TOTP_REQUIRED' || error.reason === 'TOTP_INVALID') {
        setAskCode(true);
        setCode('');
        setErrors(error.reason === 'TOTP_INVALID' ? { totp: t('auth.totpInvalid') } : {});
        // After the field appears: focus moves to where the next answer goes.
        requestAnimationFrame(() => document.getElementById('login-totp')?.focus());
        return;
      }
      setErrors({
        form:
          error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT'
            ? t('auth.loginFailed')
            : `${errorText(error)}${tryAgainAt(error)}`,
      });
    }
  };

  return (
    <>
      <PageHeading title={t('auth.loginTitle')} />
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="login-email"
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          value={email}
          onInput={setEmail}
          error={errors.email}
        />
        <TextField
          id="login-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        {askCode ? (
          <>
            <p role="status">{t('auth.totpIntro')}</p>
            <TextField
              id="login-totp"
              label={t('auth.totpCode')}
              hint={t('auth.totpHint')}
              autoComplete="one-time-code"
              value={code}
              onInput={setCode}
              error={errors.totp}
            />
          </>
        ) : null}
        <FormFailure failure={errors.form} />
        <button type="submit" disabled={busy}>
          {t('auth.loginSubmit')}
        </button>
      </form>
      <p>
        <Link href={paths.forgotPassword()}>{t('auth.forgotPassword')}</Link>
      </p>
      <SsoOptions next={next} error={ssoError} />
      <p>
        {t('auth.noAccount')} <Link href={paths.register(next ?? undefined)}>{t('nav.register')}</Link>
      </p>
    </>
  );
}

/** After too many attempts: the clock time from when logging in works again (the server said how long to wait). */
function tryAgainAt(error: { code: string; retryAfterSeconds?: number }): string {
  if (error.code !== 'RATE_LIMITED' || !error.retryAfterSeconds) return '';
  const at = new Date(Date.now() + error.retryAfterSeconds * 1000);
  return ` ${t('auth.tryAgainAt', { time: new Intl.DateTimeFormat(locale.get(), { hour: '2-digit', minute: '2-digit' }).format(at) })}`;
}
