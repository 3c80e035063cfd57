/**
 * The national programme's phase figures over time (issue #18 ask 5), one row per calendar week (Monday 00:00 UTC),
 * counted at the end of that week (now, for the current one), over LOCAL libraries, as the dashboard counts now:
 * trained — a current staff member completed the basic course; present — a staff member of the library wrote a
 * visible post in one of its communities in the 30 days before; facilitating — one of its communities had 10+
 * active members in those 30 days and has an expert member (EXPERT role, or expertise verified by the library).
 * Only staff posts and posts in communities with an expert are read. $1 is the number of weeks.
 */
export const PHASE_HISTORY_SQL = `WITH
  weeks AS (SELECT generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - ($1::int - 1) * interval '1 week',
    date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', interval '1 week') AS week_start),
  ends AS (SELECT week_start, LEAST(week_start + interval '1 week', now()) AS week_end FROM weeks),
  since AS (SELECT min(week_start) - interval '30 days' AS at FROM weeks),
  local AS (SELECT id FROM libraries WHERE kind = 'LOCAL'),
  trained AS (
    SELECT s.library_id, min(cc.completed_at) AS at FROM library_staff s JOIN local l ON l.id = s.library_id
    JOIN academy_completions cc ON cc.user_id = s.user_id JOIN academy_courses c ON c.id = cc.course_id AND c.basic
    GROUP BY s.library_id),
  staff_posts AS (
    SELECT s.library_id, p.created_at FROM library_staff s JOIN local l ON l.id = s.library_id
    JOIN posts p ON p.author_id = s.user_id AND p.state = 'VISIBLE' AND p.deleted_at IS NULL AND p.created_at >= (SELECT at FROM since)
    JOIN threads t ON t.id = p.thread_id AND t.state = 'VISIBLE'
    JOIN communities c ON c.id = t.community_id AND c.library_id = s.library_id),
  expert_communities AS (
    SELECT c.id, c.library_id FROM communities c JOIN local l ON l.id = c.library_id
    WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.state = 'ACTIVE' AND (m.role = 'EXPERT'
      OR EXISTS (SELECT 1 FROM expertise e WHERE e.user_id = m.user_id AND e.library_id = c.library_id AND e.state = 'VERIFIED')))),
  community_posts AS (
    SELECT t.community_id, p.author_id, p.created_at FROM expert_communities ec
    JOIN threads t ON t.community_id = ec.id AND t.state = 'VISIBLE'
    JOIN posts p ON p.thread_id = t.id AND p.state = 'VISIBLE' AND p.deleted_at IS NULL AND p.created_at >= (SELECT at FROM since))
SELECT e.week_start AS "weekStart",
  (SELECT count(*) FROM trained WHERE at < e.week_end)::int AS trained,
  (SELECT count(DISTINCT sp.library_id) FROM staff_posts sp WHERE sp.created_at > e.week_end - interval '30 days' AND sp.created_at <= e.week_end)::int AS present,
  (SELECT count(DISTINCT ec.library_id) FROM expert_communities ec WHERE (SELECT count(DISTINCT cp.author_id) FROM community_posts cp
    WHERE cp.community_id = ec.id AND cp.created_at > e.week_end - interval '30 days' AND cp.created_at <= e.week_end) >= 10)::int AS facilitating
FROM ends e ORDER BY e.week_start`;

/** Per LOCAL library that counts as trained: since when, and how many of its current staff completed the basic course. */
export const TRAINED_SQL = `
  SELECT s.library_id, min(cc.completed_at) AS trained_at, count(DISTINCT s.user_id)::int AS staff
  FROM library_staff s JOIN libraries l ON l.id = s.library_id AND l.kind = 'LOCAL'
  JOIN academy_completions cc ON cc.user_id = s.user_id JOIN academy_courses c ON c.id = cc.course_id AND c.basic
  GROUP BY s.library_id`;
