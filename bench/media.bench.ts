/**
 * `npm run bench:media`: images (issue #17 ask 10). One api in this process, on a fresh database (the embedded
 * PostgreSQL, or the server of BENCH_DATABASE_ADMIN_URL / TEST_DATABASE_URL when set).
 *
 * 1. Upload and process: BENCH_UPLOADS (6) uploads of a 12-megapixel JPEG (4000 × 3000, generated with sharp
 *    from noise blurred into photo-like detail, quality 90, with EXIF) over HTTP, BENCH_UPLOAD_CONCURRENCY (2) at
 *    a time: images per second, and peak RSS and heap (sampled every 20 ms) against the idle figures before.
 *    Baseline: the same image through `processImage` directly (no HTTP, no storage), one at a time.
 * 2. Thumbnails: autocannon GET /media/<id>/320.webp (public, so nothing but the access check and storage read)
 *    for BENCH_SECONDS (5) with BENCH_CONNECTIONS (10). Baseline: a bare node:http server answering the same bytes
 *    from memory, measured the same way.
 * 3. Live delivery while uploads run: an anonymous graphql-ws reader of the thread; the writer posts
 *    BENCH_REPLIES (30) replies, one every 200 ms; latency from sending createPost to the frame arriving
 *    (as bench:live measures it: an upper bound of committed → received). First with no uploads (the baseline),
 *    then while uploads run continuously (BENCH_UPLOAD_CONCURRENCY at a time, from a worker thread so the
 *    uploader's own work is off the server's event loop). Event-loop delay p99 of both.
 *
 * A measurement: exits 0 whatever the figures, non-zero only when something is broken (an upload refused, a frame lost).
 */
import './support/env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';
import sharp from 'sharp';
import { DatabaseServer, createDatabase, dropDatabase, freePort, loadConfig, startDatabaseServer } from '@waardenet/core';
import { processImage } from '@waardenet/media';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { connectWs } from '../test/support/ws-client';
import { envInt, out, progress, runBench, tidy } from './support/cli';

const MP12 = { width: 4000, height: 3000 };
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const SUBSCRIPTION = `subscription($t: ID!) { threadEvents(threadId: $t) { type post { id } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const q = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

/**
 * A photo-like 12 MP JPEG: coarse noise scaled up into soft shapes (what survives in a thumbnail), fine per-pixel
 * noise on top (sensor grain and detail, what makes a photo several MB), over a gradient, with EXIF and GPS.
 */
async function photo(): Promise<Buffer> {
  const { width, height } = MP12;
  const raw = (w: number, h: number) => ({ raw: { width: w, height: h, channels: 3 as const } });
  const coarse = await sharp(randomBytes(160 * 120 * 3), raw(160, 120))
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const fine = await sharp(randomBytes(width * height * 3), raw(width, height))
    .blur(0.6)
    .raw()
    .toBuffer();
  const gradient = await sharp(
    Buffer.from(
      `<svg width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#c9d8f0"/><stop offset="1" stop-color="#3a4a20"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
    ),
  )
    .removeAlpha()
    .raw()
    .toBuffer();
  const mixed = Buffer.alloc(width * height * 3);
  for (let i = 0; i < mixed.length; i++) mixed[i] = (coarse[i] * 5 + gradient[i] * 2 + fine[i]) >> 3;
  return sharp(mixed, raw(width, height))
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'WaardenetBench', Model: 'Molen 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .toBuffer();
}

/**
 * The uploader of phase 3, in a worker thread: its FormData and HTTP work stays off the server's event loop (the
 * api runs in this process), as a browser's would be. Uploads `concurrency` at a time until told to stop.
 */
const UPLOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, communityId, jpeg, concurrency } = workerData;
let busy = true, done = 0, failed = null;
parentPort.on('message', () => { busy = false; });
const one = async () => {
  const form = new FormData();
  form.append('purpose', 'POST');
  form.append('communityId', communityId);
  form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'foto.jpg');
  const res = await fetch(url + '/api/media', { method: 'POST', headers: { authorization: 'Bearer ' + token }, body: form });
  const body = await res.text();
  if (res.status !== 201) throw new Error('upload refused: HTTP ' + res.status + ' ' + body.slice(0, 200));
};
Promise.all(Array.from({ length: concurrency }, async () => { while (busy) { await one(); done++; } }))
  .catch((e) => { failed = String(e); })
  .finally(() => parentPort.postMessage({ done, failed }));
