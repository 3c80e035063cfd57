import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseServer, dropDatabase } from '../../libs/core/src/database/database-server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __wnDatabaseServer?: DatabaseServer }).__wnDatabaseServer;
  if (!server) return;
  await dropDatabase(server.adminUrl, process.env.WN_TEST_TEMPLATE!).catch(() => undefined);
  await server.stop();
  if (server.embedded)
    rmSync(join(resolve(process.env.WAARDENET_DATA_DIR || '.data'), `test-pg-${process.pid}`), { recursive: true, force: true });
}
