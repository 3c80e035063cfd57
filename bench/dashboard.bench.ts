/**
 * `npm run bench:dashboard`: the national dashboard at national scale (issue #18 ask 7: under 200 ms at
 * 1,000,000 posts and 150 libraries). Builds the world in SQL (generate_series, triggers off, then
 * figures_aggregates_rebuild() fills the maintained aggregates once, as the migration does) in a
 * dedicated database that is kept between runs, then times `nationalDashboard` over HTTP as a platform
 * admin (the per-library figures: present, facilitating, median first reply, 8-week trend, reach) and
 * prints median and p95, next to the old formula (NATIONAL_SQL_FROM_POSTS, every post read at each
 * request) run in the same process on the same database, and the ratio. Before timing, it checks that
 * both formulas give the same rows. `libraryFigures` for one library is timed too, for information, and so are
 * the programme's phases per library and week (LIBRARY_PHASES_SQL, checked against the formula over posts for three libraries).
 *
 * World: BENCH_LIBRARIES local libraries (150) + one national, 2 communities each, BENCH_USERS users
 * (20,000), BENCH_POSTS posts (1,000,000) in threads of 10 posts spread over the last 365 days, 60
 * members per community (some experts), 2 staff per library, some verified expertise; a few hidden
 * threads, hidden and deleted posts. BENCH_RUNS (30) timed requests each, BENCH_RESEED=1 builds again.
 * The database server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under
 * .data/bench-dashboard-pg. A measurement: exits 0 below the target too, 1 when the formulas disagree.
 */
import './support/env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { DatabaseServer, databaseUrl as urlOf, createDatabase, loadConfig, startDatabaseServer } from '@waardenet/core';
import { hashPassword } from '@waardenet/accounts';
import { LIBRARY_PHASES_SQL, LIBRARY_PHASES_SQL_FROM_POSTS } from '@waardenet/academy';
import { NATIONAL_SQL, NATIONAL_SQL_FROM_POSTS } from '@waardenet/figures';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { envInt, out, progress, runBench, tidy } from './support/cli';

const TARGET_MS = 200;
const PASSWORD = 'bench-dashboard-wachtwoord';
const ADMIN_EMAIL = 'lezer1@dashboard.bench';
const NATIONAL = `query { nationalDashboard { libraries librariesPresent librariesFacilitating medianFirstReplySeconds
  perLibrary { library { id name } present facilitatesValueNetwork medianFirstReplySeconds trend { weekStart medianFirstReplySeconds }
    pageViews followers remoteFollowers catalogueClicks }
  reach { pageViews catalogueClicks followers } } }`;
// The national programme's phases per week, nationally and per library (issue #18 ask 5), as the web client asks them.
const PROGRAMME = `query { nationalDashboard { librariesTrained phaseHistory { weekStart trained present facilitating }
  perLibrary { library { id } trained phaseHistory { weekStart trained present facilitating } } } }`;
const LIBRARY = `query($id: ID!) { libraryFigures(libraryId: $id) { members activeMembers7d activeMembers30d medianFirstReplySeconds questions
  answeredQuestions weeks { weekStart newThreads newPosts medianFirstReplySeconds } topContributors { user { id } posts } } }`;

interface Size {
  posts: number;
  libraries: number;
  users: number;
}

