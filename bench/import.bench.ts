/**
 * `npm run bench:import [-- --records N]`: how fast, and in how much memory, does the catalogue import
 * run? Generates an N-record MARCXML file (100,000 by default; one in ten records has no ISBN and is
 * keyed by its record id) with streaming writes, imports it into a fresh database (all creates), then
 * imports it again (all updates). Each import runs in a child process of its own, so its peak RSS
 * (process.resourceUsage().maxRSS) is the importer's alone, not the generator's; the child's RSS
 * before the import (modules loaded) is printed beside it. Targets: >= 5,000 records/s and a peak RSS
 * under 300 MB that does not grow with N. The database server is TEST_DATABASE_URL / DATABASE_URL when
 * set, else an embedded one under .data/bench-import-pg. Exits non-zero when a run's counts are wrong.
 */
import './support/env';
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseServer } from '@waardenet/core';
import { withCheckDigit13 } from '../libs/catalogue/src/isbn';
import { out, progress, runBench, tidy } from './support/cli';

/**
 * The JavaScript heap the import runs in, as `npm run import:catalogue` runs it (package.json): the
 * importer keeps one batch, so a bounded heap holds; without a bound V8 lets garbage pile up for longer
 * the longer a run lasts, and the peak RSS of a million records would outgrow that of 100,000.
 */
const IMPORT_HEAP_MB = 128;

