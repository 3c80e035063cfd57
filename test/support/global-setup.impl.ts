import 'reflect-metadata';
import { DataSource } from 'typeorm';
// From their own files, not '@waardenet/core': its index also declares GraphQL types (PageInfo …), and
// loading those here would put a second copy of the GraphQL decorators' globals into this process,
// outside the test sandboxes — a test file run in this process (`jest -i`) then fails to build its schema.
import { createDatabase, startDatabaseServer } from '../../libs/core/src/database/database-server';
import { dataSourceOptions } from '../../libs/core/src/database/data-source-options';
import { freePort } from '../../libs/core/src/net/free-port';
import { MIGRATIONS } from '../../migrations';

/**
 * Starts the test database server once per run (embedded, unless TEST_DATABASE_URL or DATABASE_URL
 * is set) and builds a migrated template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  // Throw-away: the embedded server neither fsyncs nor waits for the WAL at commit (every test write commits).
  const server = await startDatabaseServer(`test-pg-${process.pid}`, await freePort(), { throwaway: true });
  const template = `wn_template_${process.pid}`;
  const url = await createDatabase(server.adminUrl, template);
  // Migrations need no entities; loading them here would put a second copy of the GraphQL
  // decorators' globals into this process, outside the test sandboxes.
  const ds = new DataSource({ ...dataSourceOptions(url, [], { migrations: MIGRATIONS }), logging: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.WN_TEST_ADMIN_URL = server.adminUrl;
  process.env.WN_TEST_TEMPLATE = template;
  (globalThis as { __wnDatabaseServer?: unknown }).__wnDatabaseServer = server;
}
