import { Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { PUBLIC_DETAIL_ACTIONS } from '@waardenet/core';
import { rateLimited } from '@waardenet/core/rate-limit';

/**
 * Exports streaming at once on one instance: each holds a database connection (of the pool's 20) for as long
 * as its client takes to read, so a few slow or stalled downloads must not starve everyone else's requests.
 */
export const EXPORTS_AT_ONCE = 2;

/** Rows fetched per statement: a member with 100,000 posts is exported in 201 fetches, never all at once. */
export const EXPORT_BATCH = 500;

/**
 * Left out of every exported row: secrets (only their hashes are stored, but those are no one's business),
 * mail HTML (the text is there), and who among the staff acted: the member sees that a moderator or a
 * library acted, not who (docs/privacy.md).
 */
const LEFT_OUT = [
  'password_hash',
  'token_hash',
  'code_hash',
  'secret_encrypted',
  'html',
  'actor_id',
  'deleted_by_id',
  'moderated_by_id',
  'verified_by_id',
  'revoked_by_id',
  'rejected_by_id',
  'resolved_by_id',
  'decided_by_id',
  'accepted_by_id',
  'invited_by_id',
];

/** One list in the document: rows of `from` (aliased t) matching `where` ($1 is the account), in the order of `keys`. */
interface Section {
  name: string;
  from: string;
  where: string;
  keys: string[];
  /** The row as JSON (before LEFT_OUT is taken off; one term, parenthesized); `to_jsonb(t)` when not given. */
  row?: string;
}

/** Tables read by hand below, not through the list of tables that point at users. */
const BY_HAND = new Set(['posts.author_id', 'email_outbox.recipient_id', 'threads.author_id']);

/**
 * GET /api/me/export (issue #15 ask 8): everything stored about an account, as one JSON document written
 * piece by piece. Every list is read through a cursor in pages of EXPORT_BATCH, inside one read-only REPEATABLE
 * READ transaction, so the document is one consistent snapshot and memory stays flat however much was written.
 * Besides the fixed sections, every table with a foreign key to users is included, so a table added later
 * is exported without an edit here.
 */
@Injectable()
export class AccountExportService {
  private readonly running = new Set<string>();

  constructor(private readonly db: DataSource) {}

  /**
   * Takes one of this instance's export places for the account, before anything is read; the function it
   * returns gives it back (once). One export per account at a time, EXPORTS_AT_ONCE in all.
   */
  reserve(userId: string): () => void {
    if (this.running.has(userId))
      throw rateLimited('Your data is already being downloaded; wait until that download has finished.', 10_000, 'EXPORT_IN_PROGRESS');
    if (this.running.size >= EXPORTS_AT_ONCE) throw rateLimited('Other downloads of account data are running.', 10_000, 'EXPORT_BUSY');
    this.running.add(userId);
    let held = true;
    return () => {
      if (held) this.running.delete(userId);
      held = false;
    };
  }

  async *document(userId: string): AsyncGenerator<string> {
    const qr = this.db.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction('REPEATABLE READ');
      await qr.query(`SET TRANSACTION READ ONLY`);
      const [account] = (await qr.query(`SELECT to_jsonb(u) - $2::text[] AS row FROM users u WHERE id = $1`, [userId, LEFT_OUT])) as {
        row: unknown;
      }[];
      yield `{"format":"waardenet-account-export/1","exportedAt":${JSON.stringify(new Date().toISOString())},"account":${JSON.stringify(account?.row ?? null)}`;
      yield* this.posts(qr, userId);
      for (const section of [...FIXED_SECTIONS, ...(await this.ownedTables(qr))]) yield* this.list(qr, userId, section);
      yield '}\n';
      await qr.commitTransaction();
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      await qr.release();
    }
  }

  /**
   * `,"name":[row,row,…]`, one page at a time: a server-side cursor (DECLARE … FETCH n), so PostgreSQL runs
   * the query once and hands out EXPORT_BATCH rows per FETCH; no index on the sort order is needed.
   */
  private async *list(qr: QueryRunner, userId: string, s: Section, transform?: (rows: Row[]) => Promise<Row[]>): AsyncGenerator<string> {
    yield `,${JSON.stringify(s.name)}:[`;
    const cursor = `export_${s.name.replace(/[^a-z0-9]+/gi, '_')}`;
    await qr.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
         SELECT ${s.row ?? 'to_jsonb(t)'} - $2::text[] AS row, ${s.keys.map((k, i) => `t.${k} AS k${i}`).join(', ')}
           FROM ${s.from} t WHERE (${s.where}) ORDER BY ${s.keys.map((k) => `t.${k}`).join(', ')}`,
      [userId, LEFT_OUT],
    );
    let first = true;
    for (;;) {
      const rows = (await qr.query(`FETCH ${EXPORT_BATCH} FROM ${cursor}`)) as Row[];
      const page = transform ? await transform(rows) : rows;
      if (page.length) {
        yield (first ? '' : ',') + page.map((r) => JSON.stringify(r.row)).join(',');
        first = false;
      }
      if (rows.length < EXPORT_BATCH) break;
    }
    await qr.query(`CLOSE ${cursor}`);
    yield ']';
  }

  /** The account's posts with their text and, nested, each one's earlier versions (read per page of posts). */
  private posts(qr: QueryRunner, userId: string): AsyncGenerator<string> {
    const section: Section = { name: 'posts', from: 'posts', where: 't.author_id = $1', keys: ['id'] };
    return this.list(qr, userId, section, async (rows) => {
      if (!rows.length) return rows;
      const revisions = (await qr.query(
        `SELECT post_id, jsonb_build_object('version', version, 'body', body, 'createdAt', created_at, 'redactedAt', redacted_at,
                'editedBy', CASE WHEN editor_id = $2 THEN 'you' ELSE 'a moderator' END) AS revision
           FROM post_revisions WHERE post_id = ANY($1::uuid[]) ORDER BY post_id, version`,
        [rows.map((r) => r.k0), userId],
      )) as { post_id: string; revision: Record<string, unknown> }[];
      const byPost = new Map<unknown, unknown[]>();
      for (const r of revisions) byPost.set(r.post_id, [...(byPost.get(r.post_id) ?? []), r.revision]);
      return rows.map((r) => ({ ...r, row: { ...(r.row as object), revisions: byPost.get(r.k0) ?? [] } }));
    });
  }

  /** Every other table that points at users, by each such column: memberships, sessions, reactions, follows, notifications… */
  private async ownedTables(qr: QueryRunner): Promise<Section[]> {
    const refs = (await qr.query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col,
              (SELECT array_agg(pa.attname::text ORDER BY k.i) FROM pg_index x CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute pa ON pa.attrelid = x.indrelid AND pa.attnum = k.attnum
                WHERE x.indrelid = c.conrelid AND x.indisprimary) AS keys
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND cardinality(c.conkey) = 1
        ORDER BY 1, 2`,
    )) as { tbl: string; col: string; keys: string[] }[];
    return refs
      .filter((r) => !BY_HAND.has(`${r.tbl}.${r.col}`) && r.keys?.length)
      .map((r) => ({ name: `${r.tbl}.${r.col}`, from: r.tbl, where: `t."${r.col}" = $1`, keys: r.keys.map((k) => `"${k}"`) }));
  }
}

