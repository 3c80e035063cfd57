import { MigrationInterface, QueryRunner } from 'typeorm';

/** The retention job (LiveEventsRetention) deletes live events by age: an index on created_at keeps that a range scan. */
export class LiveEventsRetentionIndex1795900000110 implements MigrationInterface {
  name = 'LiveEventsRetentionIndex1795900000110';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "live_events_created_at_idx" ON "live_events" ("created_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."live_events_created_at_idx"`);
  }
}
