/**
 * Message catalogues (nl, en). The language comes from the visitor's choice (kept in localStorage,
 * the only thing this client ever stores there), else from navigator.languages, else Dutch.
 */
import { createStore, useStore } from '../store';
import { en } from './en';
import { nl, type Messages } from './nl';
import type { nlAccount } from './nl-account';
import type { nlEmail } from './nl-email';
import type { nlFeatures } from './nl-features';
import type { nlProfile } from './nl-profile';
import type { nlTotp } from './nl-totp';
import type { nlPrivacy } from './nl-privacy';
import type { nlModeration } from './nl-moderation';
import type { nlSso } from './nl-sso';
import type { nlAcademy } from './nl-academy';
import type { nlEvents } from './nl-events';
import type { nlReach } from './nl-reach';
import type { nlFederation } from './nl-federation';
import type { nlPeople } from './nl-people';
import type { nlLibraryAdmin } from './nl-library-admin';
import type { nlNetwork } from './nl-network';
import type { nlOnboarding } from './nl-onboarding';

export type Locale = 'nl' | 'en';
/** The keys of the on-demand screens' texts are valid once ./lazy has been imported (those screens do). */
export type MessageKey =
  | keyof Messages
  | keyof typeof nlFeatures
  | keyof typeof nlAccount
  | keyof typeof nlProfile
  | keyof typeof nlTotp
  | keyof typeof nlPrivacy
  | keyof typeof nlEmail
  | keyof typeof nlModeration
  | keyof typeof nlLibraryAdmin
  | keyof typeof nlNetwork
  | keyof typeof nlOnboarding
  | keyof typeof nlPeople
  | keyof typeof nlReach
  | keyof typeof nlSso
  | keyof typeof nlAcademy
  | keyof typeof nlEvents
  | keyof typeof nlFederation;
export const LOCALES: Locale[] = ['nl', 'en'];
const CATALOGUES: Record<Locale, Messages> = { nl, en };
const STORAGE_KEY = 'waardenet.language';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'nl' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked; the browser's languages still decide.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}

export const locale = createStore<Locale>(initialLocale());

function applyLocale(value: Locale): void {
  document.documentElement.lang = value;
}
applyLocale(locale.get());
locale.subscribe(applyLocale);

export function setLocale(value: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  locale.set(value);
}

/** The message in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = (CATALOGUES[locale.get()] as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A count in words: `key` has the forms "one|other" ("1 reactie|{count} reacties"). */
export function tn(key: MessageKey, count: number, params: Record<string, string | number> = {}): string {
  const [one, other] = t(key, { ...params, count }).split('|');
  return count === 1 || other === undefined ? one : other;
}

// Building an Intl formatter is costly: one per language and style, reused for every date.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${locale.get()}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale.get(), style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' });
    formatters.set(key, f);
  }
  return f;
}

export const formatDateTime = (iso: string): string => formatter('dateTime').format(new Date(iso));
export const formatDate = (iso: string): string => formatter('date').format(new Date(iso));

/** Renders the component again when the language changes. */
export function useLocale(): Locale {
  return useStore(locale);
}
