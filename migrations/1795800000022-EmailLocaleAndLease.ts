import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail in the recipient's language (`notification_settings.locale`, Dutch unless they choose English),
 * and a lease on outbox rows being sent (`email_outbox.claimed_at`): a row left SENDING past it is
 * retried (see EmailWorker). Rows already stuck SENDING get their lease from now, so an instance of the
 * previous version still sending one during a rolling upgrade keeps it.
 */
export class EmailLocaleAndLease1795800000022 implements MigrationInterface {
  name = 'EmailLocaleAndLease1795800000022';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_settings" ADD "locale" text NOT NULL DEFAULT 'nl'`);
    await q.query(`ALTER TABLE "email_outbox" ADD "claimed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "email_outbox" SET claimed_at = now() WHERE state = 'SENDING'`);
    await q.query(`CREATE INDEX "email_outbox_sending_idx" ON "email_outbox" ("claimed_at") WHERE state = 'SENDING'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."email_outbox_sending_idx"`);
    await q.query(`ALTER TABLE "email_outbox" DROP COLUMN "claimed_at"`);
    await q.query(`ALTER TABLE "notification_settings" DROP COLUMN "locale"`);
  }
}
