import '../../i18n/lazy';
import '../../i18n/library-admin';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { LIBRARY_ADMIN, UPDATE_LIBRARY_STYLE, type AdminLibrary } from '../../api/operations-library-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ColourField, isColour } from '../../components/ColourField';
import { PageHeading } from '../../components/PageHeading';
import { FormEnd } from '../../components/FormEnd';
import { Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { paths } from '../../router';

type Field = 'name' | 'primaryColor' | 'logoUrl' | 'catalogueUrlTemplate';
type Errors = Partial<Record<Field, string>>;

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A library's house style (name, colour, logo, welcome text, catalogue address) with a live preview of its header. */
export function LibraryStyleScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library-style|${slug}`, () => request(LIBRARY_ADMIN, { slug }));
  if (error) return <ScreenError title={t('libAdmin.styleLink')} error={error} />;
  if (!data) return <Loading />;
  return <StyleForm library={data.library} />;
}

/** The form itself; the onboarding wizard embeds it (`embedded`: no breadcrumb and page heading, `onSaved` after each save). */
export function StyleForm({ library, embedded = false, onSaved }: { library: AdminLibrary; embedded?: boolean; onSaved?: () => void }) {
  const [name, setName] = useState(library.name);
  const [primaryColor, setColor] = useState(library.primaryColor ?? '');
  const [logoUrl, setLogoUrl] = useState(library.logoUrl ?? '');
  const [welcomeText, setWelcome] = useState(library.welcomeText ?? '');
  const [catalogueUrlTemplate, setCatalogue] = useState(library.catalogueUrlTemplate ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A field's error goes as soon as it is edited; the next save checks it again.
  const edit = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  // The preview follows the fields as they are typed; an unfinished colour keeps the last valid one.
  const colour = isColour(primaryColor) ? primaryColor.trim() : (library.primaryColor ?? undefined);
  const logo = isHttps(logoUrl.trim()) ? logoUrl.trim() : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const catalogue = catalogueUrlTemplate.trim();
    const found: Errors = {
      name: name.trim().length >= 2 ? undefined : t('libAdmin.required'),
      primaryColor: !primaryColor.trim() || isColour(primaryColor) ? undefined : t('libAdmin.colorInvalid'),
      logoUrl: !logoUrl.trim() || isHttps(logoUrl.trim()) ? undefined : t('libAdmin.urlInvalid'),
      catalogueUrlTemplate:
        !catalogue || (isHttps(catalogue) && /\{(isbn|recordId)\}/.test(catalogue)) ? undefined : t('libAdmin.catalogueInvalid'),
    };
    setErrors(found);
    const first = (['name', 'primaryColor', 'logoUrl', 'catalogueUrlTemplate'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`style-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(UPDATE_LIBRARY_STYLE, {
        input: {
          libraryId: library.id,
          name: name.trim(),
          primaryColor: primaryColor.trim() || null,
          logoUrl: logoUrl.trim() || null,
          welcomeText: welcomeText.trim() || null,
          catalogueUrlTemplate: catalogue || null,
        },
      });
      setNotice(t('libAdmin.saved'));
      onSaved?.();
    } catch (e) {
      const error = asApiError(e);
      setFailure(
        error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' ? t('libAdmin.notAllowed', { library: library.name }) : error,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {embedded ? null : (
        <>
          <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
          <PageHeading title={t('libAdmin.styleTitle', { name: library.name })} />
          <p class="lead">{t('libAdmin.styleIntro')}</p>
        </>
      )}
      <section aria-labelledby="style-preview-heading">
        <h2 id="style-preview-heading">{t('libAdmin.preview')}</h2>
        {/* The colour comes through the CSSOM (allowed by the CSP), never as a style attribute. */}
        <div class="library-page library-preview" data-testid="style-preview" style={colour ? { '--brand': colour } : undefined}>
          {logo ? <img class="library-logo" src={logo} alt={t('library.logo', { name: name.trim() || library.name })} /> : null}
          <p class="library-preview-name">{name.trim() || library.name}</p>
          <p class="lead">{library.kind === 'NATIONAL' ? t('library.national') : t('library.local')}</p>
          {welcomeText.trim() ? <p class="library-welcome">{welcomeText.trim()}</p> : null}
        </div>
      </section>
      <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="style-name"
          label={t('libAdmin.name')}
          value={name}
          onInput={edit('name', setName)}
          error={errors.name}
          autoComplete="off"
        />
        <ColourField
          id="style-primaryColor"
          label={t('libAdmin.color')}
          hint={t('libAdmin.colorHint')}
          value={primaryColor}
          onInput={edit('primaryColor', setColor)}
          error={errors.primaryColor}
        />
        <TextField
          id="style-logoUrl"
          label={t('libAdmin.logoUrl')}
          hint={t('libAdmin.logoUrlHint')}
          value={logoUrl}
          onInput={edit('logoUrl', setLogoUrl)}
          error={errors.logoUrl}
          autoComplete="off"
        />
        <div class="field">
          <label for="style-welcome">{t('libAdmin.welcome')}</label>
          <textarea id="style-welcome" rows={3} value={welcomeText} onInput={(e) => setWelcome(e.currentTarget.value)} />
        </div>
        <TextField
          id="style-catalogueUrlTemplate"
          label={t('libAdmin.catalogue')}
          hint={t('libAdmin.catalogueHint')}
          value={catalogueUrlTemplate}
          onInput={edit('catalogueUrlTemplate', setCatalogue)}
          error={errors.catalogueUrlTemplate}
          autoComplete="off"
        />
        <FormEnd failure={failure} busy={busy} label={t('libAdmin.save')} notice={notice} />
      </form>
    </>
  );
}