`;

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (res.status !== 200 || json.errors || !json.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  return json.data;
}

async function upload(url: string, token: string, communityId: string, file: Buffer): Promise<{ id: string }> {
  const form = new FormData();
  form.append('purpose', 'POST');
  form.append('communityId', communityId);
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), 'foto.jpg');
  const res = await fetch(`${url}/api/media`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const json = (await res.json()) as { id?: string };
  if (res.status !== 201 || !json.id) throw new Error(`upload refused: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return { id: json.id };
}

/** Peak RSS and heap while `run` runs, sampled every 20 ms. */
async function peakMemory<T>(run: () => Promise<T>): Promise<{ result: T; rss: number; heap: number }> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  try {
    const result = await run();
    sample();
    return { result, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

interface Delivery {
  p50: number;
  p99: number;
  max: number;
  loopP99: number;
}

/** `replies` posts one every 200 ms; the latency from sending each to its frame arriving at the reader. */
async function delivery(url: string, token: string, threadId: string, replies: number, tag: string): Promise<Delivery> {
  const ws = connectWs(url);
  const events = ws.subscribe<{ threadEvents: { type: string; post: { id: string } | null } }>(SUBSCRIPTION, { t: threadId });
  const arrived = new Map<string, number>();
  const sent = new Map<string, number>();
  // A first post to make sure the subscription is live before measuring.
  await graphql(url, CREATE_POST, { input: { threadId, body: `Opwarmen ${tag}` } }, token);
  await events.waitFor(1, 30_000);
  const seen = events.received.length;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const watcher = setInterval(() => {
    for (const e of events.received.slice(seen))
      if (e.threadEvents.post && !arrived.has(e.threadEvents.post.id)) arrived.set(e.threadEvents.post.id, performance.now());
  }, 1);
  try {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < replies; i++) {
      const at = performance.now();
      writes.push(
        graphql<{ createPost: { id: string } }>(
          url,
          CREATE_POST,
          { input: { threadId, body: `Meting ${tag} ${i}: wie leest er mee?` } },
          token,
        ).then((d) => {
          sent.set(d.createPost.id, at);
        }),
      );
      await sleep(200);
    }
    await Promise.all(writes);
    await events.waitFor(seen + replies, 60_000);
    await sleep(5);
    for (const e of events.received.slice(seen))
      if (e.threadEvents.post && !arrived.has(e.threadEvents.post.id)) arrived.set(e.threadEvents.post.id, performance.now());
  } finally {
    clearInterval(watcher);
    loop.disable();
    events.unsubscribe();
    await ws.close();
  }
  const latencies = [...sent].map(([id, at]) => {
    const got = arrived.get(id);
    if (got === undefined) throw new Error(`frame for post ${id} never arrived`);
    return got - at;
  });
  latencies.sort((a, b) => a - b);
  return { p50: q(latencies, 0.5), p99: q(latencies, 0.99), max: latencies[latencies.length - 1], loopP99: loop.percentile(99) / 1e6 };
}

async function main(): Promise<number> {
  const uploads = envInt('BENCH_UPLOADS', 6, 1);
  const concurrency = envInt('BENCH_UPLOAD_CONCURRENCY', 2, 1);
  const seconds = envInt('BENCH_SECONDS', 5, 1);
  const connections = envInt('BENCH_CONNECTIONS', 10, 1);
  const replies = envInt('BENCH_REPLIES', 30, 2);
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-media-'));
  let server: DatabaseServer | undefined;
  let adminUrl = process.env.BENCH_DATABASE_ADMIN_URL || process.env.TEST_DATABASE_URL || '';
  const dbName = `wn_bench_media_${process.pid}_${randomBytes(3).toString('hex')}`;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const bare = createServer();
  const load = loadavg();
  try {
    progress('Setting up: database, migrations, api ...');
    if (!adminUrl) {
      server = await startDatabaseServer('bench-media-pg', await freePort());
      adminUrl = server.adminUrl;
    }
    const databaseUrl = await createDatabase(adminUrl, dbName);
    await migrate(databaseUrl);
    const config = loadConfig({
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-media-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      WAARDENET_ACCESS_TOKEN_TTL: '86400',
      WAARDENET_EMAIL_VERIFICATION: 'off',
      RATE_LIMIT_POSTS: 'off',
      RATE_LIMIT_POSTS_NEW_USER: 'off',
      RATE_LIMIT_GRAPHQL_PER_IP: 'off',
      // The bench uploads far more than a person's day: quotas out of the way (plain settings, docs/limits.md).
      MEDIA_DAILY_UPLOADS: '100000',
      MEDIA_DAILY_BYTES: String(100 * 1024 ** 3),
      MEDIA_LIBRARY_BYTES: String(1024 ** 4),
      ...(process.env.BENCH_MEDIA_ENV ? (JSON.parse(process.env.BENCH_MEDIA_ENV) as Record<string, string>) : {}),
    });
    app = await createApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

    const reg = await graphql<{ register: { accessToken: string; user: { id: string } } }>(url, REGISTER, {
      input: { email: 'fotograaf@bench.waardenet.test', password: 'bench-media-wachtwoord', displayName: 'Fotograaf Bench' },
    });
    const token = reg.register.accessToken;
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    let communityId: string;
    let threadId: string;
    try {
      // An account older than a week: the new-account limits are not what is measured.
      await db.query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = $1`, [reg.register.user.id]);
      const lib = await db.query<{ id: string }>(
        `INSERT INTO libraries (slug, name, kind) VALUES ('bench-media-bieb', 'Bibliotheek Foto', 'LOCAL') RETURNING id`,
      );
      const com = await db.query<{ id: string }>(
        `INSERT INTO communities (library_id, slug, name, description, theme, visibility) VALUES ($1, 'bench-media', 'Oude foto''s', 'Foto''s van de straat.', 'geschiedenis', 'PUBLIC') RETURNING id`,
        [lib.rows[0].id],
      );
      communityId = com.rows[0].id;
      await db.query(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
        communityId,
        reg.register.user.id,
      ]);
      const thr = await db.query<{ id: string }>(
        `INSERT INTO threads (community_id, author_id, title, kind, reply_count, post_seq) VALUES ($1, $2, 'Fotodraad', 'DISCUSSION', 0, 1) RETURNING id`,
        [communityId, reg.register.user.id],
      );
      threadId = thr.rows[0].id;
      await db.query(
        `INSERT INTO posts (thread_id, author_id, seq, body, body_html) VALUES ($1, $2, 1, 'Wie heeft er foto''s?', '<p>Wie heeft er foto''s?</p>')`,
        [threadId, reg.register.user.id],
      );
    } finally {
      await db.end();
    }

    const idle = process.memoryUsage();
    progress('Generating a 12-megapixel photo ...');
    const jpeg = await photo();

    progress(`Baseline: processImage directly, ${uploads} times ...`);
    let started = performance.now();
    const direct = await peakMemory(async () => {
      for (let i = 0; i < uploads; i++) await processImage(jpeg, 'image/jpeg', config.media);
    });
    const directPerSecond = uploads / ((performance.now() - started) / 1000);

    progress(`Uploading ${uploads} photos over HTTP, ${concurrency} at a time ...`);
    const ids: string[] = [];
    started = performance.now();
    const measured = await peakMemory(async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < uploads) {
            next++;
            ids.push((await upload(url, token, communityId, jpeg)).id);
          }
        }),
      );
    });
    const uploadSeconds = (performance.now() - started) / 1000;
    const uploadPerSecond = uploads / uploadSeconds;
    // Public once used in a visible post of a public community.
    await graphql(
      url,
      CREATE_POST,
      { input: { threadId, body: ids.map((id, i) => `![Straatfoto ${i}](/media/${id})`).join('\n\n') } },
      token,
    );

    progress(`Thumbnails: ${seconds} s, ${connections} connections ...`);
    const thumbPath = `/media/${ids[0]}/320.webp`;
    const thumb = await fetch(`${url}${thumbPath}`);
    if (thumb.status !== 200 || !/public/.test(thumb.headers.get('cache-control') ?? ''))
      throw new Error(`the thumbnail is not public: HTTP ${thumb.status} ${thumb.headers.get('cache-control')}`);
    const thumbBytes = Buffer.from(await thumb.arrayBuffer());
    const served = await autocannon({ url: `${url}${thumbPath}`, connections, duration: seconds, workers: 1 });
    bare.on('request', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'image/webp',
        'content-length': thumbBytes.length,
        'cache-control': 'public, max-age=31536000, immutable',
      });
      res.end(thumbBytes);
    });
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const bareServed = await autocannon({
      url: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`,
      connections,
      duration: seconds,
      workers: 1,
    });
    if (served.non2xx || served.errors) throw new Error(`thumbnail answers failed: ${served.non2xx} non-2xx, ${served.errors} errors`);

    progress(`Live delivery without uploads: ${replies} replies ...`);
    const quiet = await delivery(url, token, threadId, replies, 'stil');
    progress(`Live delivery while uploads run: ${replies} replies ...`);
    const uploader = new Worker(UPLOADER, { eval: true, workerData: { url, token, communityId, jpeg: new Uint8Array(jpeg), concurrency } });
    const finished = new Promise<{ done: number; failed: string | null }>((resolve, reject) => {
      uploader.once('message', resolve);
      uploader.once('error', reject);
    });
    let loaded: Delivery;
    try {
      loaded = await delivery(url, token, threadId, replies, 'druk');
    } finally {
      uploader.postMessage('stop');
    }
    const background = await finished;
    await uploader.terminate();
    if (background.failed) throw new Error(background.failed);
    const uploadedMeanwhile = background.done;

    out('');
    out(
      `bench:media — ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average at start ${load.map((n) => n.toFixed(1)).join(' ')}, storage ${config.media.storage}, processing concurrency ${config.media.processingConcurrency}`,
    );
    out(
      `photo: ${MP12.width} × ${MP12.height} JPEG, ${(jpeg.length / 1024 / 1024).toFixed(1)} MB; sharp concurrency ${sharp.concurrency()}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}`,
    );
    out('');
    out('| upload and process | figure | baseline | ratio |');
    out('| --- | --- | --- | --- |');
    out(
      `| images per second (${concurrency} at a time, over HTTP) | ${uploadPerSecond.toFixed(2)} | ${directPerSecond.toFixed(2)} (processImage alone, one at a time) | ${ratio(uploadPerSecond, directPerSecond)} |`,
    );
    out(`| seconds per image (wall) | ${(uploadSeconds / uploads).toFixed(2)} | ${(1 / directPerSecond).toFixed(2)} | |`);
    out(
      `| peak RSS (whole process: api and bench) | ${mb(measured.rss)} | ${mb(direct.rss)} processImage alone; ${mb(idle.rss)} idle api | +${mb(measured.rss - idle.rss)} over idle |`,
    );
    out(
      `| peak heap used | ${mb(measured.heap)} | ${mb(direct.heap)} processImage alone; ${mb(idle.heapUsed)} idle api | +${mb(measured.heap - idle.heapUsed)} over idle |`,
    );
    out('');
    out(
      '| thumbnails (GET /media/<id>/320.webp, ' + `${thumbBytes.length} bytes) | figure | baseline (bare node:http, same bytes) | ratio |`,
    );
    out('| --- | --- | --- | --- |');
    out(
      `| requests per second | ${Math.round(served.requests.average)} | ${Math.round(bareServed.requests.average)} | ${ratio(served.requests.average, bareServed.requests.average)} |`,
    );
    out(
      `| latency p50 / p99 ms | ${served.latency.p50} / ${served.latency.p99} | ${bareServed.latency.p50} / ${bareServed.latency.p99} | |`,
    );
    out('');
    out(
      `| live delivery (${replies} replies, 5/s) | while uploads run (${uploadedMeanwhile} uploaded meanwhile) | without uploads (baseline) | ratio |`,
    );
    out('| --- | --- | --- | --- |');
    out(`| latency p50 ms | ${loaded.p50.toFixed(1)} | ${quiet.p50.toFixed(1)} | ${ratio(loaded.p50, quiet.p50)} |`);
    out(`| latency p99 ms | ${loaded.p99.toFixed(1)} | ${quiet.p99.toFixed(1)} | ${ratio(loaded.p99, quiet.p99)} |`);
    out(`| latency max ms | ${loaded.max.toFixed(1)} | ${quiet.max.toFixed(1)} | ${ratio(loaded.max, quiet.max)} |`);
    out(
      `| event-loop delay p99 ms | ${loaded.loopP99.toFixed(1)} | ${quiet.loopP99.toFixed(1)} | ${ratio(loaded.loopP99, quiet.loopP99)} |`,
    );
    return 0;
  } finally {
    await tidy([
      ['closing the bare server', async () => bare.listening && (await new Promise((r) => bare.close(r)))],
      ['closing the api', app ? () => app!.close() : undefined],
      ['dropping the database', adminUrl ? () => dropDatabase(adminUrl, dbName) : undefined],
      ['stopping the database server', server ? () => server!.stop() : undefined],
      ['removing the data folder', async () => rmSync(dataDir, { recursive: true, force: true })],
    ]);
  }
}

runBench('bench:media', main);
