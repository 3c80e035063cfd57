import { MigrationInterface, QueryRunner } from 'typeorm';

/** figures_aggregates_rebuild() as migration 1795900000410 wrote it (restored by down()). */
const REBUILD_410 = `
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
          WHERE t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL GROUP BY t.community_id, p.author_id;`;

/**
 * The programme's phases over time, per library (issue #18 asks 5 and 7): maintained aggregates from which a
 * library's "present" and "facilitating" can be told for every past week without reading posts, kept up to date
 * by triggers beside those of migration 1795900000410 (same rules: VISIBLE, undeleted posts in VISIBLE threads).
 *
 * - figures_activity_days: per community, author and UTC day, that the author wrote such a post there that day
 *   (no count: many posts on one day write nothing more). A week's window is the 30 UTC days up to its end
 *   (Monday 00:00 UTC): days [week_start - 23, week_start + 7).
 * - figures_community_weeks: per community and week, how many distinct authors were active in that window
 *   (rows with 0 are removed). Kept incrementally: a (community, author, day) that appears or disappears moves
 *   the count of the 4 or 5 weeks whose window holds that day, unless the author has another day in it. The
 *   week rows are locked (in week order) before that check, so two first posts by one author on different days
 *   do not both count.
 *
 * Present in a past week: a current staff member of the library has a day in that window in one of its
 * communities (read through library_staff, few rows). Facilitating: a community of the library with an expert
 * member now and 10+ active authors in the window. The current week is counted as the dashboard counts now
 * (figures_author_activity). figures_aggregates_rebuild() rebuilds these tables too.
 */
