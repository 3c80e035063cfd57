import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { RequestContext } from '../context/request-context';

/**
 * Builds entities from raw rows by the entity's own column map. Hot read paths (DataLoaders, the
 * thread page) use it with plain SQL: TypeORM's query builder and result transformer cost more per
 * request than the query itself.
 */
const DATE_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'date']);

export function hydrate<T extends ObjectLiteral>(meta: EntityMetadata, rows: Record<string, unknown>[]): T[] {
  const columns = meta.columns.map((c) => [c.propertyName, c.databaseName, DATE_TYPES.has(String(c.type))] as const);
  return rows.map((row) => {
    const entity = meta.create() as Record<string, unknown>;
    for (const [property, column, isDate] of columns) {
      const value = row[column];
      // Rows that came through row_to_json carry timestamps as strings.
      entity[property] = isDate && typeof value === 'string' ? new Date(value) : value;
    }
    return entity as T;
  });
}

/** Loads entities by id in one statement, in no particular order. */
export async function loadByIds<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  target: EntityTarget<T>,
  ids: readonly string[],
): Promise<T[]> {
  const meta = db instanceof DataSource ? db.getMetadata(target) : db.connection.getMetadata(target);
  const rows = await db.query<Record<string, unknown>[]>(`SELECT * FROM "${meta.tableName}" WHERE id = ANY($1)`, [ids]);
  return hydrate<T>(meta, rows);
}

/** The loader batch function's answer: the entities in the order of the keys, null where missing. */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], entities: T[]): (T | null)[] {
  const found = new Map(entities.map((e) => [e.id, e]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The loader batch function shape: results in the order of the keys, null where missing. */
export async function byIdsInOrder<T extends ObjectLiteral & { id: string }>(
  db: DataSource | EntityManager,
  target: EntityTarget<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  return inIdOrder(ids, await loadByIds(db, target, ids));
}

/** The per-request DataLoader of an entity by id: one statement per batch, cached for the request. */
export function entityLoader<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  db: DataSource,
  target: EntityTarget<T> & { name: string },
): DataLoader<string, T | null> {
  return ctx.cached(`byId:${target.name}`, () => new DataLoader<string, T | null>((ids) => byIdsInOrder(ctx.reader(db), target, ids)));
}