/** The world, in SQL. Deterministic (no random()): the same size gives the same database. */
async function build(c: Client, size: Size, passwordHash: string): Promise<void> {
  const threads = Math.ceil(size.posts / 10);
  const q = (sql: string, params: unknown[] = []) => c.query(sql, params);
  await q(`SET session_replication_role = replica`); // no triggers (search indexing, aggregates) during the bulk load
  await q(`INSERT INTO libraries (slug, name, kind) VALUES ('bench-nationaal', 'Bench Nationaal', 'NATIONAL')`);
  await q(
    `INSERT INTO libraries (slug, name, kind) SELECT 'bench-bib-' || i, 'Bibliotheek Bench ' || lpad(i::text, 3, '0'), 'LOCAL' FROM generate_series(1, $1) i`,
    [size.libraries],
  );
  await q(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at)
     SELECT 'lezer' || i || '@dashboard.bench', 'Lezer ' || i, $1, now() FROM generate_series(1, $2) i`,
    [passwordHash, size.users],
  );
  await q(`UPDATE users SET is_platform_admin = true WHERE email = $1`, [ADMIN_EMAIL]);
  await q(
    `CREATE TEMP TABLE bu AS SELECT id, substring(email FROM '^lezer([0-9]+)@')::int - 1 AS n FROM users WHERE email LIKE '%@dashboard.bench'`,
  );
  await q(`CREATE UNIQUE INDEX ON bu (n)`);
  await q(`CREATE TEMP TABLE bl AS SELECT id, substring(slug FROM '[0-9]+$')::int AS n FROM libraries WHERE slug LIKE 'bench-bib-%'`);
  await q(
    `INSERT INTO communities (library_id, slug, name, description, theme, visibility)
     SELECT bl.id, 'bench-c-' || bl.n || '-' || k, 'Leesclub ' || bl.n || '-' || k, 'Een bench-gemeenschap', 'lezen',
       CASE WHEN k = 2 AND bl.n % 5 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END
     FROM bl CROSS JOIN generate_series(1, 2) k`,
  );
  await q(
    `CREATE TEMP TABLE bc AS SELECT c.id, c.library_id, (row_number() OVER (ORDER BY c.slug) - 1)::int AS n
     FROM communities c WHERE c.slug LIKE 'bench-c-%'`,
  );
  await q(`CREATE UNIQUE INDEX ON bc (n)`);
  const [{ communities }] = (await q(`SELECT count(*)::int AS communities FROM bc`)).rows as { communities: number }[];
  // Member j of community n is user (n * 37 + j * 101) mod users; member 0 is also the library's staff
  // (so most libraries are present), except in every fourth library, whose staff never writes.
  await q(
    `INSERT INTO memberships (community_id, user_id, role, state)
     SELECT bc.id, bu.id, CASE WHEN j = 1 AND bc.n % 3 = 0 THEN 'EXPERT' WHEN j = 0 THEN 'OWNER' ELSE 'MEMBER' END, 'ACTIVE'
     FROM bc CROSS JOIN generate_series(0, 59) j JOIN bu ON bu.n = (bc.n * 37 + j * 101) % $1
     ON CONFLICT DO NOTHING`,
    [size.users],
  );
  await q(
    `INSERT INTO library_staff (library_id, user_id, role)
     SELECT bc.library_id, bu.id, 'ADMIN' FROM bc JOIN bl ON bl.id = bc.library_id
       JOIN bu ON bu.n = CASE WHEN bl.n % 4 = 0 THEN (bc.n * 37 + 7) % $1 ELSE (bc.n * 37) % $1 END
     ON CONFLICT DO NOTHING`,
    [size.users],
  );
  await q(
    `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_at)
     SELECT bu.id, 'Streekromans', 'streekromans', 'Recensent', 'VERIFIED', bc.library_id, now()
     FROM bc JOIN bu ON bu.n = (bc.n * 37 + 2 * 101) % $1 WHERE bc.n % 3 = 1`,
    [size.users],
  );
  // Threads: spread over 365 days, every third a question, one in 50 hidden; authors are the community's members, in turn.
  await q(
    `CREATE TEMP TABLE bt AS SELECT gen_random_uuid() AS id, i AS n, bc.id AS community_id, bc.n AS cn, bu.id AS author_id,
       now() - ((i::bigint * 7919) % (365 * 24 * 60)) * interval '1 minute' AS created_at
     FROM generate_series(0, $1 - 1) i JOIN bc ON bc.n = i % $2 JOIN bu ON bu.n = (bc.n * 37 + ((i / $2) % 60) * 101) % $3`,
    [threads, communities, size.users],
  );
  await q(
    `INSERT INTO threads (id, community_id, author_id, title, kind, reply_count, post_seq, last_activity_at, created_at, state)
     SELECT id, community_id, author_id, 'Onderwerp ' || n, CASE WHEN n % 3 = 0 THEN 'QUESTION' ELSE 'DISCUSSION' END, 9, 10, created_at, created_at,
       CASE WHEN n % 50 = 0 THEN 'HIDDEN' ELSE 'VISIBLE' END FROM bt`,
  );
  await q(
    `INSERT INTO posts (thread_id, author_id, seq, body, body_html, state, deleted_at, created_at)
     SELECT bt.id, CASE WHEN s = 1 THEN bt.author_id ELSE bu.id END, s, 'Bericht ' || s, '<p>Bericht ' || s || '</p>',
       CASE WHEN (bt.n * s) % 97 = 0 THEN 'HIDDEN' ELSE 'VISIBLE' END,
       CASE WHEN (bt.n + s) % 89 = 0 THEN bt.created_at + interval '1 day' END,
       LEAST(now(), bt.created_at + (s - 1) * (((bt.n * s) % 240) + 1) * interval '1 minute')
     FROM bt CROSS JOIN generate_series(1, 10) s JOIN bu ON bu.n = (bt.cn * 37 + (((bt.n / $3) * 7 + s * 13) % 60) * 101) % $1
     WHERE (bt.n * 10 + s) <= $2`,
    [size.users, size.posts, communities],
  );
  await q(`SET session_replication_role = origin`);
  await q(`SELECT figures_aggregates_rebuild()`);
}

async function seededDatabase(server: DatabaseServer, size: Size): Promise<string> {
  const name = `wn_bench_dashboard_${size.posts}_${size.libraries}_${size.users}`;
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  if (exists && process.env.BENCH_RESEED === '1') await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  await admin.end();
  const reuse = exists && process.env.BENCH_RESEED !== '1';
  const url = reuse ? urlOf(server.adminUrl, name) : await createDatabase(server.adminUrl, name);
  await migrate(url);
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS bench_seed (done boolean NOT NULL)`);
    if ((await c.query(`SELECT 1 FROM bench_seed`)).rowCount) {
      progress(`Reusing the built database ${name} (BENCH_RESEED=1 builds it again).`);
      return url;
    }
    progress(
      `Building ${size.posts.toLocaleString('en')} posts, ${size.libraries} libraries, ${size.users.toLocaleString('en')} users ...`,
    );
    const started = Date.now();
    await c.query('BEGIN'); // an interrupted build leaves nothing half-written to be reused
    await build(c, size, await hashPassword(PASSWORD));
    await c.query(`INSERT INTO bench_seed (done) VALUES (true)`);
    await c.query('COMMIT');
    await c.query('VACUUM ANALYZE');
    out(`Built in ${Math.round((Date.now() - started) / 1000)} s`);
    return url;
  } finally {
    await c.end();
  }
}

