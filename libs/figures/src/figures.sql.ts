/**
 * The figures as SQL. Only what readers can see counts: VISIBLE threads, VISIBLE and undeleted posts.
 * A "reply" is a post after the opening post; "answered" means a reply by someone other than the
 * thread's author. Periods: the last `weeks` calendar weeks (Monday 00:00 UTC), the current one last.
 * $1 is the community ids in scope, $2 the number of weeks.
 */
const SCOPE = `
  period AS (SELECT date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - ($2::int - 1) * interval '1 week' AS start),
  threads_in AS (SELECT t.id, t.kind, t.author_id, t.created_at, t.community_id FROM threads t WHERE t.community_id = ANY($1::uuid[]) AND t.state = 'VISIBLE'),
  posts_in AS (
    SELECT p.author_id, p.created_at, p.seq, p.thread_id FROM posts p JOIN threads_in t ON t.id = p.thread_id
    WHERE p.state = 'VISIBLE' AND p.deleted_at IS NULL),
  first_replies AS (
    SELECT t.id, t.kind, t.created_at,
      (SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t.id AND p.seq > 1 AND p.author_id <> t.author_id
        AND p.state = 'VISIBLE' AND p.deleted_at IS NULL) AS first_reply_at
    FROM threads_in t),
  weeks AS (SELECT generate_series((SELECT start FROM period), date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', interval '1 week') AS week_start)`;