interface ChildResult {
  summary: { records: number; created: number; updated: number; skipped: number; seconds: number };
  baselineRssMb: number;
  peakRssMb: number;
  peak: { heapUsedMb: number; externalMb: number };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const WORDS = [
  'geschiedenis',
  'water',
  'stad',
  'polder',
  'molen',
  'kerk',
  'haven',
  'boek',
  'tijd',
  'licht',
  'zee',
  'land',
  'reis',
  'brief',
  'tuin',
];
const word = (i: number) => WORDS[i % WORDS.length];

function marcRecord(i: number): string {
  const isbn =
    i % 10 === 0
      ? ''
      : `<marc:datafield tag="020" ind1=" " ind2=" "><marc:subfield code="a">${withCheckDigit13(`97890${String(i).padStart(7, '0')}`)}</marc:subfield></marc:datafield>`;
  return `<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader><marc:controlfield tag="001">BENCH-${i}</marc:controlfield>${isbn}
<marc:datafield tag="100" ind1="1" ind2=" "><marc:subfield code="a">${esc(`Auteur ${i % 5000}, ${word(i)}`)}</marc:subfield></marc:datafield>
<marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">${esc(`De ${word(i)} van de ${word(i >> 3)} deel ${i}`)} :</marc:subfield><marc:subfield code="b">een verhaal /</marc:subfield></marc:datafield>
<marc:datafield tag="250" ind1=" " ind2=" "><marc:subfield code="a">${(i % 7) + 1}e druk</marc:subfield></marc:datafield>
<marc:datafield tag="264" ind1=" " ind2="1"><marc:subfield code="a">Amsterdam :</marc:subfield><marc:subfield code="b">Uitgeverij ${word(i >> 2)},</marc:subfield><marc:subfield code="c">${1950 + (i % 75)}</marc:subfield></marc:datafield>
<marc:datafield tag="650" ind1=" " ind2="7"><marc:subfield code="a">${word(i >> 1)}</marc:subfield></marc:datafield>
<marc:datafield tag="650" ind1=" " ind2="7"><marc:subfield code="a">${word(i >> 4)}</marc:subfield></marc:datafield>
<marc:datafield tag="700" ind1="1" ind2=" "><marc:subfield code="a">Redacteur ${i % 300}</marc:subfield></marc:datafield>
</marc:record>
`;
}

/** Writes the file record by record, waiting for the stream to drain: never the whole file in memory. */
async function generate(file: string, records: number): Promise<void> {
  const stream = createWriteStream(file);
  stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">\n');
  for (let i = 1; i <= records; i++) {
    if (!stream.write(marcRecord(i))) await once(stream, 'drain');
  }
  stream.end('</marc:collection>\n');
  await once(stream, 'finish');
}

/** The child: one import, then its summary and memory figures as one JSON line. */
async function child(url: string, libraryId: string, file: string): Promise<void> {
  const { DataSource } = await import('typeorm');
  const { createReadStream } = await import('node:fs');
  const { CatalogueImporter } = await import('../libs/catalogue/src/import/catalogue-importer');
  const ds = new DataSource({ type: 'postgres', url, entities: [], logging: false });
  await ds.initialize();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  // Where the memory is: the JavaScript heap (what the importer keeps) against buffers outside it.
  const peak = { heapUsedMb: 0, externalMb: 0 };
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peak.heapUsedMb = Math.max(peak.heapUsedMb, m.heapUsed / 1024 / 1024);
    peak.externalMb = Math.max(peak.externalMb, m.external / 1024 / 1024);
  }, 200);
  const summary = await new CatalogueImporter(ds).run({
    libraryId,
    format: 'marcxml',
    source: createReadStream(file, { highWaterMark: 256 * 1024 }),
  });
  clearInterval(sample);
  await ds.destroy();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ summary: { ...summary, skips: undefined }, baselineRssMb, peakRssMb, peak })}\n`);
}

function runChild(url: string, libraryId: string, file: string): ChildResult {
  const stdout = execFileSync(
    process.execPath,
    [
      `--max-old-space-size=${IMPORT_HEAP_MB}`,
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      __filename,
      '--child',
      url,
      libraryId,
      file,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

function report(name: string, r: ChildResult): void {
  const rate = Math.round(r.summary.records / r.summary.seconds);
  out(
    `${name.padEnd(9)} ${r.summary.records.toLocaleString('en-US')} records in ${r.summary.seconds.toFixed(1)} s: ${rate.toLocaleString('en-US')} records/s` +
      `  created ${r.summary.created}, updated ${r.summary.updated}, skipped ${r.summary.skipped}` +
      `  peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.baselineRssMb.toFixed(0)} MB before the import; heap used at most ${r.peak.heapUsedMb.toFixed(0)} MB, external ${r.peak.externalMb.toFixed(0)} MB)`,
  );
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--records');
  const records = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
  if (!Number.isInteger(records) || records < 1) throw new Error('--records must be a whole number >= 1');
  const dir = mkdtempSync(join(tmpdir(), 'wn-bench-import-'));
  const file = join(dir, 'catalogue.marcxml');
  const dbName = `wn_bench_import_${process.pid}`;
  // Loaded here, not at the top: the child runs this file too, and must not carry the app's modules.
  const { createDatabase, dropDatabase, freePort, startDatabaseServer } = await import('@waardenet/core');
  const { migrate } = await import('../apps/api/src/migrate');
  const { Client } = await import('pg');
  let server: DatabaseServer | undefined;
  try {
    progress(`generating ${records.toLocaleString('en-US')} MARCXML records…`);
    await generate(file, records);
    progress(`  ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB in ${file}`);
    server = await startDatabaseServer('bench-import-pg', await freePort());
    const url = await createDatabase(server.adminUrl, dbName);
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    const [{ id }] = (
      await client.query(`INSERT INTO libraries (slug, name, kind) VALUES ('bench', 'Bibliotheek Bench', 'LOCAL') RETURNING id`)
    ).rows;
    await client.end();
    out(`catalogue import, ${records.toLocaleString('en-US')} MARCXML records (target >= 5,000 records/s, peak RSS < 300 MB)`);
    const first = runChild(url, id, file);
    report('import', first);
    const second = runChild(url, id, file);
    report('re-import', second);
    const wrong = first.summary.created !== records || second.summary.updated !== records || second.summary.created !== 0;
    if (wrong) out('WRONG: the first import must create every record and the second update every one.');
    return wrong ? 1 : 0;
  } finally {
    await tidy([
      ['removing the file', async () => rmSync(dir, { recursive: true, force: true })],
      ['dropping the database', server && (() => dropDatabase(server!.adminUrl, dbName))],
      ['stopping PostgreSQL', server && (() => server!.stop())],
    ]);
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  runBench('bench:import', main);
}
