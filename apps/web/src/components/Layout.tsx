import type { ComponentChildren } from 'preact';
import { logOut, session } from '../api/session';
import { t } from '../i18n';
import { Link, navigate, paths, useRoute } from '../router';
import { useStore } from '../store';
import { Announcer } from './Announcer';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { OfflineBanner } from './OfflineBanner';
import { SearchBox } from './SearchBox';
import { VerifyEmailBanner } from './VerifyEmailBanner';

function focusMain(event: MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

function AccountNav() {
  const state = useStore(session);
  const { route } = useRoute();
  const here = location.pathname;
  if (state.status === 'restoring') return null;
  if (state.status === 'signedIn') {
    return (
      <>
        <li>
          <NotificationBell />
        </li>
        <li>
          <Link href={paths.profile()} aria-current={route.name === 'profile' ? 'page' : undefined}>
            {state.user.displayName}
          </Link>
        </li>
        <li>
          <button
            type="button"
            class="link-button"
            onClick={async () => {
              await logOut();
              navigate(paths.home());
            }}
          >
            {t('nav.logout')}
          </button>
        </li>
      </>
    );
  }
  const next = route.name === 'login' || route.name === 'register' ? undefined : here;
  return (
    <>
      <li>
        <Link href={paths.login(next)} aria-current={route.name === 'login' ? 'page' : undefined}>
          {t('nav.login')}
        </Link>
      </li>
      <li>
        <Link href={paths.register(next)} aria-current={route.name === 'register' ? 'page' : undefined}>
          {t('nav.register')}
        </Link>
      </li>
    </>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { route } = useRoute();
  return (
    <>
      <a class="skip-link" href="#main" onClick={focusMain}>
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <Link href={paths.home()} class="site-name">
            Waardenet
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <Link href={paths.home()} aria-current={route.name === 'home' ? 'page' : undefined}>
                  {t('nav.home')}
                </Link>
              </li>
              <AccountNav />
            </ul>
          </nav>
          <SearchBox />
          <LanguageSwitch />
        </div>
      </header>
      <OfflineBanner />
      <VerifyEmailBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
      <Announcer />
    </>
  );
}
