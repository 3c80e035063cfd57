import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New catalogue items are indexed for search in the background: the insert trigger only queues their
 * ids, and SearchIndexer (libs/search) makes their vectors in batches. Computing the double-stemmed
 * vectors and updating two GIN indexes inside the import's own statements halved its rate (~16 s per
 * 100,000 records). Changed items are still re-indexed at once by the update trigger (rare, and only
 * rows whose indexed columns changed).
 */
export class SearchItemsQueue1795800000007 implements MigrationInterface {
  name = 'SearchItemsQueue1795800000007';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_items_queue (item_id uuid PRIMARY KEY REFERENCES collection_items(id) ON DELETE CASCADE)`);
    await q.query(`DROP TRIGGER collection_items_search_insert ON collection_items`);
    await q.query(`CREATE FUNCTION search_items_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_items_queue (item_id) SELECT n.id FROM new_rows n ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER collection_items_search_enqueue AFTER INSERT ON collection_items
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_items_enqueue()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER collection_items_search_enqueue ON collection_items`);
    await q.query(`DROP FUNCTION search_items_enqueue()`);
    await q.query(`CREATE TRIGGER collection_items_search_insert AFTER INSERT ON collection_items
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_items_sync_inserted()`);
    await q.query(`INSERT INTO search_items (item_id, title, tsv) SELECT i.id, i.title, search_items_vector(i)
      FROM collection_items i JOIN search_items_queue sq ON sq.item_id = i.id ON CONFLICT (item_id) DO NOTHING`);
    await q.query(`DROP TABLE search_items_queue`);
  }
}
