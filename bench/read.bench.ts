/**
 * `npm run bench:read`: how fast the api serves a thread page (50 posts with authors and reaction
 * counts) over GraphQL, against the same rows fetched by one raw SQL query behind a bare node http
 * server. Both sides pay HTTP and JSON; the ratio is what the framework, the schema, the policy
 * checks and the DataLoaders cost. Target: GraphQL throughput >= 0.4 x raw.
 *
 * The load is generated in a worker thread (BENCH_WORKERS, 1), so that autocannon's own work does
 * not run on the event loop of the servers it measures (both servers live in this process, which runs
 * with the young-generation size `npm start` gives the api: --max-semi-space-size=64).
 *
 * Environment: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (20), BENCH_SHOW_SQL=1
 * (print the SQL of one GraphQL page); the database
 * server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under .data/bench-pg.
 * It is a measurement: it exits 0 below the target too, and non-zero only when something is wrong
 * (a wrong GraphQL answer, a failed set-up).
 */
import './support/env'; // first: sets NODE_ENV and LOG_LEVEL before the logger is created
import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DatabaseServer, createDatabase, dropDatabase, loadConfig, queryCounter, startDatabaseServer , freePort } from '@waardenet/core';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { RAW_QUERY, RawPost, RawServer, startRawServer } from './support/raw-server';
import { seed } from './support/seed';
import { envInt, out, runBench, tidy } from './support/cli';

