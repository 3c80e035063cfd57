/**
 * `npm run bench:read`: how fast the api serves the web client's thread page (the exact document
 * apps/web sends, THREAD in apps/web/src/api/operations.ts: 50 posts with authors, reaction counts,
 * the authors' expertise, the viewer's own reactions and membership), over GraphQL, to a visitor and
 * to a signed-in member (a bearer token), against the same page fetched by one raw SQL statement
 * behind a bare node http server, for the same viewer. Both sides pay HTTP and JSON; the ratio is what
 * the framework, the schema, the policy checks, the token check and the DataLoaders cost.
 *
 * The visitor's page is measured twice: as served (from the anonymous read cache, libs/core/src/read-cache:
 * the stored bytes, no GraphQL execution; target >= 2 x raw) and with the cache paused (every request
 * executed; reported, target >= 0.4 x raw). The member's page never uses the cache (target >= 0.5 x raw).
 * Every ratio is against the raw server measured in the same run, for the same viewer.
 *
 * The api runs as the README's production set-up runs it (Dockerfile, docker-compose.yml):
 * NODE_ENV=production and the default LOG_LEVEL, info, so every request writes an access-log line to
 * stdout. Send stdout to a file or a pipe, as a container runtime does (`npm run bench:read > read.log`):
 * the report is the end of stdout, and is repeated on stderr. `LOG_LEVEL=warn npm run bench:read`
 * measures without the access log.
 *
 * The load is generated in a worker thread (BENCH_WORKERS, 1), so that autocannon's own work does
 * not run on the event loop of the servers it measures (both servers live in this process, which runs
 * with the young-generation size `npm start` gives the api: --max-semi-space-size=64).
 *
 * What the access log costs: at LOG_LEVEL=info the cached visitor's page and the member's page are
 * measured again with the logger switched to silent and back, alternating (info, silent, info, silent),
 * and the difference is printed (BENCH_LOG_COST=0 skips it).
 *
 * Environment: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (20), BENCH_SHOW_SQL=1
 * (print the SQL of one GraphQL page); the database
 * server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under .data/bench-pg.
 * It is a measurement: it exits 0 below the target too, and non-zero only when something is wrong
 * (a GraphQL answer that differs from the raw one, a failed set-up).
 */
import './support/env-production'; // first: the README's production NODE_ENV and LOG_LEVEL, before the logger is created
import './support/env';
import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { DatabaseServer, createDatabase, dropDatabase, loadConfig, logger, startDatabaseServer, freePort } from '@waardenet/core';
import { hashPassword } from '@waardenet/accounts';
import { THREAD } from '../apps/web/src/api/operations';
import { createApp } from '../apps/api/src/create-app';
import { AnonymousReadCache } from '@waardenet/core/read-cache';
import { queryCounter } from '../test/support/query-counter';
import { migrate } from '../apps/api/src/migrate';
import { RawServer, startRawServer } from './support/raw-server';
import { seed } from './support/seed';
import { envInt, out, runBench, tidy } from './support/cli';

/** Targets per measured page (issue #14 ask 8). */
const TARGETS = { cached: 2, uncached: 0.4, signedIn: 0.5 } as const;
const PAGE = 50;
const PASSWORD = 'bench-read-wachtwoord';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * What the page needs besides the seed: verified expertise for some authors (the expert badge), and
 * the member the bench signs in as ('Lezer 0', who reacted to many of the posts) with a password and
 * a follow of the thread.
 */