type Row = Record<string, unknown> & { row: unknown };

/** Enum names only (no quotes can occur), as a SQL array literal. */
const PUBLIC_DETAILS_SQL = `ARRAY[${[...PUBLIC_DETAIL_ACTIONS].map((a) => `'${a}'`).join(', ')}]::text[]`;

/**
 * Whether the account ($1) may still read the community `c` (CommunitiesPolicy.readableSql's rule): it is
 * public, or the account is an active member, staff of its library, or a platform admin.
 */
const READABLE_SQL = (c: string) => `(${c}.visibility = 'PUBLIC'
  OR EXISTS (SELECT 1 FROM memberships rm WHERE rm.community_id = ${c}.id AND rm.user_id = $1
    AND (rm.state = 'ACTIVE' OR (rm.state = 'BANNED' AND rm.banned_until <= now() AND rm.state_before_ban = 'ACTIVE')))
  OR EXISTS (SELECT 1 FROM library_staff rs WHERE rs.library_id = ${c}.library_id AND rs.user_id = $1)
  OR EXISTS (SELECT 1 FROM users ru WHERE ru.id = $1 AND ru.is_platform_admin))`;

/** Rows about the account that do not point at users by a foreign key. */
const FIXED_SECTIONS: Section[] = [
  { name: 'reportsFiled', from: 'reports', where: 't.reporter_id = $1', keys: ['id'] },
  {
    name: 'moderationActionsAboutYou',
    from: 'moderation_actions',
    where: `(t.target_type = 'USER' AND t.target_id = $1)
         OR (t.target_type = 'POST' AND t.target_id IN (SELECT id FROM posts WHERE author_id = $1))
         OR (t.target_type = 'THREAD' AND t.target_id IN (SELECT id FROM threads WHERE author_id = $1))`,
    keys: ['id'],
    // Details only where the public log shows them: a MOVE_THREAD line names the other community, which may be private.
    // and a line of a community the account can no longer read does not say which one.
    row: `((CASE WHEN t.action::text = ANY(${PUBLIC_DETAILS_SQL}) THEN to_jsonb(t) ELSE jsonb_set(to_jsonb(t), '{details}', 'null') END)
      || (CASE WHEN t.community_id IS NULL OR EXISTS (SELECT 1 FROM communities mc WHERE mc.id = t.community_id AND ${READABLE_SQL('mc')})
          THEN '{}'::jsonb ELSE jsonb_build_object('community_id', NULL) END))`,
  },
  {
    // The account's threads; one in a community it can no longer read (moved into a private one, left) holds only
    // what the account wrote: not which community, nor the counters that tell of others' replies since.
    name: 'threads.author_id',
    from: 'threads',
    where: 't.author_id = $1',
    keys: ['id'],
    row: `CASE WHEN EXISTS (SELECT 1 FROM communities tc WHERE tc.id = t.community_id AND ${READABLE_SQL('tc')}) THEN to_jsonb(t)
      ELSE jsonb_build_object('id', t.id, 'author_id', t.author_id, 'title', t.title, 'kind', t.kind, 'created_at', t.created_at,
        'community', 'a community you can no longer read') END`,
  },
  { name: 'expertiseLogAboutYou', from: 'expertise_log', where: 't.user_id = $1', keys: ['id'] },
  // A mail's link works once and was replaced once sent; one still waiting is not handed out again here.
  {
    name: 'mail',
    from: 'email_outbox',
    where: 't.recipient_id = $1',
    keys: ['id'],
    row: `jsonb_set(to_jsonb(t), '{text}', to_jsonb(regexp_replace(t.text, 'token=[A-Za-z0-9_-]+', 'token=…', 'g')))`,
  },
];
