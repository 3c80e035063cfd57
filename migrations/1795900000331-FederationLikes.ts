import { MigrationInterface, QueryRunner } from 'typeorm';

/** Likes both ways (libs/federation): local members' Likes as sent, remote posts' Likes as announced; reactions now reach the federation worker. */
export class FederationLikes1795900000331 implements MigrationInterface {
  name = 'FederationLikes1795900000331';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "federation_sent_likes" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_federation_sent_likes" PRIMARY KEY ("post_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "federation_remote_likes" ("remote_post_id" uuid NOT NULL, "actor_uri" text NOT NULL, CONSTRAINT "PK_federation_remote_likes" PRIMARY KEY ("remote_post_id", "actor_uri"))`,
    );
    await q.query(`CREATE OR REPLACE FUNCTION federation_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.thread_id IS NOT NULL AND NEW.type IN ('THREAD_ADDED', 'THREAD_UPDATED', 'THREAD_MOVED', 'POST_ADDED', 'POST_EDITED', 'POST_REMOVED', 'POST_RESTORED', 'REACTIONS_CHANGED')
           AND (EXISTS (SELECT 1 FROM federated_communities f WHERE f.community_id = NEW.community_id AND f.enabled)
                OR EXISTS (SELECT 1 FROM federation_objects o WHERE o.thread_id = NEW.thread_id)) THEN
          INSERT INTO federation_changes (community_id, thread_id, post_id, type) VALUES (NEW.community_id, NEW.thread_id, NEW.post_id, NEW.type);
          PERFORM pg_notify('federation_changes', '');
        END IF;
        RETURN NEW;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "federation_remote_likes"`);
    await q.query(`DROP TABLE "federation_sent_likes"`);
  }
}
