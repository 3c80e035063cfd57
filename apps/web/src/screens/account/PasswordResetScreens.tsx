import '../../i18n/account';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../../api/operations-account';
import { signedOutEverywhere } from '../../api/session';
import { asApiError } from '../../api/transport';
import { PageHeading } from '../../components/PageHeading';
import { errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { Link, paths } from '../../router';
import { MIN_PASSWORD, newPasswordRefusal } from './password-errors';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** "Wachtwoord vergeten?": asks for a reset link. The answer is the same whether the address has an account or not. */
export function ForgotPasswordScreen() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<{ email?: string; form?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const address = email.trim();
    if (!EMAIL.test(address)) {
      setError({ email: address ? t('auth.emailInvalid') : t('auth.emailMissing') });
      document.getElementById('forgot-email')?.focus();
      return;
    }
    setBusy(true);
    setError({});
    try {
      await request(REQUEST_PASSWORD_RESET, { email: address });
      setSentTo(address);
    } catch (e) {
      setError({ form: errorText(asApiError(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('account.forgotTitle')} />
      {sentTo ? (
        <p class="notice" role="status">
          {t('account.forgotSent', { email: sentTo })}
        </p>
      ) : (
        <>
          <p>{t('account.forgotIntro')}</p>
          <form class="auth-form" onSubmit={submit} noValidate>
            <TextField
              id="forgot-email"
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              value={email}
              onInput={setEmail}
              error={error.email}
            />
            {error.form ? (
              <p class="error" role="alert">
                {error.form}
              </p>
            ) : null}
            <button type="submit" disabled={busy}>
              {t('account.forgotSubmit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link href={paths.login()}>{t('account.toLogin')}</Link>
      </p>
    </>
  );
}

/** The page the mail's link opens (/reset-password?token=…): a new password, then every session of the account ends. */
export function ResetPasswordScreen({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ password?: string; form?: string; invalid?: boolean }>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) {
      setError({ password: t('auth.passwordShort', { min: MIN_PASSWORD }) });
      document.getElementById('reset-password')?.focus();
      return;
    }
    setBusy(true);
    setError({});
    try {
      await request(RESET_PASSWORD, { input: { token, password } });
      // Every session of the account ended, this browser's too if it was signed in.
      signedOutEverywhere();
      setDone(true);
    } catch (e) {
      const apiError = asApiError(e);
      const refusal = newPasswordRefusal(apiError);
      if (refusal) {
        setError({ password: refusal });
        document.getElementById('reset-password')?.focus();
      } else if (apiError.reason === 'RESET_TOKEN_INVALID') setError({ invalid: true });
      else setError({ form: errorText(apiError) });
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (done) {
      return (
        <>
          <p class="notice" role="status">
            {t('account.resetDone')}
          </p>
          <p>
            <Link href={paths.login()}>{t('account.toLogin')}</Link>
          </p>
        </>
      );
    }
    if (!token || error.invalid) {
      return (
        <>
          <p class="error" role="alert">
            {token ? t('account.resetInvalid') : t('account.noToken')}
          </p>
          <p>
            <Link href={paths.forgotPassword()}>{t('account.requestNew')}</Link>
          </p>
        </>
      );
    }
    return (
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="reset-password"
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('account.passwordHint', { min: MIN_PASSWORD })}
          value={password}
          onInput={setPassword}
          error={error.password}
        />
        {error.form ? (
          <p class="error" role="alert">
            {error.form}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('account.resetSubmit')}
        </button>
      </form>
    );
  };

  return (
    <>
      <PageHeading title={t('account.resetTitle')} />
      {body()}
    </>
  );
}
