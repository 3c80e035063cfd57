import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveEvents1795747756157 implements MigrationInterface {
  name = 'LiveEvents1795747756157';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "live_events" ("channel" text NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "community_id" uuid NOT NULL, "thread_id" uuid, "post_id" uuid, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c61835877f0fa14a6e042778960" PRIMARY KEY ("channel", "seq"))`,
    );
    await q.query(
      `CREATE TABLE "live_channels" ("channel" text NOT NULL, "seq" integer NOT NULL, CONSTRAINT "PK_ca7e1297d35c9d35a360cf1f72d" PRIMARY KEY ("channel"))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "live_channels"`);
    await q.query(`DROP TABLE "live_events"`);
  }
}