function percentile(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const started = process.hrtime.bigint();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (json.errors) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, data: json.data };
}

async function timed(runs: number, once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await once(); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

async function main(): Promise<number> {
  const size: Size = {
    posts: envInt('BENCH_POSTS', 1_000_000, 1000),
    libraries: envInt('BENCH_LIBRARIES', 150, 2),
    users: envInt('BENCH_USERS', 20_000, 200),
  };
  const runs = envInt('BENCH_RUNS', 30, 3);
  let server: DatabaseServer | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-'));
  try {
    server = await startDatabaseServer('bench-dashboard-pg', 54361);
    const url = await seededDatabase(server, size);
    const config = loadConfig({
      WAARDENET_EMAIL_VERIFICATION: 'off',
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      RATE_LIMIT_LOGIN_PER_IP: 'off',
      RATE_LIMIT_LOGIN_PER_ACCOUNT: 'off',
    });
    app = await createApp(config, url);
    await app.listen(0, '127.0.0.1');
    const graphql = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const login = await gql(graphql, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: ADMIN_EMAIL, password: PASSWORD },
    });
    const token = (login.data?.login as { accessToken: string }).accessToken;

    const c = new Client({ connectionString: url });
    await c.connect();
    const counts = (
      await c.query<{ posts: number; threads: number; libraries: number; communities: number; activity: number }>(
        `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM threads)::int AS threads,
        (SELECT count(*) FROM libraries WHERE kind = 'LOCAL')::int AS libraries, (SELECT count(*) FROM communities)::int AS communities,
        (SELECT count(*) FROM figures_author_activity)::int AS activity`,
      )
    ).rows[0];
    // Same rows from both formulas, or the new one is wrong.
    const [fromPosts, fromAggregates] = [(await c.query(NATIONAL_SQL_FROM_POSTS, [8])).rows, (await c.query(NATIONAL_SQL, [8])).rows];
    if (!isDeepStrictEqual(fromPosts, fromAggregates)) {
      const i = fromPosts.findIndex((r, k) => !isDeepStrictEqual(r, fromAggregates[k]));
      console.error(
        `The aggregates disagree with the posts at row ${i}:\n  posts      ${JSON.stringify(fromPosts[i])}\n  aggregates ${JSON.stringify(fromAggregates[i])}`,
      );
      return 1;
    }
    // The phases per library and week: from the maintained aggregates as from every post (for three libraries: the
    // formula over posts for all of them takes minutes at this size).
    const some = (await c.query<{ id: string }>(`SELECT id FROM libraries WHERE kind = 'LOCAL' ORDER BY name LIMIT 3`)).rows.map(
      (r) => r.id,
    );
    const [phasesFromPosts, phasesFromAggregates] = [
      (await c.query(LIBRARY_PHASES_SQL_FROM_POSTS, [8, some])).rows,
      (await c.query(LIBRARY_PHASES_SQL, [8, some])).rows,
    ];
    if (!isDeepStrictEqual(phasesFromPosts, phasesFromAggregates)) {
      const i = phasesFromPosts.findIndex((r, k) => !isDeepStrictEqual(r, phasesFromAggregates[k]));
      console.error(
        `The phase aggregates disagree with the posts at row ${i}:\n  posts      ${JSON.stringify(phasesFromPosts[i])}\n  aggregates ${JSON.stringify(phasesFromAggregates[i])}`,
      );
      return 1;
    }
    const present = fromPosts.filter((r: { present: boolean }) => r.present).length;
    const facilitating = fromPosts.filter((r: { facilitating: boolean }) => r.facilitating).length;

    const dashboard = await timed(runs, () => gql(graphql, NATIONAL, {}, token));
    const oldSql = await timed(Math.max(3, Math.round(runs / 3)), () => c.query(NATIONAL_SQL_FROM_POSTS, [8]));
    const newSql = await timed(runs, () => c.query(NATIONAL_SQL, [8]));
    const programme = await timed(runs, () => gql(graphql, PROGRAMME, {}, token));
    const phasesSql = await timed(runs, () => c.query(LIBRARY_PHASES_SQL, [8, null]));
    const libraryId = (await c.query<{ id: string }>(`SELECT id FROM libraries WHERE slug = 'bench-bib-1'`)).rows[0].id;
    const library = await timed(runs, () => gql(graphql, LIBRARY, { id: libraryId }, token));
    await c.end();

    const fmt = (list: number[]) =>
      `median ${percentile(list, 50).toFixed(1)} ms  p95 ${percentile(list, 95).toFixed(1)} ms  (n=${list.length})`;
    out(
      `Machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other work on the machine slows every figure alike)`,
    );
    out(
      `World: ${counts.posts.toLocaleString('en')} posts, ${counts.threads.toLocaleString('en')} threads, ${counts.libraries} local libraries, ` +
        `${counts.communities} communities; ${present} present, ${facilitating} facilitating; ${counts.activity.toLocaleString('en')} activity rows`,
    );
    out(`Formulas agree: NATIONAL_SQL (aggregates) = NATIONAL_SQL_FROM_POSTS (every post), ${fromPosts.length} libraries`);
    out(`nationalDashboard over HTTP (new):      ${fmt(dashboard)}`);
    out(`NATIONAL_SQL, aggregates (SQL only):    ${fmt(newSql)}`);
    out(`NATIONAL_SQL_FROM_POSTS, old (SQL only): ${fmt(oldSql)}`);
    out(`libraryFigures over HTTP, one library:  ${fmt(library)}`);
    out(`Phases agree: LIBRARY_PHASES_SQL (aggregates) = LIBRARY_PHASES_SQL_FROM_POSTS (every post), ${some.length} libraries x 8 weeks`);
    out(`programme phases over HTTP (national and per library, 8 weeks): ${fmt(programme)}`);
    out(`LIBRARY_PHASES_SQL, every library x 8 weeks (SQL only): ${fmt(phasesSql)}`);
    const ratio = percentile(oldSql, 50) / percentile(dashboard, 50);
    out(`Old formula's SQL alone / new dashboard over HTTP, medians: ${ratio.toFixed(1)} x faster`);
    const p95 = percentile(dashboard, 95);
    out(`nationalDashboard p95 ${p95.toFixed(1)} ms (target < ${TARGET_MS}): ${p95 < TARGET_MS ? 'MET' : 'NOT MET'}`);
    return 0;
  } finally {
    await tidy([
      ['closing the api', app && (() => app!.close())],
      ['stopping the database server', server && (() => server!.stop())],
      ['removing the data folder', async () => rmSync(dataDir, { recursive: true, force: true })],
    ]);
  }
}

runBench('bench:dashboard', main);
