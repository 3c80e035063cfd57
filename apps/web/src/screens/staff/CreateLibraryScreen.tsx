import '../../i18n/lazy';
import '../../i18n/library-admin';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { LibraryKind } from '../../api/generated/graphql';
import { CREATE_LIBRARY } from '../../api/operations-library-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { navigate, paths } from '../../router';

type Errors = Partial<Record<'name' | 'slug', string>>;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A new library (local or national), for platform admins; afterwards its page, where its staff are added. */
export function CreateLibraryScreen() {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [kind, setKind] = useState<LibraryKind>('LOCAL');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    const found: Errors = {
      name: name.trim() ? undefined : t('libAdmin.required'),
      slug: !slug.trim() ? t('libAdmin.required') : SLUG.test(slug.trim()) ? undefined : t('libAdmin.slugInvalid'),
    };
    setErrors(found);
    const first = (['name', 'slug'] as const).find((k) => found[k]);
    if (first) {
      setFailure(t('libAdmin.fixFields'));
      document.getElementById(`library-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { createLibrary } = await request(CREATE_LIBRARY, { input: { name: name.trim(), slug: slug.trim(), kind } });
      navigate(paths.libraryStaff(createLibrary.slug));
    } catch (e) {
      const error = asApiError(e);
      if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') setFailure(t('libAdmin.adminsOnly'));
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('libAdmin.newTitle')} />
      <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <p class="lead">{t('libAdmin.newIntro')}</p>
        <TextField id="library-name" label={t('libAdmin.name')} value={name} onInput={setName} error={errors.name} autoComplete="off" />
        <TextField
          id="library-slug"
          label={t('libAdmin.slug')}
          hint={t('libAdmin.slugHint')}
          value={slug}
          onInput={setSlug}
          error={errors.slug}
          autoComplete="off"
        />
        <fieldset class="field">
          <legend>{t('libAdmin.kind')}</legend>
          <label class="choice">
            <input type="radio" name="library-kind" checked={kind === 'LOCAL'} onChange={() => setKind('LOCAL')} />{' '}
            {t('libAdmin.kindLocal')}
          </label>
          <label class="choice">
            <input type="radio" name="library-kind" checked={kind === 'NATIONAL'} onChange={() => setKind('NATIONAL')} />{' '}
            {t('libAdmin.kindNational')}
          </label>
        </fieldset>
        <FormFailure failure={failure} />
        <p class="actions">
          <button type="submit" disabled={busy}>
            {t('libAdmin.create')}
          </button>
        </p>
      </form>
    </>
  );
}
