import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { progress } from './cli';

export interface SearchSeedSize {
  communities: number;
  threads: number;
  posts: number;
}

export interface SearchSeed {
  libraryIds: string[];
  /** By visibility, in creation order. */
  communities: { id: string; visibility: string; libraryId: string }[];
  /** Member of two PRIVATE and two RESTRICTED communities and of five PUBLIC ones. */
  memberEmail: string;
  /** Community manager of the first library. */
  staffEmail: string;
  words: string[];
  titles: string[];
}

const WORDS = readFileSync(join(__dirname, '../data/nl-words.txt'), 'utf8')
  .split('\n')
  .filter((w) => w && !w.startsWith('#'));
const GLUE = [
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'is',
  'dat',
  'op',
  'te',
  'met',
  'voor',
  'niet',
  'zijn',
  'er',
  'maar',
  'ook',
  'als',
  'bij',
  'naar',
];
export const BENCH_PASSWORD = 'bench password 123';

/**
 * A word drawn from a Zipf–Mandelbrot distribution over the list, p(k) ∝ 1/(k + 100): content words
 * (the stop words are the glue below) where the most common one is in a few per cent of posts and most
 * are rare, as in real forum text. Drawn by inverting the continuous approximation of its CDF.
 */
const Q = 100;
export function zipfWord(random: () => number): string {
  const k = (1 + Q) * ((WORDS.length + Q) / (1 + Q)) ** random() - Q;
  return WORDS[Math.min(WORDS.length - 1, Math.max(0, Math.floor(k) - 1))];
}

/** Dutch-looking text: dictionary words in a skewed distribution, with the common glue words between them. */
function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random() < 0.35 ? GLUE[Math.floor(random() * GLUE.length)] : zipfWord(random));
  return `${out.join(' ')}.`;
}

/** A small fast deterministic PRNG (mulberry32), so every run seeds the same text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VISIBILITY = (i: number) => (i % 10 === 8 ? 'RESTRICTED' : i % 10 === 9 ? 'PRIVATE' : 'PUBLIC');

/**
 * Seeds libraries, communities, users, threads and posts straight into SQL. Posts are written in
 * batches through unnest(), and go through the real search triggers (so the vectors and indexes are
 * the ones the api keeps).
 */
