import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations by email (issue 18): to a community or to a library's staff, only the token's SHA-256 kept; and mail to an
 * address with no account (the outbox's recipient becomes optional).
 */
export class EmailInvitations1795900000440 implements MigrationInterface {
  name = 'EmailInvitations1795900000440';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "email_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "email" text NOT NULL, "community_id" uuid, "library_id" uuid, "staff_role" text, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, CONSTRAINT "email_invitations_one_target" CHECK ((community_id IS NULL) <> (library_id IS NULL)), CONSTRAINT "PK_14743ba7f0a3b1a3d5f3829f635" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "email_invitations_token_hash_key" ON "email_invitations" ("token_hash") `);
    await q.query(`CREATE INDEX "email_invitations_invited_by_idx" ON "email_invitations" ("invited_by_id", "created_at") `);
    await q.query(
      `ALTER TABLE "email_invitations" ADD CONSTRAINT "FK_004e708a9cbd3da17fa2d511747" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "email_invitations" ADD CONSTRAINT "FK_76bbc6c66e7da8e4562847f66ff" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "email_invitations" ADD CONSTRAINT "FK_f86b6a87e9da75170c49fde4148" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "email_invitations" ADD CONSTRAINT "FK_c2cd4078ae460130a681c0b645c" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "email_outbox" ALTER COLUMN "recipient_id" DROP NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "email_outbox" WHERE "recipient_id" IS NULL`);
    await q.query(`ALTER TABLE "email_outbox" ALTER COLUMN "recipient_id" SET NOT NULL`);
    await q.query(`DROP TABLE "email_invitations"`);
  }
}
