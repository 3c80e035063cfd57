/** A handle: 3 to 30 lower-case ascii letters and digits. */
export const HANDLE = /^[a-z0-9]{3,30}$/;
const BASE_MAX = 24;

/** The handle a display name suggests: accents dropped, lower-case ascii letters and digits only. */
export function handleBase(displayName: string): string {
  const ascii = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const base = ascii.slice(0, BASE_MAX);
  return base.length >= 3 ? base : `${base}lezer`.slice(0, BASE_MAX);
}

/** `base`, or `base2`, `base3`… : the first that is not taken. */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** The SQL pattern matching `base` and its numbered variants (for looking up what is taken). */
export const handleVariantsPattern = (base: string) => `^${base}[0-9]*$`;
