import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #17 ask 8, link previews: one row per address linked from posts, a cache with a time to live (failures too). */
export class LinkPreviews1795900000400 implements MigrationInterface {
  name = 'LinkPreviews1795900000400';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "link_previews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "status" text NOT NULL, "title" text, "description" text, "site_name" text, "failure" text, "image_width" integer, "image_height" integer, "image" bytea, "fetched_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_link_previews" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "link_previews_url_key" ON "link_previews" ("url") `);
    await q.query(`CREATE INDEX "link_previews_expires_idx" ON "link_previews" ("expires_at") `);
    // A WebP of a few KB, already compressed.
    await q.query(`ALTER TABLE "link_previews" ALTER COLUMN "image" SET STORAGE EXTERNAL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "link_previews"`);
  }
}
