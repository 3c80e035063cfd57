/**
 * `npm run import:catalogue -- --library <slug> <file>`: imports a MARCXML (.xml, .marcxml) or CSV
 * (.csv) catalogue into a library, on the database the app uses (DATABASE_URL, else the embedded
 * PostgreSQL under WAARDENET_DATA_DIR, started here unless the app is already running it). Progress on a
 * terminal (stderr), each skipped record on stderr, the summary on stdout (`--json` for JSON).
 * Exit codes: 0 done (skips included), 1 unusable file or failure, 2 bad arguments or unknown library.
 */
import 'reflect-metadata';
import { createReadStream, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigError, EmbeddedDatabase, appendAudit, dataSourceOptions, loadConfig, startEmbeddedPostgres } from '@waardenet/core';
import { CatalogueImporter, ImportFileError, ImportSummary, formatOf, importAuditLine } from '@waardenet/catalogue';
import { migrate } from '../apps/api/src/migrate';

const USAGE = 'usage: npm run import:catalogue -- --library <slug> [--json] [--batch-size N] <file.xml|file.marcxml|file.csv>';

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const args = { library: '', file: '', json: false, batchSize: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--library') args.library = argv[++i] ?? '';
    else if (a === '--json') args.json = true;
    else if (a === '--batch-size') args.batchSize = Number(argv[++i]);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.file = a;
  }
  if (!args.library || !args.file) throw new UsageError('give a library slug and a file');
  if (!Number.isInteger(args.batchSize) || args.batchSize < 1 || args.batchSize > 10_000)
    throw new UsageError('--batch-size must be 1..10000');
  return args;
}

/** The app's embedded database: reused when the app is running it, started (and stopped after) otherwise. */
async function appDatabase(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl };
  const url = `postgres://waardenet:waardenet@127.0.0.1:${config.embeddedPgPort}/waardenet`;
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await probe.connect();
    await probe.end();
    return { url };
  } catch {
    const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort);
    return { url: embedded.url, embedded };
  }
}

const n = (x: number) => x.toLocaleString('en-US');

function progressLine(s: ImportSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.records / s.seconds) : 0;
  return `\r${n(s.records)} records  ${n(rate)}/s  created ${n(s.created)} · updated ${n(s.updated)} · skipped ${n(s.skipped)}   `;
}

function summaryText(s: ImportSummary, slug: string): string {
  const lines = [
    `Imported ${s.format.toUpperCase()} into ${slug} in ${s.seconds.toFixed(1)} s: ${n(s.records)} records read.`,
    `  created ${n(s.created)}`,
    `  updated ${n(s.updated)}`,
    `  skipped ${n(s.skipped)}`,
    ...Object.entries(s.skippedByReason).map(([reason, count]) => `    ${reason}: ${n(count ?? 0)}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const format = formatOf(args.file);
  if (!format) return fail(2, `${args.file}: name the file .xml, .marcxml or .csv so the format is known.`);
  if (!existsSync(args.file)) return fail(1, `${args.file}: no such file.`);
  const { url, embedded } = await appDatabase();
  const ds = new DataSource({ ...dataSourceOptions(url, []), logging: false });
  try {
    await migrate(url);
    await ds.initialize();
    const [library] = await ds.query<{ id: string }[]>(`SELECT id FROM libraries WHERE slug = $1`, [args.library]);
    if (!library) return fail(2, `There is no library with the slug "${args.library}".`);
    const tty = process.stderr.isTTY;
    const summary = await new CatalogueImporter(ds).run({
      libraryId: library.id,
      format,
      batchSize: args.batchSize,
      source: createReadStream(args.file, { highWaterMark: 256 * 1024 }),
      onProgress: (s) => tty && process.stderr.write(progressLine(s)),
      onSkip: (s) =>
        process.stderr.write(`${tty ? '\r\x1b[K' : ''}skipped record ${s.position} (line ${s.line}): ${s.reason} — ${s.message}\n`),
    });
    if (tty) process.stderr.write('\n');
    // The library's audit log shows command-line imports too, with no actor (whoever ran it has the database).
    await appendAudit(ds.manager, importAuditLine(null, library.id, `${basename(args.file)} (command line)`, summary));
    process.stdout.write(`${args.json ? JSON.stringify(summary) : summaryText(summary, args.library)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ImportFileError) return fail(1, `\n${args.file}: ${e.message}`);
    throw e;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

function fail(code: number, message: string): number {
  console.error(message);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  },
);
