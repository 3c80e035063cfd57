import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue records, holdings, import (MARCXML/CSV) and thread–item links. */
export class Catalogue1795800000001 implements MigrationInterface {
  name = 'Catalogue1795800000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "collection_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "isbn13" text, "title" text NOT NULL, "creators" text array NOT NULL DEFAULT '{}', "subjects" text array NOT NULL DEFAULT '{}', "identifiers" text array NOT NULL DEFAULT '{}', "edition" text, "publisher" text, "year" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f299da96958a920ab58871ea57" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "collection_items_isbn13_key" ON "collection_items" ("isbn13") `);
    await q.query(`CREATE INDEX "collection_items_title_idx" ON "collection_items" ("title", "id") `);
    await q.query(
      `CREATE TABLE "holdings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "library_id" uuid NOT NULL, "item_id" uuid NOT NULL, "record_id" text, "import_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "holdings_library_record_key" UNIQUE ("library_id", "record_id"), CONSTRAINT "holdings_library_item_key" UNIQUE ("library_id", "item_id"), CONSTRAINT "PK_df4e42f95014be15a4ccc8547c0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "holdings_item_id_idx" ON "holdings" ("item_id") `);
    await q.query(
      `CREATE TABLE "thread_items" ("thread_id" uuid NOT NULL, "item_id" uuid NOT NULL, "linked_by_id" uuid, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_604c9474212bf1ccfe6eace0d61" PRIMARY KEY ("thread_id", "item_id"))`,
    );
    await q.query(`CREATE INDEX "thread_items_item_id_idx" ON "thread_items" ("item_id") `);
    await q.query(
      `ALTER TABLE "holdings" ADD CONSTRAINT "FK_f05c480cda348952ec8876e6dcb" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "holdings" ADD CONSTRAINT "FK_d8b1cc9433687f9082bfa69fd73" FOREIGN KEY ("item_id") REFERENCES "collection_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "thread_items" ADD CONSTRAINT "FK_1759fd18f1353d0cf4afcd9cf00" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "thread_items" ADD CONSTRAINT "FK_e73e3c22eca3f4a4a849f050315" FOREIGN KEY ("item_id") REFERENCES "collection_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "thread_items" ADD CONSTRAINT "FK_c79dfbcd380f475b2eb6136c078" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Room on each page, so a re-import's holding updates (import_id, updated_at) stay HOT: no index writes.
    await q.query(`ALTER TABLE "holdings" SET (fillfactor = 80)`);
    // Full-text search over title and creators (items(query:)); declared on the entity with synchronize: false.
    await q.query(
      `CREATE FUNCTION catalogue_search_text(title text, creators text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT title || ' ' || array_to_string(creators, ' ') $$`,
    );
    await q.query(
      `CREATE INDEX "collection_items_search_idx" ON "collection_items" USING GIN (to_tsvector('simple', catalogue_search_text(title, creators)))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."collection_items_search_idx"`);
    await q.query(`DROP FUNCTION catalogue_search_text(text, text[])`);
    await q.query(`ALTER TABLE "thread_items" DROP CONSTRAINT "FK_c79dfbcd380f475b2eb6136c078"`);
    await q.query(`ALTER TABLE "thread_items" DROP CONSTRAINT "FK_e73e3c22eca3f4a4a849f050315"`);
    await q.query(`ALTER TABLE "thread_items" DROP CONSTRAINT "FK_1759fd18f1353d0cf4afcd9cf00"`);
    await q.query(`ALTER TABLE "holdings" DROP CONSTRAINT "FK_d8b1cc9433687f9082bfa69fd73"`);
    await q.query(`ALTER TABLE "holdings" DROP CONSTRAINT "FK_f05c480cda348952ec8876e6dcb"`);
    await q.query(`DROP TABLE "thread_items"`);
    await q.query(`DROP TABLE "holdings"`);
    await q.query(`DROP TABLE "collection_items"`);
  }
}
