import '../../i18n/account';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { CHANGE_PASSWORD, LOGOUT_EVERYWHERE, MY_SESSIONS, REVOKE_SESSION, type SessionInfo } from '../../api/operations-account';
import { currentAccessToken, signedOutEverywhere } from '../../api/session';
import { asApiError, postGraphql, type ApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { FormFailure, ErrorMessage, Loading, errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { formatDateTime, t } from '../../i18n';
import { navigate, paths } from '../../router';
import { EmailChangeForm } from './EmailChange';
import { MIN_PASSWORD, newPasswordRefusal } from './password-errors';

/** The profile's security part: change the password, see where the account is signed in, and sign devices out. */
export function AccountSecurity() {
  return (
    <>
      <EmailChangeForm />
      <ChangePasswordForm />
      <Sessions />
    </>
  );
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    const found = {
      current: current ? undefined : t('account.currentMissing'),
      next: next.length < MIN_PASSWORD ? t('auth.passwordShort', { min: MIN_PASSWORD }) : undefined,
    };
    setErrors(found);
    if (found.current || found.next) {
      document.getElementById(found.current ? 'change-current' : 'change-new')?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(CHANGE_PASSWORD, { input: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setNotice(t('account.changed'));
    } catch (e) {
      const error = asApiError(e);
      const refusal = newPasswordRefusal(error);
      if (error.reason === 'WRONG_PASSWORD') {
        setErrors({ current: t('account.currentWrong') });
        document.getElementById('change-current')?.focus();
      } else if (refusal) {
        setErrors({ next: refusal });
        document.getElementById('change-new')?.focus();
      } else setErrors({ form: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.passwordTitle')}</h2>
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="change-current"
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
          error={errors.current}
        />
        <TextField
          id="change-new"
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('account.passwordHint', { min: MIN_PASSWORD })}
          value={next}
          onInput={setNext}
          error={errors.next}
        />
        <FormFailure failure={errors.form} />
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('account.changeSubmit')}
        </button>
      </form>
    </section>
  );
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A device as people name it ("Firefox op Linux"), from the User-Agent it signed in with. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return t('account.unknownDevice');
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser && system) return t('account.deviceOn', { browser, system });
  return browser ?? system ?? userAgent.slice(0, 60);
}

function Sessions() {
  const { data, error, update } = useQuery(MY_SESSIONS, {});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;

  const signOut = async (session: SessionInfo) => {
    setBusy(true);
    setFailure(null);
    try {
      await request(REVOKE_SESSION, { id: session.id });
      update((d) => ({ mySessions: d.mySessions.filter((s) => s.id !== session.id) }));
      announce(t('account.signedOut', { device: deviceName(session.userAgent) }));
      document.getElementById('sessions-heading')?.focus();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const signOutEverywhere = async () => {
    setBusy(true);
    setFailure(null);
    try {
      // As a session call, so the server also clears this browser's refresh cookie.
      await postGraphql(LOGOUT_EVERYWHERE, {}, { token: await currentAccessToken(), sessionCall: true });
      signedOutEverywhere();
      navigate(paths.login());
    } catch (e) {
      setFailure(asApiError(e));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sessions-heading">
      {/* Focus lands here when a signed-out device leaves the list. */}
      <h2 id="sessions-heading" tabIndex={-1}>
        {t('account.sessionsTitle')}
      </h2>
      <p class="muted">{t('account.sessionsIntro')}</p>
      <ul class="card-list">
        {data.mySessions.map((s) => {
          const device = deviceName(s.userAgent);
          const created = formatDateTime(s.createdAt);
          return (
            <li key={s.id} class="card" data-session={s.id}>
              <h3 class="card-title">
                {device}
                {s.current ? ` (${t('account.thisDevice')})` : null}
              </h3>
              <p class="card-meta">{t('account.sessionMeta', { created, used: formatDateTime(s.lastUsedAt) })}</p>
              {s.current ? null : (
                <button
                  type="button"
                  class="secondary"
                  disabled={busy}
                  aria-label={t('account.signOutLabel', { device, created })}
                  onClick={() => signOut(s)}
                >
                  {t('account.signOut')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p class="hint" id="everywhere-hint">
        {t('account.signOutEverywhereHint')}
      </p>
      <button type="button" class="secondary" disabled={busy} aria-describedby="everywhere-hint" onClick={signOutEverywhere}>
        {t('account.signOutEverywhere')}
      </button>
    </section>
  );
}
