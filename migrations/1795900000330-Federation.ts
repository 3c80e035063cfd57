import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ActivityPub federation (libs/federation). Besides the entities' tables: Fedify's key–value store and
 * delivery queue (federation_kv, federation_queue), and federation_changes, which a trigger on
 * live_events fills in the writer's own transaction for communities with federation on: every change a
 * reader could see (a post added, edited, removed, restored; a thread added, moved) is looked at once
 * by the federation worker, which sends what the gate allows.
 */
export class Federation1795900000330 implements MigrationInterface {
  name = 'Federation1795900000330';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "federated_communities" ("community_id" uuid NOT NULL, "enabled" boolean NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federated_communities" PRIMARY KEY ("community_id"))`,
    );
    await q.query(
      `CREATE TABLE "federation_keys" ("identifier" text NOT NULL, "algorithm" text NOT NULL, "public_jwk" jsonb NOT NULL, "private_jwk" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_keys" PRIMARY KEY ("identifier", "algorithm"))`,
    );
    await q.query(
      `CREATE TABLE "federation_blocked_instances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "host" text NOT NULL, "reason" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_blocked_instances" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "federation_blocked_instances_host_key" ON "federation_blocked_instances" ("host") `);
    await q.query(
      `CREATE TABLE "federation_remote_actors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "uri" text NOT NULL, "type" text NOT NULL, "host" text NOT NULL, "handle" text NOT NULL, "display_name" text NOT NULL, "inbox" text NOT NULL, "shared_inbox" text, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_remote_actors" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "federation_remote_actors_uri_key" ON "federation_remote_actors" ("uri") `);
    await q.query(`CREATE UNIQUE INDEX "federation_remote_actors_user_key" ON "federation_remote_actors" ("user_id") `);
    await q.query(
      `CREATE TABLE "federation_followers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "follow_uri" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_followers" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "federation_followers_key" ON "federation_followers" ("community_id", "actor_id") `);
    await q.query(
      `CREATE TABLE "federation_objects" ("post_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "uri" text NOT NULL, "community_id" uuid, "remote_actor_id" uuid, "sent" text NOT NULL DEFAULT 'NONE', "sent_edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_federation_objects" PRIMARY KEY ("post_id"))`,
    );
    await q.query(`CREATE INDEX "federation_objects_thread_idx" ON "federation_objects" ("thread_id") `);
    await q.query(`CREATE UNIQUE INDEX "federation_objects_uri_key" ON "federation_objects" ("uri") `);
    await q.query(
      `CREATE TABLE "federation_remote_communities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "handle" text NOT NULL, "name" text NOT NULL, "summary" text NOT NULL, "url" text NOT NULL, "accepted" boolean NOT NULL DEFAULT false, "follower_count" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_remote_communities" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "federation_remote_communities_actor_key" ON "federation_remote_communities" ("actor_id") `);
    await q.query(`CREATE UNIQUE INDEX "federation_remote_communities_handle_key" ON "federation_remote_communities" ("handle") `);
    await q.query(
      `CREATE TABLE "federation_remote_follows" ("remote_community_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_remote_follows" PRIMARY KEY ("remote_community_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "federation_remote_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "remote_community_id" uuid NOT NULL, "uri" text NOT NULL, "thread_uri" text NOT NULL, "in_reply_to" text, "title" text, "content_html" text NOT NULL, "author_name" text NOT NULL, "author_uri" text NOT NULL, "published" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "local_author_id" uuid, CONSTRAINT "PK_federation_remote_posts" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "federation_remote_posts_uri_key" ON "federation_remote_posts" ("uri") `);
    await q.query(
      `CREATE INDEX "federation_remote_posts_thread_idx" ON "federation_remote_posts" ("remote_community_id", "thread_uri", "published") `,
    );

    // Fedify's key–value store (caches, idempotence) and its persistent delivery queue (libs/federation/src/pg-store.ts).
    await q.query(
      `CREATE TABLE "federation_kv" ("key" text[] NOT NULL, "value" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_federation_kv" PRIMARY KEY ("key"))`,
    );
    await q.query(
      `CREATE TABLE "federation_queue" ("id" BIGSERIAL NOT NULL, "message" jsonb NOT NULL, "run_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_queue" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "federation_queue_run_at_idx" ON "federation_queue" ("run_at", "id")`);
    // Changes to look at: written by the trigger below, in the writer's transaction, for federated communities only.
    await q.query(
      `CREATE TABLE "federation_changes" ("id" BIGSERIAL NOT NULL, "community_id" uuid NOT NULL, "thread_id" uuid, "post_id" uuid, "type" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_federation_changes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE FUNCTION federation_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.thread_id IS NOT NULL AND NEW.type IN ('THREAD_ADDED', 'THREAD_UPDATED', 'THREAD_MOVED', 'POST_ADDED', 'POST_EDITED', 'POST_REMOVED', 'POST_RESTORED')
           AND (EXISTS (SELECT 1 FROM federated_communities f WHERE f.community_id = NEW.community_id AND f.enabled)
                -- a thread that went out before (moved elsewhere since, or its community's federation switched off): Deletes may be due
                OR EXISTS (SELECT 1 FROM federation_objects o WHERE o.thread_id = NEW.thread_id)) THEN
          INSERT INTO federation_changes (community_id, thread_id, post_id, type) VALUES (NEW.community_id, NEW.thread_id, NEW.post_id, NEW.type);
          PERFORM pg_notify('federation_changes', '');
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER federation_note_change AFTER INSERT ON "live_events" FOR EACH ROW EXECUTE FUNCTION federation_note_change()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER federation_note_change ON "live_events"`);
    await q.query(`DROP FUNCTION federation_note_change()`);
    for (const t of [
      'federation_changes',
      'federation_queue',
      'federation_kv',
      'federation_remote_posts',
      'federation_remote_follows',
      'federation_remote_communities',
      'federation_objects',
      'federation_followers',
      'federation_remote_actors',
      'federation_blocked_instances',
      'federation_keys',
      'federated_communities',
    ]) {
      await q.query(`DROP TABLE "${t}"`);
    }
  }
}
