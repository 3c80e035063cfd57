/**
 * `npm run bench:abuse`: does a flood of abusive writes hurt a legitimate reader, and does it get
 * past the rate limits? One client (its own address behind the proxy) floods createPost and login
 * (a wrong password: the login limits count failed attempts only, so every guess that gets past them
 * is answered UNAUTHENTICATED after its password check, and those answers are counted) for
 * BENCH_SECONDS (30), while another user reads a thread page (50 posts with authors and reaction
 * counts) one request after the other. The reader's latency is measured alone first, then under the
 * flood. Printed: the reader's p50/p99 both times (target: p99 under the flood < 2x quiet) and how
 * many abusive writes got through, against how many the configured limits allow in that time.
 *
 * The api runs in this process with NODE_ENV=production and the default limits (every RATE_LIMIT_*,
 * TRUST_PROXY and REDIS_URL from the environment is honoured). The reader and each flooded
 * operation run in worker threads of their own, so no client runs on the server's event loop. The two
 * clients are told apart as behind a proxy: X-Forwarded-For from loopback (TRUST_PROXY=loopback).
 *
 * The flood is one client's script: BENCH_FLOOD_CONNECTIONS (4) connections per flooded operation
 * sending BENCH_FLOOD_RATE (50) requests a second for each operation — 3,000 a minute against
 * limits of 10 a minute and 10 in 15 minutes — or as fast as the server answers with BENCH_FLOOD_RATE=0 (on a small machine the
 * load generator then takes CPU the server needs, which measures the machine more than the api).
 * Other knobs: BENCH_WARMUP_SECONDS (2). The
 * database server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one. It is a
 * measurement: it exits 0 above the latency target too, and non-zero when something is wrong (more
 * writes got through than the limits allow, a wrong answer, a failed set-up).
 */
import './support/env'; // first: sets NODE_ENV and LOG_LEVEL before the logger is created
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import {
  AppConfig,
  DatabaseServer,
  RateLimitRule,
  createDatabase,
  dropDatabase,
  loadConfig,
  startDatabaseServer,
  freePort,
} from '@waardenet/core';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { seed } from './support/seed';
import { envInt, out, progress, runBench, tidy } from './support/cli';

const READER_IP = '198.51.100.20';
const ABUSER_IP = '203.0.113.66';
const PASSWORD = 'bench-abuse-wachtwoord';

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    title
    posts(first: 50) {
      edges { cursor node { id seq bodyHtml createdAt author { id displayName } reactionCounts { kind count } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;

/**
 * The reader, as plain JavaScript in a worker thread: sequential requests for `seconds`, each timed
 * with performance.now(); posts back every latency (ms) and how many answers were not a full page.
 */
const READER_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
(async () => {
  const { url, body, ip, seconds } = workerData;
  const latencies = [];
  let wrong = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const start = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body });
    const json = await res.json();
    latencies.push(performance.now() - start);
    if (res.status !== 200 || json.errors || json.data?.thread?.posts?.edges?.length !== 50) wrong++;
  }
  parentPort.postMessage({ latencies, wrong });
})().catch((e) => parentPort.postMessage({ error: String(e) }));
`;

/**
 * One flooded operation, as plain JavaScript in a worker thread: `connections` lanes, each sending
 * the same request again as soon as the previous one is answered, or paced so that all lanes
 * together send `rate` a second. Posts back how many answers carried which code.
 */
const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, headers, body, seconds, connections, rate } = workerData;
  const codes = {};
  let sent = 0;
  const start = Date.now();
  const end = start + seconds * 1000;
  const gap = rate ? (1000 * connections) / rate : 0;
  const lane = async (k) => {
    for (let i = 0; Date.now() < end; i++) {
      if (gap) {
        const due = start + (i + k / connections) * gap;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        if (Date.now() >= end) break;
      }
      sent++;
      try {
        const res = await fetch(url, { method: 'POST', headers, body });
        const json = await res.json().catch(() => ({}));
        const code = res.status !== 200 ? 'HTTP ' + res.status : json.errors ? json.errors[0]?.extensions?.code ?? 'NO_CODE' : 'OK';
        codes[code] = (codes[code] || 0) + 1;
      } catch (e) {
        codes.FAILED = (codes.FAILED || 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, k) => lane(k)));
  parentPort.postMessage({ sent, codes });
})().catch((e) => parentPort.postMessage({ error: String(e) }));
`;

interface FloodRun {
  sent: number;
  codes: Record<string, number>;
}

function flood(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  seconds: number;
  connections: number;
  rate: number;
}): Promise<FloodRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(FLOOD_WORKER, { eval: true, workerData: options });
    worker.once('message', (m: FloodRun & { error?: string }) => {
      void worker.terminate();
      if (m.error) return reject(new Error(`flood failed: ${m.error}`));
      resolve(m);
    });
    worker.once('error', reject);
  });
}

