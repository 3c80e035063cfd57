import '../../i18n/email';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { REQUEST_EMAIL_CHANGE } from '../../api/operations-email';
import { asApiError } from '../../api/transport';
import { FormFailure, errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The profile's email change: a link goes to the new address and a notice to the current one; the
 * address changes only when that link is opened. The answer does not say whether the new address has
 * an account (that address is told by mail instead).
 */
export function EmailChangeForm({ current }: { current?: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSentTo(null);
    const address = email.trim();
    const found = {
      email: !address ? t('auth.emailMissing') : EMAIL.test(address) ? undefined : t('auth.emailInvalid'),
      password: password ? undefined : t('email.passwordMissing'),
    };
    setErrors(found);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'change-email' : 'change-email-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(REQUEST_EMAIL_CHANGE, { input: { newEmail: address, password } });
      setSentTo(address);
      setEmail('');
      setPassword('');
    } catch (e) {
      const apiError = asApiError(e);
      if (apiError.reason === 'WRONG_PASSWORD') setErrors({ password: t('email.passwordWrong') });
      else if (apiError.reason === 'EMAIL_UNCHANGED') setErrors({ email: t('email.unchanged') });
      else setErrors({ form: errorText(apiError) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="email-change-title">
      <h2 id="email-change-title">{t('email.changeTitle')}</h2>
      {current ? <p>{t('email.current', { email: current })}</p> : null}
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="change-email"
          label={t('email.newEmail')}
          type="email"
          autoComplete="email"
          value={email}
          onInput={setEmail}
          error={errors.email}
        />
        <TextField
          id="change-email-password"
          label={t('email.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <FormFailure failure={errors.form} />
        <button type="submit" disabled={busy}>
          {t('email.changeSubmit')}
        </button>
        <p role="status">{sentTo ? t('email.changeSent', { email: sentTo }) : ''}</p>
      </form>
    </section>
  );
}
