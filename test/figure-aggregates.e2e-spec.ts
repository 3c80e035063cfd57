import { Client } from 'pg';
import { LIBRARY_PHASES_SQL, LIBRARY_PHASES_SQL_FROM_POSTS } from '@waardenet/academy';
import { NATIONAL_SQL, NATIONAL_SQL_FROM_POSTS } from '@waardenet/figures';
import {
  TEST_PASSWORD,
  TestUser,
  World,
  addStaff,
  createCommunity,
  createLibrary,
  createPost,
  createThread,
  join,
  registerUser,
  world,
} from './support/factories';
import { ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/** What the aggregates must hold: figures_aggregates_rebuild()'s definitions, computed from posts now. */
const EXPECTED_THREADS = `SELECT t.id, t.community_id, t.author_id, t.kind, t.state = 'VISIBLE', t.created_at,
    (SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t.id AND p.seq > 1 AND p.author_id <> t.author_id
      AND p.state = 'VISIBLE' AND p.deleted_at IS NULL)
  FROM threads t`;
const EXPECTED_ACTIVITY = `SELECT t.community_id, p.author_id, max(p.created_at) FROM posts p JOIN threads t ON t.id = p.thread_id
  WHERE t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL GROUP BY t.community_id, p.author_id`;
/** The phase aggregates of migration 1795900000480: active days, and per community and week the authors active in its 30 days. */
const EXPECTED_DAYS = `SELECT DISTINCT t.community_id, p.author_id, (p.created_at AT TIME ZONE 'UTC')::date FROM posts p JOIN threads t ON t.id = p.thread_id
  WHERE t.state = 'VISIBLE' AND p.state = 'VISIBLE' AND p.deleted_at IS NULL`;
const EXPECTED_WEEKS = `SELECT d.community_id, figures_week_of(d.day) + 7 * k, count(DISTINCT d.author_id)::int
  FROM (${EXPECTED_DAYS.replace('::date FROM', '::date AS day FROM')}) d CROSS JOIN generate_series(0, 4) k
  WHERE figures_week_of(d.day) + 7 * k <= d.day + 23 GROUP BY d.community_id, figures_week_of(d.day) + 7 * k`;

/**
 * Issue #18 ask 7: the national dashboard reads maintained aggregates (figures_threads,
 * figures_author_activity, kept by triggers) instead of every post. A differential test: the same world,
 * the old formula (NATIONAL_SQL_FROM_POSTS) and the new (NATIONAL_SQL) must give exactly the same rows,
 * for several trend lengths, after each kind of change a community sees (replies, hiding, removal,
 * restoring, deletion, a hidden or moved thread, a visibility change, backdating, account deletion,
 * thread and community deletion), and the aggregate tables must equal a recomputation from scratch.
 */
describe('figure aggregates: the national dashboard from maintained aggregates equals the formula over every post', () => {
  let t: TestApp;
  let w: World;
  let libB: { id: string };
  let commB: { id: string };
  let expert: TestUser;
  let people: TestUser[];
  let question: { id: string };
  let discussion: { id: string };
  let firstReplyId: string;

  async function agree(when: string) {
    for (const weeks of [1, 4, 8]) {
      const fromPosts = await t.sql(NATIONAL_SQL_FROM_POSTS, [weeks]);
      const fromAggregates = await t.sql(NATIONAL_SQL, [weeks]);
      expect({ when, weeks, rows: fromAggregates }).toEqual({ when, weeks, rows: fromPosts });
      // The programme's phases per library and week (issue #18 ask 5), all libraries and one.
      for (const ids of [null, [w.library.id]]) {
        const phasesFromPosts = await t.sql(LIBRARY_PHASES_SQL_FROM_POSTS, [weeks, ids]);
        const phasesFromAggregates = await t.sql(LIBRARY_PHASES_SQL, [weeks, ids]);
        expect({ when, weeks, ids, phases: phasesFromAggregates }).toEqual({ when, weeks, ids, phases: phasesFromPosts });
      }
    }
    const [phaseDiff] = await t.sql<{ days: number; weeks: number }>(
      `SELECT
        (SELECT count(*) FROM ((SELECT * FROM figures_activity_days EXCEPT ${EXPECTED_DAYS}) UNION ALL (${EXPECTED_DAYS} EXCEPT SELECT * FROM figures_activity_days)) x)::int AS days,
        (SELECT count(*) FROM ((SELECT * FROM figures_community_weeks EXCEPT ${EXPECTED_WEEKS}) UNION ALL (${EXPECTED_WEEKS} EXCEPT SELECT * FROM figures_community_weeks)) y)::int AS weeks`,
    );
    expect({ when, ...phaseDiff }).toEqual({ when, days: 0, weeks: 0 });
    const [diff] = await t.sql<{ threads: number; activity: number }>(
      `SELECT
        (SELECT count(*) FROM ((SELECT * FROM figures_threads EXCEPT ${EXPECTED_THREADS}) UNION ALL (${EXPECTED_THREADS} EXCEPT SELECT * FROM figures_threads)) x)::int AS threads,
        (SELECT count(*) FROM ((SELECT * FROM figures_author_activity EXCEPT ${EXPECTED_ACTIVITY}) UNION ALL (${EXPECTED_ACTIVITY} EXCEPT SELECT * FROM figures_author_activity)) y)::int AS activity`,
    );
    expect({ when, ...diff }).toEqual({ when, threads: 0, activity: 0 });
  }

  /** The national dashboard's row for a library, as served. */
  async function rowOf(libraryId: string) {
    const nat = (
      await ok(
        t,
        `query { nationalDashboard(weeks: 4) { perLibrary { library { id } present facilitatesValueNetwork medianFirstReplySeconds } } }`,
        {},
        w.admin.token,
      )
    ).nationalDashboard;
    return nat.perLibrary.find((l: { library: { id: string } }) => l.library.id === libraryId);
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    libB = await createLibrary(t, w.admin);
    const staffB = await registerUser(t, { displayName: 'Staf B' });
    await addStaff(t, w.admin, libB.id, staffB, 'COMMUNITY_MANAGER');
    commB = await createCommunity(t, staffB, libB.id, 'PUBLIC');
    expert = await registerUser(t, { displayName: 'Deskundige' });
    await join(t, expert, w.pub.id);
    await t.sql(`UPDATE memberships SET role = 'EXPERT' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, expert.id]);
    people = [];
    for (let i = 0; i < 10; i++) {
      const p = await registerUser(t, { displayName: `Lezer ${i}` });
      await join(t, p, w.pub.id);
      await join(t, p, commB.id);
      people.push(p);
    }
    // The manager (staff of library A) starts a question; the expert answers first, then ten members.
    question = await createThread(t, w.manager, w.pub.id, { kind: 'QUESTION', title: 'Welk boek?' });
    firstReplyId = (await createPost(t, expert, question.id, 'Dit boek')).id;
    for (const p of people) await createPost(t, p, question.id, 'Ik ook');
    discussion = await createThread(t, people[0], w.pub.id, { title: 'Gesprek' });
    await createPost(t, people[0], discussion.id, 'Eigen aanvulling'); // the author's own reply is no first reply
    await createPost(t, people[1], discussion.id, 'Antwoord');
    const inB = await createThread(t, staffB, commB.id, { title: 'In B' });
    await createPost(t, people[2], inB.id, 'Hallo B');
    // Spread over time: the question asked two hours ago, answered after 10 minutes; the discussion 3 weeks ago.
    await t.sql(`UPDATE threads SET created_at = now() - interval '2 hours' WHERE id = $1`, [question.id]);
    await t.sql(`UPDATE posts SET created_at = now() - interval '2 hours' WHERE thread_id = $1 AND seq = 1`, [question.id]);
    await t.sql(`UPDATE posts SET created_at = now() - interval '110 minutes' WHERE id = $1`, [firstReplyId]);
    await t.sql(`UPDATE threads SET created_at = now() - interval '21 days' WHERE id = $1`, [discussion.id]);
    await t.sql(`UPDATE posts SET created_at = now() - interval '21 days' + seq * interval '7 minutes' WHERE thread_id = $1`, [
      discussion.id,
    ]);
  }, 120_000);
  afterAll(() => t.close());

  it('agrees on a fresh world, which has present, facilitating and median figures to compare', async () => {
    await agree('initial');
    const a = await rowOf(w.library.id);
    expect(a).toMatchObject({ present: true, facilitatesValueNetwork: true });
    expect(a.medianFirstReplySeconds).toBeGreaterThan(0);
    expect(await rowOf(libB.id)).toMatchObject({ present: true, facilitatesValueNetwork: false });
  });

  it('agrees after a reply is hidden, removed, restored and deleted by its author', async () => {
    const hide = `mutation($id: ID!) { hidePost(postId: $id, reason: "Even weg") { id } }`;
    await ok(t, hide, { id: firstReplyId }, w.manager.token);
    await agree('first reply hidden');
    await ok(t, `mutation($id: ID!) { restorePost(postId: $id) { id } }`, { id: firstReplyId }, w.manager.token);
    await agree('first reply restored');
    await ok(t, `mutation($id: ID!) { removePost(postId: $id, reason: "Weg") { id } }`, { id: firstReplyId }, w.manager.token);
    await agree('first reply removed');
    const own = await createPost(t, people[3], question.id, 'Nog een');
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: own.id }, people[3].token);
    await agree('a reply deleted by its author');
  });

  it('agrees after a thread is hidden and shown again, and moved to another library', async () => {
    await t.sql(`UPDATE threads SET state = 'HIDDEN' WHERE id = $1`, [question.id]);
    await agree('question hidden');
    expect((await rowOf(w.library.id)).facilitatesValueNetwork).toBe(false);
    await t.sql(`UPDATE threads SET state = 'VISIBLE' WHERE id = $1`, [question.id]);
    await agree('question visible again');
    const move = `mutation($t: ID!, $c: ID!) { moveThread(threadId: $t, communityId: $c) { id } }`;
    await ok(t, move, { t: discussion.id, c: w.restricted.id }, w.manager.token);
    await agree('discussion moved to another community of the library');
    await t.sql(`UPDATE threads SET community_id = $2 WHERE id = $1`, [discussion.id, commB.id]);
    await agree('discussion moved to library B (raw SQL)');
    await t.sql(`UPDATE threads SET community_id = $2 WHERE id = $1`, [question.id, w.priv.id]);
    await agree('question moved into a private community (raw SQL)');
  });

  it('agrees after a community changes visibility, posts are backdated or moved, and a thread changes author', async () => {
    await t.sql(`UPDATE communities SET visibility = 'PRIVATE' WHERE id = $1`, [commB.id]);
    await agree('community B private');
    await t.sql(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [commB.id]);
    await t.sql(`UPDATE posts SET created_at = now() - interval '40 days' WHERE thread_id = $1 AND author_id = $2`, [
      question.id,
      people[4].id,
    ]);
    await agree('posts backdated past 30 days');
    const [p] = await t.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 3`, [question.id]);
    await t.sql(`UPDATE posts SET thread_id = $2, seq = 1000 WHERE id = $1`, [p.id, discussion.id]);
    await agree('a post moved to another thread (raw SQL)');
    await t.sql(`UPDATE threads SET author_id = $2 WHERE id = $1`, [discussion.id, people[1].id]);
    await agree('a thread changes author');
    await t.sql(`UPDATE posts SET author_id = $2 WHERE id = $1`, [p.id, people[5].id]);
    await agree('a post changes author');
    // The question back in the public community, then ten days earlier: the last whole week's 30 days hold the manager's post.
    await t.sql(`UPDATE threads SET community_id = $2 WHERE id = $1`, [question.id, w.pub.id]);
    await agree('question moved back (raw SQL)');
    await t.sql(`UPDATE posts SET created_at = created_at - interval '10 days' WHERE thread_id = $1`, [question.id]);
    await agree('question backdated by ten days');
    const past = await t.sql<{ present: boolean }>(LIBRARY_PHASES_SQL, [4, [w.library.id]]);
    expect(past[2].present).toBe(true);
  });

  it('counts an author once in a week when two transactions write their first posts of two days at the same time', async () => {
    // Two days 3 days apart (both in the windows of the same weeks), in two open transactions: the second waits for the
    // first's week rows, then sees its day and adds nothing to the weeks both windows share.
    const [a, b] = [new Client({ connectionString: t.databaseUrl }), new Client({ connectionString: t.databaseUrl })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const insert = `INSERT INTO posts (thread_id, author_id, seq, body, body_html, state, created_at)
        VALUES ($1, $2, $3, 'Gelijktijdig', '<p>Gelijktijdig</p>', 'VISIBLE', date_trunc('day', now()) - $4 * interval '1 day' + interval '12 hours')`;
      const author = people[8].id;
      // Two threads of the community (one thread's row would make the two inserts wait for each other anyway).
      const other = await createThread(t, people[9], w.pub.id, { title: 'Nog een gesprek' });
      await t.sql(`DELETE FROM posts WHERE author_id = $1`, [author]);
      // Another author on the first day: the rows of every week both days share exist before the two transactions begin.
      await t.sql(insert, [other.id, people[9].id, 5000, 60]);
      await a.query('BEGIN');
      await b.query('BEGIN');
      const bPid = (await b.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await a.query(insert, [question.id, author, 5001, 60]);
      const second = b.query(insert, [other.id, author, 5002, 63]);
      await waitFor(
        async () => (await t.sql(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`, [bPid])).length > 0,
        {
          what: 'the second transaction to wait for the first',
        },
      );
      await a.query('COMMIT');
      await second;
      await b.query('COMMIT');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    await agree('two first posts of one author on two days, written at the same time');
  });

  it('agrees after an account, a thread and a whole community are deleted', async () => {
    await ok(
      t,
      `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
      { input: { password: TEST_PASSWORD } },
      people[6].token,
    );
    await agree('account deleted');
    await t.sql(`DELETE FROM users WHERE id = $1`, [people[7].id]); // a hard delete cascades through posts
    await agree('user row deleted');
    await t.sql(`DELETE FROM threads WHERE id = $1`, [discussion.id]);
    await agree('thread deleted');
    await t.sql(`DELETE FROM communities WHERE id = $1`, [commB.id]);
    await agree('community deleted');
    const [left] = await t.sql<{ n: number }>(
      `SELECT ((SELECT count(*) FROM figures_threads WHERE thread_id = $1) + (SELECT count(*) FROM figures_author_activity WHERE community_id = $2))::int AS n`,
      [discussion.id, commB.id],
    );
    expect(left.n).toBe(0);
  });
});
