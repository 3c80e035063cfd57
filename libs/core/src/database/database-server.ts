import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** A URL of the server's maintenance database, with rights to create databases. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server that tools and tests create their throw-away databases on: the one in
 * TEST_DATABASE_URL or DATABASE_URL when set, else an embedded one under .data/. `throwaway` (the test
 * suite's): the embedded server does not fsync, its data need not survive a crash of the machine.
 */
export async function startDatabaseServer(name: string, port: number, options: { throwaway?: boolean } = {}): Promise<DatabaseServer> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return { adminUrl: given, embedded: false, stop: async () => undefined };
  const db = await startEmbeddedPostgres(join(resolve(process.env.WAARDENET_DATA_DIR || '.data'), name), port, 'postgres', options);
  return { adminUrl: db.url, embedded: true, stop: () => db.stop() };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
