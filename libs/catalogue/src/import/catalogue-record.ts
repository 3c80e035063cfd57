import { normalizeIsbn } from '../isbn';
import { SourceRecord } from './import-source';

/** Why a record was skipped; the summary counts skips by these. */
export type SkipReason = 'BAD_ENCODING' | 'MALFORMED' | 'BAD_ISBN' | 'MISSING_TITLE' | 'NO_KEY' | 'TOO_LONG' | 'DUPLICATE';

export interface SkippedRecord {
  position: number;
  line: number;
  reason: SkipReason;
  message: string;
}

/** A record that passed the rules, ready to be written. */
export interface CatalogueRecord {
  position: number;
  line: number;
  isbn13: string | null;
  recordId: string | null;
  title: string;
  creators: string[];
  subjects: string[];
  identifiers: string[];
  edition: string | null;
  publisher: string | null;
  year: number | null;
}

const MAX_TEXT = 1000;
const MAX_LIST = 100;

/** ISBD punctuation that MARC leaves at the end of a subfield ("Titel /", "Amsterdam :"). */
const tidy = (s: string) =>
  s
    .replace(/[\s/:;,=]+$/, '')
    .replace(/(\S{2})\.$/, '$1')
    .trim();

function yearOf(raw: string | null): number | null {
  const m = raw ? /\b(1[0-9]{3}|20[0-9]{2})\b/.exec(raw) : null;
  return m ? Number(m[1]) : null;
}

function hasNul(r: SourceRecord): boolean {
  const texts = [r.recordId, r.title, r.edition, r.publisher, r.year, ...r.isbns, ...r.creators, ...r.subjects, ...r.identifiers];
  return texts.some((t) => t?.includes('\u0000'));
}

/**
 * Applies the import rules to one record: valid UTF-8, an ISBN with a right check digit (the first
 * valid one of several; none valid is a skip), a title, and a key to find it by again (an ISBN-13,
 * else the library's record id).
 */
export function checkRecord(r: SourceRecord): CatalogueRecord | SkippedRecord {
  const skip = (reason: SkippedRecord['reason'], message: string): SkippedRecord => ({
    position: r.position,
    line: r.line,
    reason,
    message,
  });
  if (r.badEncoding) return skip('BAD_ENCODING', 'contains bytes that are not valid UTF-8 (save the file as UTF-8)');
  // PostgreSQL cannot store U+0000 in text: the whole batch would fail with a 500 (a CSV field or a MARCXML &#0;).
  if (hasNul(r)) return skip('BAD_ENCODING', 'contains a NUL character (U+0000), which cannot be stored');
  if (r.malformed) return skip('MALFORMED', r.malformed);
  let isbn13: string | null = null;
  let isbnError: string | null = null;
  for (const raw of r.isbns) {
    const result = normalizeIsbn(raw);
    if ('isbn13' in result) {
      isbn13 = result.isbn13;
      break;
    }
    isbnError ??= result.error;
  }
  if (!isbn13 && isbnError) return skip('BAD_ISBN', isbnError);
  const title = r.title ? tidy(r.title) : '';
  if (!title) return skip('MISSING_TITLE', 'has no title');
  const recordId = r.recordId?.trim() || null;
  if (!isbn13 && !recordId) return skip('NO_KEY', 'has neither an ISBN nor a record id');
  const creators = r.creators.map(tidy).filter(Boolean);
  const subjects = r.subjects.map(tidy).filter(Boolean);
  const texts = [title, recordId ?? '', r.edition ?? '', r.publisher ?? '', ...creators, ...subjects, ...r.identifiers];
  if (texts.some((t) => t.length > MAX_TEXT)) return skip('TOO_LONG', `has a value longer than ${MAX_TEXT} characters`);
  if ([creators, subjects, r.identifiers].some((l) => l.length > MAX_LIST))
    return skip('TOO_LONG', `has a list of more than ${MAX_LIST} values`);
  return {
    position: r.position,
    line: r.line,
    isbn13,
    recordId,
    title,
    creators,
    subjects,
    identifiers: r.identifiers,
    edition: r.edition ? tidy(r.edition) : null,
    publisher: r.publisher ? tidy(r.publisher) : null,
    year: yearOf(r.year),
  };
}

export const isSkip = (r: CatalogueRecord | SkippedRecord): r is SkippedRecord => 'reason' in r;