export class PhaseHistory1795900000480 implements MigrationInterface {
  name = 'PhaseHistory1795900000480';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE figures_activity_days (
      community_id uuid NOT NULL, author_id uuid NOT NULL, day date NOT NULL, PRIMARY KEY (community_id, author_id, day))`);
    await q.query(`CREATE INDEX figures_activity_days_author_idx ON figures_activity_days (author_id, day) INCLUDE (community_id)`);
    await q.query(`CREATE TABLE figures_community_weeks (
      community_id uuid NOT NULL, week_start date NOT NULL, active_authors int NOT NULL, PRIMARY KEY (community_id, week_start))`);

    // The Monday of a day's ISO week (pure date arithmetic: no time zone involved).
    await q.query(`CREATE FUNCTION figures_week_of(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
      SELECT d - (extract(isodow FROM d)::int - 1) $$`);

    // A (community, author, day) appeared (delta 1) or disappeared (-1): the weeks whose window holds the day.
    await q.query(`CREATE FUNCTION figures_day_windows(c_id uuid, a_id uuid, d date, delta int) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE s date := figures_week_of(d);
      BEGIN
        WHILE s <= d + 23 LOOP
          IF delta > 0 THEN
            INSERT INTO figures_community_weeks (community_id, week_start, active_authors) VALUES (c_id, s, 0) ON CONFLICT DO NOTHING;
          END IF;
          -- Locked before the check below, which then sees what another transaction committed meanwhile.
          PERFORM 1 FROM figures_community_weeks WHERE community_id = c_id AND week_start = s FOR UPDATE;
          IF NOT EXISTS (SELECT 1 FROM figures_activity_days x WHERE x.community_id = c_id AND x.author_id = a_id
              AND x.day >= s - 23 AND x.day < s + 7 AND x.day <> d) THEN
            UPDATE figures_community_weeks SET active_authors = active_authors + delta WHERE community_id = c_id AND week_start = s;
          END IF;
          DELETE FROM figures_community_weeks WHERE community_id = c_id AND week_start = s AND active_authors <= 0;
          s := s + 7;
        END LOOP;
      END $$`);

    // One (community, author, day) recomputed from posts (index posts_author_id_idx).
    await q.query(`CREATE FUNCTION figures_day_refresh(c_id uuid, a_id uuid, d date) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE active boolean; had boolean;
      BEGIN
        IF c_id IS NULL OR a_id IS NULL OR d IS NULL THEN RETURN; END IF;
        SELECT EXISTS (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.author_id = a_id AND t.community_id = c_id AND t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL
            AND p.created_at >= d::timestamp AT TIME ZONE 'UTC' AND p.created_at < (d + 1)::timestamp AT TIME ZONE 'UTC') INTO active;
        had := EXISTS (SELECT 1 FROM figures_activity_days WHERE community_id = c_id AND author_id = a_id AND day = d);
        IF active AND NOT had THEN
          INSERT INTO figures_activity_days (community_id, author_id, day) VALUES (c_id, a_id, d) ON CONFLICT DO NOTHING;
          PERFORM figures_day_windows(c_id, a_id, d, 1);
        ELSIF had AND NOT active THEN
          DELETE FROM figures_activity_days WHERE community_id = c_id AND author_id = a_id AND day = d;
          PERFORM figures_day_windows(c_id, a_id, d, -1);
        END IF;
      END $$`);

    await q.query(`CREATE FUNCTION figures_days_posts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE t record; n int; old_community uuid;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- The common case: a new post adds at most one day, and only its author's first post of the day writes.
          IF NEW.state <> 'VISIBLE' OR NEW.deleted_at IS NOT NULL THEN RETURN NULL; END IF;
          SELECT community_id, state INTO t FROM threads WHERE id = NEW.thread_id;
          IF NOT FOUND OR t.state <> 'VISIBLE' THEN RETURN NULL; END IF;
          INSERT INTO figures_activity_days (community_id, author_id, day)
            VALUES (t.community_id, NEW.author_id, (NEW.created_at AT TIME ZONE 'UTC')::date) ON CONFLICT DO NOTHING;
          GET DIAGNOSTICS n = ROW_COUNT;
          IF n > 0 THEN PERFORM figures_day_windows(t.community_id, NEW.author_id, (NEW.created_at AT TIME ZONE 'UTC')::date, 1); END IF;
          RETURN NULL;
        END IF;
        -- UPDATE or DELETE: recompute the old row's day and, when it moved, the new one's (as migration 410 finds the community).
        SELECT coalesce((SELECT community_id FROM threads WHERE id = OLD.thread_id), (SELECT community_id FROM figures_threads WHERE thread_id = OLD.thread_id))
          INTO old_community;
        PERFORM figures_day_refresh(old_community, OLD.author_id, (OLD.created_at AT TIME ZONE 'UTC')::date);
        IF TG_OP = 'UPDATE' AND (NEW.thread_id <> OLD.thread_id OR NEW.author_id <> OLD.author_id OR NEW.created_at <> OLD.created_at) THEN
          PERFORM figures_day_refresh((SELECT community_id FROM threads WHERE id = NEW.thread_id), NEW.author_id, (NEW.created_at AT TIME ZONE 'UTC')::date);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER figures_days_posts_insert AFTER INSERT ON posts FOR EACH ROW EXECUTE FUNCTION figures_days_posts_sync()`);
    await q.query(`CREATE TRIGGER figures_days_posts_change AFTER UPDATE OF thread_id, author_id, state, deleted_at, created_at ON posts
      FOR EACH ROW WHEN (OLD.thread_id IS DISTINCT FROM NEW.thread_id OR OLD.author_id IS DISTINCT FROM NEW.author_id
        OR OLD.state IS DISTINCT FROM NEW.state OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION figures_days_posts_sync()`);
    await q.query(`CREATE TRIGGER figures_days_posts_delete AFTER DELETE ON posts FOR EACH ROW EXECUTE FUNCTION figures_days_posts_sync()`);

    // A thread hidden, shown again or moved: every day of each of its authors, in both communities.
    await q.query(`CREATE FUNCTION figures_days_threads_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT DISTINCT author_id, (created_at AT TIME ZONE 'UTC')::date AS day FROM posts WHERE thread_id = NEW.id LOOP
          PERFORM figures_day_refresh(OLD.community_id, r.author_id, r.day);
          IF NEW.community_id IS DISTINCT FROM OLD.community_id THEN PERFORM figures_day_refresh(NEW.community_id, r.author_id, r.day); END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER figures_days_threads_change AFTER UPDATE OF community_id, state ON threads
      FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id OR OLD.state IS DISTINCT FROM NEW.state)
      EXECUTE FUNCTION figures_days_threads_sync()`);

    await q.query(`CREATE FUNCTION figures_days_communities_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_activity_days WHERE community_id = OLD.id;
        DELETE FROM figures_community_weeks WHERE community_id = OLD.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER figures_days_communities_delete AFTER DELETE ON communities FOR EACH ROW EXECUTE FUNCTION figures_days_communities_cleanup()`,
    );

    await q.query(`CREATE FUNCTION figures_phase_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_activity_days;
        INSERT INTO figures_activity_days (community_id, author_id, day)
          SELECT DISTINCT t.community_id, p.author_id, (p.created_at AT TIME ZONE 'UTC')::date FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL;
        DELETE FROM figures_community_weeks;
        INSERT INTO figures_community_weeks (community_id, week_start, active_authors)
          SELECT d.community_id, figures_week_of(d.day) + 7 * k, count(DISTINCT d.author_id)::int
          FROM figures_activity_days d CROSS JOIN generate_series(0, 4) k
          WHERE figures_week_of(d.day) + 7 * k <= d.day + 23
          GROUP BY d.community_id, figures_week_of(d.day) + 7 * k;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION figures_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN${REBUILD_410}
        PERFORM figures_phase_rebuild();
      END $$`);
    await q.query(`SELECT figures_phase_rebuild()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION figures_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN${REBUILD_410}
      END $$`);
    await q.query(`DROP TRIGGER figures_days_communities_delete ON communities`);
    await q.query(`DROP TRIGGER figures_days_threads_change ON threads`);
    await q.query(`DROP TRIGGER figures_days_posts_delete ON posts`);
    await q.query(`DROP TRIGGER figures_days_posts_change ON posts`);
    await q.query(`DROP TRIGGER figures_days_posts_insert ON posts`);
    await q.query(`DROP FUNCTION figures_phase_rebuild()`);
    await q.query(`DROP FUNCTION figures_days_communities_cleanup()`);
    await q.query(`DROP FUNCTION figures_days_threads_sync()`);
    await q.query(`DROP FUNCTION figures_days_posts_sync()`);
    await q.query(`DROP FUNCTION figures_day_refresh(uuid, uuid, date)`);
    await q.query(`DROP FUNCTION figures_day_windows(uuid, uuid, date, int)`);
    await q.query(`DROP FUNCTION figures_week_of(date)`);
    await q.query(`DROP TABLE figures_community_weeks`);
    await q.query(`DROP TABLE figures_activity_days`);
  }
}
