import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranks at most the newest few hundred posts that match (see POST_RANK_WINDOW in libs/search).
 * A word found in 4% of a million posts used to cost a visit to 25,000 heap pages to rank 40,000 rows
 * (~175 ms); with the post's time beside its vector, and the visible posts indexed by time, the
 * planner walks back from the newest post instead and stops at the window. Rare words still take the
 * GIN bitmap and are ranked in full.
 */
export class SearchRecency1795800000008 implements MigrationInterface {
  name = 'SearchRecency1795800000008';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_posts ADD COLUMN created_at timestamptz`);
    await q.query(`UPDATE search_posts sp SET created_at = p.created_at FROM posts p WHERE p.id = sp.post_id`);
    await q.query(`ALTER TABLE search_posts ALTER COLUMN created_at SET NOT NULL`);
    await q.query(`CREATE INDEX search_posts_recent_idx ON search_posts (created_at) WHERE visible`);
    await q.query(`CREATE INDEX search_posts_community_recent_idx ON search_posts (community_id, created_at) WHERE visible`);
    await q.query(`CREATE OR REPLACE FUNCTION search_posts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_posts (post_id, thread_id, community_id, visible, tsv, created_at)
          SELECT NEW.id, t.id, t.community_id, NEW.state = 'VISIBLE' AND NEW.deleted_at IS NULL AND t.state = 'VISIBLE', dutch_vector(NEW.body), NEW.created_at
          FROM threads t WHERE t.id = NEW.thread_id
          ON CONFLICT (post_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, community_id = EXCLUDED.community_id, visible = EXCLUDED.visible, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION search_posts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_posts (post_id, thread_id, community_id, visible, tsv)
          SELECT NEW.id, t.id, t.community_id, NEW.state = 'VISIBLE' AND NEW.deleted_at IS NULL AND t.state = 'VISIBLE', dutch_vector(NEW.body)
          FROM threads t WHERE t.id = NEW.thread_id
          ON CONFLICT (post_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, community_id = EXCLUDED.community_id, visible = EXCLUDED.visible, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
    await q.query(`DROP INDEX search_posts_community_recent_idx`);
    await q.query(`DROP INDEX search_posts_recent_idx`);
    await q.query(`ALTER TABLE search_posts DROP COLUMN created_at`);
  }
}
