/**
 * `npm run bench:export [-- --posts N]`: does the account export (GET /api/me/export) stay in bounded
 * memory however much a member wrote? Seeds two members by SQL, one with N/10 posts and one with N
 * (100,000 by default), each with an earlier version of every tenth post, and exports each in a child
 * process of its own through AccountExportService into a slow sink that applies backpressure, as a
 * client on a slow line would. Prints each child's peak RSS (process.resourceUsage().maxRSS) beside its
 * RSS before the export; the target is that the peak does not grow with the posts (within 30 MB). The
 * database server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under .data/bench-export-pg.
 */
import './support/env';
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import type { DatabaseServer } from '@waardenet/core';
import { out, progress, runBench, tidy } from './support/cli';

/**
 * A bounded JavaScript heap, as in production containers: the export keeps one page, so it fits; without
 * a bound V8 lets garbage pile up longer the longer a run lasts, and the peak would grow with the run's length.
 */
const EXPORT_HEAP_MB = 96;

interface ChildResult {
  posts: number;
  bytes: number;
  seconds: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/** The child: one export into a sink that takes 64 KB at a time, then its figures as one JSON line. */
async function child(url: string, userId: string): Promise<void> {
  const { DataSource } = await import('typeorm');
  const { Writable } = await import('node:stream');
  const { AccountExportService } = await import('../libs/accounts/src/privacy/account-export.service');
  const ds = new DataSource({ type: 'postgres', url, entities: [], logging: false });
  await ds.initialize();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  let bytes = 0;
  let tail = '';
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      tail = (tail + chunk.toString()).slice(-200);
      setImmediate(done);
    },
  });
  const started = Date.now();
  let posts = 0;
  for await (const piece of new AccountExportService(ds).document(userId)) {
    posts += piece.match(/"revisions":/g)?.length ?? 0;
    if (!sink.write(piece)) await new Promise((resolve) => sink.once('drain', resolve));
  }
  await new Promise<void>((resolve) => sink.end(resolve));
  if (!tail.trimEnd().endsWith('}')) throw new Error('the document did not end');
  await ds.destroy();
  const result: ChildResult = {
    posts,
    bytes,
    seconds: (Date.now() - started) / 1000,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(url: string, userId: string): ChildResult {
  const stdout = execFileSync(
    process.execPath,
    [
      `--max-old-space-size=${EXPORT_HEAP_MB}`,
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      __filename,
      '--child',
      url,
      userId,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--posts');
  const total = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
  if (!Number.isInteger(total) || total < 10) throw new Error('--posts must be a whole number >= 10');
  const dbName = `wn_bench_export_${process.pid}`;
  const { createDatabase, dropDatabase, freePort, startDatabaseServer } = await import('@waardenet/core');
  const { migrate } = await import('../apps/api/src/migrate');
  const { Client } = await import('pg');
  let server: DatabaseServer | undefined;
  try {
    server = await startDatabaseServer('bench-export-pg', await freePort());
    const url = await createDatabase(server.adminUrl, dbName);
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    const q = async (text: string, params: unknown[] = []) => (await client.query(text, params)).rows;
    const [{ id: libraryId }] = await q(
      `INSERT INTO libraries (slug, name, kind) VALUES ('bench', 'Bibliotheek Bench', 'LOCAL') RETURNING id`,
    );
    const [{ id: communityId }] = await q(
      `INSERT INTO communities (library_id, slug, name, description, theme, visibility) VALUES ($1, 'bench', 'Bench', 'Over boeken', 'lezen', 'PUBLIC') RETURNING id`,
      [libraryId],
    );
    const members: { n: number; id: string }[] = [];
    for (const n of [total / 10, total].map(Math.round)) {
      progress(`seeding a member with ${n.toLocaleString('en-US')} posts…`);
      const [{ id }] = await q(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Schrijver', 'x') RETURNING id`, [
        `schrijver-${n}@bench.invalid`,
      ]);
      await q(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [communityId, id]);
      const [{ id: threadId }] = await q(
        `INSERT INTO threads (community_id, author_id, title, kind) VALUES ($1, $2, 'Veel te zeggen', 'DISCUSSION') RETURNING id`,
        [communityId, id],
      );
      // Without the search triggers: the export does not read the index, and seeding stays quick.
      await q(`ALTER TABLE posts DISABLE TRIGGER posts_search_sync`);
      await q(
        `INSERT INTO posts (thread_id, author_id, seq, body, body_html)
         SELECT $1, $2, g, 'Bericht ' || g || ' over de molen, de polder en de bibliotheek in de buurt.', '<p>Bericht ' || g || '</p>' FROM generate_series(1, $3) g`,
        [threadId, id, n],
      );
      await q(`ALTER TABLE posts ENABLE TRIGGER posts_search_sync`);
      await q(
        `INSERT INTO post_revisions (post_id, version, body, editor_id) SELECT id, 1, 'Eerdere versie', author_id FROM posts WHERE author_id = $1 AND seq % 10 = 0`,
        [id],
      );
      members.push({ n, id });
    }
    await client.end();
    out(
      `account export, peak RSS of a process streaming one member's export into a slow sink (target: the peak does not grow with the posts)`,
    );
    const results = members.map(({ n, id }) => {
      const r = runChild(url, id);
      out(
        `${n.toLocaleString('en-US').padStart(9)} posts: ${(r.bytes / 1024 / 1024).toFixed(1)} MB in ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.baselineRssMb.toFixed(0)} MB before the export)`,
      );
      return { n, ...r };
    });
    const wrong = results.some((r) => r.posts !== r.n);
    if (wrong) out('WRONG: an export did not hold every post.');
    const growth = results[1].peakRssMb - results[0].peakRssMb;
    out(`growth from ${results[0].n.toLocaleString('en-US')} to ${results[1].n.toLocaleString('en-US')} posts: ${growth.toFixed(0)} MB`);
    return wrong || growth > 30 ? 1 : 0;
  } finally {
    await tidy([
      ['dropping the database', server && (() => dropDatabase(server!.adminUrl, dbName))],
      ['stopping PostgreSQL', server && (() => server!.stop())],
    ]);
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  runBench('bench:export', main);
}
