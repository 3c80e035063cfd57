import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@waardenet/core';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';

/** An arbitrary constant: one instance migrates at a time when several start together. */
const MIGRATION_LOCK = 7_310_421;

/** Applies pending migrations; returns the names it ran. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, ENTITIES, { migrations: MIGRATIONS }));
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await ds.destroy();
  }
}