async function seedViewer(databaseUrl: string, threadId: string): Promise<{ email: string; id: string }> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_at)
       SELECT u.id, 'Literatuur ' || u.display_name, 'literatuur ' || lower(u.display_name), 'Recensent', 'VERIFIED', l.id, now()
         FROM users u CROSS JOIN (SELECT id FROM libraries LIMIT 1) l WHERE u.display_name LIKE 'Lezer %3'`,
    );
    const { rows } = await c.query<{ id: string; email: string }>(
      `UPDATE users SET password_hash = $1 WHERE display_name = 'Lezer 0' RETURNING id, email`,
      [await hashPassword(PASSWORD)],
    );
    await c.query(`INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, 'THREAD', $2)`, [rows[0].id, threadId]);
    await c.query('ANALYZE');
    return rows[0];
  } finally {
    await c.end();
  }
}

/** Every way the GraphQL page can differ from the raw one; empty when they agree. */
function compare(graphql: { data: unknown; errors?: unknown }, raw: unknown): string[] {
  const problems: string[] = [];
  if (graphql.errors) problems.push(`errors: ${JSON.stringify(graphql.errors).slice(0, 500)}`);
  const posts = (graphql.data as { thread?: { posts?: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } } | null)?.thread?.posts;
  if (!posts) return [...problems, 'no thread.posts in the response'];
  if (posts.edges.length !== PAGE) problems.push(`expected ${PAGE} posts, got ${posts.edges.length}`);
  if (!posts.pageInfo.hasNextPage) problems.push('pageInfo.hasNextPage is false on a thread of 200 posts');
  if (!isDeepStrictEqual(graphql.data, raw)) {
    const [a, b] = [JSON.stringify(graphql.data), JSON.stringify(raw)];
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    problems.push(
      `the answers differ at character ${i}:\n    graphql  …${a.slice(Math.max(0, i - 80), i + 160)}\n    raw      …${b.slice(Math.max(0, i - 80), i + 160)}`,
    );
  }
  return problems;
}

async function postGraphql(
  url: string,
  body: string,
  token?: string,
): Promise<{ status: number; data: unknown; errors?: unknown; cacheState?: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  return { status: res.status, data: json.data ?? null, errors: json.errors, cacheState: res.headers.get('x-read-cache') ?? undefined };
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

/** One viewer of the page: how GraphQL is asked, and where the raw server answers the same. */
interface Viewer {
  name: string;
  token?: string;
  rawUrl: string;
  /** Whether the anonymous read cache may answer (paused while this viewer is measured when false). */
  cache: boolean;
  target: number;
}

async function main(): Promise<number> {
  const seconds = envInt('BENCH_SECONDS', 10, 1);
  const warmup = envInt('BENCH_WARMUP_SECONDS', 2, 0);
  const connections = envInt('BENCH_CONNECTIONS', 20, 1);
  const workers = envInt('BENCH_WORKERS', 1, 0);
  // The access log goes to stdout with the report: then the report is repeated on stderr.
  const report: string[] = [];
  const say = (line = '') => {
    out(line);
    report.push(line);
  };

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
    const member = await seedViewer(databaseUrl, data.threadId);
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const pgVersion = (await check.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    await check.end();

    const config = loadConfig({
      // A benchmark sends no mail; production would otherwise require SMTP_URL for email verification.
      WAARDENET_EMAIL_VERIFICATION: 'off',
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      // The whole run on one token.
      WAARDENET_ACCESS_TOKEN_TTL: '3600',
    });
    app = await createApp(config, databaseUrl, { sqlLogger: queryCounter });
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    raw = await startRawServer(databaseUrl, data.threadId, 20);
    const login = await postGraphql(
      graphqlUrl,
      JSON.stringify({ query: LOGIN, variables: { input: { email: member.email, password: PASSWORD } } }),
    );
    const token = (login.data as { login?: { accessToken: string } } | null)?.login?.accessToken;
    if (!token) throw new Error(`the bench member could not log in: ${JSON.stringify(login.errors)}`);
    const readCache = app.get(AnonymousReadCache);
    const viewers: Viewer[] = [
      { name: 'anonymous, cached', rawUrl: raw.url, cache: true, target: TARGETS.cached },
      { name: 'anonymous, uncached', rawUrl: raw.url, cache: false, target: TARGETS.uncached },
      { name: 'signed in', token, rawUrl: raw.urlFor(member.id), cache: false, target: TARGETS.signedIn },
    ];
    const cacheFor = (v: Viewer) => {
      readCache.paused = !v.cache;
    };

    // Verify every answer once before measuring anything: GraphQL and raw must agree, field by field.
    const body = JSON.stringify({ query: THREAD, variables: { id: data.threadId } });
    const sizes: string[] = [];
    for (const v of viewers) {
      cacheFor(v);
      queryCounter.reset();
      const first = await postGraphql(graphqlUrl, body, v.token);
      // Cached: the first request fills the cache (and runs the SQL); the page measured is the next one, from the cache.
      const sqlFill = queryCounter.count;
      queryCounter.reset();
      const served = v.cache ? await postGraphql(graphqlUrl, body, v.token) : first;
      const sql = v.cache ? queryCounter.count : sqlFill;
      if (v.cache && served.cacheState !== 'hit') {
        console.error(`The anonymous page was not served from the read cache (x-read-cache: ${served.cacheState ?? 'none'})`);
        return 1;
      }
      if (process.env.BENCH_SHOW_SQL === '1')
        queryCounter.statements.forEach((q, i) => out(`SQL ${v.name} ${i + 1}: ${q.replace(/\s+/g, ' ')}`));
      const rawAnswer = (await (await fetch(v.rawUrl)).json()) as { data: unknown };
      const problems = [...compare(first, rawAnswer.data), ...(v.cache ? compare(served, rawAnswer.data) : [])];
      if (first.status !== 200) problems.unshift(`HTTP ${first.status}`);
      if (problems.length) {
        console.error(`The GraphQL thread page (${v.name}) is wrong:\n  ${problems.join('\n  ')}`);
        return 1;
      }
      const statements = v.cache ? `${sql} SQL statements; ${sqlFill} to fill it` : `${sql} SQL statements`;
      sizes.push(
        `${v.name}: GraphQL ${Buffer.byteLength(JSON.stringify({ data: first.data }))} B (${statements}), raw ${Buffer.byteLength(JSON.stringify(rawAnswer))} B (1 statement)`,
      );
    }

    say(
      `Seeded: ${data.users} users, ${data.posts} posts in 4 threads, ${data.reactions} reactions; page: ${PAGE} posts, the web client's ThreadPage document`,
    );
    say(`Responses verified (GraphQL equals raw): ${sizes.join('; ')}`);
    process.stderr.write(`Running autocannon, ${connections} connections, one target after the other:\n`);

    const pairs: { viewer: Viewer; graphql: Measured; baseline: Measured }[] = [];
    for (const v of viewers) {
      cacheFor(v);
      const headers = { 'content-type': 'application/json', ...(v.token ? { authorization: `Bearer ${v.token}` } : {}) };
      const graphql = await measure(
        `GraphQL, ${v.name}`,
        { url: graphqlUrl, method: 'POST', headers, body, connections, workers },
        warmup,
        seconds,
      );
      const baseline = await measure(`raw pg, ${v.name}`, { url: v.rawUrl, method: 'GET', connections, workers }, warmup, seconds);
      pairs.push({ viewer: v, graphql, baseline });
    }

    // The same check after the load: the pages must still be right.
    for (const v of viewers) {
      cacheFor(v);
      const after = await postGraphql(graphqlUrl, body, v.token);
      const rawAnswer = (await (await fetch(v.rawUrl)).json()) as { data: unknown };
      const problems = compare(after, rawAnswer.data);
      if (problems.length) {
        console.error(`The GraphQL thread page (${v.name}) was wrong after the run:\n  ${problems.join('\n  ')}`);
        return 1;
      }
    }

    const rows = pairs
      .flatMap(({ graphql, baseline }) => [graphql, baseline])
      .map(({ name, result: r }) => [
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

    say();
    say(
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `node ${process.version}, PostgreSQL ${pgVersion}${server.embedded ? ' (embedded)' : ''}, NODE_ENV=${config.nodeEnv}, LOG_LEVEL=${logger.level}`,
    );
    say(
      `Run: ${seconds} s per target after ${warmup} s warm-up, ${connections} connections, ` +
        `load from ${workers ? `${workers} worker thread(s)` : 'the main thread'}; both servers run in this process`,
    );
    say();
    say(line(head));
    say(line(widths.map((w) => '-'.repeat(w))));
    rows.forEach((row) => say(line(row)));
    say();
    for (const { viewer, graphql, baseline } of pairs) {
      const ratio = graphql.result.requests.average / baseline.result.requests.average;
      say(
        `GraphQL / raw throughput, ${viewer.name.padEnd(19)}: ${ratio.toFixed(2)}  (target >= ${viewer.target}): ${ratio >= viewer.target ? 'PASS' : 'BELOW'}`,
      );
      const g = graphql.result;
      if (g.non2xx + g.errors + g.timeouts > 0)
        console.warn(
          `Warning: ${g.non2xx} non-2xx answers, ${g.errors} errors, ${g.timeouts} timeouts on GraphQL (${viewer.name}) during the run`,
        );
    }
    if (process.env.BENCH_LOG_COST !== '0' && logger.isLevelEnabled('info')) {
      // Throughput on a shared machine drifts; the CPU time the servers' thread spends per request does not
      // (the load comes from a worker thread, not counted): that is the figure for the access log's cost.
      say();
      for (const v of [viewers[0], viewers[2]]) {
        cacheFor(v);
        const headers = { 'content-type': 'application/json', ...(v.token ? { authorization: `Bearer ${v.token}` } : {}) };
        const runs: Record<'info' | 'silent', { rate: number; cpuUs: number; requests: number }[]> = { info: [], silent: [] };
        for (const level of ['info', 'silent', 'info', 'silent'] as const) {
          logger.level = level;
          const before = process.threadCpuUsage();
          const m = await measure(
            `GraphQL, ${v.name}, LOG_LEVEL=${level}`,
            { url: graphqlUrl, method: 'POST', headers, body, connections, workers },
            0,
            Math.max(2, Math.round(seconds / 2)),
          );
          const used = process.threadCpuUsage(before);
          runs[level].push({ rate: m.result.requests.average, cpuUs: used.user + used.system, requests: m.result.requests.total });
        }
        logger.level = 'info';
        const perRequest = (level: 'info' | 'silent') =>
          runs[level].reduce((a, r) => a + r.cpuUs, 0) / runs[level].reduce((a, r) => a + r.requests, 0);
        const rate = (level: 'info' | 'silent') => runs[level].reduce((a, r) => a + r.rate, 0) / runs[level].length;
        const [info, silent] = [perRequest('info'), perRequest('silent')];
        say(
          `Access log cost, ${v.name.padEnd(19)}: ${info.toFixed(0)} µs CPU per request at info, ${silent.toFixed(0)} µs silent: ` +
            `${((info / silent - 1) * 100).toFixed(1)} % more (throughput ${rate('info').toFixed(0)} vs ${rate('silent').toFixed(0)} req/s, alternating runs)`,
        );
      }
    }
    const stats = readCache.cache.stats();
    say(
      `Read cache: ${stats.hits} hits, ${stats.misses} misses, ${stats.stores} stored, ${stats.entries} entries, ${(stats.bytes / 1024).toFixed(0)} KiB`,
    );
    if (logger.isLevelEnabled('info')) process.stderr.write(`\n${report.join('\n')}\n`);
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
