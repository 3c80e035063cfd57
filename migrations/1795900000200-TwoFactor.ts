import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15, two-step verification: an account's authenticator secret (encrypted, pending until confirmed
 * with a code; the last accepted time step against replays) and its single-use recovery codes (hashed).
 */
export class TwoFactor1795900000200 implements MigrationInterface {
  name = 'TwoFactor1795900000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "user_totp" ("user_id" uuid NOT NULL, "secret_encrypted" text NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_time_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04aa6aca4a656f0d4e1fd30ab10" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "totp_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d7156f4a16f70eb55911ad41901" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "totp_recovery_codes_user_id_idx" ON "totp_recovery_codes" ("user_id") `);
    await q.query(
      `ALTER TABLE "user_totp" ADD CONSTRAINT "FK_04aa6aca4a656f0d4e1fd30ab10" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "totp_recovery_codes" ADD CONSTRAINT "FK_7b5306af9f656dd4651b0f814b8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "totp_recovery_codes" DROP CONSTRAINT "FK_7b5306af9f656dd4651b0f814b8"`);
    await q.query(`ALTER TABLE "user_totp" DROP CONSTRAINT "FK_04aa6aca4a656f0d4e1fd30ab10"`);
    await q.query(`DROP INDEX "public"."totp_recovery_codes_user_id_idx"`);
    await q.query(`DROP TABLE "totp_recovery_codes"`);
    await q.query(`DROP TABLE "user_totp"`);
  }
}
