import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitation links of communities (issue 18): only a token's SHA-256 is kept; expiry, a use limit, revocation. */
export class CommunityInviteLinks1795900000380 implements MigrationInterface {
  name = 'CommunityInviteLinks1795900000380';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "community_invite_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_uses" integer, "uses" integer NOT NULL DEFAULT '0', "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_community_invite_links" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "community_invite_links_token_hash_key" ON "community_invite_links" ("token_hash") `);
    await q.query(`CREATE INDEX "community_invite_links_community_idx" ON "community_invite_links" ("community_id", "created_at") `);
    await q.query(
      `ALTER TABLE "community_invite_links" ADD CONSTRAINT "FK_1df5acc17ca5775d67a1fad7386" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "community_invite_links" ADD CONSTRAINT "FK_ae82cc246ba9119572223d6dfe2" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "community_invite_links"`);
  }
}
