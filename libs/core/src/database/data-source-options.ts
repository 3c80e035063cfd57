import { DataSourceOptions, EntitySchema, Logger, MixedList } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = MixedList<Function | string>;

export interface DataSourceExtras {
  /** The migration classes (migrations/index.ts's MIGRATIONS), for whoever runs them: core imports no migration. */
  migrations?: MigrationList;
  /** Sees every statement (the tests' and benches' query counter). */
  sqlLogger?: Logger;
}

/**
 * The one description of how Waardenet talks to PostgreSQL; migrations own the schema. `sqlLogger`
 * sees every statement (the tests' and benches' query counter); the running app passes none, so no
 * statement pays for a logger. Whoever runs migrations passes them (apps/api/src/migrate.ts and the tests).
 */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  { migrations = [], sqlLogger }: DataSourceExtras = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    ...(sqlLogger ? { logger: sqlLogger, logging: ['query'] as const } : { logging: false }),
    // JIT off: on a million posts the planner's costs cross jit_above_cost and compiling the figures
    // query took ~900 ms of a ~960 ms answer; short OLTP statements never win it back.
    extra: { max: 20, application_name: 'waardenet', options: '-c jit=off' },
  };
}
