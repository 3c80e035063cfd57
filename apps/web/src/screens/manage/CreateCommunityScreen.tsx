import '../../i18n/lazy';
import '../../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { CREATE_CHAPTER, CREATE_COMMUNITY, NATIONAL_COMMUNITIES, NEW_COMMUNITY_LIBRARY } from '../../api/operations-community-admin';
import type { Visibility } from '../../api/generated/graphql';
import { asApiError, type ApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { Link, navigate, paths } from '../../router';

const VISIBILITIES: Visibility[] = ['PUBLIC', 'RESTRICTED', 'PRIVATE'];
const VISIBILITY_TEXT = {
  PUBLIC: 'create.visibility.PUBLIC',
  RESTRICTED: 'create.visibility.RESTRICTED',
  PRIVATE: 'create.visibility.PRIVATE',
} as const;
const VISIBILITY_HINT = {
  PUBLIC: 'create.visibilityHint.PUBLIC',
  RESTRICTED: 'create.visibilityHint.RESTRICTED',
  PRIVATE: 'create.visibilityHint.PRIVATE',
} as const;

/** A library's staff start a community: name, theme, description, who may read and join. They become its owner. */
export function CreateCommunityScreen({ slug }: { slug: string }) {
  const { data, error } = useQuery(NEW_COMMUNITY_LIBRARY, { slug });
  if (error) return <ScreenError title={t('create.title')} error={error} />;
  if (!data) return <Loading />;
  const { library, me } = data;
  const allowed = !!me && (me.isPlatformAdmin || library.staff.some((s) => s.userId === me.id));
  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('create.title')} />
      {!me ? (
        <p>
          <Link href={paths.login(paths.newCommunity(library.slug))}>{t('create.loginFirst')}</Link>
        </p>
      ) : allowed ? (
        <>
          <CreateForm libraryId={library.id} libraryName={library.name} />
          {library.kind === 'LOCAL' ? <ChapterForm libraryId={library.id} libraryName={library.name} /> : null}
        </>
      ) : (
        <p class="error">{t('create.notAllowed', { library: library.name })}</p>
      )}
    </>
  );
}

function CreateForm({ libraryId, libraryName }: { libraryId: string; libraryName: string }) {
  const [name, setName] = useState('');
  const [theme, setTheme] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const field = (f: string) => error?.fields[f]?.join(' ') ?? null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createCommunity } = await request(CREATE_COMMUNITY, {
        input: { libraryId, name: name.trim(), theme: theme.trim(), description: description.trim(), visibility },
      });
      announce(t('create.done', { name: createCommunity.name }));
      navigate(paths.manage(createCommunity.slug, 'settings'));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('create.intro', { library: libraryName })}</p>
      <TextField
        id="community-name"
        label={t('create.name')}
        hint={t('create.nameHint')}
        value={name}
        onInput={setName}
        error={field('name')}
      />
      <TextField
        id="community-theme"
        label={t('create.theme')}
        hint={t('create.themeHint')}
        value={theme}
        onInput={setTheme}
        error={field('theme')}
      />
      <div class="field">
        <label for="community-description">{t('create.description')}</label>
        <textarea
          id="community-description"
          rows={4}
          maxLength={5000}
          value={description}
          aria-invalid={field('description') ? true : undefined}
          aria-describedby={field('description') ? 'community-description-error' : undefined}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
        {field('description') ? (
          <p class="field-error" id="community-description-error">
            {field('description')}
          </p>
        ) : null}
      </div>
      <fieldset class="field">
        <legend>{t('create.visibility')}</legend>
        {VISIBILITIES.map((v) => (
          <div key={v} class="choice-with-hint">
            <label class="choice">
              <input
                type="radio"
                name="visibility"
                value={v}
                checked={visibility === v}
                aria-describedby={`visibility-${v}-hint`}
                onChange={() => setVisibility(v)}
              />{' '}
              {t(VISIBILITY_TEXT[v])}
            </label>
            <p class="hint" id={`visibility-${v}-hint`}>
              {t(VISIBILITY_HINT[v])}
            </p>
          </div>
        ))}
      </fieldset>
      {error && !Object.keys(error.fields).length ? <ErrorMessage error={error} /> : null}
      {error && Object.keys(error.fields).length ? (
        <p class="error" role="alert">
          {t('create.fixFields')}
        </p>
      ) : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('create.submit')}
        </button>
      </p>
    </form>
  );
}

/**
 * A local library's chapter of a national theme community (a community of the library, linked to the
 * national one, whose threads may be proposed to its feed).
 */
function ChapterForm({ libraryId, libraryName }: { libraryId: string; libraryName: string }) {
  const { data } = useQuery(NATIONAL_COMMUNITIES, {});
  const [nationalId, setNationalId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const national = (data?.communities.edges ?? []).map((e) => e.node).filter((c) => c.isNational);
  if (!national.length) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createChapter } = await request(CREATE_CHAPTER, { input: { libraryId, nationalCommunityId: nationalId } });
      announce(t('create.done', { name: createChapter.name }));
      navigate(paths.manage(createChapter.slug, 'settings'));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="chapter-heading">
      <h2 id="chapter-heading">{t('chapter.title')}</h2>
      <p>{t('chapter.intro', { library: libraryName })}</p>
      <form onSubmit={submit}>
        <div class="field">
          <label for="chapter-of">{t('chapter.of')}</label>
          <select id="chapter-of" value={nationalId} onChange={(e) => setNationalId(e.currentTarget.value)}>
            <option value="">{t('chapter.choose')}</option>
            {national.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy || !nationalId}>
            {t('chapter.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
