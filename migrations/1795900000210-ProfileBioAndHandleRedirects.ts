import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15, profile: a short bio, when the handle was last changed (one change a day), and the handles
 * given up that still lead to their account for a while (handle_redirects, HANDLE_REDIRECT_DAYS).
 */
export class ProfileBioAndHandleRedirects1795900000210 implements MigrationInterface {
  name = 'ProfileBioAndHandleRedirects1795900000210';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "handle_redirects" ("handle" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a8ab5d5473dafcb1721049cb9aa" PRIMARY KEY ("handle"))`,
    );
    await q.query(`CREATE INDEX "handle_redirects_user_id_idx" ON "handle_redirects" ("user_id") `);
    await q.query(`ALTER TABLE "users" ADD "handle_changed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "bio" text NOT NULL DEFAULT ''`);
    await q.query(
      `ALTER TABLE "handle_redirects" ADD CONSTRAINT "FK_7b58d50b8b9167f1a7f3eb74a66" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "handle_redirects" DROP CONSTRAINT "FK_7b58d50b8b9167f1a7f3eb74a66"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "bio"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "handle_changed_at"`);
    await q.query(`DROP INDEX "public"."handle_redirects_user_id_idx"`);
    await q.query(`DROP TABLE "handle_redirects"`);
  }
}
