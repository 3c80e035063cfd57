/**
 * `npm run bench:search`: seeds 1,000,000 posts in 2,000 threads across 50 communities (Dutch-like
 * text drawn from bench/data/nl-words.txt), then runs 1,000 mixed searches through the api as four
 * users with different rights (visitor, member of private communities, library staff, platform
 * admin), one at a time, and the community figures (the moderators' dashboard). Prints p50/p95 of
 * each and the sizes of the search tables and indexes. Targets: search p95 < 50 ms, dashboard < 200 ms.
 *
 * Environment: BENCH_POSTS (1000000), BENCH_THREADS (2000), BENCH_COMMUNITIES (50), BENCH_SEARCHES
 * (1000), BENCH_RESEED=1 (seed again even when a seeded database of this size exists). The database
 * server is TEST_DATABASE_URL / DATABASE_URL when set, else an embedded one under .data/bench-search-pg;
 * the seeded database is kept between runs (seeding a million posts takes minutes).
 */
import './support/env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DatabaseServer, databaseUrl as urlOf, createDatabase, loadConfig, startDatabaseServer } from '@waardenet/core';
import { hashPassword } from '@waardenet/accounts';
import { createApp } from '../apps/api/src/create-app';
import { migrate } from '../apps/api/src/migrate';
import { envInt, out, progress, runBench, tidy } from './support/cli';
import { BENCH_PASSWORD, SearchSeed, prng, seedSearch, zipfWord } from './support/search-seed';
import { percentile, searchMix } from './support/search-mix';

const SEARCH_P95_TARGET = 50;
const DASHBOARD_P95_TARGET = 200;

const SEARCH = `query($q: String!, $filter: SearchFilter) { search(query: $q, filter: $filter, first: 20) {
  edges { node { kind rank snippet community { id } thread { id } post { id } item { id } } } pageInfo { hasNextPage } } }`;
const FIGURES = `query($id: ID!) { communityFigures(communityId: $id) { members activeMembers7d activeMembers30d medianFirstReplySeconds
  questions answeredQuestions unansweredQuestions expertAnswerShare topContributors { user { id } posts } weeks { weekStart newThreads newPosts medianFirstReplySeconds } } }`;

