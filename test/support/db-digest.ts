import { TestApp } from './test-app';

/**
 * Tables written behind the requests' backs, so they may change while a refused call runs: the search
 * indexer's queue and index (a timer drains the queue of catalogue items), the e-mail worker's outbox
 * (a timer claims and sends), and the migrations table, which nothing writes after boot.
 */
export const BACKGROUND_TABLES = ['search_items_queue', 'search_items', 'email_outbox', 'migrations'];

const statements = new WeakMap<TestApp, Promise<string>>();

/**
 * One statement giving each other table's row count and newest row version (the largest xmin: every
 * INSERT and UPDATE writes a row version with a new transaction id, every DELETE changes the count).
 * A quarter of the cost of hashing every row's text, and it misses no write.
 */
function digestStatement(t: TestApp): Promise<string> {
  let made = statements.get(t);
  if (!made) {
    made = t
      .sql<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      .then((tables) =>
        tables
          .filter(({ name }) => !BACKGROUND_TABLES.includes(name))
          .map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS digest FROM "${name}"`)
          .join(' UNION ALL '),
      );
    statements.set(t, made);
  }
  return made;
}

/** Every table's digest, by table name: equal digests before and after a call, nothing written. */
export async function databaseDigest(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.sql<{ name: string; digest: string }>(await digestStatement(t));
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}
