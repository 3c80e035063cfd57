import '../../i18n/privacy';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { DELETE_ACCOUNT, EXPORT_PATH } from '../../api/operations-privacy';
import { currentAccessToken, signedOutEverywhere } from '../../api/session';
import { asApiError } from '../../api/transport';
import { announce } from '../../components/Announcer';
import { FormFailure, errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { navigate, paths } from '../../router';

/** The profile's data part: download everything stored about the account, or delete it (issue #15; docs/privacy.md). */
export function AccountData() {
  return (
    <>
      <ExportData />
      <DeleteAccount />
    </>
  );
}

/**
 * The export is a plain GET that needs the bearer token (as the figures' CSV downloads): fetched here and
 * saved from a blob, under the name the server gives it.
 */
async function downloadExport(): Promise<void> {
  const token = await currentAccessToken();
  const res = await fetch(EXPORT_PATH, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(String(res.status));
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'waardenet-export.json';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportData() {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const start = async () => {
    setState('busy');
    try {
      await downloadExport();
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('privacy.exportTitle')}</h2>
      <p>{t('privacy.exportIntro')}</p>
      <button type="button" class="secondary" disabled={state === 'busy'} onClick={() => void start()}>
        {t('privacy.exportButton')}
      </button>
      {state === 'busy' || state === 'done' ? (
        <p class="notice" role="status">
          {t(state === 'busy' ? 'privacy.exportBusy' : 'privacy.exportDone')}
        </p>
      ) : null}
      {state === 'failed' ? (
        <p class="error" role="alert">
          {t('privacy.exportFailed')}
        </p>
      ) : null}
    </section>
  );
}

function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteIntro')}</p>
      <button type="button" class="danger" ref={opener} onClick={() => setOpen(true)}>
        {t('privacy.deleteOpen')}
      </button>
      {open ? (
        <DeleteDialog
          close={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

/**
 * The confirmation: a modal <dialog> (the browser keeps the focus in it and closes it on Escape) that says
 * what deletion does, asks for the password and whether to erase the posts' text as well.
 */
function DeleteDialog({ close }: { close(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [removeContent, setRemoveContent] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return undefined;
    d.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    d.addEventListener('cancel', onCancel);
    return () => d.removeEventListener('cancel', onCancel);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setErrors({ password: t('privacy.passwordMissing') });
      document.getElementById('delete-password')?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await request(DELETE_ACCOUNT, { input: { password, removeContent } });
      dialog.current?.close();
      // Every session ended on the server; here too.
      signedOutEverywhere();
      navigate(paths.home());
      announce(t('privacy.deleted'));
    } catch (e) {
      const error = asApiError(e);
      if (error.reason === 'WRONG_PASSWORD') {
        setErrors({ password: t('privacy.passwordWrong') });
        document.getElementById('delete-password')?.focus();
      } else setErrors({ form: errorText(error) });
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="delete-dialog-title" aria-describedby="delete-dialog-what">
      <form onSubmit={submit} noValidate>
        <h2 id="delete-dialog-title">{t('privacy.dialogTitle')}</h2>
        <div id="delete-dialog-what">
          <p>{t('privacy.dialogWhat')}</p>
          <ul>
            <li>{t('privacy.dialogSessions')}</li>
            <li>{t('privacy.dialogErased')}</li>
            <li>{t('privacy.dialogPosts')}</li>
          </ul>
        </div>
        <TextField
          id="delete-password"
          label={t('privacy.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={removeContent}
              aria-describedby="delete-remove-hint"
              onChange={(e) => setRemoveContent(e.currentTarget.checked)}
            />{' '}
            {t('privacy.removeContent')}
          </label>
          <p class="hint" id="delete-remove-hint">
            {t('privacy.removeContentHint')}
          </p>
        </div>
        <FormFailure failure={errors.form} />
        <p class="actions">
          <button type="submit" class="danger" disabled={busy}>
            {t('privacy.confirm')}
          </button>
          <button type="button" class="secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}
