import { MigrationInterface, QueryRunner } from 'typeorm';

/** National theme communities, local chapters, syndication and the content database. */
export class Network1795800000003 implements MigrationInterface {
  name = 'Network1795800000003';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "chapters" ("community_id" uuid NOT NULL, "national_community_id" uuid NOT NULL, "library_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14a9f83fe879553eb8d0f6dcd08" PRIMARY KEY ("community_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "chapters_national_library_key" ON "chapters" ("national_community_id", "library_id") `);
    await q.query(
      `CREATE TABLE "content_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "campaign" text, "licence" text, "valid_from" date, "valid_until" date, "owner_library_id" uuid NOT NULL, "shared_nationally" boolean NOT NULL DEFAULT false, "created_by_id" uuid NOT NULL, "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c6bf4f28851752cee186915e39" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "content_items_created_idx" ON "content_items" ("created_at", "id") `);
    await q.query(`CREATE INDEX "content_items_owner_idx" ON "content_items" ("owner_library_id", "created_at", "id") `);
    await q.query(
      `CREATE TABLE "content_publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_item_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "community_id" uuid NOT NULL, "library_id" uuid NOT NULL, "published_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b00149ee0982a6c710b05f19ec" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "content_publications_thread_key" ON "content_publications" ("thread_id") `);
    await q.query(`CREATE INDEX "content_publications_item_idx" ON "content_publications" ("content_item_id", "library_id") `);
    await q.query(
      `CREATE TABLE "syndications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "from_community_id" uuid NOT NULL, "to_community_id" uuid NOT NULL, "state" text NOT NULL, "proposed_by_id" uuid NOT NULL, "proposed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "PK_d773cf37e79bfd5b244526a5e32" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "syndications_to_state_idx" ON "syndications" ("to_community_id", "state", "proposed_at", "id") `);
    await q.query(
      `CREATE UNIQUE INDEX "syndications_open_key" ON "syndications" ("thread_id", "to_community_id") WHERE state IN ('PROPOSED', 'ACCEPTED')`,
    );
    await q.query(
      `ALTER TABLE "chapters" ADD CONSTRAINT "FK_14a9f83fe879553eb8d0f6dcd08" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "chapters" ADD CONSTRAINT "FK_2ec759ea1ae57e6bf7a93f0deb6" FOREIGN KEY ("national_community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "chapters" ADD CONSTRAINT "FK_90eebdb0db18ff8381a4875be78" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "content_items" ADD CONSTRAINT "FK_233f2bae9ae44fb65d8facc9908" FOREIGN KEY ("owner_library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "content_publications" ADD CONSTRAINT "FK_143cec4d90904710efaecb5c430" FOREIGN KEY ("content_item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "content_publications" ADD CONSTRAINT "FK_3c76d5831dfeb1e8aeb4f472148" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "content_publications" ADD CONSTRAINT "FK_7120081be41a911f8a203b7eff7" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "content_publications" ADD CONSTRAINT "FK_f8e8dbba4c189b1dce11e8712c7" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "syndications" ADD CONSTRAINT "FK_1930c2f6cbba34f00e71b3eec4b" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "syndications" ADD CONSTRAINT "FK_7d99fa5922d251a85e565c12ace" FOREIGN KEY ("from_community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "syndications" ADD CONSTRAINT "FK_7b40a23af2d17562fd43fe69db7" FOREIGN KEY ("to_community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "syndications" DROP CONSTRAINT "FK_7b40a23af2d17562fd43fe69db7"`);
    await q.query(`ALTER TABLE "syndications" DROP CONSTRAINT "FK_7d99fa5922d251a85e565c12ace"`);
    await q.query(`ALTER TABLE "syndications" DROP CONSTRAINT "FK_1930c2f6cbba34f00e71b3eec4b"`);
    await q.query(`ALTER TABLE "content_publications" DROP CONSTRAINT "FK_f8e8dbba4c189b1dce11e8712c7"`);
    await q.query(`ALTER TABLE "content_publications" DROP CONSTRAINT "FK_7120081be41a911f8a203b7eff7"`);
    await q.query(`ALTER TABLE "content_publications" DROP CONSTRAINT "FK_3c76d5831dfeb1e8aeb4f472148"`);
    await q.query(`ALTER TABLE "content_publications" DROP CONSTRAINT "FK_143cec4d90904710efaecb5c430"`);
    await q.query(`ALTER TABLE "content_items" DROP CONSTRAINT "FK_233f2bae9ae44fb65d8facc9908"`);
    await q.query(`ALTER TABLE "chapters" DROP CONSTRAINT "FK_90eebdb0db18ff8381a4875be78"`);
    await q.query(`ALTER TABLE "chapters" DROP CONSTRAINT "FK_2ec759ea1ae57e6bf7a93f0deb6"`);
    await q.query(`ALTER TABLE "chapters" DROP CONSTRAINT "FK_14a9f83fe879553eb8d0f6dcd08"`);
    await q.query(`DROP INDEX "public"."syndications_open_key"`);
    await q.query(`DROP INDEX "public"."syndications_to_state_idx"`);
    await q.query(`DROP TABLE "syndications"`);
    await q.query(`DROP INDEX "public"."content_publications_item_idx"`);
    await q.query(`DROP INDEX "public"."content_publications_thread_key"`);
    await q.query(`DROP TABLE "content_publications"`);
    await q.query(`DROP INDEX "public"."content_items_owner_idx"`);
    await q.query(`DROP INDEX "public"."content_items_created_idx"`);
    await q.query(`DROP TABLE "content_items"`);
    await q.query(`DROP INDEX "public"."chapters_national_library_key"`);
    await q.query(`DROP TABLE "chapters"`);
  }
}
