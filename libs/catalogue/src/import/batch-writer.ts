import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueRecord, SkippedRecord } from './catalogue-record';

export interface BatchResult {
  created: number;
  updated: number;
  duplicates: SkippedRecord[];
}

const ITEM_COLUMNS = 'title text, creators text[], subjects text[], identifiers text[], edition text, publisher text, year int';
const ITEM_FIELDS = ['title', 'creators', 'subjects', 'identifiers', 'edition', 'publisher', 'year'];
const ITEM_SET = `${ITEM_FIELDS.map((f) => `${f} = r.${f}`).join(', ')}, updated_at = now()`;
const ITEM_CHANGED = `(${ITEM_FIELDS.map((f) => `c.${f}`).join(', ')}) IS DISTINCT FROM (${ITEM_FIELDS.map((f) => `r.${f}`).join(', ')})`;

const itemFields = (r: CatalogueRecord) => ({
  title: r.title,
  creators: r.creators,
  subjects: r.subjects,
  identifiers: r.identifiers,
  edition: r.edition,
  publisher: r.publisher,
  year: r.year,
});

const duplicate = (r: CatalogueRecord, what: string): SkippedRecord => ({
  position: r.position,
  line: r.line,
  reason: 'DUPLICATE',
  message: `${what} appeared earlier in this file`,
});

interface Known {
  /** The item each of the batch's record ids is held under in this library. */
  itemOfRecord: Map<string, string>;
  /** The item each of the batch's ISBNs already has (held here or not). */
  itemOfIsbn: Map<string, string>;
  /** Holdings this run already wrote: a record for them now is a duplicate. */
  recordSeen: Set<string>;
  isbnSeen: Set<string>;
}

/**
 * Writes one batch of records (distinct ISBNs and record ids within the batch) for a library, in one
 * transaction of a few multi-row statements. An item whose fields did not change is not rewritten (a
 * re-import costs little more than its look-ups); every holding written is marked with `runId`, so a
 * record for a holding this run already wrote is a duplicate, however far apart in the file the two are.
 */
export async function writeBatch(db: DataSource, libraryId: string, runId: string, records: CatalogueRecord[]): Promise<BatchResult> {
  return db.transaction(async (em) => {
    const known = await lookup(em, libraryId, runId, records);
    const duplicates: SkippedRecord[] = [];
    const itemOf = new Map<CatalogueRecord, string>();
    const taken = new Set<string>();
    const inserts: CatalogueRecord[] = [];
    const updates: CatalogueRecord[] = [];
    for (const r of records) {
      if (r.recordId && known.recordSeen.has(r.recordId)) duplicates.push(duplicate(r, `Record id ${r.recordId}`));
      else if (r.isbn13 && known.isbnSeen.has(r.isbn13)) duplicates.push(duplicate(r, `ISBN ${r.isbn13}`));
      else {
        // Without an ISBN a record is found again by the library's record id (its holding names the item).
        const existing = r.isbn13 ? known.itemOfIsbn.get(r.isbn13) : r.recordId ? known.itemOfRecord.get(r.recordId) : undefined;
        const id = existing ?? randomUUID();
        if (taken.has(id)) {
          duplicates.push(duplicate(r, `The item of record id ${r.recordId}`));
          continue;
        }
        taken.add(id);
        itemOf.set(r, id);
        (existing ? updates : inserts).push(r);
      }
    }
    if (inserts.length) {
      // Sorted, so two imports inserting overlapping ISBNs take the locks in one order; a concurrent
      // import may have inserted an ISBN meanwhile, hence ON CONFLICT and the ids read back.
      const rows: { id: string; isbn13: string | null }[] = await em.query(
        `INSERT INTO collection_items AS c (id, isbn13, ${ITEM_FIELDS.join(', ')})
         SELECT r.id, r.isbn13, ${ITEM_FIELDS.map((f) => `r.${f}`).join(', ')}
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, isbn13 text, ${ITEM_COLUMNS}) ORDER BY r.isbn13, r.id
         ON CONFLICT (isbn13) DO UPDATE SET ${ITEM_SET.replace(/r\./g, 'EXCLUDED.')} RETURNING c.id, c.isbn13`,
        [JSON.stringify(inserts.map((r) => ({ id: itemOf.get(r), isbn13: r.isbn13, ...itemFields(r) })))],
      );
      const byIsbn = new Map(rows.map((row) => [row.isbn13, row.id]));
      for (const r of inserts) {
        const id = r.isbn13 ? byIsbn.get(r.isbn13) : undefined;
        if (id) itemOf.set(r, id);
      }
    }
    if (updates.length) {
      await em.query(
        `UPDATE collection_items c SET ${ITEM_SET} FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${ITEM_COLUMNS})
          WHERE c.id = r.id AND ${ITEM_CHANGED}`,
        [JSON.stringify(updates.map((r) => ({ id: itemOf.get(r), ...itemFields(r) })))],
      );
    }
    const holdings = [...itemOf].map(([r, itemId]) => ({ item_id: itemId, record_id: r.recordId }));
    // A record id that now describes another item (its ISBN was corrected) leaves the old one.
    const moved = holdings.filter(
      (h) => h.record_id && known.itemOfRecord.has(h.record_id) && known.itemOfRecord.get(h.record_id) !== h.item_id,
    );
    if (moved.length) {
      await em.query(`DELETE FROM holdings WHERE library_id = $1 AND record_id = ANY($2::text[])`, [
        libraryId,
        moved.map((h) => h.record_id),
      ]);
    }
    return { ...(await writeHoldings(em, libraryId, runId, holdings)), duplicates };
  });
}

