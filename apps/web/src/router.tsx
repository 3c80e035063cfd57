/**
 * History routing (no hash): the api answers every client path with index.html, and the client
 * picks the screen from location.pathname.
 */
import type { ComponentChildren } from 'preact';
import { createStore, useStore } from './store';

export type Route =
  | { name: 'home' }
  | { name: 'library'; slug: string }
  | { name: 'community'; slug: string }
  | { name: 'thread'; id: string }
  | { name: 'login' }
  | { name: 'ssoComplete' }
  | { name: 'librarySso'; slug: string }
  | { name: 'catalogueImport'; slug: string }
  | { name: 'emailInvite'; token: string }
  | { name: 'libraryStaff'; slug: string }
  | { name: 'libraryStyle'; slug: string }
  | { name: 'newLibrary' }
  | { name: 'onboarding'; slug: string }
  | { name: 'nationalTemplates' }
  | { name: 'register' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'verifyEmail' }
  | { name: 'confirmEmail' }
  | { name: 'profile' }
  | { name: 'publicProfile'; handle: string }
  | { name: 'search' }
  | { name: 'notifications' }
  | { name: 'item'; id: string }
  | { name: 'manage'; slug: string }
  | { name: 'newCommunity'; slug: string }
  | { name: 'publicModLog'; slug: string }
  | { name: 'invite'; token: string }
  | { name: 'libraryFigures'; slug: string }
  | { name: 'expertiseReview'; slug: string }
  | { name: 'nationalDashboard' }
  | { name: 'academy' }
  | { name: 'course'; id: string }
  | { name: 'courseEditor'; id: string | null }
  | { name: 'remote' }
  | { name: 'syndicationInbox'; slug: string }
  | { name: 'contentDatabase'; slug: string }
  | { name: 'contentItem'; slug: string; id: string }
  | { name: 'event'; id: string }
  | { name: 'newEvent'; slug: string }
  | { name: 'editEvent'; id: string }
  | { name: 'notFound' };

export const paths = {
  home: () => '/',
  library: (slug: string) => `/library/${encodeURIComponent(slug)}`,
  community: (slug: string) => `/community/${encodeURIComponent(slug)}`,
  thread: (id: string) => `/thread/${encodeURIComponent(id)}`,
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  register: (next?: string) => (next ? `/register?next=${encodeURIComponent(next)}` : '/register'),
  profile: () => '/profile',
  publicProfile: (handle: string) => `/u/${encodeURIComponent(handle)}`,
  forgotPassword: () => '/forgot-password',
  search: (query?: string, kind?: string) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (kind) params.set('kind', kind);
    const text = params.toString();
    return text ? `/search?${text}` : '/search';
  },
  notifications: () => '/notifications',
  item: (id: string) => `/item/${encodeURIComponent(id)}`,
  event: (id: string) => `/event/${encodeURIComponent(id)}`,
  newEvent: (communitySlug: string) => `/community/${encodeURIComponent(communitySlug)}/new-event`,
  editEvent: (id: string) => `/event/${encodeURIComponent(id)}/edit`,
  manage: (slug: string, tab?: string) => `/community/${encodeURIComponent(slug)}/manage${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`,
  newCommunity: (librarySlug: string) => `/library/${encodeURIComponent(librarySlug)}/new-community`,
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  publicModLog: (slug: string) => `/community/${encodeURIComponent(slug)}/log`,
  post: (threadId: string, seq: number) => `/thread/${encodeURIComponent(threadId)}#post-${seq}`,
  libraryFigures: (slug: string) => `/library/${encodeURIComponent(slug)}/figures`,
  librarySso: (slug: string) => `/library/${encodeURIComponent(slug)}/sso`,
  emailInvite: (token: string) => `/email-invite/${encodeURIComponent(token)}`,
  libraryStaff: (slug: string) => `/library/${encodeURIComponent(slug)}/staff`,
  libraryStyle: (slug: string) => `/library/${encodeURIComponent(slug)}/style`,
  newLibrary: () => '/libraries/new',
  onboarding: (slug: string) => `/library/${encodeURIComponent(slug)}/onboarding`,
  nationalTemplates: () => '/national/templates',
  catalogueImport: (slug: string) => `/library/${encodeURIComponent(slug)}/catalogue`,
  expertiseReview: (slug: string) => `/library/${encodeURIComponent(slug)}/expertise`,
  nationalDashboard: () => '/national',
  academy: () => '/academy',
  course: (id: string) => `/academy/${encodeURIComponent(id)}`,
  courseEditor: (id?: string | null) => (id ? `/academy/${encodeURIComponent(id)}/edit` : '/academy/new'),
  remote: () => '/remote',
  syndicationInbox: (slug: string) => `/community/${encodeURIComponent(slug)}/proposals`,
  contentDatabase: (slug: string) => `/library/${encodeURIComponent(slug)}/content`,
  contentItem: (slug: string, id: string) => `/library/${encodeURIComponent(slug)}/content/${encodeURIComponent(id)}`,
};

