import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795746919315 implements MigrationInterface {
  name = 'Initial1795746919315';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") `);
    await q.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id") `);
    await q.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "refresh_tokens_session_id_idx" ON "refresh_tokens" ("session_id") `);
    await q.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens" ("token_hash") `);
    await q.query(
      `CREATE TABLE "libraries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_505fedfcad00a09b3734b4223de" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "libraries_slug_key" ON "libraries" ("slug") `);
    await q.query(
      `CREATE TABLE "library_staff" ("library_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7052a6307901bec9ecf47b9f3c" PRIMARY KEY ("library_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "library_staff_user_id_idx" ON "library_staff" ("user_id") `);
    await q.query(
      `CREATE TABLE "communities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "library_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "theme" text NOT NULL, "visibility" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fea1fe83c86ccde9d0a089e7ea2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "communities_slug_key" ON "communities" ("slug") `);
    await q.query(`CREATE INDEX "communities_theme_idx" ON "communities" ("theme") `);
    await q.query(`CREATE INDEX "communities_library_id_idx" ON "communities" ("library_id", "name") `);
    await q.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invitations_community_user_key" UNIQUE ("community_id", "user_id"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "state" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "memberships_community_user_key" UNIQUE ("community_id", "user_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "memberships_user_id_idx" ON "memberships" ("user_id") `);
    await q.query(`CREATE INDEX "memberships_community_state_idx" ON "memberships" ("community_id", "state", "created_at") `);
    await q.query(
      `CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "reply_count" integer NOT NULL DEFAULT '0', "post_seq" integer NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "threads_community_activity_idx" ON "threads" ("community_id", "pinned", "last_activity_at", "id") `);
    await q.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "seq" integer NOT NULL, "reply_to_id" uuid, "body" text NOT NULL, "body_html" text NOT NULL, "state" text NOT NULL DEFAULT 'VISIBLE', "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, "edited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "posts_thread_seq_key" UNIQUE ("thread_id", "seq"), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id") `);
    await q.query(
      `CREATE TABLE "reactions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d79d1ea3af17596396620d8696f" PRIMARY KEY ("post_id", "user_id", "kind"))`,
    );
    await q.query(`CREATE INDEX "reactions_user_id_idx" ON "reactions" ("user_id") `);
    await q.query(
      `CREATE TABLE "post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "editor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_revisions_post_version_key" UNIQUE ("post_id", "version"), CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "library_staff" ADD CONSTRAINT "FK_5e00140ef5dd13e525faef3ab5d" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "library_staff" ADD CONSTRAINT "FK_2f87303039e0804cca24eb25447" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "communities" ADD CONSTRAINT "FK_62a1a8e54c80a7c9b0005eca357" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_a8e5485256adf225dbb00a570b6" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_fecdffec754fa4d5cea98709776" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_d4de0403dd012cf87b430af70ef" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_5c1ee6007d9085076697a48dea0" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_e98897acd9bed2a50a997f11bc3" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_89efae744488da3393177c9ccbf" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_77d932fee463f3a2985034ecec3" FOREIGN KEY ("reply_to_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reactions" ADD CONSTRAINT "FK_a1ac38351a456da43cd26d38be8" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reactions" ADD CONSTRAINT "FK_dde6062145a93649adc5af3946e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_21715fae1f647ae1e4b0741346a"`);
    await q.query(`ALTER TABLE "reactions" DROP CONSTRAINT "FK_dde6062145a93649adc5af3946e"`);
    await q.query(`ALTER TABLE "reactions" DROP CONSTRAINT "FK_a1ac38351a456da43cd26d38be8"`);
    await q.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_77d932fee463f3a2985034ecec3"`);
    await q.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await q.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_89efae744488da3393177c9ccbf"`);
    await q.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183"`);
    await q.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_e98897acd9bed2a50a997f11bc3"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_5c1ee6007d9085076697a48dea0"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4de0403dd012cf87b430af70ef"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_fecdffec754fa4d5cea98709776"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_a8e5485256adf225dbb00a570b6"`);
    await q.query(`ALTER TABLE "communities" DROP CONSTRAINT "FK_62a1a8e54c80a7c9b0005eca357"`);
    await q.query(`ALTER TABLE "library_staff" DROP CONSTRAINT "FK_2f87303039e0804cca24eb25447"`);
    await q.query(`ALTER TABLE "library_staff" DROP CONSTRAINT "FK_5e00140ef5dd13e525faef3ab5d"`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await q.query(`DROP TABLE "post_revisions"`);
    await q.query(`DROP INDEX "public"."reactions_user_id_idx"`);
    await q.query(`DROP TABLE "reactions"`);
    await q.query(`DROP INDEX "public"."posts_author_id_idx"`);
    await q.query(`DROP TABLE "posts"`);
    await q.query(`DROP INDEX "public"."threads_community_activity_idx"`);
    await q.query(`DROP TABLE "threads"`);
    await q.query(`DROP INDEX "public"."memberships_community_state_idx"`);
    await q.query(`DROP INDEX "public"."memberships_user_id_idx"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."communities_library_id_idx"`);
    await q.query(`DROP INDEX "public"."communities_theme_idx"`);
    await q.query(`DROP INDEX "public"."communities_slug_key"`);
    await q.query(`DROP TABLE "communities"`);
    await q.query(`DROP INDEX "public"."library_staff_user_id_idx"`);
    await q.query(`DROP TABLE "library_staff"`);
    await q.query(`DROP INDEX "public"."libraries_slug_key"`);
    await q.query(`DROP TABLE "libraries"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_session_id_idx"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
  }
}
