import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expertise claims verified by libraries, and questions with accepted answers. */
export class Experts1795800000002 implements MigrationInterface {
  name = 'Experts1795800000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "expertise_log" ("id" BIGSERIAL NOT NULL, "expertise_id" uuid NOT NULL, "user_id" uuid NOT NULL, "library_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" text NOT NULL, "topic" text NOT NULL, "reason" text, "details" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96fa5dfce1d9f34cdb4ae3fda3d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "expertise_log_library_idx" ON "expertise_log" ("library_id", "id") `);
    await q.query(
      `CREATE TABLE "expertise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "topic" text NOT NULL, "topic_key" text NOT NULL, "evidence" text NOT NULL, "state" text NOT NULL DEFAULT 'CLAIMED', "library_id" uuid, "verified_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c1f773f9419573f6bc37eebb7f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "expertise_user_id_idx" ON "expertise" ("user_id") `);
    await q.query(`CREATE INDEX "expertise_library_verified_idx" ON "expertise" ("library_id", "user_id") WHERE state = 'VERIFIED'`);
    await q.query(`CREATE INDEX "expertise_claimed_idx" ON "expertise" ("created_at", "id") WHERE state = 'CLAIMED'`);
    await q.query(`CREATE UNIQUE INDEX "expertise_user_topic_key" ON "expertise" ("user_id", "topic_key") WHERE state <> 'REVOKED'`);
    await q.query(
      `CREATE TABLE "questions" ("thread_id" uuid NOT NULL, "asked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "first_reply_at" TIMESTAMP WITH TIME ZONE, "accepted_post_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, CONSTRAINT "PK_b40976a25de60f831f368bd35b7" PRIMARY KEY ("thread_id"))`,
    );
    await q.query(`CREATE INDEX "questions_unanswered_idx" ON "questions" ("asked_at", "thread_id") WHERE first_reply_at IS NULL`);
    await q.query(
      `ALTER TABLE "expertise" ADD CONSTRAINT "FK_78c9bfe867a3b0dd6fe4550a6d0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expertise" ADD CONSTRAINT "FK_8b4300490a23b25eb5778cb2039" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_b40976a25de60f831f368bd35b7" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_4f07995d9f83c94808ebafbf0ba" FOREIGN KEY ("accepted_post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The expertise log is append-only, like the moderation log: no UPDATE, DELETE or TRUNCATE.
    await q.query(`CREATE FUNCTION expertise_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'expertise_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER expertise_log_no_update_delete BEFORE UPDATE OR DELETE ON "expertise_log" FOR EACH ROW EXECUTE FUNCTION expertise_log_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER expertise_log_no_truncate BEFORE TRUNCATE ON "expertise_log" FOR EACH STATEMENT EXECUTE FUNCTION expertise_log_append_only()`,
    );
    // A reply held for approval reaches the asker when a moderator approves it (or restores it): that is its
    // first visible reply too. Post states change in one place (libs/threads PostStateService), which
    // announces no domain event, so the database times it, in the approving transaction.
    await q.query(`CREATE FUNCTION questions_reply_became_visible() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE questions q SET first_reply_at = now() FROM threads t
         WHERE q.thread_id = NEW.thread_id AND t.id = NEW.thread_id AND t.author_id <> NEW.author_id AND q.first_reply_at IS NULL;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER questions_first_reply_on_approval AFTER UPDATE OF state ON "posts" FOR EACH ROW
      WHEN (OLD.state <> 'VISIBLE' AND NEW.state = 'VISIBLE' AND NEW.seq > 1 AND NEW.deleted_at IS NULL)
      EXECUTE FUNCTION questions_reply_became_visible()`);
    // Questions asked before this migration get their row, with the first visible reply by someone else.
    await q.query(`INSERT INTO questions (thread_id, asked_at, first_reply_at)
      SELECT t.id, t.created_at,
        (SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t.id AND p.seq > 1 AND p.author_id <> t.author_id AND p.state = 'VISIBLE' AND p.deleted_at IS NULL)
      FROM threads t WHERE t.kind = 'QUESTION'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER questions_first_reply_on_approval ON "posts"`);
    await q.query(`DROP FUNCTION questions_reply_became_visible()`);
    await q.query(`DROP TRIGGER expertise_log_no_truncate ON "expertise_log"`);
    await q.query(`DROP TRIGGER expertise_log_no_update_delete ON "expertise_log"`);
    await q.query(`DROP FUNCTION expertise_log_append_only()`);
    await q.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_4f07995d9f83c94808ebafbf0ba"`);
    await q.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_b40976a25de60f831f368bd35b7"`);
    await q.query(`ALTER TABLE "expertise" DROP CONSTRAINT "FK_8b4300490a23b25eb5778cb2039"`);
    await q.query(`ALTER TABLE "expertise" DROP CONSTRAINT "FK_78c9bfe867a3b0dd6fe4550a6d0"`);
    await q.query(`DROP INDEX "public"."questions_unanswered_idx"`);
    await q.query(`DROP TABLE "questions"`);
    await q.query(`DROP INDEX "public"."expertise_user_topic_key"`);
    await q.query(`DROP INDEX "public"."expertise_claimed_idx"`);
    await q.query(`DROP INDEX "public"."expertise_library_verified_idx"`);
    await q.query(`DROP INDEX "public"."expertise_user_id_idx"`);
    await q.query(`DROP TABLE "expertise"`);
    await q.query(`DROP INDEX "public"."expertise_log_library_idx"`);
    await q.query(`DROP TABLE "expertise_log"`);
  }
}
