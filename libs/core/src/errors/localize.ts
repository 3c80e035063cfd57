import { REASONS, isReason } from './reasons';

export type Language = 'nl' | 'en';
export const DEFAULT_LANGUAGE: Language = 'nl';

/**
 * The language of a request's messages from its Accept-Language header (or a socket's
 * connectionParams): the first of nl/en it names, in the order of its q-values; Dutch otherwise.
 */
export function languageOf(header: unknown): Language {
  if (typeof header !== 'string' || !header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.split('-')[0], q: q ? Number(q[1]) : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const found = ranked.find((r) => r.lang === 'nl' || r.lang === 'en');
  return (found?.lang as Language | undefined) ?? DEFAULT_LANGUAGE;
}

function waitText(seconds: number, lang: Language): string {
  const unit = (n: number, nl: [string, string], en: [string, string]) => `${n} ${(lang === 'nl' ? nl : en)[n === 1 ? 0 : 1]}`;
  if (seconds < 60) return unit(seconds, ['seconde', 'seconden'], ['second', 'seconds']);
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return unit(minutes, ['minuut', 'minuten'], ['minute', 'minutes']);
  return unit(Math.ceil(minutes / 60), ['uur', 'uur'], ['hour', 'hours']);
}

/** A rule's window as "minute" or "30 seconds" (after "per"). */
function perText(windowSeconds: number, lang: Language): string {
  if (windowSeconds === 60) return lang === 'nl' ? 'minuut' : 'minute';
  return waitText(windowSeconds, lang);
}

const numberText = (n: number, lang: Language) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * The message of a refusal with `reason` in `lang`: the catalogue's template, its placeholders filled
 * from `extensions` and `detail` (the English sentence it was thrown with). Throws on a reason the
 * catalogue does not hold: every reason is written down in both languages (docs/errors.md).
 */
export function localize(reason: string, lang: Language, extensions: Record<string, unknown>, detail: string): string {
  if (!isReason(reason)) throw new Error(`The error reason ${reason} is not in the catalogue (libs/core/src/errors/reasons.ts)`);
  const fields = extensions.fields as Record<string, unknown> | undefined;
  const params: Record<string, unknown> = {
    ...extensions,
    detail,
    field: fields ? Object.keys(fields)[0] : 'input',
    ...(typeof extensions.retryAfter === 'number' ? { wait: waitText(extensions.retryAfter, lang) } : {}),
    ...(typeof extensions.windowSeconds === 'number' ? { per: perText(extensions.windowSeconds, lang) } : {}),
    ...(typeof extensions.limit === 'number' ? { kb: numberText(Math.round(extensions.limit / 1024), lang) } : {}),
  };
  return REASONS[reason][lang]
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, name: string, one: string, many: string) => (params[name] === 1 ? one : many))
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (typeof value === 'number') return numberText(value, lang);
      if (typeof value === 'string') return value;
      return value === undefined || value === null ? whole : JSON.stringify(value);
    });
}
