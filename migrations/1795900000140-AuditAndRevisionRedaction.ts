import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (moderation_actions) gets library-level lines: staff changes, house style and catalogue
 * imports carry their library, read by that library's admins (libraryAuditLog). A post revision can be
 * redacted: its text is overwritten and redacted_at says when (the audit line says who and why).
 */
export class AuditAndRevisionRedaction1795900000140 implements MigrationInterface {
  name = 'AuditAndRevisionRedaction1795900000140';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "moderation_actions" ADD "library_id" uuid`);
    await q.query(`CREATE INDEX "moderation_actions_library_idx" ON "moderation_actions" ("library_id", "id") `);
    await q.query(`ALTER TABLE "post_revisions" ADD "redacted_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "post_revisions" DROP COLUMN "redacted_at"`);
    await q.query(`DROP INDEX "public"."moderation_actions_library_idx"`);
    await q.query(`ALTER TABLE "moderation_actions" DROP COLUMN "library_id"`);
  }
}
