import { MigrationInterface, QueryRunner } from 'typeorm';

/** Library events in communities (issue 18 ask 6): the events, and each person's answer (GOING or WAITLISTED). */
export class LibraryEvents1795900000470 implements MigrationInterface {
  name = 'LibraryEvents1795900000470';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "library_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text, "online_url" text, "capacity" integer, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "created_by_id" uuid, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_library_events" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "library_events_community_starts_idx" ON "library_events" ("community_id", "starts_at") `);
    await q.query(
      `CREATE INDEX "library_events_reminder_idx" ON "library_events" ("starts_at") WHERE reminder_sent_at IS NULL AND cancelled_at IS NULL`,
    );
    await q.query(
      `CREATE TABLE "event_rsvps" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_event_rsvps" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "event_rsvps_user_idx" ON "event_rsvps" ("user_id") `);
    await q.query(
      `ALTER TABLE "library_events" ADD CONSTRAINT "FK_e9cb5e20ff19f3e54bcb56857da" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "library_events" ADD CONSTRAINT "FK_d787e8c77d9562238dc17dd060a" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "event_rsvps" ADD CONSTRAINT "FK_db0b9c02cf734572db6a58b7fd2" FOREIGN KEY ("event_id") REFERENCES "library_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "event_rsvps" ADD CONSTRAINT "FK_0b4fae38ac7839d3749067206df" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "event_rsvps"`);
    await q.query(`DROP TABLE "library_events"`);
  }
}
