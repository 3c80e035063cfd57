import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795749847920 implements MigrationInterface {
  name = 'Moderation1795749847920';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "moderation_actions" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "community_id" uuid, "reason" text, "details" text, "expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "moderation_actions_community_idx" ON "moderation_actions" ("community_id", "id") `);
    await q.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "post_id" uuid, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "reporter_id" uuid, "reason" text NOT NULL, "note" text, "status" text NOT NULL DEFAULT 'OPEN', "outcome" text, "action" text, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reports_reporter_target_key" UNIQUE ("reporter_id", "target_type", "target_id"), CONSTRAINT "reports_target_check" CHECK (("target_type" = 'POST' AND "post_id" = "target_id") OR ("target_type" = 'THREAD' AND "post_id" IS NULL AND "thread_id" = "target_id")), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "reports_target_idx" ON "reports" ("target_id", "status") `);
    await q.query(`CREATE INDEX "reports_community_status_idx" ON "reports" ("community_id", "status", "created_at", "id") `);
    await q.query(
      `CREATE TABLE "watched_words" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid, "phrase" text NOT NULL, "normalized" text NOT NULL, "action" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57b1b941d4b2fa87e36f3d4033d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "watched_words_global_phrase_key" ON "watched_words" ("normalized") WHERE "community_id" IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "watched_words_community_phrase_key" ON "watched_words" ("community_id", "normalized") WHERE "community_id" IS NOT NULL`,
    );
    await q.query(`ALTER TABLE "users" ADD "suspended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "suspended_until" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "suspension_reason" text`);
    await q.query(`ALTER TABLE "communities" ADD "approval" text NOT NULL DEFAULT 'OFF'`);
    await q.query(`ALTER TABLE "communities" ADD "report_threshold" integer NOT NULL DEFAULT '3'`);
    await q.query(`ALTER TABLE "communities" ADD "slow_mode_seconds" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "communities" ADD "public_mod_log" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "memberships" ADD "ban_reason" text`);
    await q.query(`ALTER TABLE "memberships" ADD "banned_until" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "memberships" ADD "state_before_ban" text`);
    await q.query(`ALTER TABLE "threads" ADD "state" text NOT NULL DEFAULT 'VISIBLE'`);
    await q.query(`ALTER TABLE "posts" ADD "moderated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "posts" ADD "moderated_by_id" uuid`);
    await q.query(`ALTER TABLE "posts" ADD "moderation_reason" text`);
    await q.query(`CREATE INDEX "posts_pending_idx" ON "posts" ("created_at", "id") WHERE state = 'PENDING'`);
    await q.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_34ed1c4a7fafff84340dda684b9" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_b84fcce5b84191fc4b8e5d0d6f9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "watched_words" ADD CONSTRAINT "FK_d9102fb027742fbcc9c5c85e6e3" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The moderation log is append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE.
    await q.query(`CREATE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_actions is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER moderation_actions_no_update_delete BEFORE UPDATE OR DELETE ON "moderation_actions" FOR EACH ROW EXECUTE FUNCTION moderation_actions_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER moderation_actions_no_truncate BEFORE TRUNCATE ON "moderation_actions" FOR EACH STATEMENT EXECUTE FUNCTION moderation_actions_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER moderation_actions_no_truncate ON "moderation_actions"`);
    await q.query(`DROP TRIGGER moderation_actions_no_update_delete ON "moderation_actions"`);
    await q.query(`DROP FUNCTION moderation_actions_append_only()`);
    await q.query(`ALTER TABLE "watched_words" DROP CONSTRAINT "FK_d9102fb027742fbcc9c5c85e6e3"`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_b84fcce5b84191fc4b8e5d0d6f9"`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_34ed1c4a7fafff84340dda684b9"`);
    await q.query(`DROP INDEX "public"."posts_pending_idx"`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "moderation_reason"`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "moderated_by_id"`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "moderated_at"`);
    await q.query(`ALTER TABLE "threads" DROP COLUMN "state"`);
    await q.query(`ALTER TABLE "memberships" DROP COLUMN "state_before_ban"`);
    await q.query(`ALTER TABLE "memberships" DROP COLUMN "banned_until"`);
    await q.query(`ALTER TABLE "memberships" DROP COLUMN "ban_reason"`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "public_mod_log"`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "slow_mode_seconds"`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "report_threshold"`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "approval"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "suspension_reason"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "suspended_until"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "suspended_at"`);
    await q.query(`DROP INDEX "public"."watched_words_community_phrase_key"`);
    await q.query(`DROP INDEX "public"."watched_words_global_phrase_key"`);
    await q.query(`DROP TABLE "watched_words"`);
    await q.query(`DROP INDEX "public"."reports_community_status_idx"`);
    await q.query(`DROP INDEX "public"."reports_target_idx"`);
    await q.query(`DROP TABLE "reports"`);
    await q.query(`DROP INDEX "public"."moderation_actions_community_idx"`);
    await q.query(`DROP TABLE "moderation_actions"`);
  }
}
