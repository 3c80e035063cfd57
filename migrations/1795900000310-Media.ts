import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17, media: uploads (media), the PostgreSQL engine's bytes (media_blobs, cascading with their row),
 * media_uploads (the daily quota's log, which deleting an upload does not shorten), and media_purge, where a trigger queues the S3 objects of every deleted media row (a post removed, an
 * account deleted, an orphan swept: whichever way the row went) for MediaPurge to delete from the bucket.
 */
export class Media1795900000310 implements MigrationInterface {
  name = 'Media1795900000310';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "purpose" text NOT NULL, "community_id" uuid, "library_id" uuid, "post_id" uuid, "content_type" text NOT NULL, "width" integer, "height" integer, "bytes" bigint NOT NULL, "upload_bytes" bigint NOT NULL, "storage" text NOT NULL, "variants" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "media_library_idx" ON "media" ("library_id") `);
    await q.query(`CREATE INDEX "media_post_idx" ON "media" ("post_id") `);
    await q.query(`CREATE INDEX "media_owner_created_idx" ON "media" ("owner_id", "created_at") `);
    await q.query(
      `CREATE TABLE "media_blobs" ("media_id" uuid NOT NULL, "name" text NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_media_blobs" PRIMARY KEY ("media_id", "name"))`,
    );
    await q.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_c6889397830b5ed0f2a30362065" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_63e93e2ee883554ef42674dee88" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_9c023f8b633f4c4d6ea61bc4950" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_20dc152fa567df67110b94d6f16" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "media_blobs" ADD CONSTRAINT "FK_b31ac838175c27b389023082447" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The image bytes are already compressed: no TOAST compression, and substring() reads a chunk without the whole value.
    await q.query(`ALTER TABLE "media_blobs" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    // What each account uploaded when (the daily quota): kept a day by MediaPurge; goes with the account.
    await q.query(
      `CREATE TABLE "media_uploads" ("id" bigserial PRIMARY KEY, "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "bytes" bigint NOT NULL, "created_at" timestamptz(3) NOT NULL DEFAULT now())`,
    );
    await q.query(`CREATE INDEX "media_uploads_user_created_idx" ON "media_uploads" ("user_id", "created_at")`);
    await q.query(
      `CREATE TABLE "media_purge" ("id" bigserial PRIMARY KEY, "media_id" uuid NOT NULL, "names" text[] NOT NULL, "created_at" timestamptz(3) NOT NULL DEFAULT now())`,
    );
    await q.query(`CREATE FUNCTION media_purge_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO media_purge (media_id, names) VALUES (OLD.id, ARRAY(SELECT jsonb_array_elements(OLD.variants) ->> 'name'));
        RETURN OLD;
      END $$`);
    await q.query(
      `CREATE TRIGGER media_purge_enqueue AFTER DELETE ON "media" FOR EACH ROW WHEN (OLD.storage = 's3') EXECUTE FUNCTION media_purge_enqueue()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER media_purge_enqueue ON "media"`);
    await q.query(`DROP FUNCTION media_purge_enqueue()`);
    await q.query(`DROP TABLE "media_purge"`);
    await q.query(`DROP TABLE "media_uploads"`);
    await q.query(`DROP TABLE "media_blobs"`);
    await q.query(`DROP TABLE "media"`);
  }
}
