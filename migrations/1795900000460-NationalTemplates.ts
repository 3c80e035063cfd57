import { MigrationInterface, QueryRunner } from 'typeorm';

/** National community templates and campaigns, their adoptions, and the onboarding checklist of a new library (issue 18 asks 3, 4). */
export class NationalTemplates1795900000460 implements MigrationInterface {
  name = 'NationalTemplates1795900000460';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "community_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "name" text NOT NULL, "national_community_id" uuid NOT NULL, "theme" text NOT NULL, "description" text NOT NULL, "starter_threads" jsonb NOT NULL, "watched_words" text array NOT NULL DEFAULT '{}', "starts_on" date, "ends_on" date, "banner_text" text, "banner_color" text, "published_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3319974452ebd22ed4480b630b0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "community_templates_published_idx" ON "community_templates"  ("published_at", "id") `);
    await q.query(
      `CREATE TABLE "library_onboarding" ("library_id" uuid NOT NULL, "marked_steps" text array NOT NULL DEFAULT '{}', "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30f88a8bad3a640adde2bf9cd2e" PRIMARY KEY ("library_id"))`,
    );
    await q.query(
      `CREATE TABLE "template_adoptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "library_id" uuid NOT NULL, "community_id" uuid NOT NULL, "adopted_by_id" uuid NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6b9bc6e400012498218972f31c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "template_adoptions_community_idx" ON "template_adoptions"  ("community_id") `);
    await q.query(`CREATE UNIQUE INDEX "template_adoptions_template_library_key" ON "template_adoptions"  ("template_id", "library_id") `);
    await q.query(
      `ALTER TABLE "community_templates" ADD CONSTRAINT "FK_43abff40bfcfb037b293d4db97e" FOREIGN KEY ("national_community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "library_onboarding" ADD CONSTRAINT "FK_30f88a8bad3a640adde2bf9cd2e" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "template_adoptions" ADD CONSTRAINT "FK_d618ed2d2dcd39fb3af8581969d" FOREIGN KEY ("template_id") REFERENCES "community_templates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "template_adoptions" ADD CONSTRAINT "FK_5d0888a8a02e13958fc5e2f7e7f" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "template_adoptions" ADD CONSTRAINT "FK_13a3c535ea3eff840ba67e34912" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "template_adoptions" DROP CONSTRAINT "FK_13a3c535ea3eff840ba67e34912"`);
    await q.query(`ALTER TABLE "template_adoptions" DROP CONSTRAINT "FK_5d0888a8a02e13958fc5e2f7e7f"`);
    await q.query(`ALTER TABLE "template_adoptions" DROP CONSTRAINT "FK_d618ed2d2dcd39fb3af8581969d"`);
    await q.query(`ALTER TABLE "library_onboarding" DROP CONSTRAINT "FK_30f88a8bad3a640adde2bf9cd2e"`);
    await q.query(`ALTER TABLE "community_templates" DROP CONSTRAINT "FK_43abff40bfcfb037b293d4db97e"`);
    await q.query(`DROP INDEX "public"."template_adoptions_template_library_key"`);
    await q.query(`DROP INDEX "public"."template_adoptions_community_idx"`);
    await q.query(`DROP TABLE "template_adoptions"`);
    await q.query(`DROP TABLE "library_onboarding"`);
    await q.query(`DROP INDEX "public"."community_templates_published_idx"`);
    await q.query(`DROP TABLE "community_templates"`);
  }
}
