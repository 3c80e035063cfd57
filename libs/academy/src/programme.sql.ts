/** The weeks ($1 of them, the current one last, as dates), the libraries ($2: ids, or NULL for every LOCAL one), trained since when. */
const WEEKS_AND_LIBRARIES = `
  cur AS (SELECT (date_trunc('week', now() AT TIME ZONE 'UTC'))::date AS week_start),
  weeks AS (SELECT (SELECT week_start FROM cur) - 7 * g AS week_start FROM generate_series(0, $1::int - 1) g),
  libs AS (SELECT id, name FROM libraries WHERE CASE WHEN $2::uuid[] IS NULL THEN kind = 'LOCAL' ELSE id = ANY($2::uuid[]) END),
  trained AS (
    SELECT s.library_id, min(cc.completed_at) AS at FROM library_staff s JOIN libs l ON l.id = s.library_id
    JOIN academy_completions cc ON cc.user_id = s.user_id JOIN academy_courses c ON c.id = cc.course_id AND c.basic
    GROUP BY s.library_id),
  expert_communities AS (
    SELECT c.id, c.library_id FROM communities c JOIN libs l ON l.id = c.library_id
    WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.state = 'ACTIVE' AND (m.role = 'EXPERT'
      OR EXISTS (SELECT 1 FROM expertise e WHERE e.user_id = m.user_id AND e.library_id = c.library_id AND e.state = 'VERIFIED'))))`;

const TRAINED_BY_WEEK_END = `coalesce(t.at < LEAST((w.week_start + 7)::timestamp AT TIME ZONE 'UTC', now()), false)`;

/**
 * The programme's three phases per library and calendar week (issue #18 ask 5), one row per library and week
 * (Monday 00:00 UTC), oldest week first, each counted at the end of its week (now, for the current one):
 * trained — a current staff member completed the basic course by then; present — a current staff member wrote
 * a visible post in one of the library's communities in the 30 days up to then; facilitating — one of its
 * communities has an expert member (EXPERT role, or expertise verified by the library) and had 10+ active
 * authors in those 30 days. A past week's 30 days are the UTC days [week_start - 23, week_start + 7); the
 * current week is counted exactly as the dashboard counts now (NATIONAL_SQL: the last 30 days to the microsecond).
 *
 * Read from the maintained aggregates (migrations 1795900000410 and 1795900000480: figures_activity_days,
 * figures_community_weeks, figures_author_activity), never from posts: the same answer as
 * LIBRARY_PHASES_SQL_FROM_POSTS below (test/figure-aggregates.e2e-spec.ts compares them).
 * $1 the number of weeks, $2 the library ids (NULL: every LOCAL library).
 */