export async function seedSearch(c: Client, size: SearchSeedSize, passwordHash: string): Promise<SearchSeed> {
  const random = prng(42);
  const libraryIds: string[] = (
    await c.query(
      `INSERT INTO libraries (slug, name, kind) SELECT 'bench-bieb-' || i, 'Bibliotheek Bench ' || i, 'LOCAL' FROM generate_series(1, 5) i RETURNING id`,
    )
  ).rows.map((r) => r.id);
  const users: string[] = (
    await c.query(
      `INSERT INTO users (email, display_name, password_hash)
     SELECT 'lezer' || i || '@bench.waardenet.test', 'Lezer ' || i, $1 FROM generate_series(1, 1000) i RETURNING id`,
      [passwordHash],
    )
  ).rows.map((r) => r.id);
  const [member, staff] = users;
  await c.query(`INSERT INTO library_staff (library_id, user_id, role) VALUES ($1, $2, 'COMMUNITY_MANAGER')`, [libraryIds[0], staff]);
  const communities: SearchSeed['communities'] = [];
  for (let i = 0; i < size.communities; i++) {
    const libraryId = libraryIds[i % libraryIds.length];
    const visibility = VISIBILITY(i);
    const { rows } = await c.query(
      `INSERT INTO communities (library_id, slug, name, description, theme, visibility) VALUES ($1, $2, $3, $4, 'lezen', $5) RETURNING id`,
      [libraryId, `bench-${i}`, `${zipfWord(random)} ${zipfWord(random)} ${i}`, sentence(random, 12), visibility],
    );
    communities.push({ id: rows[0].id, visibility, libraryId });
  }
  // Everyone is a member of a few communities; the bench's member of five public, two restricted, two private.
  await c.query(
    `INSERT INTO memberships (community_id, user_id, role, state)
     SELECT DISTINCT ON (c, u) c, u, 'MEMBER', 'ACTIVE' FROM (
       SELECT ($1::uuid[])[1 + floor(random() * cardinality($1::uuid[]))::int] AS c, u FROM unnest($2::uuid[]) u, generate_series(1, 4)) x`,
    [communities.map((x) => x.id), users.slice(2)],
  );
  const mine = [
    ...communities.filter((x) => x.visibility === 'PUBLIC').slice(0, 5),
    ...communities.filter((x) => x.visibility === 'RESTRICTED').slice(0, 2),
    ...communities.filter((x) => x.visibility === 'PRIVATE').slice(0, 2),
  ];
  for (const x of mine)
    await c.query(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [x.id, member]);

  // Bulk load: the posts trigger is off while posts are written, and the search rows are then made in
  // one statement with the GIN index built afterwards (its definition taken from the database, so it
  // is the migration's own) — the same end state as row-by-row, in a fraction of the time. The seed
  // writes posts thread by thread with back-dated times; their search rows are written in time order,
  // as the trigger writes them in a live forum, where posts arrive one after another.
  const [{ def }] = (await c.query(`SELECT pg_get_indexdef('search_posts_tsv_idx'::regclass) AS def`)).rows;
  await c.query(`ALTER TABLE posts DISABLE TRIGGER posts_search_sync`);
  await c.query(`DROP INDEX search_posts_tsv_idx`);
  const perThread = Math.ceil(size.posts / size.threads);
  const titles: string[] = [];
  const started = Date.now();
  for (let t = 0; t < size.threads; t++) {
    const community = communities[t % communities.length];
    const title = `${zipfWord(random)} ${zipfWord(random)} ${zipfWord(random)}`;
    titles.push(title);
    const ageDays = 90 * random();
    const { rows } = await c.query(
      `INSERT INTO threads (community_id, author_id, title, kind, post_seq, reply_count, last_activity_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $5 - 1, now(), now() - $6::float8 * interval '1 day') RETURNING id`,
      [community.id, users[Math.floor(random() * users.length)], title, t % 3 === 0 ? 'QUESTION' : 'DISCUSSION', perThread, ageDays],
    );
    const authors: string[] = [];
    const bodies: string[] = [];
    const states: string[] = [];
    const ages: number[] = [];
    for (let s = 1; s <= perThread; s++) {
      authors.push(users[Math.floor(random() * users.length)]);
      bodies.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(random, 8 + Math.floor(random() * 14))).join(' '));
      states.push(s > 1 && random() < 0.01 ? 'HIDDEN' : 'VISIBLE');
      ages.push(ageDays * (1 - s / (perThread + 1)));
    }
    await c.query(
      `INSERT INTO posts (thread_id, author_id, seq, body, body_html, state, created_at)
       SELECT $1, a, s, b, '<p>' || b || '</p>', st, now() - d * interval '1 day'
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::float8[]) WITH ORDINALITY AS x(a, b, st, d, s)`,
      [rows[0].id, authors, bodies, states, ages],
    );
    if (t % 50 === 49)
      progress(
        `  seeded ${t + 1}/${size.threads} threads (${((t + 1) * perThread).toLocaleString('en')} posts, ${Math.round((Date.now() - started) / 1000)} s)`,
      );
  }
  progress('  making the search vectors and building the index ...');
  await c.query(`INSERT INTO search_posts (post_id, thread_id, community_id, visible, tsv, created_at)
    SELECT p.id, t.id, t.community_id, p.state = 'VISIBLE' AND p.deleted_at IS NULL AND t.state = 'VISIBLE', dutch_vector(p.body), p.created_at
    FROM posts p JOIN threads t ON t.id = p.thread_id ORDER BY p.created_at`);
  await c.query(`SET maintenance_work_mem = '512MB'`);
  await c.query(def);
  await c.query(`ALTER TABLE posts ENABLE TRIGGER posts_search_sync`);
  const email = (id: string) => c.query(`SELECT email FROM users WHERE id = $1`, [id]).then((r) => r.rows[0].email as string);
  return { libraryIds, communities, memberEmail: await email(member), staffEmail: await email(staff), words: WORDS, titles };
}
