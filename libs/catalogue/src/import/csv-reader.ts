import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportFileError, REPLACEMENT, SourceRecord, emptyRecord } from './import-source';

type Column = 'isbn' | 'recordId' | 'title' | 'creators' | 'year' | 'publisher' | 'edition' | 'subjects' | 'identifiers';

/** Header names (lower case, spaces and hyphens as underscores) and the field each fills. */
const COLUMNS: Record<string, Column> = {
  isbn: 'isbn',
  isbn13: 'isbn',
  isbn10: 'isbn',
  record_id: 'recordId',
  recordid: 'recordId',
  id: 'recordId',
  title: 'title',
  creators: 'creators',
  creator: 'creators',
  author: 'creators',
  authors: 'creators',
  year: 'year',
  publisher: 'publisher',
  edition: 'edition',
  subjects: 'subjects',
  subject: 'subjects',
  identifiers: 'identifiers',
};

const list = (value: string) =>
  value
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

function headerMap(header: string[]): (Column | null)[] {
  const columns = header.map(
    (h) =>
      COLUMNS[
        h
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ] ?? null,
  );
  if (!columns.includes('title')) throw new ImportFileError('The CSV header has no "title" column (see the README for the column names).');
  if (!columns.includes('isbn') && !columns.includes('recordId')) {
    throw new ImportFileError('The CSV header needs an "isbn" or a "record_id" column to recognise records on a re-import.');
  }
  return columns;
}

function toRecord(fields: string[], columns: (Column | null)[], position: number, line: number): SourceRecord {
  const r = emptyRecord(position, line);
  r.badEncoding = fields.some((f) => f.includes(REPLACEMENT));
  if (fields.length !== columns.length) r.malformed = `has ${fields.length} fields where the header has ${columns.length}`;
  columns.forEach((column, i) => {
    const value = fields[i]?.trim() ?? '';
    if (!column || !value) return;
    if (column === 'isbn') r.isbns.push(value);
    else if (column === 'creators' || column === 'subjects' || column === 'identifiers') r[column].push(...list(value));
    else r[column] = value;
  });
  return r;
}

/**
 * Streams a CSV file (comma-separated, header row first, `;` between the values of a list column)
 * into SourceRecords. csv-parse works through the text as it arrives, with backpressure.
 */
export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true });
  const input = Readable.from(chunks);
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let columns: (Column | null)[] | null = null;
  let position = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = headerMap(record);
        continue;
      }
      yield toRecord(record, columns, ++position, info.lines);
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError(`The CSV cannot be read past record ${position}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    input.destroy();
  }
  if (!columns) throw new ImportFileError('The file is empty: no CSV header in it.');
}