export function parseRoute(pathname: string): Route {
  const [first = '', second, ...rest] = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (first === 'community' && second !== undefined && rest.length === 1 && rest[0] === 'manage') return { name: 'manage', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'figures')
    return { name: 'libraryFigures', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'sso') return { name: 'librarySso', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'staff')
    return { name: 'libraryStaff', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'style')
    return { name: 'libraryStyle', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'onboarding')
    return { name: 'onboarding', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'new-community')
    return { name: 'newCommunity', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'catalogue')
    return { name: 'catalogueImport', slug: second };
  if (first === 'community' && second !== undefined && rest.length === 1 && rest[0] === 'log')
    return { name: 'publicModLog', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'expertise')
    return { name: 'expertiseReview', slug: second };
  if (first === 'community' && second !== undefined && rest.length === 1 && rest[0] === 'proposals')
    return { name: 'syndicationInbox', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 1 && rest[0] === 'content')
    return { name: 'contentDatabase', slug: second };
  if (first === 'library' && second !== undefined && rest.length === 2 && rest[0] === 'content')
    return { name: 'contentItem', slug: second, id: rest[1] };
  if (first === 'academy' && second !== undefined && rest.length === 1 && rest[0] === 'edit') return { name: 'courseEditor', id: second };
  if (first === 'community' && second !== undefined && rest.length === 1 && rest[0] === 'new-event')
    return { name: 'newEvent', slug: second };
  if (first === 'event' && second !== undefined && rest.length === 1 && rest[0] === 'edit') return { name: 'editEvent', id: second };
  if (rest.length) return { name: 'notFound' };
  if (first === 'libraries' && second === 'new') return { name: 'newLibrary' };
  if (!first) return { name: 'home' };
  if (first === 'national' && second === 'templates') return { name: 'nationalTemplates' };
  // Where single sign-on comes back to, with the ticket in the fragment: /login/sso#ticket=…
  if (first === 'login' && second === 'sso') return { name: 'ssoComplete' };
  if (first === 'academy' && second === 'new') return { name: 'courseEditor', id: null };
  if (second !== undefined) {
    if (first === 'library') return { name: 'library', slug: second };
    if (first === 'community') return { name: 'community', slug: second };
    if (first === 'thread') return { name: 'thread', id: second };
    if (first === 'item') return { name: 'item', id: second };
    if (first === 'event') return { name: 'event', id: second };
    if (first === 'u') return { name: 'publicProfile', handle: second };
    if (first === 'email-invite') return { name: 'emailInvite', token: second };
    if (first === 'invite') return { name: 'invite', token: second };
    if (first === 'academy') return { name: 'course', id: second };
    return { name: 'notFound' };
  }
  if (first === 'national') return { name: 'nationalDashboard' };
  if (first === 'academy') return { name: 'academy' };
  if (first === 'remote') return { name: 'remote' };
  // The reset link in the mail: /reset-password?token=…
  if (first === 'forgot-password') return { name: 'forgotPassword' };
  if (first === 'reset-password') return { name: 'resetPassword' };
  // The links in the verification and email change mails: /verify-email?token=…, /confirm-email?token=…
  if (first === 'verify-email') return { name: 'verifyEmail' };
  if (first === 'confirm-email') return { name: 'confirmEmail' };
  if (first === 'login' || first === 'register' || first === 'profile' || first === 'search' || first === 'notifications')
    return { name: first };
  return { name: 'notFound' };
}

export const currentLocation = createStore({ pathname: location.pathname, search: location.search });

/** True after an in-app navigation until the new screen's heading took the focus. */
let focusPending = false;
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

export function navigate(to: string, { replace = false } = {}): void {
  const url = new URL(to, location.origin);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  focusPending = true;
  currentLocation.set({ pathname: url.pathname, search: url.search });
  if (!replace) window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => {
  focusPending = true;
  currentLocation.set({ pathname: location.pathname, search: location.search });
});

export function useRoute(): { route: Route; search: URLSearchParams } {
  const loc = useStore(currentLocation);
  return { route: parseRoute(loc.pathname), search: new URLSearchParams(loc.search) };
}

/** A same-site path to go to after logging in (never another origin). */
export function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

interface LinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
  'aria-current'?: 'page';
}

/** An ordinary link, followed in the page (a click with a modifier key still opens a new tab). */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
