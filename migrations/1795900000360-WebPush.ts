import { MigrationInterface, QueryRunner } from 'typeorm';

/** Web Push: browsers' push subscriptions, the outbox of pushes to send, and which kinds a member has pushed. */
export class WebPush1795900000360 implements MigrationInterface {
  name = 'WebPush1795900000360';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "push_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "endpoint" text NOT NULL, "p256dh" text NOT NULL, "auth" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_push_subscriptions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "push_subscriptions_user_idx" ON "push_subscriptions" ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "push_subscriptions_endpoint_key" ON "push_subscriptions" ("endpoint") `);
    await q.query(
      `ALTER TABLE "push_subscriptions" ADD CONSTRAINT "FK_6771f119f1c06d2ccf38f238664" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "push_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "notification_id" uuid NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "push_outbox_subscription_notification_key" UNIQUE ("subscription_id", "notification_id"), CONSTRAINT "PK_push_outbox" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "push_outbox_due_idx" ON "push_outbox" ("next_attempt_at") `);
    await q.query(`CREATE INDEX "push_outbox_notification_idx" ON "push_outbox" ("notification_id") `);
    await q.query(
      `ALTER TABLE "push_outbox" ADD CONSTRAINT "FK_31f828400699503b76ae801c7be" FOREIGN KEY ("subscription_id") REFERENCES "push_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "push_outbox" ADD CONSTRAINT "FK_8c55f89a919cc2b1f1b1aa32c57" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "notification_settings" ADD "push_kinds" text array`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_settings" DROP COLUMN "push_kinds"`);
    await q.query(`DROP TABLE "push_outbox"`);
    await q.query(`DROP TABLE "push_subscriptions"`);
  }
}
