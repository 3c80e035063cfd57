import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reach figures: daily counts of views of public pages and of clicks from threads to a library's catalogue
 * (no address, cookie or account: only numbers per day), and the library's catalogue address template.
 */
export class ReachCounters1795900000370 implements MigrationInterface {
  name = 'ReachCounters1795900000370';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "reach_page_views" ("day" date NOT NULL, "page" text NOT NULL, "target_id" uuid NOT NULL, "library_id" uuid, "community_id" uuid, "views" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_reach_page_views" PRIMARY KEY ("day", "page", "target_id"))`,
    );
    await q.query(`CREATE INDEX "reach_page_views_library_idx" ON "reach_page_views" ("library_id", "day") `);
    await q.query(`CREATE INDEX "reach_page_views_community_idx" ON "reach_page_views" ("community_id", "day") `);
    await q.query(
      `CREATE TABLE "reach_catalogue_clicks" ("day" date NOT NULL, "thread_id" uuid NOT NULL, "item_id" uuid NOT NULL, "library_id" uuid NOT NULL, "community_id" uuid NOT NULL, "clicks" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_reach_catalogue_clicks" PRIMARY KEY ("day", "thread_id", "item_id"))`,
    );
    await q.query(`CREATE INDEX "reach_catalogue_clicks_library_idx" ON "reach_catalogue_clicks" ("library_id", "day") `);
    await q.query(`CREATE INDEX "reach_catalogue_clicks_community_idx" ON "reach_catalogue_clicks" ("community_id", "day") `);
    await q.query(`ALTER TABLE "libraries" ADD "catalogue_url_template" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "libraries" DROP COLUMN "catalogue_url_template"`);
    await q.query(`DROP TABLE "reach_catalogue_clicks"`);
    await q.query(`DROP TABLE "reach_page_views"`);
  }
}
