import { Client } from 'pg';

export interface BenchData {
  /** The thread the bench reads: 200 posts by varied authors, with reactions. */
  threadId: string;
  users: number;
  posts: number;
  reactions: number;
}

export const USERS = 60;
export const THREAD_POSTS = 200;
/** Post counts of the other threads in the community, so the tables hold more than the one thread. */
const OTHER_THREADS = [60, 40, 25];
const KINDS = ['LIKE', 'THANKS', 'INSIGHTFUL', 'AGREE', 'CELEBRATE'];

/**
 * Seeds the bench data straight into SQL (no services, no markdown rendering): a handful of
 * set-based INSERTs, so seeding takes well under a second.
 */
export async function seed(databaseUrl: string): Promise<BenchData> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query('BEGIN');
    const {
      rows: [library],
    } = await c.query(`INSERT INTO libraries (slug, name, kind) VALUES ('bench-bieb', 'Bibliotheek Bench', 'LOCAL') RETURNING id`);

    await c.query(
      `INSERT INTO users (email, display_name, password_hash)
       SELECT 'lezer' || i || '@bench.waardenet.test', 'Lezer ' || i, 'not-a-real-hash'
         FROM generate_series(0, $1 - 1) AS i`,
      [USERS],
    );

    const {
      rows: [community],
    } = await c.query(
      `INSERT INTO communities (library_id, slug, name, description, theme, visibility)
       VALUES ($1, 'bench-leesclub', 'Leesclub Bench', 'Een openbare leesclub om te meten.', 'literatuur', 'PUBLIC') RETURNING id`,
      [library.id],
    );

    // u.n numbers the users 0..USERS-1 so that authors and reactors can be picked by arithmetic.
    const numbered = `WITH u AS (SELECT id, (row_number() OVER (ORDER BY display_name COLLATE "C", id))::int - 1 AS n FROM users)`;

    await c.query(`${numbered} INSERT INTO memberships (community_id, user_id, role, state) SELECT $1, id, 'MEMBER', 'ACTIVE' FROM u`, [
      community.id,
    ]);

    const sizes = [THREAD_POSTS, ...OTHER_THREADS];
    const { rows: threads } = await c.query(
      `${numbered}
       INSERT INTO threads (community_id, author_id, title, kind, reply_count, post_seq, last_activity_at)
       SELECT $1, u.id, 'Bench-draad ' || t.i, 'DISCUSSION', t.size - 1, t.size, now() - (t.i || ' hours')::interval
         FROM unnest($2::int[]) WITH ORDINALITY AS t(size, i)
         JOIN u ON u.n = (t.i * 11) % $3
       RETURNING id, post_seq`,
      [community.id, sizes, USERS],
    );
    const main = threads.find((t) => t.post_seq === THREAD_POSTS)!;

    // One INSERT for every post of every thread; varied authors, ~300 characters of text each.
    const { rowCount: posts } = await c.query(
      `${numbered}
       INSERT INTO posts (thread_id, author_id, seq, body, body_html, created_at)
       SELECT t.id, u.id, s,
              'Bericht ' || s || ': wat vond je van **dit boek**? ' || repeat('Het verhaal bleef lang bij me hangen. ', 6),
              '<p>Bericht ' || s || ': wat vond je van <strong>dit boek</strong>? ' || repeat('Het verhaal bleef lang bij me hangen. ', 6) || '</p>',
              now() - ((t.post_seq - s) || ' minutes')::interval
         FROM threads t
         CROSS JOIN LATERAL generate_series(1, t.post_seq) AS s
         JOIN u ON u.n = (s * 7 + length(t.title)) % $1`,
      [USERS],
    );

    // Reactions on most posts (none on every 9th), several kinds, never on one's own post.
    const r1 = await c.query(
      `${numbered}
       INSERT INTO reactions (post_id, user_id, kind)
       SELECT p.id, u.id, ($1::text[])[1 + (p.seq + u.n) % 5]
         FROM posts p JOIN u ON u.n < p.seq % 9
        WHERE u.id <> p.author_id`,
      [KINDS],
    );
    // A second wave of LIKEs from other users, so counts above 1 are common.
    const r2 = await c.query(
      `${numbered}
       INSERT INTO reactions (post_id, user_id, kind)
       SELECT p.id, u.id, 'LIKE'
         FROM posts p JOIN u ON u.n BETWEEN 20 AND 20 + p.seq % 6
        WHERE u.id <> p.author_id AND p.seq % 9 <> 0
       ON CONFLICT DO NOTHING`,
    );
    await c.query('COMMIT');
    await c.query('ANALYZE');
    return { threadId: main.id, users: USERS, posts: posts ?? 0, reactions: (r1.rowCount ?? 0) + (r2.rowCount ?? 0) };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
