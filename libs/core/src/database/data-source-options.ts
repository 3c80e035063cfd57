import { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { QueryCounter } from './query-counter';

export const queryCounter = new QueryCounter();

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

/** The one description of how Waardenet talks to PostgreSQL; migrations own the schema. */
export function dataSourceOptions(url: string, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: queryCounter,
    logging: ['query'],
    // JIT off: on a million posts the planner's costs cross jit_above_cost and compiling the figures
    // query took ~900 ms of a ~960 ms answer; short OLTP statements never win it back.
    extra: { max: 20, application_name: 'waardenet', options: '-c jit=off' },
  };
}
