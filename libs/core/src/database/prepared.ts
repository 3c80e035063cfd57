import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

const names = new Map<string, string>();
const MAX_NAMES = 200;

/** One name per statement text: a connection that has prepared it runs it again without parsing or planning it. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `wn_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement of the hottest read paths (the session, a thread, a page of posts) as a named prepared
 * statement: PostgreSQL then parses and plans it once per connection instead of at every request, which on a
 * thread page cost more of the database's time than running it. TypeORM sends only unnamed statements, so
 * this goes to its pool itself, logging through the data source's logger (the tests' statement counter sees
 * it) and failing as TypeORM does (QueryFailedError). Inside a transaction it is an ordinary query.
 */
export async function preparedQuery<T>(db: DataSource | EntityManager, text: string, params: unknown[]): Promise<T[]> {
  if (!(db instanceof DataSource)) return db.query(text, params);
  const pool = (db.driver as unknown as { master?: Pool }).master;
  if (!pool) return db.query(text, params);
  db.logger.logQuery(text, params);
  try {
    return (await pool.query({ name: nameOf(text), text, values: params })).rows as T[];
  } catch (err) {
    db.logger.logQueryError(err instanceof Error ? err : String(err), text, params);
    throw new QueryFailedError(text, params, err as Error);
  }
}
