/** A handle: 3 to 30 lower-case ascii letters and digits (so case-insensitive uniqueness is plain equality). */
export const HANDLE = /^[a-z0-9]{3,30}$/;

/**
 * Handles no account may hold: the ones "verwijderd account" and "deleted account" would give (see
 * RESERVED_DISPLAY_NAMES), with or without digits after them (deletedaccount2), and the bare words.
 */
export const isReservedHandle = (handle: string) => /^(verwijderd|deleted)(account)?[0-9]*$/.test(handle);

/** How often an account may change its handle: once a day, so a name cannot be passed around quickly. */
export const HANDLE_CHANGE_INTERVAL_SECONDS = 24 * 3600;

/** What a person typed as a handle, as stored: trimmed, without a leading @, lower-case. */
export const normalizeHandle = (value: string) => value.trim().replace(/^@/, '').toLowerCase();

/** The most a bio may hold, in characters (code points). */
export const BIO_MAX = 500;

/**
 * Characters a bio may not hold: controls other than the line break and tab, and the bidi overrides and
 * isolates that would reorder the text around them (a bio is plain text: markdown is shown as written).
 */
// (\p{Cc} minus tab and line feed, written as a property so no control character sits in the source.)
const BIO_FORBIDDEN = /(?![\t\n])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;

/** NFC, Windows and old Mac line ends as \n, no spaces at the ends, at most two blank lines in a row. */
export const normalizeBio = (value: string) =>
  value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\n{3,}/g, '\n\n');

export const bioHasForbiddenCharacters = (value: string) => BIO_FORBIDDEN.test(value);
