import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15, passwords and sessions: reset links (stored as hashes), each session's browser and last
 * use (sessions made before keep their start as their last use), and account mails in the email
 * outbox (a row without a notification).
 */
export class PasswordResetAndSessions1795900000160 implements MigrationInterface {
  name = 'PasswordResetAndSessions1795900000160';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens" ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "password_reset_tokens_hash_key" ON "password_reset_tokens" ("token_hash") `);
    await q.query(`ALTER TABLE "sessions" ADD "user_agent" text`);
    await q.query(`ALTER TABLE "sessions" ADD "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`UPDATE "sessions" SET "last_used_at" = "created_at"`);
    await q.query(`ALTER TABLE "email_outbox" ALTER COLUMN "notification_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await q.query(`DELETE FROM "email_outbox" WHERE "notification_id" IS NULL`);
    await q.query(`ALTER TABLE "email_outbox" ALTER COLUMN "notification_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "last_used_at"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
    await q.query(`DROP INDEX "public"."password_reset_tokens_hash_key"`);
    await q.query(`DROP INDEX "public"."password_reset_tokens_user_id_idx"`);
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