const TARGET_RATIO = 0.4;
const PAGE = 50;

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    title
    posts(first: ${PAGE}) {
      edges { cursor node { id seq bodyHtml createdAt author { id displayName } reactionCounts { kind count } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface ThreadPageData {
  thread: {
    title: string;
    posts: { edges: { cursor: string; node: RawPost }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}




/** Every way the GraphQL page can differ from what the database holds; empty when it is right. */
function compare(data: ThreadPageData | null, errors: unknown, expected: RawPost[]): string[] {
  const problems: string[] = [];
  if (errors) problems.push(`errors: ${JSON.stringify(errors).slice(0, 500)}`);
  const posts = data?.thread?.posts;
  if (!posts) return [...problems, 'no thread.posts in the response'];
  if (posts.edges.length !== PAGE) problems.push(`expected ${PAGE} posts, got ${posts.edges.length}`);
  if (!posts.pageInfo.hasNextPage) problems.push('pageInfo.hasNextPage is false on a thread of 200 posts');
  if (posts.pageInfo.endCursor !== posts.edges.at(-1)?.cursor) problems.push('pageInfo.endCursor is not the last edge cursor');
  posts.edges.forEach(({ node }, i) => {
    const want = expected[i];
    if (!want) return;
    const got = JSON.stringify([node.id, node.seq, node.bodyHtml, node.createdAt, node.author, node.reactionCounts]);
    const exp = JSON.stringify([want.id, want.seq, want.bodyHtml, new Date(want.createdAt).toISOString(), want.author, want.reactionCounts]);
    if (got !== exp && problems.length < 10) problems.push(`post ${i + 1} differs:\n    got      ${got.slice(0, 300)}\n    expected ${exp.slice(0, 300)}`);
  });
  return problems;
}

async function postGraphql(url: string, body: string): Promise<{ status: number; data: ThreadPageData | null; errors?: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: ThreadPageData; errors?: unknown };
  return { status: res.status, data: json.data ?? null, errors: json.errors };
}

interface Measured {
  name: string;
  result: autocannon.Result;
}

async function measure(name: string, options: autocannon.Options, warmup: number, seconds: number): Promise<Measured> {
  process.stderr.write(`  ${name}: warm-up ${warmup} s ... `);
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  process.stderr.write(`measuring ${seconds} s ... `);
  const result = await autocannon({ ...options, duration: seconds });
  process.stderr.write(`${Math.round(result.requests.average)} req/s\n`);
  return { name, result };
}

async function main(): Promise<number> {
  const seconds = envInt('BENCH_SECONDS', 10, 1);
  const warmup = envInt('BENCH_WARMUP_SECONDS', 2, 0);
  const connections = envInt('BENCH_CONNECTIONS', 20, 1);
  const workers = envInt('BENCH_WORKERS', 1, 0);

  let server: DatabaseServer | undefined;
  let dbName: string | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let raw: RawServer | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-'));
  try {
    process.stderr.write('Setting up: database server, migrations, seed, api ...\n');
    server = await startDatabaseServer('bench-pg', await freePort());
    dbName = `wn_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
    const databaseUrl = await createDatabase(server.adminUrl, dbName);
    await migrate(databaseUrl);
    const data = await seed(databaseUrl);

    // What the page must show, straight from the database.
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const expected = (await check.query<RawPost>(RAW_QUERY, [data.threadId])).rows;
    const pgVersion = (await check.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    await check.end();
    if (expected.length !== PAGE || !expected.some((p) => p.reactionCounts.length > 1)) {
      throw new Error(`the seed is not what the bench needs (${expected.length} posts on the first page)`);
    }

    const config = loadConfig({
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
    });
    app = await createApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    raw = await startRawServer(databaseUrl, data.threadId, 20);

    // Verify both answers once before measuring anything.
    const body = JSON.stringify({ query: THREAD_PAGE, variables: { id: data.threadId } });
    queryCounter.reset();
    const first = await postGraphql(graphqlUrl, body);
    const sqlPerPage = queryCounter.count;
    if (process.env.BENCH_SHOW_SQL === '1') queryCounter.statements.forEach((q, i) => out(`SQL ${i + 1}: ${q.replace(/\s+/g, ' ')}`));
    const problems = compare(first.data, first.errors, expected);
    if (first.status !== 200) problems.unshift(`HTTP ${first.status}`);
    if (problems.length) {
      console.error(`The GraphQL thread page is wrong:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    const rawRes = (await (await fetch(raw.url)).json()) as { data: { posts: RawPost[] } };
    if (rawRes.data.posts.length !== PAGE) throw new Error(`the raw server answered ${rawRes.data.posts.length} posts`);
    const graphqlBytes = Buffer.byteLength(JSON.stringify({ data: first.data }));
    const rawBytes = Buffer.byteLength(JSON.stringify(rawRes));

    out(`Seeded: ${data.users} users, ${data.posts} posts in 4 threads, ${data.reactions} reactions; page: ${PAGE} posts`);
    out(`Responses verified: GraphQL ${graphqlBytes} B (${sqlPerPage} SQL statements per page), raw ${rawBytes} B (1 statement)`);
    process.stderr.write(`Running autocannon, ${connections} connections, one target after the other:\n`);

    const graphql = await measure(
      'GraphQL',
      { url: graphqlUrl, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, workers },
      warmup,
      seconds,
    );
    const baseline = await measure('raw pg', { url: raw.url, method: 'GET', connections, workers }, warmup, seconds);

    // The same check after the load: the page must still be right.
    const after = await postGraphql(graphqlUrl, body);
    const afterProblems = compare(after.data, after.errors, expected);
    if (afterProblems.length) {
      console.error(`The GraphQL thread page was wrong after the run:\n  ${afterProblems.join('\n  ')}`);
      return 1;
    }

    const rows = [graphql, baseline].map(({ name, result: r }) => [
      name,
      r.requests.average.toFixed(0),
      r.latency.p50.toFixed(1),
      r.latency.p99.toFixed(1),
      String(r.requests.total),
      String(r.non2xx + r.errors + r.timeouts),
    ]);
    const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failed'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    const ratio = graphql.result.requests.average / baseline.result.requests.average;

    out();
    out(
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `node ${process.version}, PostgreSQL ${pgVersion}${server.embedded ? ' (embedded)' : ''}, NODE_ENV=${config.nodeEnv}, LOG_LEVEL=${process.env.LOG_LEVEL}`,
    );
    out(
      `Run: ${seconds} s per target after ${warmup} s warm-up, ${connections} connections, ` +
        `load from ${workers ? `${workers} worker thread(s)` : 'the main thread'}; both servers run in this process`,
    );
    out();
    out(line(head));
    out(line(widths.map((w) => '-'.repeat(w))));
    rows.forEach((row) => out(line(row)));
    out();
    out(`GraphQL / raw throughput: ${ratio.toFixed(2)}  (target >= ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW'}`);
    if (graphql.result.non2xx + graphql.result.errors + graphql.result.timeouts > 0) {
      console.warn(`Warning: ${graphql.result.non2xx} non-2xx answers, ${graphql.result.errors} errors, ${graphql.result.timeouts} timeouts on GraphQL during the run`);
    }
    return 0;
  } finally {
    await tidy([
      ['closing the raw server', raw && (() => raw!.close())],
      ['closing the app', app && (() => app!.close())],
      ['dropping the bench database', server && dbName ? () => dropDatabase(server!.adminUrl, dbName!) : undefined],
      ['stopping the database server', server && (() => server!.stop())],
    ]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('bench:read', main);
