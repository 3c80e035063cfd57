import '../../i18n/totp';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { DISABLE_TOTP, ENABLE_TOTP, MY_TWO_FACTOR, SETUP_TOTP, type TotpSetup } from '../../api/operations-totp';
import { asApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { FormFailure, ErrorMessage, Loading, errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** "Tweestapsverificatie" in the profile: set up with a QR code, confirm with a code, recovery codes once, turn off with the password. */
export function TwoFactor({ email }: { email: string | null }) {
  const { data, error, update } = useQuery(MY_TWO_FACTOR, {});
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const status = data.myTwoFactor;

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setSetup((await request(SETUP_TOTP)).setupTotp);
      focus('totp-code');
    } catch (e) {
      setFailure(errorText(asApiError(e)));
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (codes) {
    body = (
      <RecoveryCodes
        codes={codes}
        email={email}
        done={() => {
          setCodes(null);
          focus('totp-heading');
        }}
      />
    );
  } else if (setup) {
    body = (
      <Confirm
        setup={setup}
        cancel={() => setSetup(null)}
        enabled={(recovery) => {
          setSetup(null);
          setCodes(recovery);
          update((d) => ({ myTwoFactor: { ...d.myTwoFactor, enabled: true, recoveryCodesLeft: recovery.length } }));
          announce(t('totp.enabled'));
          focus('totp-codes-heading');
        }}
      />
    );
  } else if (status.enabled) {
    body = (
      <Disable
        left={status.recoveryCodesLeft}
        disabled={() => {
          update((d) => ({ myTwoFactor: { ...d.myTwoFactor, enabled: false, recoveryCodesLeft: 0 } }));
          announce(t('totp.disabled'));
          focus('totp-heading');
        }}
      />
    );
  } else {
    body = (
      <>
        <p>{t('totp.off')}</p>
        {status.required ? <p class="notice">{t('totp.required')}</p> : null}
        {failure ? (
          <p class="error" role="alert">
            {failure}
          </p>
        ) : null}
        <button type="button" disabled={busy} onClick={start}>
          {t('totp.start')}
        </button>
      </>
    );
  }
  return (
    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading" tabIndex={-1}>
        {t('totp.title')}
      </h2>
      {body}
    </section>
  );
}

function Confirm({ setup, cancel, enabled }: { setup: TotpSetup; cancel(): void; enabled(codes: string[]): void }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ code?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!code.trim()) {
      setErrors({ code: t('totp.codeMissing') });
      focus('totp-code');
      return;
    }
    setBusy(true);
    try {
      enabled((await request(ENABLE_TOTP, { code: code.replace(/\s/g, '') })).enableTotp);
    } catch (e) {
      const error = asApiError(e);
      setErrors(error.reason === 'TOTP_INVALID' ? { code: t('totp.codeWrong') } : { form: errorText(error) });
      focus('totp-code');
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('totp.scan')}</p>
      <img class="totp-qr" src={setup.qrCode} alt={t('totp.qrAlt')} width={200} height={200} />
      <p>
        {t('totp.manual')} <code class="totp-secret">{setup.secret}</code>
      </p>
      <p>
        {t('totp.uri')} <code class="totp-uri">{setup.uri}</code>
      </p>
      <form class="auth-form" onSubmit={submit} noValidate>
        <TextField
          id="totp-code"
          label={t('totp.code')}
          hint={t('totp.codeHint')}
          autoComplete="one-time-code"
          value={code}
          onInput={setCode}
          error={errors.code}
        />
        <FormFailure failure={errors.form} />
        <button type="submit" disabled={busy}>
          {t('totp.confirm')}
        </button>{' '}
        <button type="button" class="secondary" onClick={cancel}>
          {t('totp.cancel')}
        </button>
      </form>
    </>
  );
}

/** Shown once, right after enabling: the server keeps only their hashes. */
function RecoveryCodes({ codes, email, done }: { codes: string[]; email: string | null; done(): void }) {
  const text = `${t('totp.fileHeader', { email: email ?? '' })}\n\n${codes.join('\n')}\n`;
  return (
    <div class="totp-codes">
      <p class="notice" role="status">
        {t('totp.enabled')}
      </p>
      <h3 id="totp-codes-heading" tabIndex={-1}>
        {t('totp.codesTitle')}
      </h3>
      <p>{t('totp.codesIntro')}</p>
      <ul class="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="waardenet-herstelcodes.txt">
          {t('totp.download')}
        </a>{' '}
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(text);
            announce(t('totp.copied'));
          }}
        >
          {t('totp.copy')}
        </button>{' '}
        <button type="button" onClick={done}>
          {t('totp.codesDone')}
        </button>
      </p>
    </div>
  );
}

function Disable({ left, disabled }: { left: number; disabled(): void }) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setErrors({ password: t('totp.passwordMissing') });
      focus('totp-password');
      return;
    }
    setBusy(true);
    try {
      await request(DISABLE_TOTP, { password });
      disabled();
    } catch (e) {
      const error = asApiError(e);
      setErrors(error.reason === 'WRONG_PASSWORD' ? { password: t('totp.passwordWrong') } : { form: errorText(error) });
      focus('totp-password');
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('totp.on', { left })}</p>
      <form class="auth-form" onSubmit={submit} noValidate aria-labelledby="totp-disable-heading">
        <h3 id="totp-disable-heading">{t('totp.disableTitle')}</h3>
        <TextField
          id="totp-password"
          label={t('totp.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <FormFailure failure={errors.form} />
        <button type="submit" class="secondary" disabled={busy}>
          {t('totp.disable')}
        </button>
      </form>
    </>
  );
}
