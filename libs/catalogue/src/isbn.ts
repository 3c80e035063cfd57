export type IsbnResult = { isbn13: string } | { error: string };

/** ISBN-10 check digit over its first nine digits: weights 10..2, mod 11 ('X' for 10). */
function check10(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(digits[i]);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** ISBN-13 (EAN-13) check digit over its first twelve digits: weights 1, 3, 1, 3 … mod 10. */
function check13(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 ? 3 : 1) * Number(digits[i]);
  return String((10 - (sum % 10)) % 10);
}

/**
 * The ISBN-13 of an ISBN as catalogues write it ("90-274-3906-6 (gebonden)", "978 90 274 3906 2"):
 * ISBN-10 converted, check digits verified. The registration-group ranges are not checked: a catalogue
 * holds numbers from ranges published after any table we could ship, and the check digit is what catches typos.
 */
export function normalizeIsbn(raw: string): IsbnResult {
  const match = /^[\s]*([0-9Xx][0-9Xx\s-]*[0-9Xx])/.exec(raw);
  const compact = match ? match[1].replace(/[\s-]/g, '').toUpperCase() : '';
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (check10(compact) !== compact[9]) return { error: `ISBN ${raw.trim()} has a wrong check digit` };
    const body = `978${compact.slice(0, 9)}`;
    return { isbn13: body + check13(body) };
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    if (check13(compact) !== compact[12]) return { error: `ISBN ${raw.trim()} has a wrong check digit` };
    return { isbn13: compact };
  }
  return { error: `"${raw.trim().slice(0, 40)}" is not an ISBN` };
}

/** A valid ISBN-13 body (12 digits) completed with its check digit: for generated test and bench data. */
export function withCheckDigit13(twelve: string): string {
  return twelve + check13(twelve);
}