export const LIBRARY_PHASES_SQL = `WITH ${WEEKS_AND_LIBRARIES},
  staff_days AS (
    SELECT DISTINCT s.library_id, d.day FROM library_staff s JOIN libs l ON l.id = s.library_id
    JOIN figures_activity_days d ON d.author_id = s.user_id AND d.day >= (SELECT min(week_start) FROM weeks) - 23 AND d.day < (SELECT week_start FROM cur)
    JOIN communities c ON c.id = d.community_id AND c.library_id = s.library_id),
  present_then AS (
    SELECT DISTINCT sd.library_id, w.week_start FROM weeks w JOIN staff_days sd ON sd.day >= w.week_start - 23 AND sd.day < w.week_start + 7),
  facilitating_then AS (
    SELECT DISTINCT ec.library_id, cw.week_start FROM expert_communities ec JOIN figures_community_weeks cw ON cw.community_id = ec.id
    WHERE cw.active_authors >= 10 AND cw.week_start >= (SELECT min(week_start) FROM weeks) AND cw.week_start < (SELECT week_start FROM cur)),
  recent_authors AS (
    SELECT a.community_id, c.library_id, a.author_id FROM figures_author_activity a JOIN communities c ON c.id = a.community_id
    JOIN libs l ON l.id = c.library_id WHERE a.last_post_at > now() - interval '30 days'),
  present_now AS (SELECT DISTINCT r.library_id FROM recent_authors r JOIN library_staff s ON s.library_id = r.library_id AND s.user_id = r.author_id),
  facilitating_now AS (
    SELECT DISTINCT x.library_id FROM (SELECT r.library_id FROM recent_authors r JOIN expert_communities ec ON ec.id = r.community_id
      GROUP BY r.library_id, r.community_id HAVING count(*) >= 10) x)
SELECT l.id AS library_id, w.week_start::timestamp AT TIME ZONE 'UTC' AS week_start, ${TRAINED_BY_WEEK_END} AS trained,
  CASE WHEN w.week_start = (SELECT week_start FROM cur) THEN pn.library_id IS NOT NULL ELSE pt.library_id IS NOT NULL END AS present,
  CASE WHEN w.week_start = (SELECT week_start FROM cur) THEN fn.library_id IS NOT NULL ELSE ft.library_id IS NOT NULL END AS facilitating
FROM libs l CROSS JOIN weeks w
  LEFT JOIN trained t ON t.library_id = l.id
  LEFT JOIN present_then pt ON pt.library_id = l.id AND pt.week_start = w.week_start
  LEFT JOIN facilitating_then ft ON ft.library_id = l.id AND ft.week_start = w.week_start
  LEFT JOIN present_now pn ON pn.library_id = l.id
  LEFT JOIN facilitating_now fn ON fn.library_id = l.id
ORDER BY l.name, l.id, w.week_start`;

/** LIBRARY_PHASES_SQL's definition worked out from every post (for the tests and the bench; slow at scale). Same parameters, rows and order. */
export const LIBRARY_PHASES_SQL_FROM_POSTS = `WITH ${WEEKS_AND_LIBRARIES},
  windows AS (
    SELECT w.week_start, w.week_start = (SELECT week_start FROM cur) AS current,
      (w.week_start - 23)::timestamp AT TIME ZONE 'UTC' AS from_at, (w.week_start + 7)::timestamp AT TIME ZONE 'UTC' AS to_at FROM weeks w),
  visible_posts AS (
    SELECT c.library_id, t.community_id, p.author_id, p.created_at FROM posts p
    JOIN threads t ON t.id = p.thread_id AND t.state = 'VISIBLE' JOIN communities c ON c.id = t.community_id JOIN libs l ON l.id = c.library_id
    WHERE p.state = 'VISIBLE' AND p.deleted_at IS NULL),
  in_window AS (
    SELECT v.*, x.week_start FROM visible_posts v JOIN windows x ON CASE WHEN x.current THEN v.created_at > now() - interval '30 days'
      ELSE v.created_at >= x.from_at AND v.created_at < x.to_at END)
SELECT l.id AS library_id, w.week_start::timestamp AT TIME ZONE 'UTC' AS week_start, ${TRAINED_BY_WEEK_END} AS trained,
  EXISTS (SELECT 1 FROM in_window i JOIN library_staff s ON s.library_id = l.id AND s.user_id = i.author_id
    WHERE i.library_id = l.id AND i.week_start = w.week_start) AS present,
  EXISTS (SELECT 1 FROM expert_communities ec WHERE ec.library_id = l.id AND (SELECT count(DISTINCT i.author_id) FROM in_window i
    WHERE i.community_id = ec.id AND i.week_start = w.week_start) >= 10) AS facilitating
FROM libs l CROSS JOIN weeks w LEFT JOIN trained t ON t.library_id = l.id
ORDER BY l.name, l.id, w.week_start`;

/** Per LOCAL library that counts as trained: since when, and how many of its current staff completed the basic course. */
export const TRAINED_SQL = `
  SELECT s.library_id, min(cc.completed_at) AS trained_at, count(DISTINCT s.user_id)::int AS staff
  FROM library_staff s JOIN libraries l ON l.id = s.library_id AND l.kind = 'LOCAL'
  JOIN academy_completions cc ON cc.user_id = s.user_id JOIN academy_courses c ON c.id = cc.course_id AND c.basic
  GROUP BY s.library_id`;
