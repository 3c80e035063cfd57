import '../../i18n/lazy';
import '../../i18n/profile';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { PROFILE_SETTINGS, UPDATE_PROFILE, type ProfileLocale } from '../../api/operations-profile';
import { SET_HANDLE } from '../../api/operations-search';
import { session } from '../../api/session';
import { asApiError, type ApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { ErrorMessage, Loading, errorText } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { setLocale, t } from '../../i18n';
import { Link, paths } from '../../router';

const BIO_MAX = 500;
const HANDLE = /^[a-z0-9]{3,30}$/;
/** Each language named in itself (and marked so, for screen readers). */
const LANGUAGES = [
  { value: 'NL', lang: 'nl', text: 'Nederlands' },
  { value: 'EN', lang: 'en', text: 'English' },
] as const satisfies readonly { value: ProfileLocale; lang: string; text: string }[];

/** Characters as a reader counts them (an emoji is one), as the server does. */
const length = (s: string) => [...s].length;

/**
 * The profile part of the account screen: name, introduction and language in one form, the @handle in
 * its own (it has its own limits), and a link to the public profile. `renamed` tells the screen the new name.
 */
export function ProfileSettings({ renamed }: { renamed?(displayName: string): void }) {
  const { data, error, update } = useQuery(PROFILE_SETTINGS, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data?.me) return <Loading />;
  const me = data.me;
  return (
    <section aria-labelledby="profile-settings-heading">
      <h2 id="profile-settings-heading">{t('profileSettings.heading')}</h2>
      <p class="muted">{t('profileSettings.intro')}</p>
      <ProfileForm
        key={me.id}
        me={me}
        locale={data.notificationPreferences.locale}
        saved={(change) => {
          update((d) => (d.me ? { me: { ...d.me, ...change.me }, notificationPreferences: { locale: change.locale } } : d));
          if (change.me.displayName !== me.displayName) {
            renamed?.(change.me.displayName);
            const state = session.get();
            if (state.status === 'signedIn')
              session.set({ status: 'signedIn', user: { ...state.user, displayName: change.me.displayName } });
          }
        }}
      />
      <HandleForm current={me.handle} saved={(handle) => update((d) => (d.me ? { ...d, me: { ...d.me, handle } } : d))} />
      {me.handle ? (
        <p>
          <Link href={paths.publicProfile(me.handle)}>{t('profileSettings.publicLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}

interface Saved {
  me: { displayName: string; bio: string };
  locale: ProfileLocale;
}

type Problems = { displayName?: string; bio?: string; form?: ApiError };

/** Which field a refusal of updateProfile is about, in words (its reason), or null for the form as a whole. */
function fieldProblem(error: ApiError): Problems | null {
  switch (error.reason) {
    case 'DISPLAY_NAME_IMPERSONATES_STAFF':
      return { displayName: t('profileSettings.displayNameStaff') };
    case 'DISPLAY_NAME_INVALID_CHARACTERS':
      return { displayName: t('profileSettings.displayNameCharacters') };
    case 'BIO_TOO_LONG':
      return { bio: t('profileSettings.bioTooLong', { max: BIO_MAX }) };
    case 'BIO_INVALID_CHARACTERS':
      return { bio: t('profileSettings.bioCharacters') };
    default:
      return error.fields.displayName ? { displayName: t('profileSettings.displayNameLength') } : null;
  }
}

function ProfileForm({
  me,
  locale,
  saved,
}: {
  me: { displayName: string; bio: string };
  locale: ProfileLocale;
  saved(change: Saved): void;
}) {
  const [displayName, setDisplayName] = useState(me.displayName);
  const [bio, setBio] = useState(me.bio);
  const [language, setLanguage] = useState<ProfileLocale>(locale);
  const [problems, setProblems] = useState<Problems>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    const name = displayName.trim().replace(/\s+/g, ' ');
    const found: Problems = {
      displayName: length(name) < 2 || length(name) > 60 ? t('profileSettings.displayNameLength') : undefined,
      bio: length(bio.trim()) > BIO_MAX ? t('profileSettings.bioTooLong', { max: BIO_MAX }) : undefined,
    };
    setProblems(found);
    if (found.displayName || found.bio) {
      document.getElementById(found.displayName ? 'profile-display-name' : 'profile-bio')?.focus();
      return;
    }
    // Only what changed: an unchanged name is not checked again (a staff member may have joined since).
    const input: Record<string, string> = {};
    if (name !== me.displayName) input.displayName = name;
    if (bio.trim() !== me.bio) input.bio = bio;
    if (language !== locale) input.locale = language;
    setBusy(true);
    try {
      const result = Object.keys(input).length ? (await request(UPDATE_PROFILE, { input })).updateProfile : me;
      setDisplayName(result.displayName);
      setBio(result.bio);
      if (language !== locale) setLocale(language === 'EN' ? 'en' : 'nl');
      saved({ me: { displayName: result.displayName, bio: result.bio }, locale: language });
      setNotice(t('profileSettings.saved'));
      announce(t('profileSettings.saved'));
    } catch (e) {
      const error = asApiError(e);
      const problem = fieldProblem(error);
      setProblems(problem ?? { form: error });
      if (problem) document.getElementById(problem.displayName ? 'profile-display-name' : 'profile-bio')?.focus();
    } finally {
      setBusy(false);
    }
  };

  const bioDescribedBy = ['profile-bio-hint', 'profile-bio-count', problems.bio ? 'profile-bio-error' : ''].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-settings-heading">
      <TextField
        id="profile-display-name"
        label={t('profileSettings.displayName')}
        hint={t('profileSettings.displayNameHint')}
        value={displayName}
        onInput={setDisplayName}
        autoComplete="name"
        error={problems.displayName}
      />
      <div class="field">
        <label for="profile-bio">{t('profileSettings.bio')}</label>
        <p class="hint" id="profile-bio-hint">
          {t('profileSettings.bioHint', { max: BIO_MAX })}
        </p>
        <textarea
          id="profile-bio"
          name="profile-bio"
          rows={5}
          value={bio}
          aria-invalid={problems.bio ? true : undefined}
          aria-describedby={bioDescribedBy}
          onInput={(e) => setBio(e.currentTarget.value)}
        />
        <p class={length(bio.trim()) > BIO_MAX ? 'hint field-error' : 'hint'} id="profile-bio-count">
          {t('profileSettings.bioCount', { count: length(bio.trim()), max: BIO_MAX })}
        </p>
        {problems.bio ? (
          <p class="field-error" id="profile-bio-error">
            {problems.bio}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="profile-language">{t('profileSettings.language')}</label>
        <p class="hint" id="profile-language-hint">
          {t('profileSettings.languageHint')}
        </p>
        <select
          id="profile-language"
          name="profile-language"
          value={language}
          aria-describedby="profile-language-hint"
          onChange={(e) => setLanguage(e.currentTarget.value as ProfileLocale)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value} lang={l.lang}>
              {l.text}
            </option>
          ))}
        </select>
      </div>
      {problems.form ? <ErrorMessage error={problems.form} /> : null}
      {notice ? (
        <p role="status" class="notice">
          {notice}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {t('profileSettings.submit')}
      </button>
    </form>
  );
}

/** The @handle: its own form, as it may change once a day and the old one keeps leading here for a while. */
function HandleForm({ current, saved }: { current: string | null; saved(handle: string): void }) {
  const [handle, setHandle] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = handle.trim().replace(/^@/, '').toLowerCase();
    if (!HANDLE.test(value)) {
      setProblem(t('handle.invalid'));
      document.getElementById('profile-handle')?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { setHandle: done } = await request(SET_HANDLE, { input: { handle: value } });
      const now = done.handle ?? value;
      setHandle(now);
      saved(now);
      announce(t('handle.saved', { handle: now }));
    } catch (e) {
      const err = asApiError(e);
      if (err.reason === 'HANDLE_CHANGE_TOO_SOON')
        setProblem(t('profileSettings.handleTooSoon', { hours: Math.max(1, Math.ceil((err.retryAfterSeconds ?? 3600) / 3600)) }));
      else setProblem(err.code === 'CONFLICT' ? t('handle.taken') : err.code === 'BAD_USER_INPUT' ? t('handle.invalid') : errorText(err));
      document.getElementById('profile-handle')?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="handle-heading">
      <h3 id="handle-heading">{t('handle.heading')}</h3>
      <p class="hint">{t('profileSettings.handleRedirect')}</p>
      <TextField id="profile-handle" label={t('handle.label')} hint={t('handle.hint')} value={handle} onInput={setHandle} error={problem} />
      <button type="submit" disabled={busy}>
        {t('handle.submit')}
      </button>
    </form>
  );
}
