import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintained aggregates for the national dashboard (issue #18 ask 7): what NATIONAL_SQL used to work out
 * from every post at each request, kept up to date by triggers on posts, threads and communities, so the
 * dashboard reads a few thousand rows instead of a million posts. Both tables are exact (no sampling, no
 * day buckets): the figures computed from them equal the ones computed from posts (see
 * test/figure-aggregates.e2e-spec.ts, which compares both after every kind of change).
 *
 * - figures_threads: one row per thread with its community, author, kind, whether it is VISIBLE, when it
 *   was created and its first reply: the earliest VISIBLE, undeleted post after the opening post by
 *   someone other than the thread's author (null when none).
 * - figures_author_activity: per community and author, the time of the author's latest VISIBLE, undeleted
 *   post in a VISIBLE thread of that community (no row when there is none). "Active in the last 30 days"
 *   is then `last_post_at > now() - interval '30 days'`, to the microsecond.
 *
 * Triggers recompute what a change can affect (one thread's first reply; the (community, author) pairs
 * the changed rows belong to); a new post, the common case, only moves the two values forward. No foreign
 * keys on purpose (a cascade fires its triggers only at the end of the statement, when the rows they would
 * look up are gone): a thread's deletion deletes its posts first (BEFORE trigger), and cleanup triggers
 * remove a deleted thread's and community's rows. Not entities: TypeORM
 * does not manage these tables (like search_posts). figures_aggregates_rebuild() recomputes both from
 * scratch (used after bulk loads with triggers off, e.g. the dashboard bench, and by the test).
 */
export class FigureAggregates1795900000410 implements MigrationInterface {
  name = 'FigureAggregates1795900000410';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE figures_threads (
      thread_id uuid PRIMARY KEY, community_id uuid NOT NULL, author_id uuid NOT NULL, kind text NOT NULL,
      visible boolean NOT NULL, created_at timestamptz NOT NULL, first_reply_at timestamptz)`);
    await q.query(
      `CREATE INDEX figures_threads_created_idx ON figures_threads (created_at) INCLUDE (community_id, visible, first_reply_at)`,
    );
    await q.query(`CREATE INDEX figures_threads_community_idx ON figures_threads (community_id)`);
    await q.query(`CREATE TABLE figures_author_activity (
      community_id uuid NOT NULL, author_id uuid NOT NULL, last_post_at timestamptz NOT NULL,
      PRIMARY KEY (community_id, author_id))`);
    await q.query(
      `CREATE INDEX figures_author_activity_recent_idx ON figures_author_activity (last_post_at) INCLUDE (community_id, author_id)`,
    );

    // The first reply of one thread, from its posts (index posts_thread_facts_idx).
    await q.query(`CREATE FUNCTION figures_first_reply(t_id uuid, t_author uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
      SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t_id AND p.seq > 1 AND p.author_id <> t_author
        AND p.state = 'VISIBLE' AND p.deleted_at IS NULL $$`);

    // One (community, author) pair recomputed from posts (index posts_author_id_idx).
    await q.query(`CREATE FUNCTION figures_activity_refresh(c_id uuid, a_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE latest timestamptz;
      BEGIN
        IF c_id IS NULL OR a_id IS NULL THEN RETURN; END IF;
        SELECT max(p.created_at) INTO latest FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.author_id = a_id AND t.community_id = c_id AND t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL;
        IF latest IS NULL THEN
          DELETE FROM figures_author_activity WHERE community_id = c_id AND author_id = a_id;
        ELSE
          INSERT INTO figures_author_activity (community_id, author_id, last_post_at) VALUES (c_id, a_id, latest)
            ON CONFLICT (community_id, author_id) DO UPDATE SET last_post_at = EXCLUDED.last_post_at;
        END IF;
      END $$`);

    // One thread's row recomputed (its first reply included).
    await q.query(`CREATE FUNCTION figures_thread_refresh(t_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO figures_threads (thread_id, community_id, author_id, kind, visible, created_at, first_reply_at)
          SELECT t.id, t.community_id, t.author_id, t.kind, t.state = 'VISIBLE', t.created_at, figures_first_reply(t.id, t.author_id)
          FROM threads t WHERE t.id = t_id
          ON CONFLICT (thread_id) DO UPDATE SET community_id = EXCLUDED.community_id, author_id = EXCLUDED.author_id,
            kind = EXCLUDED.kind, visible = EXCLUDED.visible, created_at = EXCLUDED.created_at, first_reply_at = EXCLUDED.first_reply_at;
      END $$`);

    await q.query(`CREATE FUNCTION figures_posts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE t record; old_community uuid;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- A new post only moves the figures forward: its thread's first reply may become earlier, its author's latest post later.
          SELECT id, community_id, author_id, state INTO t FROM threads WHERE id = NEW.thread_id;
          IF NOT FOUND OR NEW.state <> 'VISIBLE' OR NEW.deleted_at IS NOT NULL THEN RETURN NULL; END IF;
          IF NEW.seq > 1 AND NEW.author_id <> t.author_id THEN
            -- Written only when it changes: many posts in one transaction must not pile up row versions to walk.
            UPDATE figures_threads SET first_reply_at = NEW.created_at
              WHERE thread_id = t.id AND (first_reply_at IS NULL OR first_reply_at > NEW.created_at);
          END IF;
          IF t.state = 'VISIBLE' THEN
            INSERT INTO figures_author_activity (community_id, author_id, last_post_at) VALUES (t.community_id, NEW.author_id, NEW.created_at)
              ON CONFLICT (community_id, author_id) DO UPDATE SET last_post_at = EXCLUDED.last_post_at
                WHERE figures_author_activity.last_post_at < EXCLUDED.last_post_at;
          END IF;
          RETURN NULL;
        END IF;
        -- UPDATE or DELETE: recompute what the old and the new row belong to. A thread being deleted may be
        -- gone already (cascade): its community is still in figures_threads until the thread cleanup runs.
        SELECT coalesce((SELECT community_id FROM threads WHERE id = OLD.thread_id), (SELECT community_id FROM figures_threads WHERE thread_id = OLD.thread_id))
          INTO old_community;
        PERFORM figures_activity_refresh(old_community, OLD.author_id);
        UPDATE figures_threads f SET first_reply_at = figures_first_reply(f.thread_id, f.author_id) WHERE f.thread_id = OLD.thread_id;
        IF TG_OP = 'UPDATE' THEN
          IF NEW.thread_id <> OLD.thread_id OR NEW.author_id <> OLD.author_id THEN
            PERFORM figures_activity_refresh((SELECT community_id FROM threads WHERE id = NEW.thread_id), NEW.author_id);
          END IF;
          IF NEW.thread_id <> OLD.thread_id THEN
            UPDATE figures_threads f SET first_reply_at = figures_first_reply(f.thread_id, f.author_id) WHERE f.thread_id = NEW.thread_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER figures_posts_insert AFTER INSERT ON posts FOR EACH ROW EXECUTE FUNCTION figures_posts_sync()`);
    await q.query(`CREATE TRIGGER figures_posts_change AFTER UPDATE OF thread_id, author_id, seq, state, deleted_at, created_at ON posts
      FOR EACH ROW WHEN (OLD.thread_id IS DISTINCT FROM NEW.thread_id OR OLD.author_id IS DISTINCT FROM NEW.author_id
        OR OLD.seq IS DISTINCT FROM NEW.seq OR OLD.state IS DISTINCT FROM NEW.state OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
        OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION figures_posts_sync()`);
    await q.query(`CREATE TRIGGER figures_posts_delete AFTER DELETE ON posts FOR EACH ROW EXECUTE FUNCTION figures_posts_sync()`);

    await q.query(`CREATE FUNCTION figures_threads_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE a uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          -- Runs after the cascade removed the posts (whose triggers refreshed their authors): drop the thread's row.
          DELETE FROM figures_threads WHERE thread_id = OLD.id;
          RETURN NULL;
        END IF;
        PERFORM figures_thread_refresh(NEW.id);
        IF TG_OP = 'UPDATE' AND (NEW.state IS DISTINCT FROM OLD.state OR NEW.community_id IS DISTINCT FROM OLD.community_id) THEN
          -- Hidden, shown again or moved: every author of the thread may have gained or lost activity in both communities.
          FOR a IN SELECT DISTINCT author_id FROM posts WHERE thread_id = NEW.id LOOP
            PERFORM figures_activity_refresh(OLD.community_id, a);
            IF NEW.community_id IS DISTINCT FROM OLD.community_id THEN PERFORM figures_activity_refresh(NEW.community_id, a); END IF;
          END LOOP;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER figures_threads_insert AFTER INSERT ON threads FOR EACH ROW EXECUTE FUNCTION figures_threads_sync()`);
    // A thread's posts go before the thread does, by this trigger rather than by the foreign key's cascade:
    // the cascade fires the posts' triggers only at the end of the whole statement, when the thread (and its
    // community) can no longer be looked up; deleted here, their triggers still see which community they were in.
    await q.query(`CREATE FUNCTION figures_thread_posts_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM posts WHERE thread_id = OLD.id;
        RETURN OLD;
      END $$`);
    await q.query(
      `CREATE TRIGGER figures_threads_before_delete BEFORE DELETE ON threads FOR EACH ROW EXECUTE FUNCTION figures_thread_posts_first()`,
    );
    await q.query(`CREATE TRIGGER figures_threads_change AFTER UPDATE OF community_id, author_id, kind, state, created_at ON threads
      FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id OR OLD.author_id IS DISTINCT FROM NEW.author_id
        OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.state IS DISTINCT FROM NEW.state OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION figures_threads_sync()`);
    await q.query(`CREATE TRIGGER figures_threads_delete AFTER DELETE ON threads FOR EACH ROW EXECUTE FUNCTION figures_threads_sync()`);

    // A community's deletion cascades through its threads and posts; whatever is left of it goes here.
    await q.query(`CREATE FUNCTION figures_communities_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_author_activity WHERE community_id = OLD.id;
        DELETE FROM figures_threads WHERE community_id = OLD.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER figures_communities_delete AFTER DELETE ON communities FOR EACH ROW EXECUTE FUNCTION figures_communities_cleanup()`,
    );

    await q.query(`CREATE FUNCTION figures_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_threads;
        INSERT INTO figures_threads (thread_id, community_id, author_id, kind, visible, created_at, first_reply_at)
          SELECT t.id, t.community_id, t.author_id, t.kind, t.state = 'VISIBLE', t.created_at, fr.first_reply_at
          FROM threads t LEFT JOIN (
            SELECT p.thread_id, min(p.created_at) AS first_reply_at FROM posts p JOIN threads t2 ON t2.id = p.thread_id
            WHERE p.seq > 1 AND p.author_id <> t2.author_id AND p.state = 'VISIBLE' AND p.deleted_at IS NULL GROUP BY p.thread_id
          ) fr ON fr.thread_id = t.id;
        DELETE FROM figures_author_activity;
        INSERT INTO figures_author_activity (community_id, author_id, last_post_at)
          SELECT t.community_id, p.author_id, max(p.created_at) FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL GROUP BY t.community_id, p.author_id;
      END $$`);
    await q.query(`SELECT figures_aggregates_rebuild()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER figures_communities_delete ON communities`);
    await q.query(`DROP TRIGGER figures_threads_delete ON threads`);
    await q.query(`DROP TRIGGER figures_threads_before_delete ON threads`);
    await q.query(`DROP TRIGGER figures_threads_change ON threads`);
    await q.query(`DROP TRIGGER figures_threads_insert ON threads`);
    await q.query(`DROP TRIGGER figures_posts_delete ON posts`);
    await q.query(`DROP TRIGGER figures_posts_change ON posts`);
    await q.query(`DROP TRIGGER figures_posts_insert ON posts`);
    await q.query(`DROP FUNCTION figures_aggregates_rebuild()`);
    await q.query(`DROP FUNCTION figures_communities_cleanup()`);
    await q.query(`DROP FUNCTION figures_thread_posts_first()`);
    await q.query(`DROP FUNCTION figures_threads_sync()`);
    await q.query(`DROP FUNCTION figures_posts_sync()`);
    await q.query(`DROP FUNCTION figures_thread_refresh(uuid)`);
    await q.query(`DROP FUNCTION figures_activity_refresh(uuid, uuid)`);
    await q.query(`DROP FUNCTION figures_first_reply(uuid, uuid)`);
    await q.query(`DROP TABLE figures_author_activity`);
    await q.query(`DROP TABLE figures_threads`);
  }
}