const codesText = (codes: Record<string, number>) =>
  Object.entries(codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');

interface ReaderRun {
  requests: number;
  wrong: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  perSecond: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function read(url: string, body: string, seconds: number): Promise<ReaderRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(READER_WORKER, { eval: true, workerData: { url, body, ip: READER_IP, seconds } });
    worker.once('message', (m: { latencies?: number[]; wrong?: number; error?: string }) => {
      void worker.terminate();
      if (m.error || !m.latencies) return reject(new Error(`reader failed: ${m.error}`));
      const sorted = [...m.latencies].sort((a, b) => a - b);
      resolve({
        requests: sorted.length,
        wrong: m.wrong ?? 0,
        p50: percentile(sorted, 50),
        p90: percentile(sorted, 90),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        perSecond: sorted.length / seconds,
      });
    });
    worker.once('error', reject);
  });
}

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

/** How many calls a sliding-window limit lets through in `seconds` (0 when the rule is off: unlimited). */
const allowedIn = (rule: RateLimitRule, seconds: number) =>
  rule.limit ? rule.limit * Math.ceil((seconds * 1000) / rule.windowMs) : Infinity;
const ruleText = (rule: RateLimitRule) => (rule.limit ? `${rule.limit} per ${rule.windowMs / 1000} s` : 'off');