const MEDIAN = (rows: string) =>
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${rows}.first_reply_at - ${rows}.created_at))`;

export const FIGURES_SQL = `WITH ${SCOPE}
SELECT
  (SELECT count(DISTINCT m.user_id) FROM memberships m WHERE m.community_id = ANY($1::uuid[]) AND m.state = 'ACTIVE')::int AS members,
  (SELECT count(DISTINCT author_id) FROM posts_in WHERE created_at > now() - interval '7 days')::int AS active7,
  (SELECT count(DISTINCT author_id) FROM posts_in WHERE created_at > now() - interval '30 days')::int AS active30,
  (SELECT json_agg(json_build_object(
      'weekStart', w.week_start,
      'newThreads', (SELECT count(*) FROM threads_in t WHERE t.created_at >= w.week_start AND t.created_at < w.week_start + interval '1 week'),
      'newPosts', (SELECT count(*) FROM posts_in p WHERE p.seq > 1 AND p.created_at >= w.week_start AND p.created_at < w.week_start + interval '1 week'),
      'median', (SELECT ${MEDIAN('f')} FROM first_replies f
        WHERE f.first_reply_at IS NOT NULL AND f.created_at >= w.week_start AND f.created_at < w.week_start + interval '1 week')
    ) ORDER BY w.week_start) FROM weeks w) AS weeks,
  (SELECT ${MEDIAN('f')} FROM first_replies f WHERE f.first_reply_at IS NOT NULL AND f.created_at >= (SELECT start FROM period)) AS median,
  (SELECT count(*) FROM first_replies f WHERE f.kind = 'QUESTION' AND f.created_at >= (SELECT start FROM period))::int AS questions,
  (SELECT count(*) FROM first_replies f WHERE f.kind = 'QUESTION' AND f.created_at >= (SELECT start FROM period) AND f.first_reply_at IS NOT NULL)::int AS answered,
  (SELECT count(*) FROM first_replies f JOIN questions q ON q.thread_id = f.id
    WHERE f.kind = 'QUESTION' AND f.created_at >= (SELECT start FROM period) AND q.accepted_post_id IS NOT NULL)::int AS accepted,
  (SELECT count(*) FROM first_replies f WHERE f.kind = 'QUESTION' AND f.first_reply_at IS NULL)::int AS unanswered,
  (SELECT json_agg(json_build_object('userId', c.author_id, 'posts', c.n) ORDER BY c.n DESC, c.author_id) FROM (
    SELECT author_id, count(*)::int AS n FROM posts_in WHERE created_at > now() - interval '30 days'
    GROUP BY author_id ORDER BY n DESC, author_id LIMIT 5) c) AS top,
  (SELECT avg(CASE WHEN x.expert THEN 1.0 ELSE 0.0 END) FROM (
    SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = t.community_id AND m.user_id = p.author_id AND m.role = 'EXPERT' AND m.state = 'ACTIVE')
      OR EXISTS (SELECT 1 FROM expertise e JOIN communities c ON c.id = t.community_id
        WHERE e.user_id = p.author_id AND e.library_id = c.library_id AND e.state = 'VERIFIED') AS expert
    FROM posts_in p JOIN threads_in t ON t.id = p.thread_id
    WHERE t.kind = 'QUESTION' AND p.seq > 1 AND p.author_id <> t.author_id AND p.created_at > now() - interval '30 days') x)::float8 AS expert_share`;

/**
 * Per LOCAL library, the national strategy's targets, and (`overall`) the median over all of them. $1 is the number of weeks of the trend.
 * Present: a staff member of the library wrote a visible post in one of its communities in the last
 * 30 days. Facilitating: one of its communities has 10+ active members (30 days) and an active member
 * who is an expert there (EXPERT role, or expertise verified by the library).
 *
 * This is the definition, worked out from every post; it took ~1.4 s at a million posts. The dashboard
 * runs NATIONAL_SQL below, which reads the same facts from the maintained aggregates (migration
 * 1795900000410-FigureAggregates) and must answer exactly the same: test/figure-aggregates.e2e-spec.ts
 * compares both, and `npm run bench:dashboard` times both.
 */
export const NATIONAL_SQL_FROM_POSTS = `WITH
  period AS (SELECT date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - ($1::int - 1) * interval '1 week' AS start),
  weeks AS (SELECT generate_series((SELECT start FROM period), date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', interval '1 week') AS week_start),
  recent_posts AS (
    SELECT c.library_id, t.community_id, p.author_id FROM posts p
    JOIN threads t ON t.id = p.thread_id AND t.state = 'VISIBLE' JOIN communities c ON c.id = t.community_id
    WHERE p.created_at > now() - interval '30 days' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL),
  active AS (SELECT community_id, count(DISTINCT author_id) AS n FROM recent_posts GROUP BY community_id),
  first_replies AS (
    SELECT c.library_id, t.created_at,
      (SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t.id AND p.seq > 1 AND p.author_id <> t.author_id
        AND p.state = 'VISIBLE' AND p.deleted_at IS NULL) AS first_reply_at
    FROM threads t JOIN communities c ON c.id = t.community_id
    WHERE t.state = 'VISIBLE' AND t.created_at >= LEAST((SELECT start FROM period), now() - interval '30 days'))
SELECT l.id,
  EXISTS (SELECT 1 FROM recent_posts r JOIN library_staff s ON s.library_id = l.id AND s.user_id = r.author_id WHERE r.library_id = l.id) AS present,
  EXISTS (SELECT 1 FROM communities c JOIN active a ON a.community_id = c.id AND a.n >= 10
    WHERE c.library_id = l.id AND EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.state = 'ACTIVE' AND (m.role = 'EXPERT'
      OR EXISTS (SELECT 1 FROM expertise e WHERE e.user_id = m.user_id AND e.library_id = l.id AND e.state = 'VERIFIED')))) AS facilitating,
  (SELECT ${MEDIAN('f')} FROM first_replies f WHERE f.library_id = l.id AND f.first_reply_at IS NOT NULL AND f.created_at > now() - interval '30 days') AS median,
  (SELECT json_agg(json_build_object('weekStart', w.week_start, 'median', (SELECT ${MEDIAN('f')} FROM first_replies f
      WHERE f.library_id = l.id AND f.first_reply_at IS NOT NULL AND f.created_at >= w.week_start AND f.created_at < w.week_start + interval '1 week'))
    ORDER BY w.week_start) FROM weeks w) AS trend,
  -- Over all local libraries together (the same on every row): from the first replies worked out once above.
  (SELECT ${MEDIAN('f')} FROM first_replies f WHERE f.library_id IN (SELECT id FROM libraries WHERE kind = 'LOCAL')
    AND f.first_reply_at IS NOT NULL AND f.created_at > now() - interval '30 days') AS overall
FROM libraries l WHERE l.kind = 'LOCAL' ORDER BY l.name, l.id`;

/**
 * NATIONAL_SQL_FROM_POSTS, answered from the maintained aggregates: figures_author_activity (each author's
 * latest visible post per community) for present, active and facilitating; figures_threads (each thread's
 * first reply) for the medians, grouped once per library and week instead of once per library per week.
 * A thread's library is read through its community at query time, so a community changing library needs
 * no maintenance. Same columns, same order, same values.
 */
export const NATIONAL_SQL = `WITH
  period AS (SELECT date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - ($1::int - 1) * interval '1 week' AS start),
  -- The same weeks; LIMIT (the series has exactly $1 rows) only tells the planner so, which otherwise guesses 1000
  -- and, multiplied over the libraries, thinks the statement costly enough to compile it (JIT) on every call.
  weeks AS (SELECT generate_series((SELECT start FROM period), date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', interval '1 week') AS week_start LIMIT $1),
  recent_authors AS (
    SELECT a.community_id, c.library_id, a.author_id FROM figures_author_activity a JOIN communities c ON c.id = a.community_id
    WHERE a.last_post_at > now() - interval '30 days'),
  active AS (SELECT community_id, library_id, count(*) AS n FROM recent_authors GROUP BY community_id, library_id),
  present AS (SELECT DISTINCT r.library_id FROM recent_authors r JOIN library_staff s ON s.library_id = r.library_id AND s.user_id = r.author_id),
  facilitating AS (
    SELECT DISTINCT a.library_id FROM active a WHERE a.n >= 10
      AND EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = a.community_id AND m.state = 'ACTIVE' AND (m.role = 'EXPERT'
        OR EXISTS (SELECT 1 FROM expertise e WHERE e.user_id = m.user_id AND e.library_id = a.library_id AND e.state = 'VERIFIED')))),
  first_replies AS (
    SELECT c.library_id, f.created_at, f.first_reply_at FROM figures_threads f JOIN communities c ON c.id = f.community_id
    WHERE f.visible AND f.first_reply_at IS NOT NULL AND f.created_at >= LEAST((SELECT start FROM period), now() - interval '30 days')),
  medians AS (SELECT f.library_id, ${MEDIAN('f')} AS median FROM first_replies f WHERE f.created_at > now() - interval '30 days' GROUP BY f.library_id),
  weekly AS (
    SELECT f.library_id, w.week_start, ${MEDIAN('f')} AS median FROM weeks w
    JOIN first_replies f ON f.created_at >= w.week_start AND f.created_at < w.week_start + interval '1 week' GROUP BY f.library_id, w.week_start),
  locals AS (SELECT id, name FROM libraries WHERE kind = 'LOCAL'),
  trends AS (
    SELECT l.id AS library_id, json_agg(json_build_object('weekStart', w.week_start, 'median', k.median) ORDER BY w.week_start) AS trend
    FROM locals l CROSS JOIN weeks w LEFT JOIN weekly k ON k.library_id = l.id AND k.week_start = w.week_start GROUP BY l.id),
  overall AS (SELECT ${MEDIAN('f')} AS median FROM first_replies f JOIN locals l ON l.id = f.library_id WHERE f.created_at > now() - interval '30 days')
SELECT l.id, p.library_id IS NOT NULL AS present, fa.library_id IS NOT NULL AS facilitating, m.median, tr.trend, o.median AS overall
FROM locals l
  LEFT JOIN present p ON p.library_id = l.id
  LEFT JOIN facilitating fa ON fa.library_id = l.id
  LEFT JOIN medians m ON m.library_id = l.id
  JOIN trends tr ON tr.library_id = l.id
  CROSS JOIN overall o
ORDER BY l.name, l.id`;
