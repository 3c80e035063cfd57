import { TestApp } from './test-app';

/**
 * Tables written behind the requests' backs, so they may change while a refused call runs: the search
 * indexer's queue and index (a timer drains the queue of catalogue items), the e-mail worker's outbox
 * (a timer claims and sends), and the migrations table, which nothing writes after boot.
 */
export const BACKGROUND_TABLES = ['search_items_queue', 'search_items', 'email_outbox', 'migrations'];

/** Columns any signed-in request writes (when a session was last used): those tables are hashed without them. */
export const PER_REQUEST_COLUMNS: Record<string, string[]> = { sessions: ['last_used_at'] };

const statements = new WeakMap<TestApp, Promise<string>>();

/**
 * One statement giving each other table's row count and newest row version (the largest xmin: every
 * INSERT and UPDATE writes a row version with a new transaction id, every DELETE changes the count).
 * A quarter of the cost of hashing every row's text, and it misses no write. Tables with
 * PER_REQUEST_COLUMNS hash their rows' other columns instead.
 */
function digestStatement(t: TestApp): Promise<string> {
  let made = statements.get(t);
  if (!made) {
    made = t
      .sql<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      .then((tables) =>
        tables
          .filter(({ name }) => !BACKGROUND_TABLES.includes(name))
          .map(({ name }) => {
            const skip = PER_REQUEST_COLUMNS[name];
            const digest = skip
              ? `coalesce(sum(hashtextextended((to_jsonb(r) - ARRAY[${skip.map((c) => `'${c}'`).join(', ')}])::text, 0)::numeric), 0)`
              : 'coalesce(max(xmin::text::bigint), 0)';
            return `SELECT '${name}' AS name, count(*) || ':' || ${digest} AS digest FROM "${name}" r`;
          })
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
