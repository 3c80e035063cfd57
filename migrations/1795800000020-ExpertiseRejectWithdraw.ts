import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expertise claims a library rejects (REJECTED, with who, when and why) and expertise its owner
 * withdraws (WITHDRAWN). Only CLAIMED and VERIFIED rows are live now: the one-per-topic index no
 * longer holds back a rejected or withdrawn topic from being claimed again.
 */
export class ExpertiseRejectWithdraw1795800000020 implements MigrationInterface {
  name = 'ExpertiseRejectWithdraw1795800000020';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "expertise" ADD "rejected_by_id" uuid`);
    await q.query(`ALTER TABLE "expertise" ADD "rejected_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "expertise" ADD "reject_reason" text`);
    await q.query(`ALTER TABLE "expertise" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`DROP INDEX "public"."expertise_user_topic_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "expertise_user_topic_key" ON "expertise" ("user_id", "topic_key") WHERE state IN ('CLAIMED', 'VERIFIED')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    // The old index counted every row but REVOKED ones: rejected and withdrawn rows become revoked ones.
    await q.query(`UPDATE "expertise" SET state = 'REVOKED' WHERE state IN ('REJECTED', 'WITHDRAWN')`);
    await q.query(`DROP INDEX "public"."expertise_user_topic_key"`);
    await q.query(`CREATE UNIQUE INDEX "expertise_user_topic_key" ON "expertise" ("user_id", "topic_key") WHERE state <> 'REVOKED'`);
    await q.query(`ALTER TABLE "expertise" DROP COLUMN "withdrawn_at"`);
    await q.query(`ALTER TABLE "expertise" DROP COLUMN "reject_reason"`);
    await q.query(`ALTER TABLE "expertise" DROP COLUMN "rejected_at"`);
    await q.query(`ALTER TABLE "expertise" DROP COLUMN "rejected_by_id"`);
  }
}
