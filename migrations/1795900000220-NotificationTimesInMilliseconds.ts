import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * notifications.created_at in milliseconds, as the other columns a list cursor reads: the cursor carries a
 * JavaScript Date, and notifications apart by less than a millisecond were skipped by the next page.
 */
export class NotificationTimesInMilliseconds1795900000220 implements MigrationInterface {
  name = 'NotificationTimesInMilliseconds1795900000220';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
