import { TestApp } from './test-app';

/**
 * Tables written behind the requests' backs, so they may change while a refused call runs: the search
 * indexer's queue and index (a timer drains the queue of catalogue items), the e-mail worker's outbox
 * (a timer claims and sends), and the migrations table, which nothing writes after boot.
 */
export const BACKGROUND_TABLES = [
  'search_items_queue',
  'search_items',
  'email_outbox',
  'migrations',
  // Federation's background work (libs/federation): Fedify's delivery queue and cache, the outbox worker's changes and sent objects, keys made on first delivery.
  'federation_queue',
  'federation_kv',
  'federation_changes',
  'federation_objects',
  'federation_keys',
  // Web Push's worker (libs/notifications): retries and removals of queued pushes, after the write that queued them.
  'push_outbox',
];

/** Columns any signed-in request writes (when a session was last used): an UPDATE of only these is no write. */
export const PER_REQUEST_COLUMNS: Record<string, string[]> = { sessions: ['last_used_at'] };

/** The log the triggers write: one row per row written, in the writer's transaction (a rollback leaves none). */
const LOG = 'test_row_writes';

const installed = new WeakMap<TestApp, Promise<void>>();

/**
 * Puts, in this test's own database (a clone no one else uses), a row trigger on every other table
 * that logs each row an INSERT, UPDATE or DELETE writes. Reading whether anything was written is then
 * one index lookup, where hashing or scanning every table for each refused cell cost 10-30 ms.
 */
function install(t: TestApp): Promise<void> {
  let done = installed.get(t);
  if (!done) {
    done = (async () => {
      await t.sql(`CREATE TABLE ${LOG} (id bigserial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL)`);
      await t.sql(`CREATE FUNCTION ${LOG}_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND TG_NARGS > 0 AND (to_jsonb(OLD) - TG_ARGV) IS NOT DISTINCT FROM (to_jsonb(NEW) - TG_ARGV) THEN
            RETURN NULL;
          END IF;
          INSERT INTO ${LOG} (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
          RETURN NULL;
        END $$`);
      const tables = await t.sql<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1`,
        [LOG],
      );
      for (const { name } of tables.filter((table) => !BACKGROUND_TABLES.includes(table.name))) {
        const skip = (PER_REQUEST_COLUMNS[name] ?? []).map((c) => `'${c}'`).join(', ');
        await t.sql(
          `CREATE TRIGGER ${LOG} AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION ${LOG}_log(${skip})`,
        );
      }
    })();
    installed.set(t, done);
  }
  return done;
}

/** Where the log of written rows stands now: compare with writesSince after a call. */
export async function writeMark(t: TestApp): Promise<number> {
  await install(t);
  const [row] = await t.sql<{ id: string | null }>(`SELECT max(id) AS id FROM ${LOG}`);
  return Number(row.id ?? 0);
}

/** The rows written since the mark, counted by table and statement ({} when nothing was written). */
export async function writesSince(t: TestApp, mark: number): Promise<Record<string, number>> {
  const rows = await t.sql<{ what: string; n: number }>(
    `SELECT table_name || ' ' || op AS what, count(*)::int AS n FROM ${LOG} WHERE id > $1 GROUP BY 1`,
    [mark],
  );
  return Object.fromEntries(rows.map((r) => [r.what, r.n]));
}

/**
 * The rows written so far, by table (count and last log id): equal before and after a call when it wrote
 * nothing. For tests that compare two snapshots; writeMark/writesSince name what was written instead.
 */
export async function databaseDigest(t: TestApp): Promise<Record<string, string>> {
  await install(t);
  const rows = await t.sql<{ name: string; digest: string }>(
    `SELECT table_name AS name, count(*) || ':' || max(id) AS digest FROM ${LOG} GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}
