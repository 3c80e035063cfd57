import { StringDecoder } from 'node:string_decoder';

export type CatalogueFormat = 'marcxml' | 'csv';

/** A file the importer cannot use at all (not MARCXML, no usable CSV header, broken XML): the import stops. */
export class ImportFileError extends Error {}

/** What a reader found for one record, before any rule is applied. */
export interface SourceRecord {
  /** 1-based number of the record in the file. */
  position: number;
  /** The line the record starts on. */
  line: number;
  recordId: string | null;
  isbns: string[];
  title: string | null;
  creators: string[];
  subjects: string[];
  identifiers: string[];
  edition: string | null;
  publisher: string | null;
  year: string | null;
  /** Some of its bytes were not valid UTF-8 (decoded as U+FFFD). */
  badEncoding: boolean;
  /** A record the reader could not take apart (a CSV row with the wrong number of fields). */
  malformed?: string;
}

export function emptyRecord(position: number, line: number): SourceRecord {
  return {
    position,
    line,
    recordId: null,
    isbns: [],
    title: null,
    creators: [],
    subjects: [],
    identifiers: [],
    edition: null,
    publisher: null,
    year: null,
    badEncoding: false,
  };
}

export const REPLACEMENT = '\uFFFD';

/**
 * Decodes bytes as UTF-8 chunk by chunk (a character split across chunks is kept whole); bytes that
 * are not UTF-8 become U+FFFD, which marks the records containing them as wrongly encoded.
 */
export async function* decodeUtf8(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Passes the chunks through, failing once more than `max` bytes came (an upload's size limit). */
export async function* limitBytes(source: AsyncIterable<Buffer>, max: number): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.length;
    if (seen > max) throw new ImportFileError(`The file is larger than the limit of ${Math.round(max / 1024 / 1024)} MB.`);
    yield chunk;
  }
}

/** The format a file name or content type names; null when it names none. */
export function formatOf(nameOrType: string): CatalogueFormat | null {
  const s = nameOrType.toLowerCase().split(';')[0].trim();
  if (/\.(xml|marcxml|mrcx)$/.test(s) || ['application/xml', 'text/xml', 'application/marcxml+xml'].includes(s)) return 'marcxml';
  if (/\.csv$/.test(s) || ['text/csv', 'application/csv'].includes(s)) return 'csv';
  return null;
}
