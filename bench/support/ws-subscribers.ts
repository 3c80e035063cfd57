/**
 * The subscriber side of `npm run bench:live`, run in child processes (forked by bench/live.bench.ts)
 * so that the client work does not share the event loop of the server being measured.
 *
 * Plain `ws` sockets. In 'graphql' mode each speaks graphql-transport-ws by hand (connection_init,
 * then one subscribe on connection_ack); in 'bare' mode a socket only listens. For every 'next' frame
 * it records the receive time and the post seq (read from the bytes, no JSON.parse), one slot per
 * socket and seq, so that missing and duplicate deliveries can be counted exactly. The parent sends
 * the per-seq send times at the end; the child answers a latency histogram in 1 ms buckets.
 *
 * Talks to the parent over the IPC channel: every message is `{ id, ...Command }`, every answer
 * `{ id, ok, result | error }`.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export type Mode = 'graphql' | 'bare';

export interface Target {
  url: string;
  count: number;
  /** Access tokens for these sockets, used in turn (sent as connection_init's authorization); none: anonymous. */
  tokens?: string[];
}

export type Command =
  | {
      cmd: 'open';
      mode: Mode;
      targets: Target[];
      /** Sockets being opened at the same time. */
      concurrency: number;
      /** Per socket: until open (bare) or connection_ack (graphql). */
      timeoutMs: number;
      subscribe?: { query: string; variables: Record<string, unknown> };
    }
  /** Starts recording frames with seq firstSeq .. firstSeq + count - 1 (and resets the counters). */
  | { cmd: 'expect'; firstSeq: number; count: number }
  /** Counters; with `seq`, also how many sockets have received that seq. */
  | { cmd: 'status'; seq?: number }
  /** sendTimes[k] is when the frame with seq firstSeq + k was sent (NaN when unknown). */
  | { cmd: 'finish'; sendTimes: number[]; quietMs: number; maxWaitMs: number }
  | { cmd: 'close' };

export interface OpenResult {
  opened: number;
  failed: number;
  errors: string[];
  ms: number;
}

export interface Status {
  /** Sockets ready (acked, or open in bare mode) and not closed. */
  open: number;
  /** Sockets that closed without being asked to. */
  closedEarly: number;
  /** Distinct (socket, seq) pairs received in the window. */
  unique: number;
  /** Every 'next' frame since the last 'expect', duplicates and strays included. */
  frames: number;
  duplicates: number;
  /** Frames with a seq outside the window. */
  unexpected: number;
  /** Protocol 'error' / 'complete' messages received. */
  protocolErrors: number;
  /** Sockets that received `seq` (when asked). */
  withSeq: number;
  errors: string[];
}

export interface FinishResult extends Status {
  sockets: number;
  expected: number;
  missing: number;
  socketsMissing: number;
  /** Latency (receive - send) in 1 ms buckets: bucket -> count. */
  hist: Record<number, number>;
  /** Frames received before their recorded send time (clock trouble): counted in bucket 0. */
  negative: number;
  firstRecv: number;
  lastRecv: number;
  bytes: number;
}

/** Milliseconds on a clock shared by the processes of one machine (wall-clock origin, monotonic after). */
export const now = (): number => performance.timeOrigin + performance.now();

interface Sock {
  ws: WebSocket;
  slot: number;
  ready: boolean;
  closed: boolean;
}

const NEXT = Buffer.from('"type":"next"');
const SEQ = Buffer.from('"seq":');
const INIT = JSON.stringify({ type: 'connection_init', payload: {} });
const initWith = (token: string | undefined) =>
  token ? JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }) : INIT;
const PONG = JSON.stringify({ type: 'pong' });

let socks: Sock[] = [];
let closing = false;
let closedEarly = 0;
let protocolErrors = 0;
const errors: string[] = [];

let win = { first: 0, count: 0 };
let recv = new Float64Array(0);
let unique = 0;
let frames = 0;
let duplicates = 0;
let unexpected = 0;
let bytes = 0;
let firstRecv = 0;
let lastRecv = 0;
let lastFrameAt = 0;

function note(message: string): void {
  if (errors.length < 10) errors.push(message);
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** The first `"seq":<digits>` of a frame, or -1. */
function seqOf(buf: Buffer): number {
  const at = buf.indexOf(SEQ);
  if (at < 0) return -1;
  let n = 0;
  let digits = 0;
  for (let i = at + SEQ.length; i < buf.length; i++) {
    const c = buf[i];
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    digits++;
  }
  return digits ? n : -1;
}

function onFrame(s: Sock, buf: Buffer, t: number): void {
  frames++;
  bytes += buf.length;
  lastFrameAt = t;
  const k = seqOf(buf) - win.first;
  if (k < 0 || k >= win.count || s.slot < 0) {
    unexpected++;
    return;
  }
  const i = s.slot * win.count + k;
  if (recv[i] !== 0) {
    duplicates++;
    return;
  }
  recv[i] = t;
  unique++;
  if (firstRecv === 0 || t < firstRecv) firstRecv = t;
  if (t > lastRecv) lastRecv = t;
}

function openOne(url: string, mode: Mode, subscribe: string | null, timeoutMs: number, token?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, mode === 'graphql' ? 'graphql-transport-ws' : [], {
      perMessageDeflate: false,
      handshakeTimeout: timeoutMs,
    });
    const s: Sock = { ws, slot: -1, ready: false, closed: false };
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.terminate();
      reject(e);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      s.ready = true;
      s.slot = socks.length;
      socks.push(s);
      resolve();
    };
    const timer = setTimeout(() => fail(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
    ws.on('open', () => {
      if (mode === 'graphql') ws.send(initWith(token));
      else done();
    });
    ws.on('message', (data) => {
      const t = now();
      const buf = toBuffer(data);
      const at = buf.indexOf(NEXT);
      if (at >= 0 && at < 64) return onFrame(s, buf, t);
      let msg: { type?: string };
      try {
        msg = JSON.parse(buf.toString()) as { type?: string };
      } catch {
        note(`unparsable message: ${buf.toString().slice(0, 120)}`);
        return;
      }
      if (msg.type === 'connection_ack') {
        if (subscribe) ws.send(subscribe);
        done();
      } else if (msg.type === 'ping') {
        ws.send(PONG);
      } else if (msg.type === 'error' || msg.type === 'complete') {
        protocolErrors++;
        note(`${msg.type}: ${buf.toString().slice(0, 300)}`);
      }
    });
    ws.on('error', (e) => {
      if (!settled) fail(e);
      else note(`socket error: ${e.message}`);
    });
    ws.on('close', (code, reason) => {
      const wasOpen = !s.closed;
      s.closed = true;
      if (!settled) fail(new Error(`closed ${code} ${reason.toString()}`));
      else if (s.ready && wasOpen && !closing) {
        closedEarly++;
        note(`closed by the server: ${code} ${reason.toString()}`);
      }
    });
  });
}