async function main(): Promise<number> {
  const seconds = envInt('BENCH_SECONDS', 30, 1);
  const warmup = envInt('BENCH_WARMUP_SECONDS', 2, 0);
  const floodConnections = envInt('BENCH_FLOOD_CONNECTIONS', 4, 1);
  const floodRate = envInt('BENCH_FLOOD_RATE', 50, 0);

  let server: DatabaseServer | undefined;
  let dbName: string | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-abuse-'));
  try {
    progress('Setting up: database server, migrations, seed, api ...');
    // A data folder of its own: bench:read and bench:live use .data/bench-pg and may run at the same time.
    server = await startDatabaseServer('bench-abuse-pg', await freePort());
    dbName = `wn_bench_abuse_${process.pid}_${randomBytes(3).toString('hex')}`;
    const databaseUrl = await createDatabase(server.adminUrl, dbName);
    await migrate(databaseUrl);
    const data = await seed(databaseUrl);

    const passThrough = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => /^(RATE_LIMIT_|TRUST_PROXY$|REDIS_URL$)/.test(k)),
    ) as Record<string, string>;
    const config: AppConfig = loadConfig({
      // A benchmark sends no mail; production would otherwise require SMTP_URL for email verification.
      WAARDENET_EMAIL_VERIFICATION: 'off',
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      // The clients stand behind a local proxy (see the header); the api's own default trusts none.
      TRUST_PROXY: 'loopback',
      ...passThrough,
    });
    app = await createApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;

    // The reader and the abuser register through the api, each from their own address.
    const reader = await graphql<{ register: { accessToken: string } }>(
      url,
      REGISTER,
      { input: { email: 'lezer@bench.waardenet.test', password: PASSWORD, displayName: 'Lezer' } },
      { 'x-forwarded-for': READER_IP },
    );
    const abuserEmail = 'vloed@bench.waardenet.test';
    const abuser = await graphql<{ register: { accessToken: string; user: { id: string } } }>(
      url,
      REGISTER,
      { input: { email: abuserEmail, password: PASSWORD, displayName: 'Vloed' } },
      { 'x-forwarded-for': ABUSER_IP },
    );
    const abuserId = abuser.register.user.id;

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    // The abuser is a member posting in another thread of the same community, an account older than a day (the ordinary limits).
    const {
      rows: [target],
    } = await db.query<{ id: string; community_id: string }>(`SELECT id, community_id FROM threads WHERE id <> $1 ORDER BY id LIMIT 1`, [
      data.threadId,
    ]);
    await db.query(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      target.community_id,
      abuserId,
    ]);
    await db.query(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [abuserId]);
    const counts = async () => {
      const { rows } = await db.query<{ posts: string; sessions: string }>(
        `SELECT (SELECT count(*) FROM posts WHERE author_id = $1) AS posts, (SELECT count(*) FROM sessions WHERE user_id = $1) AS sessions`,
        [abuserId],
      );
      return { posts: Number(rows[0].posts), sessions: Number(rows[0].sessions) };
    };

    const body = JSON.stringify({ query: THREAD_PAGE, variables: { id: data.threadId } });
    const check = await graphql<{ thread: { posts: { edges: unknown[] } } }>(
      url,
      THREAD_PAGE,
      { id: data.threadId },
      { authorization: `Bearer ${reader.register.accessToken}` },
    );
    if (check.thread.posts.edges.length !== 50) throw new Error('the thread page is not what the bench needs');

    if (warmup) {
      progress(`Warm-up: reader ${warmup} s`);
      await read(url, body, warmup);
    }
    progress(`Quiet: the reader alone, ${seconds} s ...`);
    const quiet = await read(url, body, seconds);

    const before = await counts();
    progress(`Flood: createPost and login, ${floodConnections} connections each, while the reader reads, ${seconds} s ...`);
    const floodHeaders = { 'content-type': 'application/json', 'x-forwarded-for': ABUSER_IP };
    const [underFlood, posts, logins] = await Promise.all([
      read(url, body, seconds),
      flood({
        url,
        headers: { ...floodHeaders, authorization: `Bearer ${abuser.register.accessToken}` },
        body: JSON.stringify({ query: CREATE_POST, variables: { input: { threadId: target.id, body: 'Koop nu! Goedkope boeken!' } } }),
        seconds,
        connections: floodConnections,
        rate: floodRate,
      }),
      flood({
        url,
        headers: floodHeaders,
        body: JSON.stringify({ query: LOGIN, variables: { input: { email: abuserEmail, password: `${PASSWORD}-geraden` } } }),
        seconds,
        connections: floodConnections,
        rate: floodRate,
      }),
    ]);
    const after = await counts();
    await db.end();

    const limits = config.rateLimits;
    const postsThrough = after.posts - before.posts;
    // Guesses that reached the password check: the rest were refused (RATE_LIMITED) before it.
    const loginsThrough = logins.codes.UNAUTHENTICATED ?? 0;
    if (after.sessions !== before.sessions) throw new Error('a wrong password opened a session');
    const postsAllowed = allowedIn(limits.postsPerUser, seconds);
    const loginsAllowed = Math.min(allowedIn(limits.loginPerAccount, seconds), allowedIn(limits.loginPerIp, seconds));
    const ratio = underFlood.p99 / quiet.p99;

    out();
    out(
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, NODE_ENV=${config.nodeEnv}, limiter: ${config.redisUrl ? 'redis' : 'memory'}`,
    );
    out(
      `Limits: posts ${ruleText(limits.postsPerUser)} per user, logins ${ruleText(limits.loginPerAccount)} per account and ${ruleText(limits.loginPerIp)} per address`,
    );
    out(
      `Run: ${seconds} s quiet, then ${seconds} s under the flood (${floodConnections} connections per flooded operation, ` +
        `${floodRate ? `${floodRate} requests/s each` : 'as fast as answered'}); the reader reads a thread page of 50 posts, one request after the other`,
    );
    out();
    out('reader                 requests  req/s   p50 ms   p90 ms   p99 ms   max ms  wrong');
    for (const [name, r] of [
      ['quiet', quiet],
      ['under the flood', underFlood],
    ] as const) {
      const ms = (v: number) => v.toFixed(1).padStart(8);
      out(
        `${name.padEnd(20)} ${String(r.requests).padStart(10)} ${r.perSecond.toFixed(0).padStart(6)} ${ms(r.p50)} ${ms(r.p90)} ${ms(r.p99)} ${ms(r.max)} ${String(r.wrong).padStart(6)}`,
      );
    }
    out();
    out(`Reader p99 under the flood / quiet: ${ratio.toFixed(2)}x  (target < 2x): ${ratio < 2 ? 'PASS' : 'ABOVE'}`);
    out(
      `createPost flood: ${posts.sent} requests (${(posts.sent / seconds).toFixed(0)}/s; ${codesText(posts.codes)}), ${postsThrough} posts written; the limit allows ${postsAllowed} in ${seconds} s: ${postsThrough <= postsAllowed ? 'PASS' : 'FAIL'}`,
    );
    out(
      `login flood: ${logins.sent} requests (${(logins.sent / seconds).toFixed(0)}/s; ${codesText(logins.codes)}), ${loginsThrough} guesses reached the password check; the limits allow ${loginsAllowed} in ${seconds} s: ${loginsThrough <= loginsAllowed ? 'PASS' : 'FAIL'}`,
    );
    if (quiet.wrong || underFlood.wrong) {
      console.error(`The reader got ${quiet.wrong + underFlood.wrong} wrong answers`);
      return 1;
    }
    return postsThrough <= postsAllowed && loginsThrough <= loginsAllowed ? 0 : 1;
  } finally {
    await tidy([
      ['closing the app', app && (() => app!.close())],
      ['dropping the bench database', server && dbName ? () => dropDatabase(server!.adminUrl, dbName!) : undefined],
      ['stopping the database server', server && (() => server!.stop())],
    ]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('bench:abuse', main);
