import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15, email verification and change: when an account proved it reads its address, and the links
 * mailed for it (stored as hashes). Accounts made before this count as verified: they registered when
 * no one was asked to, and refusing them now would lock every existing member out of writing.
 */
export class EmailVerification1795900000180 implements MigrationInterface {
  name = 'EmailVerification1795900000180';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await q.query(
      `CREATE TABLE "email_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "email" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "email_tokens_user_id_idx" ON "email_tokens" ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "email_tokens_hash_key" ON "email_tokens" ("token_hash") `);
    await q.query(
      `ALTER TABLE "email_tokens" ADD CONSTRAINT "FK_018295f41628791c301bfe8b625" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "email_tokens" DROP CONSTRAINT "FK_018295f41628791c301bfe8b625"`);
    await q.query(`DROP INDEX "public"."email_tokens_hash_key"`);
    await q.query(`DROP INDEX "public"."email_tokens_user_id_idx"`);
    await q.query(`DROP TABLE "email_tokens"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
