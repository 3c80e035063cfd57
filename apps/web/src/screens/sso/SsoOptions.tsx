import '../../i18n/sso';
import { useState } from 'preact/hooks';
import { LIBRARY_SSO_LOGIN, SSO_LIBRARIES, type SsoLibrary } from '../../api/operations-sso';
import { useQuery } from '../../api/use-query';
import { t, type MessageKey } from '../../i18n';
import { safeNext } from '../../router';

const KNOWN_ERRORS = new Set([
  'SSO_NOT_AVAILABLE',
  'SSO_STATE_INVALID',
  'SSO_DENIED',
  'SSO_PROVIDER_UNAVAILABLE',
  'SSO_LOGIN_FAILED',
  'SSO_EMAIL_MISSING',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_ACCOUNT_EMAIL_NOT_VERIFIED',
  'SSO_TICKET_INVALID',
  'SSO_TOO_MANY_ATTEMPTS',
]);

/** Why signing in with a library did not work, in words (a reason the server sent back as ?sso_error=). */
export const ssoErrorText = (reason: string): string =>
  t((KNOWN_ERRORS.has(reason) ? `sso.error.${reason}` : 'sso.error.other') as MessageKey);

/** The address that starts signing in at the library, coming back to `next` afterwards. */
const startUrl = (url: string, next: string | null) =>
  next && safeNext(next) !== '/' ? `${url}?next=${encodeURIComponent(safeNext(next))}` : url;

/** With more libraries than this, a picker instead of a list of buttons. */
const LIST_AT_MOST = 5;

/**
 * "Inloggen met <label>" for every library that lets its members sign in with its own identity provider (the
 * login screen), or for one library (its page). Plain links: signing in starts with a full page load at the
 * server, which sends the browser on to the library's sign-in service. Also says why a previous try failed.
 */
export function SsoOptions({
  librarySlug,
  next = null,
  error = null,
}: {
  librarySlug?: string;
  next?: string | null;
  error?: string | null;
}) {
  return (
    <>
      {error ? (
        <p class="error" role="alert">
          {ssoErrorText(error)}
        </p>
      ) : null}
      {librarySlug ? <OneLibrary slug={librarySlug} next={next} /> : <AllLibraries next={next} />}
    </>
  );
}

function OneLibrary({ slug, next }: { slug: string; next: string | null }) {
  const { data } = useQuery(LIBRARY_SSO_LOGIN, { slug });
  const sso = data?.library.ssoLogin;
  if (!sso) return null;
  return (
    <p class="sso-login">
      <a class="button" href={startUrl(sso.url, next)}>
        {t('sso.loginWith', { label: sso.label })}
      </a>
    </p>
  );
}

function AllLibraries({ next }: { next: string | null }) {
  const { data } = useQuery(SSO_LIBRARIES);
  const libraries =
    data?.ssoLibraries.filter((l): l is SsoLibrary & { ssoLogin: NonNullable<SsoLibrary['ssoLogin']> } => !!l.ssoLogin) ?? [];
  if (!libraries.length) return null;
  return (
    <section aria-labelledby="sso-heading" class="sso-login">
      <h2 id="sso-heading">{t('sso.heading')}</h2>
      <p>{t('sso.intro')}</p>
      {libraries.length <= LIST_AT_MOST ? (
        <ul>
          {libraries.map((l) => (
            <li key={l.id}>
              <a href={startUrl(l.ssoLogin.url, next)}>{t('sso.loginWithAt', { label: l.ssoLogin.label, library: l.name })}</a>
            </li>
          ))}
        </ul>
      ) : (
        <Picker libraries={libraries} next={next} />
      )}
    </section>
  );
}

function Picker({ libraries, next }: { libraries: (SsoLibrary & { ssoLogin: { label: string; url: string } })[]; next: string | null }) {
  const [chosen, setChosen] = useState(libraries[0].id);
  const go = (event: Event) => {
    event.preventDefault();
    const library = libraries.find((l) => l.id === chosen);
    if (library) location.assign(startUrl(library.ssoLogin.url, next));
  };
  return (
    <form onSubmit={go}>
      <div class="field">
        <label for="sso-library">{t('sso.pickLibrary')}</label>
        <select id="sso-library" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          {libraries.map((l) => (
            <option key={l.id} value={l.id}>
              {t('sso.loginWithAt', { label: l.ssoLogin.label, library: l.name })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('sso.go')}</button>
    </form>
  );
}
