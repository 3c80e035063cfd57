import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDatabase, dataSourceOptions, startDatabaseServer } from '@waardenet/core';
import { freePort } from '@waardenet/core';


/**
 * Starts the test database server once per run (embedded, unless TEST_DATABASE_URL or DATABASE_URL
 * is set) and builds a migrated template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startDatabaseServer(`test-pg-${process.pid}`, await freePort());
  const template = `wn_template_${process.pid}`;
  const url = await createDatabase(server.adminUrl, template);
  // Migrations need no entities; loading them here would put a second copy of the GraphQL
  // decorators' globals into this process, outside the test sandboxes.
  const ds = new DataSource({ ...dataSourceOptions(url, []), logging: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.WN_TEST_ADMIN_URL = server.adminUrl;
  process.env.WN_TEST_TEMPLATE = template;
  (globalThis as { __wnDatabaseServer?: unknown }).__wnDatabaseServer = server;
}
