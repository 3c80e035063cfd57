import '../../i18n/lazy';
import '../../i18n/sso';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { CONFIGURE_LIBRARY_SSO, LIBRARY_SSO_SETTINGS } from '../../api/operations-sso';
import type { LibrarySsoSettingsQuery } from '../../api/generated/graphql';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { paths } from '../../router';
import { Refusal, loadForStaff, type StaffLibrary } from './staff';

type Settings = LibrarySsoSettingsQuery['librarySso'];
type Errors = Partial<Record<'issuer' | 'clientId' | 'clientSecret' | 'label', string>>;

/** https, or http for a service on the same machine: the rule the server applies (SSO_ISSUER_INVALID). */
function issuerLooksRight(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      !url.search &&
      !url.hash &&
      (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)))
    );
  } catch {
    return false;
  }
}

/**
 * A library's single sign-on (OpenID Connect), for its staff: the issuer, client id and secret (write-only),
 * the button's text and on/off, with the redirect address to register at the provider. Its admins save it.
 */
export function LibrarySsoScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library-sso|${slug}`, () =>
    loadForStaff(slug, (library) => request(LIBRARY_SSO_SETTINGS, { slug: library.slug })),
  );
  if (error) return <ScreenError title={t('sso.settingsLink')} error={error} />;
  if (!data) return <Loading />;
  const { library } = data;
  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('sso.settingsTitle', { name: library.name })} />
      {data.refused ? (
        <Refusal refused={data.refused} notAllowed={t('staff.notAllowed', { library: library.name })} />
      ) : (
        <SsoForm library={library} saved={data.data?.librarySso ?? null} />
      )}
    </>
  );
}

function SsoForm({ library, saved }: { library: StaffLibrary; saved: Settings }) {
  const [current, setCurrent] = useState(saved);
  const [issuer, setIssuer] = useState(saved?.issuer ?? '');
  const [clientId, setClientId] = useState(saved?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [label, setLabel] = useState(saved?.label ?? '');
  const [enabled, setEnabled] = useState(saved?.enabled ?? false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found: Errors = {
      issuer: !issuer.trim() ? t('sso.required') : issuerLooksRight(issuer.trim()) ? undefined : t('sso.issuerInvalid'),
      clientId: clientId.trim() ? undefined : t('sso.required'),
      clientSecret: clientSecret || current?.clientSecretSet ? undefined : t('sso.clientSecretMissing'),
      label: label.trim() ? undefined : t('sso.required'),
    };
    setErrors(found);
    const first = (['issuer', 'clientId', 'clientSecret', 'label'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`sso-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const input = {
        librarySlug: library.slug,
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        label: label.trim(),
        enabled,
        ...(clientSecret ? { clientSecret } : {}),
      };
      const { configureLibrarySso } = await request(CONFIGURE_LIBRARY_SSO, { input });
      setCurrent(configureLibrarySso);
      setClientSecret('');
      setNotice(t('sso.saved'));
    } catch (e) {
      const error = asApiError(e);
      if (error.reason === 'SSO_ISSUER_INVALID') {
        setErrors({ issuer: t('sso.issuerInvalid') });
        document.getElementById('sso-issuer')?.focus();
      } else if (error.reason === 'SSO_SECRET_REQUIRED') {
        setErrors({ clientSecret: t('sso.clientSecretMissing') });
        document.getElementById('sso-clientSecret')?.focus();
      } else if (error.code === 'FORBIDDEN') {
        setFailure(t('sso.adminsOnly', { library: library.name }));
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <p class="lead">{t('sso.settingsIntro')}</p>
      {current ? (
        <p>
          {t('sso.redirectUri')} <code>{current.redirectUri}</code>
        </p>
      ) : null}
      <TextField
        id="sso-issuer"
        label={t('sso.issuer')}
        hint={t('sso.issuerHint')}
        value={issuer}
        onInput={setIssuer}
        error={errors.issuer}
        autoComplete="off"
      />
      <TextField
        id="sso-clientId"
        label={t('sso.clientId')}
        value={clientId}
        onInput={setClientId}
        error={errors.clientId}
        autoComplete="off"
      />
      <TextField
        id="sso-clientSecret"
        label={t('sso.clientSecret')}
        type="password"
        autoComplete="new-password"
        hint={current?.clientSecretSet ? `${t('sso.clientSecretKeep')} ${t('sso.clientSecretHint')}` : t('sso.clientSecretHint')}
        value={clientSecret}
        onInput={setClientSecret}
        error={errors.clientSecret}
      />
      <TextField
        id="sso-label"
        label={t('sso.label')}
        hint={t('sso.labelHint')}
        value={label}
        onInput={setLabel}
        error={errors.label}
        autoComplete="off"
      />
      <div class="field">
        <label class="choice">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> {t('sso.enabled')}
        </label>
      </div>
      <FormFailure failure={failure} />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('sso.save')}
        </button>
      </p>
      <p role="status" class="notice">
        {notice}
      </p>
    </form>
  );
}