async function open(cmd: Extract<Command, { cmd: 'open' }>): Promise<OpenResult> {
  const t0 = now();
  // Round-robin over the targets, so that both instances fill up at the same pace.
  const urls: { url: string; token?: string }[] = [];
  const most = Math.max(0, ...cmd.targets.map((t) => t.count));
  for (let i = 0; i < most; i++)
    for (const t of cmd.targets)
      if (i < t.count) urls.push({ url: t.url, token: t.tokens?.length ? t.tokens[i % t.tokens.length] : undefined });
  const subscribe = cmd.subscribe ? JSON.stringify({ id: '1', type: 'subscribe', payload: cmd.subscribe }) : null;
  let next = 0;
  let failed = 0;
  const errs: string[] = [];
  const worker = async () => {
    while (next < urls.length) {
      const { url, token } = urls[next++];
      try {
        await openOne(url, cmd.mode, subscribe, cmd.timeoutMs, token);
      } catch (e) {
        failed++;
        if (errs.length < 10) errs.push((e as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(cmd.concurrency, urls.length) }, worker));
  return { opened: urls.length - failed, failed, errors: errs, ms: now() - t0 };
}

function expect(firstSeq: number, count: number): void {
  win = { first: firstSeq, count };
  recv = new Float64Array(socks.length * count);
  unique = frames = duplicates = unexpected = bytes = firstRecv = lastRecv = 0;
  lastFrameAt = now();
}

function status(seq?: number): Status {
  let withSeq = 0;
  const k = seq === undefined ? -1 : seq - win.first;
  if (k >= 0 && k < win.count) for (const s of socks) if (recv[s.slot * win.count + k] !== 0) withSeq++;
  return {
    open: socks.filter((s) => !s.closed).length,
    closedEarly,
    unique,
    frames,
    duplicates,
    unexpected,
    protocolErrors,
    withSeq,
    errors: [...errors],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function finish(cmd: Extract<Command, { cmd: 'finish' }>): Promise<FinishResult> {
  const expected = socks.length * win.count;
  const started = now();
  // Until everything arrived, or nothing has arrived for quietMs, or maxWaitMs is over.
  while (unique < expected && now() - started < cmd.maxWaitMs && now() - Math.max(lastFrameAt, started) < cmd.quietMs) await sleep(25);
  const hist: Record<number, number> = {};
  let negative = 0;
  let socketsMissing = 0;
  for (const s of socks) {
    let miss = 0;
    for (let k = 0; k < win.count; k++) {
      const r = recv[s.slot * win.count + k];
      if (r === 0) {
        miss++;
        continue;
      }
      const sent = cmd.sendTimes[k];
      if (sent === null || sent === undefined || Number.isNaN(sent)) continue;
      const lat = r - sent;
      if (lat < 0) negative++;
      const b = Math.max(0, Math.floor(lat));
      hist[b] = (hist[b] ?? 0) + 1;
    }
    if (miss) socketsMissing++;
  }
  return {
    ...status(),
    sockets: socks.length,
    expected,
    missing: expected - unique,
    socketsMissing,
    hist,
    negative,
    firstRecv,
    lastRecv,
    bytes,
  };
}

async function close(): Promise<{ closed: number }> {
  closing = true;
  const all = socks;
  const waits = all.map(
    (s) =>
      new Promise<void>((resolve) => {
        if (s.closed || s.ws.readyState === WebSocket.CLOSED) return resolve();
        s.ws.once('close', () => resolve());
        s.ws.close(1000, 'bench done');
      }),
  );
  const timeout = setTimeout(() => all.forEach((s) => s.ws.terminate()), 15_000);
  await Promise.all(waits);
  clearTimeout(timeout);
  socks = [];
  recv = new Float64Array(0);
  win = { first: 0, count: 0 };
  closedEarly = protocolErrors = 0;
  errors.length = 0;
  closing = false;
  return { closed: all.length };
}

async function handle(cmd: Command): Promise<unknown> {
  switch (cmd.cmd) {
    case 'open':
      return open(cmd);
    case 'expect':
      return expect(cmd.firstSeq, cmd.count);
    case 'status':
      return status(cmd.seq);
    case 'finish':
      return finish(cmd);
    case 'close':
      return close();
  }
}

if (require.main === module && process.send) {
  process.on('message', (msg: Command & { id: number }) => {
    handle(msg).then(
      (result) => process.send!({ id: msg.id, ok: true, result: result ?? null }),
      (e: unknown) => process.send!({ id: msg.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
  });
  // The parent went away: nothing left to measure.
  process.on('disconnect', () => process.exit(0));
}
