import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15, deletion and retention. An account deleted by its owner keeps its row, emptied (users.deleted_at
 * says when): posts, audit lines and reports keep pointing at it, and so show "verwijderd account" without a
 * line of the append-only logs being rewritten.
 *
 * The audit logs (moderation_actions, expertise_log) stay append-only, with one way out: the retention job
 * (DataRetention) sets `waardenet.retention = on` for its own transaction, and then, and only then, a line
 * older than 30 days may be deleted. UPDATE and TRUNCATE stay refused; so does any DELETE without the
 * setting, and of a line younger than 30 days even with it, whatever RETENTION_AUDIT_LOG_DAYS says.
 */
export class AccountDeletionAndRetention1795900000190 implements MigrationInterface {
  name = 'AccountDeletionAndRetention1795900000190';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    for (const table of ['moderation_actions', 'expertise_log']) {
      await q.query(`CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND current_setting('waardenet.retention', true) = 'on' AND OLD.created_at < now() - interval '30 days' THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION '${table} is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['moderation_actions', 'expertise_log']) {
      await q.query(`CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${table} is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    }
    await q.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
