import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An expertise claim is made at a library the claimant picks (expertise.library_id, set from the
 * claim on): only that library's staff list and decide it. Its open claims, oldest first, get their
 * own index. Claims already open keep no library; platform admins decide those.
 */
export class ExpertiseClaimLibrary1795900000150 implements MigrationInterface {
  name = 'ExpertiseClaimLibrary1795900000150';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "expertise_claimed_library_idx" ON "expertise" ("library_id", "created_at", "id") WHERE state = 'CLAIMED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."expertise_claimed_library_idx"`);
  }
}
