import { MigrationInterface, QueryRunner } from 'typeorm';
import { firstFreeHandle, handleBase } from '../libs/notifications/src/handle';

/** Follows, notifications (in-app, live, email outbox and its sender). */
export class Notifications1795800000004 implements MigrationInterface {
  name = 'Notifications1795800000004';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text, "notification_id" uuid NOT NULL, "digest_day" date, "state" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "email_outbox_notification_key" ON "email_outbox" ("notification_id") `);
    await q.query(`CREATE INDEX "email_outbox_digest_idx" ON "email_outbox" ("recipient_id", "digest_day") WHERE digest_day IS NOT NULL`);
    await q.query(`CREATE INDEX "email_outbox_due_idx" ON "email_outbox" ("next_attempt_at") WHERE state = 'PENDING'`);
    await q.query(
      `CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follows_user_target_key" UNIQUE ("user_id", "target_type", "target_id"), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "follows_target_idx" ON "follows" ("target_type", "target_id") `);
    await q.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await q.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "email_delivery" text NOT NULL DEFAULT 'IMMEDIATE', CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "community_id" uuid, "thread_id" uuid, "post_id" uuid, "subject_id" uuid, "detail" text, "dedupe_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "notifications_recipient_dedupe_key" ON "notifications" ("recipient_id", "dedupe_key") `);
    await q.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("recipient_id") WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX "notifications_recipient_idx" ON "notifications" ("recipient_id", "created_at", "id") `);
    await q.query(`ALTER TABLE "users" ADD "handle" text`);
    await q.query(`CREATE UNIQUE INDEX "users_handle_key" ON "users" ("handle") `);
    await q.query(
      `ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_81100097f76e2e289d5e4b14033" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await this.backfillHandles(q);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await q.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"`);
    await q.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await q.query(`ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_81100097f76e2e289d5e4b14033"`);
    await q.query(`DROP INDEX "public"."users_handle_key"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "handle"`);
    await q.query(`DROP INDEX "public"."notifications_recipient_idx"`);
    await q.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await q.query(`DROP INDEX "public"."notifications_recipient_dedupe_key"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP TABLE "notification_settings"`);
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP INDEX "public"."follows_target_idx"`);
    await q.query(`DROP TABLE "follows"`);
    await q.query(`DROP INDEX "public"."email_outbox_due_idx"`);
    await q.query(`DROP INDEX "public"."email_outbox_digest_idx"`);
    await q.query(`DROP INDEX "public"."email_outbox_notification_key"`);
    await q.query(`DROP TABLE "email_outbox"`);
  }

  /** Existing accounts get a handle from their display name, oldest account first (it keeps the plain one). */
  private async backfillHandles(q: QueryRunner): Promise<void> {
    const users: { id: string; display_name: string }[] = await q.query(
      `SELECT id, display_name FROM users WHERE handle IS NULL ORDER BY created_at, id`,
    );
    const taken = new Set<string>();
    for (const u of users) {
      const handle = firstFreeHandle(handleBase(u.display_name), taken);
      taken.add(handle);
      await q.query(`UPDATE users SET handle = $1 WHERE id = $2`, [handle, u.id]);
    }
  }
}
