import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { writeBatch } from './batch-writer';
import { CatalogueRecord, SkipReason, SkippedRecord, checkRecord, isSkip } from './catalogue-record';
import { readCsv } from './csv-reader';
import { CatalogueFormat, decodeUtf8 } from './import-source';
import { readMarcXml } from './marcxml-reader';

export interface ImportSummary {
  format: CatalogueFormat;
  /** Records read from the file. */
  records: number;
  /** Records new to the library's catalogue (a holding was created). */
  created: number;
  /** Records the library already held: the item and holding were brought up to date. */
  updated: number;
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  /** The first skipped records, with position and reason (at most MAX_LISTED_SKIPS). */
  skips: SkippedRecord[];
  seconds: number;
}

export interface ImportOptions {
  libraryId: string;
  format: CatalogueFormat;
  source: AsyncIterable<Buffer | string>;
  batchSize?: number;
  /** After every batch written. */
  onProgress?: (summary: ImportSummary) => void;
  /** For every record skipped, as it happens. */
  onSkip?: (skip: SkippedRecord) => void;
}

export const MAX_LISTED_SKIPS = 100;
export const DEFAULT_BATCH_SIZE = 1000;
const ANALYZE_FIRST = 2000;

/**
 * The catalogue import behind the CLI and the api: reads MARCXML or CSV as a stream, skips bad records
 * (with position and reason) and writes the rest in batches, each in its own transaction. Memory stays
 * flat: one batch and one chunk of the file at a time, and a bounded list of skips.
 */
export class CatalogueImporter {
  constructor(private readonly db: DataSource) {}

  async run(options: ImportOptions): Promise<ImportSummary> {
    const started = Date.now();
    const runId = randomUUID();
    const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const summary: ImportSummary = {
      format: options.format,
      records: 0,
      created: 0,
      updated: 0,
      skipped: 0,
      skippedByReason: {},
      skips: [],
      seconds: 0,
    };
    const skip = (s: SkippedRecord) => {
      summary.skipped++;
      summary.skippedByReason[s.reason] = (summary.skippedByReason[s.reason] ?? 0) + 1;
      if (summary.skips.length < MAX_LISTED_SKIPS) summary.skips.push(s);
      options.onSkip?.(s);
    };
    let batch: CatalogueRecord[] = [];
    // Within a batch a repeated key is caught here (one statement cannot write a row twice); across batches, by the run id.
    let isbns = new Map<string, number>();
    let recordIds = new Map<string, number>();
    let analyzeAt = ANALYZE_FIRST;
    const flush = async () => {
      if (!batch.length) return;
      const result = await writeBatch(this.db, options.libraryId, runId, batch);
      summary.created += result.created;
      summary.updated += result.updated;
      // A bulk load outgrows the planner's statistics long before autovacuum catches up, and the
      // look-ups would turn into scans: refresh them as the tables grow (each time five times larger).
      if (summary.created >= analyzeAt) {
        await this.db.query('ANALYZE collection_items, holdings');
        analyzeAt *= 5;
      }
      result.duplicates.forEach(skip);
      batch = [];
      isbns = new Map();
      recordIds = new Map();
      summary.seconds = (Date.now() - started) / 1000;
      options.onProgress?.(summary);
    };
    const text = decodeUtf8(options.source);
    const records = options.format === 'marcxml' ? readMarcXml(text) : readCsv(text);
    for await (const raw of records) {
      summary.records++;
      const record = checkRecord(raw);
      if (isSkip(record)) {
        skip(record);
        continue;
      }
      const earlier = (record.isbn13 && isbns.get(record.isbn13)) || (record.recordId && recordIds.get(record.recordId));
      if (earlier) {
        const what = record.isbn13 && isbns.has(record.isbn13) ? `ISBN ${record.isbn13}` : `Record id ${record.recordId}`;
        skip({ position: record.position, line: record.line, reason: 'DUPLICATE', message: `${what} is the same as record ${earlier}'s` });
        continue;
      }
      if (record.isbn13) isbns.set(record.isbn13, record.position);
      if (record.recordId) recordIds.set(record.recordId, record.position);
      batch.push(record);
      if (batch.length >= size) await flush();
    }
    await flush();
    summary.seconds = (Date.now() - started) / 1000;
    return summary;
  }
}