/** A GraphQL answer's data, read field by field by the measurements below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ ms: number; data: Answer; errors?: unknown }> {
  const started = process.hrtime.bigint();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, data: json.data, errors: json.errors };
}

async function seededDatabase(
  server: DatabaseServer,
  size: { posts: number; threads: number; communities: number },
): Promise<{ url: string; seed: SearchSeed }> {
  const name = `wn_bench_search_${size.posts}_${size.threads}_${size.communities}`;
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  if (exists && process.env.BENCH_RESEED === '1') await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  await admin.end();
  const url = exists && process.env.BENCH_RESEED !== '1' ? urlOf(server.adminUrl, name) : await createDatabase(server.adminUrl, name);
  await migrate(url);
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS bench_seed (seed jsonb NOT NULL)`);
    const done = await c.query(`SELECT seed FROM bench_seed`);
    if (done.rowCount) {
      progress(`Reusing the seeded database ${name} (BENCH_RESEED=1 seeds it again).`);
      return { url, seed: { ...done.rows[0].seed, words: [] } };
    }
    progress(`Seeding ${size.posts.toLocaleString('en')} posts in ${size.threads} threads across ${size.communities} communities ...`);
    const started = Date.now();
    // One transaction: an interrupted seed leaves nothing half-written to be reused.
    await c.query('BEGIN');
    const seed = await seedSearch(c, size, await hashPassword(BENCH_PASSWORD));
    await c.query(`INSERT INTO bench_seed (seed) VALUES ($1)`, [JSON.stringify({ ...seed, words: [] })]);
    await c.query('COMMIT');
    await c.query('VACUUM ANALYZE'); // a settled database: visibility maps set, so index-only scans work as in steady use
    out(`Seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    return { url, seed };
  } finally {
    await c.end();
  }
}

async function sizes(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(`SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)) AS size, c.relkind
    FROM pg_class c WHERE c.relname LIKE 'search\\_%' OR c.relname IN ('posts', 'posts_pkey') ORDER BY c.relkind DESC, pg_relation_size(c.oid) DESC`);
  await c.end();
  return rows.map((r) => `${r.relkind === 'i' ? 'index' : 'table'} ${r.relname}: ${r.size}`);
}

async function main(): Promise<number> {
  const size = {
    posts: envInt('BENCH_POSTS', 1_000_000, 1000),
    threads: envInt('BENCH_THREADS', 2000, 10),
    communities: envInt('BENCH_COMMUNITIES', 50, 10),
  };
  const searches = envInt('BENCH_SEARCHES', 1000, 10);
  let server: DatabaseServer | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-bench-'));
  try {
    server = await startDatabaseServer('bench-search-pg', 54351);
    const { url, seed } = await seededDatabase(server, size);
    const config = loadConfig({
      // A benchmark sends no mail; production would otherwise require SMTP_URL for email verification.
      WAARDENET_EMAIL_VERIFICATION: 'off',
      NODE_ENV: process.env.NODE_ENV,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      WAARDENET_DATA_DIR: dataDir,
      WAARDENET_DEMO: '0',
      RATE_LIMIT_SEARCH: 'off',
      RATE_LIMIT_LOGIN_PER_IP: 'off',
      RATE_LIMIT_LOGIN_PER_ACCOUNT: 'off',
    });
    app = await createApp(config, url);
    await app.listen(0, '127.0.0.1');
    const graphql = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const adminEmail = 'lezer3@bench.waardenet.test';
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`UPDATE users SET is_platform_admin = true WHERE email = $1`, [adminEmail]);
    await c.end();
    const login = async (email: string) => {
      const r = await gql(graphql, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email, password: BENCH_PASSWORD },
      });
      if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.login.accessToken as string;
    };
    const actors = {
      visitor: undefined,
      member: await login(seed.memberEmail),
      staff: await login(seed.staffEmail),
      admin: await login(adminEmail),
    };
    const publicIds = new Set(seed.communities.filter((x) => x.visibility === 'PUBLIC').map((x) => x.id));
    const privateIds = new Set(seed.communities.filter((x) => x.visibility === 'PRIVATE').map((x) => x.id));

    const mix = searchMix(prng(7), searches, seed, zipfWord);
    for (const s of mix.slice(0, 20)) await gql(graphql, SEARCH, s.variables); // warm-up
    const times: Record<string, number[]> = {};
    let hitCount = 0;
    for (const [i, s] of mix.entries()) {
      const actor = (['visitor', 'member', 'staff', 'admin'] as const)[i % 4];
      const r = await gql(graphql, SEARCH, s.variables, actors[actor]);
      if (r.errors) throw new Error(`search ${JSON.stringify(s.variables)} failed: ${JSON.stringify(r.errors)}`);
      const edges: { node: { kind: string; community: { id: string } | null } }[] = r.data.search.edges;
      hitCount += edges.length;
      // A visitor sees only public communities' threads and posts (and may see a restricted community's name, never a private one's).
      const leak = edges.find(
        ({ node }) => node.community && (node.kind === 'COMMUNITY' ? privateIds.has(node.community.id) : !publicIds.has(node.community.id)),
      );
      if (actor === 'visitor' && leak) throw new Error(`a visitor was shown what only members may see: ${JSON.stringify(leak.node)}`);
      (times[s.kind] ??= []).push(r.ms);
      (times.all ??= []).push(r.ms);
    }
    const dashboard: number[] = [];
    const staffCommunities = seed.communities.filter((x) => x.libraryId === seed.libraryIds[0]).map((x) => x.id);
    for (let i = 0; i < 110; i++) {
      const r = await gql(graphql, FIGURES, { id: staffCommunities[i % staffCommunities.length] }, actors.staff);
      if (r.errors) throw new Error(`communityFigures failed: ${JSON.stringify(r.errors)}`);
      if (i >= 10) dashboard.push(r.ms);
    }
    const national: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await gql(graphql, `query { nationalDashboard { libraries librariesPresent librariesFacilitating } }`, {}, actors.admin);
      if (r.errors) throw new Error(`nationalDashboard failed: ${JSON.stringify(r.errors)}`);
      if (i) national.push(r.ms);
    }

    out(
      `Machine: ${cpus().length} cores; ${size.posts.toLocaleString('en')} posts, ${size.threads} threads, ${size.communities} communities`,
    );
    out(
      `Searches: ${mix.length}, sequential, as visitor / member / staff / admin in turn; ${(hitCount / mix.length).toFixed(1)} hits per page on average`,
    );
    for (const [kind, list] of Object.entries(times)) {
      out(
        `  ${kind.padEnd(16)} n=${String(list.length).padStart(4)}  p50 ${percentile(list, 50).toFixed(1)} ms  p95 ${percentile(list, 95).toFixed(1)} ms`,
      );
    }
    const searchP95 = percentile(times.all, 95);
    const dashP95 = percentile(dashboard, 95);
    out(`Community dashboard (communityFigures, 8 weeks): p50 ${percentile(dashboard, 50).toFixed(1)} ms  p95 ${dashP95.toFixed(1)} ms`);
    out(`National dashboard: p50 ${percentile(national, 50).toFixed(1)} ms`);
    out('Sizes:');
    for (const line of await sizes(url)) out(`  ${line}`);
    out(`Search p95 ${searchP95.toFixed(1)} ms (target < ${SEARCH_P95_TARGET}): ${searchP95 < SEARCH_P95_TARGET ? 'MET' : 'NOT MET'}`);
    out(`Dashboard p95 ${dashP95.toFixed(1)} ms (target < ${DASHBOARD_P95_TARGET}): ${dashP95 < DASHBOARD_P95_TARGET ? 'MET' : 'NOT MET'}`);
    return 0;
  } finally {
    await tidy([
      ['closing the api', app && (() => app!.close())],
      ['stopping the database server', server && (() => server!.stop())],
      ['removing the data folder', async () => rmSync(dataDir, { recursive: true, force: true })],
    ]);
  }
}

runBench('bench:search', main);
