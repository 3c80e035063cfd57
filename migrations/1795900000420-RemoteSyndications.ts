import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 ask 5, syndication between two Waardenet instances. A syndication row is one of three kinds:
 * local (both communities here), outgoing (the origin library's side: thread and chapter here, the national
 * community on another server, target_handle set, to_community_id NULL) and incoming (the national side:
 * a mirror thread of the remote original in the national community here, from_community_id NULL, origin_*
 * set). remote_told is the state last told to the other server (the federation worker sends what differs).
 */
export class RemoteSyndications1795900000420 implements MigrationInterface {
  name = 'RemoteSyndications1795900000420';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "syndications" ALTER COLUMN "from_community_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "syndications" ALTER COLUMN "to_community_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "syndications" ADD "target_handle" text`);
    await q.query(`ALTER TABLE "syndications" ADD "remote_actor_uri" text`);
    await q.query(`ALTER TABLE "syndications" ADD "offer_uri" text`);
    await q.query(`ALTER TABLE "syndications" ADD "remote_url" text`);
    await q.query(`ALTER TABLE "syndications" ADD "origin_library_name" text`);
    await q.query(`ALTER TABLE "syndications" ADD "origin_community_name" text`);
    await q.query(`ALTER TABLE "syndications" ADD "remote_told" text`);
    await q.query(`CREATE UNIQUE INDEX "syndications_offer_key" ON "syndications" ("offer_uri") `);
    await q.query(
      `CREATE UNIQUE INDEX "syndications_open_remote_key" ON "syndications" ("thread_id", "target_handle") WHERE state IN ('PROPOSED', 'ACCEPTED') AND target_handle IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "syndications_remote_untold_idx" ON "syndications" ("proposed_at") WHERE remote_actor_uri IS NOT NULL AND remote_told IS DISTINCT FROM state`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."syndications_remote_untold_idx"`);
    await q.query(`DROP INDEX "public"."syndications_open_remote_key"`);
    await q.query(`DROP INDEX "public"."syndications_offer_key"`);
    await q.query(`DELETE FROM "syndications" WHERE from_community_id IS NULL OR to_community_id IS NULL`);
    for (const c of [
      'remote_told',
      'origin_community_name',
      'origin_library_name',
      'remote_url',
      'offer_uri',
      'remote_actor_uri',
      'target_handle',
    ])
      await q.query(`ALTER TABLE "syndications" DROP COLUMN "${c}"`);
    await q.query(`ALTER TABLE "syndications" ALTER COLUMN "to_community_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "syndications" ALTER COLUMN "from_community_id" SET NOT NULL`);
  }
}
