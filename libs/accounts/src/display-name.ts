import unhomoglyph from 'unhomoglyph';
import { EntityManager } from 'typeorm';
import { badInput } from '@waardenet/core';

/**
 * Characters a display name may not hold: controls, format characters (zero-width spaces and joiners,
 * bidi overrides and isolates, the byte-order mark), line and paragraph separators, private-use,
 * unassigned and lone surrogates, the other default-ignorable (invisible) ones such as the Hangul
 * fillers and the ideographic variation selectors (U+E0100–U+E01EF), and characters drawn as a blank
 * (the braille blank U+2800). Variation selectors U+FE00–U+FE0F are checked apart (only after an emoji).
 */
const FORBIDDEN =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\u2800\u115F\u1160\u3164\uFFA0]|(?![\uFE00-\uFE0F])\p{Default_Ignorable_Code_Point}/u;

/** A variation selector (U+FE00–U+FE0F) not right after an emoji (or a keycap's digit, # or *): it changes nothing a reader sees. */
const STRAY_VARIATION_SELECTOR = /(?<![\p{Extended_Pictographic}#*0-9])[\uFE00-\uFE0F]/u;

/**
 * A combining mark with no letter or digit under it (at the start, after a space or punctuation), or three
 * or more stacked on one letter once composed (NFKC): Thai and Arabic names stack two, Latin ones none.
 * Variation selectors are marks too, checked above.
 */
const STRAY_MARK = /(?<![\p{L}\p{N}\p{M}])(?![\uFE00-\uFE0F])\p{M}|\p{M}{3,}/u;

/**
 * NFKC (full-width and stylised letters become plain ones), every run of spaces one space, trimmed.
 * Only space separators (Zs) count as spaces here: a tab, a newline or a zero-width "space" is left
 * in place for assertDisplayNameCharacters to refuse, not quietly turned into a space.
 */
export function normalizeDisplayName(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/\p{Zs}+/gu, ' ')
    .replace(/^ | $/g, '');
}

const field = (message: string) => ({ displayName: [message] });

/** Refuses a display name that hides characters a reader cannot see or that reorder the text around them. */
export function assertDisplayNameCharacters(name: string): void {
  const bad = FORBIDDEN.exec(name) ?? STRAY_VARIATION_SELECTOR.exec(name) ?? STRAY_MARK.exec(name);
  if (!bad) return;
  const code = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const message = `displayName: holds an invisible or control character (${code}); use letters, digits, spaces and punctuation.`;
  throw badInput(message, { reason: 'DISPLAY_NAME_INVALID_CHARACTERS', fields: field(message) });
}

/**
 * Names the platform itself shows for someone: a deleted author is "verwijderd account" (DELETED_ACCOUNT_NAME,
 * "deleted account" in English). No one may take them, nor anything that looks like them (see lookalikeKeys),
 * or a living member could pass for a deleted one and the other way round.
 */
export const RESERVED_DISPLAY_NAMES = ['verwijderd account', 'deleted account'] as const;

/** Refuses a display name that is, or looks like, one of RESERVED_DISPLAY_NAMES. */
export function assertNotReservedName(name: string): void {
  const squeezed = (s: string) => lookalikeKeys(s).map((k) => k.replace(/[\s\p{P}\p{S}]+/gu, ''));
  const keys = squeezed(name);
  if (!RESERVED_DISPLAY_NAMES.some((reserved) => squeezed(reserved).some((k, i) => k === keys[i]))) return;
  const message = 'displayName: is the name shown for a deleted account; choose another name.';
  throw badInput(message, { reason: 'DISPLAY_NAME_RESERVED', fields: field(message) });
}

/** Unicode TR39's skeleton (confusables.txt, by unhomoglyph): two names that look alike have the same skeleton. */
const skeleton = (s: string) => unhomoglyph(s.normalize('NFD')).normalize('NFD');

/**
 * What a name looks like with its decorations taken off, before skeletons are compared: every combining
 * mark (an accent after punctuation, stacked marks) and every variation selector goes, and whitespace-like
 * characters (spaces of any width, blank glyphs, invisible ones) become one space. So "Anna de Vries
 * (beheer)" with any of these added still meets the staff member's name.
 */
function undecorated(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu, '')
    .replace(/[\p{Z}\p{Cc}\p{Cf}\u2800\u115F\u1160\u3164\uFFA0\p{Default_Ignorable_Code_Point}]+/gu, ' ')
    .trim();
}

/**
 * The forms two names are compared in: the skeleton as written (so "Ivo" meets "lvo"), and the skeleton
 * of the lower-cased name (so "jan jansen" meets "Jan Jansen", and a Cyrillic "а" meets a Latin "a").
 */
export function lookalikeKeys(name: string): string[] {
  const plain = undecorated(normalizeDisplayName(name));
  return [skeleton(plain), skeleton(skeleton(plain.toLowerCase()).toLowerCase())];
}

export function confusable(a: string, b: string): boolean {
  const [ka, kb] = [lookalikeKeys(a), lookalikeKeys(b)];
  return ka[0] === kb[0] || ka[1] === kb[1];
}

/**
 * Refuses a name that equals or looks like the name of a library's staff (community managers and
 * admins of any library) or of a platform admin, so no one can pass for them in a thread. `self` is
 * the account being named, which may keep looking like itself.
 */
export async function assertNotImpersonatingStaff(em: EntityManager, name: string, self: string | null): Promise<void> {
  const staff = await em.query<{ name: string }[]>(
    `SELECT u.display_name AS name FROM users u
      WHERE (u.is_platform_admin OR EXISTS (SELECT 1 FROM library_staff s WHERE s.user_id = u.id))
        AND ($1::uuid IS NULL OR u.id <> $1::uuid)`,
    [self],
  );
  if (!staff.some((s) => confusable(s.name, name))) return;
  const message = "displayName: looks the same as the name of a member of a library's staff; choose another name.";
  throw badInput(message, { reason: 'DISPLAY_NAME_IMPERSONATES_STAFF', fields: field(message) });
}
