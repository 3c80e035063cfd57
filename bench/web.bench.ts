/**
 * `npm run bench:web`: how fast the web client shows a long thread. Boots the api in this process
 * (production mode, serving the built client from dist/web: run `npm run build:web` first) on a
 * seeded database, then loads the thread page of a 200-reply thread in headless Chromium with the
 * CPU slowed down 4x (CDP Emulation.setCPUThrottlingRate), each run in a fresh browser context
 * (empty cache). Prints the time to first contentful paint, to the first reply on screen, and the
 * bytes transferred. Targets: first reply visible < 1.5 s, < 150 KB transferred.
 *
 * Environment: BENCH_RUNS (5), CHROMIUM_PATH (/usr/bin/chromium); the database server is
 * TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under .data/bench-pg.
 * It is a measurement: it exits 0 over the targets too, non-zero only when something is wrong.
 */
import './support/env'; // first: sets NODE_ENV and LOG_LEVEL before the logger is created
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { chromium } from 'playwright-core';
import { DatabaseServer, createDatabase, dropDatabase, loadConfig, startDatabaseServer, freePort } from '@waardenet/core';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { seed } from './support/seed';
import { out, runBench, tidy } from './support/cli';

const TARGET_FIRST_REPLY_MS = 1500;
const TARGET_BYTES = 150 * 1024;
const CPU_SLOWDOWN = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installed before the page's own scripts: notes when the first reply is in the DOM and painted. */
const FIRST_REPLY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.reply-list article')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstReplyMs = performance.now(); }));
  }).observe(document, { subtree: true, childList: true });`;

interface Run {
  fcpMs: number;
  firstReplyMs: number;
  bytes: number;
  byType: Record<string, number>;
  replies: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The seed's thread has 200 posts (the opening post and 199 replies): one more makes 200 replies. */
async function addReply(databaseUrl: string, threadId: string): Promise<void> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html)
       SELECT id, author_id, post_seq + 1, 'De tweehonderdste reactie.', '<p>De tweehonderdste reactie.</p>' FROM threads WHERE id = $1`,
      [threadId],
    );
    await c.query(`UPDATE threads SET post_seq = post_seq + 1, reply_count = reply_count + 1, last_activity_at = now() WHERE id = $1`, [
      threadId,
    ]);
  } finally {
    await c.end();
  }
}

async function measure(pageUrl: string, runs: number): Promise<Run[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const types = new Map<string, string>();
      const byType: Record<string, number> = {};
      let bytes = 0;
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        const type = types.get(e.requestId) ?? 'Other';
        byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
        bytes += e.encodedDataLength;
      });
      const countFrame = (e: { response: { payloadData: string } }) => {
        const n = Buffer.byteLength(e.response.payloadData);
        byType.WebSocket = (byType.WebSocket ?? 0) + n;
        bytes += n;
      };
      cdp.on('Network.webSocketFrameReceived', countFrame);
      cdp.on('Network.webSocketFrameSent', countFrame);
      await page.addInitScript(FIRST_REPLY_PROBE);
      await page.goto(pageUrl, { waitUntil: 'load' });
      // A function, not a string: the client's Content-Security-Policy forbids eval.
      await page.waitForFunction(() => (globalThis as { __firstReplyMs?: number }).__firstReplyMs !== undefined, undefined, {
        timeout: 30_000,
      });
      await page.waitForLoadState('networkidle');
      const timing = await page.evaluate<{ fcp: number; firstReply: number; replies: number }>(`({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        firstReply: window.__firstReplyMs,
        replies: document.querySelectorAll('.reply-list article').length,
      })`);
      results.push({ fcpMs: timing.fcp, firstReplyMs: timing.firstReply, bytes, byType, replies: timing.replies });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_RUNS must be a whole number >= 1');
  if (!existsSync(CHROMIUM)) {
    console.error(`bench:web needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    return 1;
  }
  let server: DatabaseServer | undefined;
  let dbName: string | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-web-'));
  try {
    process.stderr.write('Setting up: database server, migrations, seed, api ...\n');
    server = await startDatabaseServer('bench-pg', await freePort());
    dbName = `wn_bench_web_${process.pid}_${randomBytes(3).toString('hex')}`;
    const databaseUrl = await createDatabase(server.adminUrl, dbName);
    await migrate(databaseUrl);
    const data = await seed(databaseUrl);
    await addReply(databaseUrl, data.threadId);

    const config = loadConfig({
      // A benchmark sends no mail; production would otherwise require SMTP_URL for email verification.
      WAARDENET_EMAIL_VERIFICATION: 'off',
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
    });
    app = await createApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const pageUrl = `${base}/thread/${data.threadId}`;
    const html = await fetch(pageUrl, { headers: { accept: 'text/html' } });
    if (!html.ok || !(await html.text()).includes('/assets/')) {
      console.error(
        `GET ${pageUrl} does not answer with the built client (HTTP ${html.status}): run \`npm run build:web\`; the api must serve dist/web with an SPA fallback.`,
      );
      return 1;
    }

    process.stderr.write(`Loading the thread page ${runs} time(s), CPU ${CPU_SLOWDOWN}x slower ...\n`);
    const results = await measure(pageUrl, runs);
    const wrong = results.find((r) => r.replies < 1);
    if (wrong) {
      console.error('The thread page showed no replies.');
      return 1;
    }
    const fcp = median(results.map((r) => r.fcpMs));
    const firstReply = median(results.map((r) => r.firstReplyMs));
    const bytes = median(results.map((r) => r.bytes));
    const last = results[results.length - 1];

    out(
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), node ${process.version}, ${CHROMIUM}, NODE_ENV=${config.nodeEnv}`,
    );
    out(
      `Thread: 200 replies (the first ${last.replies} shown at once); ${runs} cold load(s) in fresh contexts, CPU throttled ${CPU_SLOWDOWN}x, no network throttling`,
    );
    out();
    results.forEach((r, i) =>
      out(`  run ${i + 1}: FCP ${r.fcpMs.toFixed(0)} ms, first reply ${r.firstReplyMs.toFixed(0)} ms, ${kb(r.bytes)}`),
    );
    out(
      `  transferred by type (last run): ${Object.entries(last.byType)
        .map(([type, n]) => `${type} ${kb(n)}`)
        .join(', ')}`,
    );
    out();
    out(`First contentful paint (median):  ${fcp.toFixed(0)} ms`);
    out(
      `First reply visible (median):     ${firstReply.toFixed(0)} ms  (target < ${TARGET_FIRST_REPLY_MS} ms): ${firstReply < TARGET_FIRST_REPLY_MS ? 'PASS' : 'OVER'}`,
    );
    out(`Transferred (median):             ${kb(bytes)}  (target < ${kb(TARGET_BYTES)}): ${bytes < TARGET_BYTES ? 'PASS' : 'OVER'}`);
    return 0;
  } finally {
    await tidy([
      ['closing the app', app && (() => app!.close())],
      ['dropping the bench database', server && dbName ? () => dropDatabase(server!.adminUrl, dbName!) : undefined],
      ['stopping the database server', server && (() => server!.stop())],
    ]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('bench:web', main);
