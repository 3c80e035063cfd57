import { useState } from 'preact/hooks';
import { register } from '../api/session';
import { asApiError } from '../api/transport';
import { PageHeading } from '../components/PageHeading';
import { FormFailure, errorText } from '../components/Status';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { Link, navigate, paths, safeNext } from '../router';

type Field = 'displayName' | 'email' | 'password';
type Errors = Partial<Record<Field | 'form', string>>;

const MIN_PASSWORD = 10;

/** Why the server refused a name, in the reader's language; any other refusal is about its length. */
const displayNameRefusal = (reason?: string) =>
  reason === 'DISPLAY_NAME_INVALID_CHARACTERS'
    ? t('auth.displayNameCharacters')
    : reason === 'DISPLAY_NAME_IMPERSONATES_STAFF'
      ? t('auth.displayNameStaff')
      : t('auth.displayNameInvalid');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function RegisterScreen({ next }: { next: string | null }) {
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const check = (): Errors => ({
    displayName: values.displayName.trim().length < 2 ? t('auth.displayNameInvalid') : undefined,
    email: EMAIL.test(values.email.trim()) ? undefined : t('auth.emailInvalid'),
    password: values.password.length < MIN_PASSWORD ? t('auth.passwordShort', { min: MIN_PASSWORD }) : undefined,
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    const first = (['displayName', 'email', 'password'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`register-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await register(values.email.trim(), values.password, values.displayName.trim());
      navigate(safeNext(next), { replace: true });
    } catch (e) {
      const error = asApiError(e);
      if (error.code === 'CONFLICT') setErrors({ email: t('auth.emailTaken') });
      else if (error.code === 'BAD_USER_INPUT' && Object.keys(error.fields).length) {
        setErrors({
          displayName: error.fields.displayName ? displayNameRefusal(error.reason) : undefined,
          email: error.fields.email ? t('auth.emailInvalid') : undefined,
          password: error.fields.password
            ? error.reason === 'PASSWORD_BREACHED'
              ? t('auth.passwordBreached')
              : t('auth.passwordShort', { min: MIN_PASSWORD })
            : undefined,
        });
      } else setErrors({ form: errorText(error) });
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('auth.registerTitle')} />
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="register-displayName"
          label={t('auth.displayName')}
          hint={t('auth.displayNameHint')}
          autoComplete="nickname"
          value={values.displayName}
          onInput={set('displayName')}
          error={errors.displayName}
        />
        <TextField
          id="register-email"
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          value={values.email}
          onInput={set('email')}
          error={errors.email}
        />
        <TextField
          id="register-password"
          label={t('auth.password')}
          hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onInput={set('password')}
          error={errors.password}
        />
        <FormFailure failure={errors.form} />
        <button type="submit" disabled={busy}>
          {t('auth.registerSubmit')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link href={paths.login(next ?? undefined)}>{t('nav.login')}</Link>
      </p>
    </>
  );
}