/** What the library already holds under the batch's record ids, the items its ISBNs have, and what this run wrote. */
async function lookup(em: EntityManager, libraryId: string, runId: string, records: CatalogueRecord[]): Promise<Known> {
  // Two imports for one library take turns batch by batch; other libraries' imports run alongside.
  // (A statement of its own: a query's snapshot is taken before it could wait for the lock.)
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalogue-import'), hashtext($1))`, [libraryId]);
  const rows: { kind: string; key: string; item_id: string; seen: boolean }[] = await em.query(
    `SELECT 'r' AS kind, h.record_id AS key, h.item_id, h.import_id IS NOT DISTINCT FROM $2::uuid AS seen
       FROM holdings h WHERE h.library_id = $1 AND h.record_id = ANY($3::text[])
     UNION ALL
     SELECT 'i', i.isbn13, i.id, h.import_id IS NOT DISTINCT FROM $2::uuid
       FROM collection_items i LEFT JOIN holdings h ON h.item_id = i.id AND h.library_id = $1 WHERE i.isbn13 = ANY($4::text[])`,
    [libraryId, runId, records.flatMap((r) => (r.recordId ? [r.recordId] : [])), records.flatMap((r) => (r.isbn13 ? [r.isbn13] : []))],
  );
  const known: Known = { itemOfRecord: new Map(), itemOfIsbn: new Map(), recordSeen: new Set(), isbnSeen: new Set() };
  for (const row of rows) {
    if (row.kind === 'r') {
      known.itemOfRecord.set(row.key, row.item_id);
      if (row.seen) known.recordSeen.add(row.key);
    } else {
      known.itemOfIsbn.set(row.key, row.item_id);
      if (row.seen) known.isbnSeen.add(row.key);
    }
  }
  return known;
}

async function writeHoldings(
  em: EntityManager,
  libraryId: string,
  runId: string,
  holdings: { item_id: string; record_id: string | null }[],
) {
  if (!holdings.length) return { created: 0, updated: 0 };
  const rows: { created: boolean }[] = await em.query(
    `INSERT INTO holdings AS h (library_id, item_id, record_id, import_id)
     SELECT $1, r.item_id, r.record_id, $2 FROM jsonb_to_recordset($3::jsonb) AS r(item_id uuid, record_id text) ORDER BY r.item_id
     ON CONFLICT ON CONSTRAINT holdings_library_item_key
       DO UPDATE SET record_id = COALESCE(EXCLUDED.record_id, h.record_id), import_id = EXCLUDED.import_id, updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [libraryId, runId, JSON.stringify(holdings)],
  );
  const created = rows.filter((r) => r.created).length;
  return { created, updated: rows.length - created };
}
